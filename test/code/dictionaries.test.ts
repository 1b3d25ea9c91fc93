import { describe, expect, it } from 'vitest';
import { loadUnitIndex } from '../../src/annotate/quantities/load-units.js';
import { inflectVerb } from '../../src/code/finders/inflect-verb.js';
import { loadCodeDictionaries, TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { indexTriggers } from '../../src/code/finders/trigger-index.js';
import { EventType } from '../../src/model/index.js';

describe('shipped code dictionaries', () => {
  const { triggers, cues, codebook } = loadCodeDictionaries();

  it('the codebook lists the 16 PLOVER types once each', () => {
    expect(codebook.map((e) => e.type).sort()).toEqual([...EventType.options].sort());
  });

  it('every type and mode a trigger emits exists in the codebook', () => {
    for (const t of triggers) {
      const entry = codebook.find((e) => e.type === t.type);
      expect(entry, t.id).toBeDefined();
      if (t.mode !== null) expect(entry?.modes, `${t.id}: ${t.mode}`).toContain(t.mode);
    }
  });

  it('every trigger has words to match, and verbs have a lemma or forms', () => {
    for (const t of triggers) {
      if (t.pos === 'verb') expect(t.lemma ?? t.forms?.[0], t.id).toBeTruthy();
      else expect(t.words?.length, t.id).toBeGreaterThan(0);
    }
    const index = indexTriggers(triggers);
    expect(index.verbs.get('ratified')?.[0]?.entry.type).toBe('SUPPORT');
    expect(index.nouns.get('ceasefire')?.[0]?.entry.type).toBe('RETREAT');
  });

  it('no trigger id or cue id repeats, and every cue pattern compiles', () => {
    expect(new Set(triggers.map((t) => t.id)).size).toBe(triggers.length);
    expect(new Set(cues.map((c) => c.id)).size).toBe(cues.length);
    for (const c of cues) expect(() => new RegExp(c.pattern)).not.toThrow();
  });

  it('no unit word belongs to two units', () => {
    const index = loadUnitIndex();
    const seen = new Map<string, string>();
    for (const list of index.byFirstWord.values())
      for (const { words, entry } of list) {
        const key = words.join(' ');
        const before = seen.get(key);
        expect(
          before === undefined || before === entry.unit,
          `${key}: ${before} and ${entry.unit}`,
        ).toBe(true);
        seen.set(key, entry.unit);
      }
  });
});

describe('inflectVerb', () => {
  it.each([
    ['ratify', ['ratify', 'ratifies', 'ratified', 'ratifying']],
    ['approve', ['approve', 'approves', 'approved', 'approving']],
    ['deploy', ['deploy', 'deploys', 'deployed', 'deploying']],
    ['launch', ['launch', 'launches', 'launched', 'launching']],
    ['ship', ['ship', 'ships', 'shipped', 'shipping']],
    ['attack', ['attack', 'attacks', 'attacked', 'attacking']],
  ])('%s', (lemma, forms) => {
    expect(inflectVerb(lemma)).toEqual(forms);
  });
});

describe('a noun trigger row is read one token at a time', () => {
  const row = (words: string[]) => ({
    id: 'raid',
    pos: 'noun',
    words,
    type: 'ASSAULT',
    mode: null,
  });
  it('refuses a noun word of two words, saying why', () => {
    const parsed = TriggerEntry.safeParse(row(['night raids']));
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toContain('one token at a time');
  });
  it('negative: a hyphenated word is one token', () => {
    expect(TriggerEntry.safeParse(row(['night-raids'])).success).toBe(true);
  });
});
