import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { lowerCase } from '../../src/annotate/mention-utils.js';
import { SEPARATOR, tagSentences, tagWords } from '../../src/annotate/syntax/tag-words.js';
import { loadWinkModel } from '../../src/annotate/syntax/wink-model.js';

const require = createRequire(import.meta.url);

describe('lowerCase', () => {
  it('gives what toLowerCase gives, for ASCII and beyond', () => {
    for (const s of [
      '',
      'troops',
      'Freedonia',
      'UN',
      "'s",
      '’s',
      ',',
      '1,200',
      'Ósterlich',
      'ÉTAT',
      'İstanbul',
      'ΟΔΟΣ',
      'straße',
      'Kim Jong-un',
    ])
      expect(lowerCase(s)).toBe(s.toLowerCase());
  });
});

describe('tagWords', () => {
  it('lower-cases words and lemmas', () => {
    const words = tagWords('Freedonia SENT troops.', 5);
    expect(words.map((w) => [w.text, w.lower, w.start, w.end])).toEqual([
      ['Freedonia', 'freedonia', 5, 14],
      ['SENT', 'sent', 15, 19],
      ['troops', 'troops', 20, 26],
      ['.', '.', 26, 27],
    ]);
    expect(words.every((w) => w.lemma === w.lemma.toLowerCase())).toBe(true);
  });
});

// Invented sentences: headlines with no full stop, contractions the tagger expands, quotes,
// brackets, hyphens, a line break (tagged alone), an empty text and outer spaces.
const SENTENCES = [
  'Freedonia sends troops to Sylvania',
  'Sylvania said on Monday that Freedonian forces had shelled the border town of Osterlich.',
  "The ministry didn't confirm it, and officials won't say whether they'd retaliate.",
  '"We will respond," the Sylvanian defence minister (SDM) told reporters.',
  'Osterlich-backed militias, which deny the claims, seized two villages',
  'Talks between Freedonia and Sylvania\nresumed in Osterlich.',
  '',
  '  Freedonia called on Sylvania to withdraw its troops.  ',
  'Troops sent by Freedonia crossed the river; Sylvania protested.',
  'U.S.-made missiles hit the depot at 3 a.m. Tuesday, officials said',
];

describe('tagSentences', () => {
  it('tags sentences together as tagWords tags each alone', () => {
    const parts = SENTENCES.map((text, k) => ({ text, offset: 1000 * k }));
    const alone = parts.map((p) => tagWords(p.text, p.offset));
    expect(tagSentences(parts)).toEqual(alone);
    expect(tagSentences(parts.slice(1, 4))).toEqual(alone.slice(1, 4));
    expect(tagSentences([])).toEqual([]);
  });

  // The separator keeps each sentence's tags as alone only through these properties of the
  // pinned tagger and its model (wink-nlp 2.4.0 internals): any upgrade must pass this again.
  it('stands on a separator no POS pattern of the model reads', () => {
    const pkg = (name: string): { version: string } =>
      JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as {
        version: string;
      };
    expect(pkg('wink-nlp').version).toBe('2.4.0');
    expect(pkg('wink-eng-lite-web-model').version).toBe('1.8.1');
    // the automaton: a line-break token is skipped only as the OOV literal, the end of a text is
    // the token 2070000 and "otherwise" the key 2070003
    const automaton = readFileSync(require.resolve('wink-nlp/src/automaton.js'), 'utf8');
    expect(automaton).toContain('const eosTokenN = 2070000;');
    expect(automaton).toContain('const otherwiseN = 2070003;');
    const pipeline = readFileSync(require.resolve('wink-nlp'), 'utf8');
    expect(pipeline).toContain('posAutomata[ i ] = fsm( cache, cache.value( 0 ) );');
    const model = loadWinkModel();
    const core = (model.core as () => { features: { pos: { list: string[] } } })();
    const Cache = require('wink-nlp/src/cache.js') as (
      core: unknown,
      featureFn: unknown,
    ) => {
      lookup: (text: string) => number[] | null;
      posOf: (index: number) => number;
      mappedSpelling: (index: number) => number;
      property: (index: number, name: string) => number;
      value: (index: number) => string;
    };
    const cache = Cache(core, model.featureFn);
    // the separator is one lexeme of the model (no contraction): the token SPACE, with no hint
    const sep = cache.lookup(SEPARATOR);
    expect(sep).toHaveLength(1);
    const id = sep?.[0] ?? -1;
    const space = core.features.pos.list.indexOf('SPACE');
    expect(space).toBeGreaterThan(0);
    expect(cache.posOf(cache.mappedSpelling(id))).toBe(space);
    expect(cache.property(id, 'posHint')).toBe(0);
    // the POS machines skip only the OOV literal's token, not SPACE
    expect(cache.lookup(cache.value(0))?.[0]).not.toBe(space);
    const machines = (model.pos as () => { machines: string[] })().machines;
    expect(machines.length).toBeGreaterThan(0);
    for (const json of machines) {
      const fsm = (JSON.parse(json) as unknown[])[2] as Record<string, Record<string, number>>;
      // no state reads SPACE or the end of the text; the start state's "otherwise" is the start
      for (const state of Object.values(fsm)) {
        expect(state[String(space)]).toBeUndefined();
        expect(state['2070000']).toBeUndefined();
      }
      expect(fsm['0']?.['2070003'] ?? 0).toBe(0);
    }
    // the tagger itself: the separator comes out as one SPACE token between the sentences
    expect(tagWords(`Freedonia protested${SEPARATOR}Sylvania agreed`).map((w) => w.pos)).toEqual([
      'PROPN',
      'VERB',
      'SPACE',
      'PROPN',
      'VERB',
    ]);
  });
});
