import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { testDictionaries } from './support/test-dictionaries.js';
import { annotateWithBackers } from './support/with-backers.js';

const EXTRA: TriggerEntry[] = [
  { id: 'support', pos: 'verb', lemma: 'support', type: 'SUPPORT', mode: null, speech: true },
  {
    id: 'back',
    pos: 'verb',
    forms: ['backs', 'backed', 'backing'],
    type: 'SUPPORT',
    mode: null,
    notObject: ['down', 'away', 'off', 'out', 'into', 'from'],
    speech: true,
  },
  { id: 'accuse', pos: 'verb', lemma: 'accuse', type: 'ACCUSE', mode: 'allege', speech: true },
];
const dicts = testDictionaries(EXTRA);
const types = (text: string): string[] =>
  explainEvents(annotateWithBackers(text), dicts).events.map(
    (e) =>
      `${e.type}/${e.mode ?? ''} ${e.actors.map((a) => a.code).join('+')}>${e.recipients.map((r) => r.code).join('+')}`,
  );

// Invented sentences; published Wednesday 2024-11-06. The SLF is an armed group of Sylvania.
describe('a state backing an armed group gives military aid', () => {
  it.each([
    ['a group by its sector', 'Freedonia supported the SLF on Monday.', 'AID/military FRD>SYL'],
    ['the back verb', 'Freedonia backed the SLF on Monday.', 'AID/military FRD>SYL'],
    ['a group by its noun', 'Freedonia is backing the rebels near Lakeport.', 'AID/military FRD>'],
    [
      'a passive after the group',
      'The militia, allegedly supported by Freedonia, entered Lakeport on Monday.',
      'AID/military FRD>',
    ],
    ['a compound', 'Freedonia-backed rebels entered Lakeport on Monday.', 'AID/military FRD>'],
    [
      'an alleged backing',
      'Sylvania accused Freedonia of backing the armed group on Monday.',
      'AID/military FRD>',
    ],
  ])('%s', (_name, text, want) => {
    expect(types(text)).toContain(want);
  });
  it.each([
    ['negative: support of a state', 'Freedonia supported Sylvania on Monday.'],
    ['negative: support of a plan', 'Freedonia backed the peace plan on Monday.'],
    [
      'negative: rebels named after another phrase',
      'Freedonia backed the army against the rebels on Monday.',
    ],
    ['negative: backing down', 'Freedonia backed down from the rebels on Monday.'],
  ])('%s', (_name, text) => {
    expect(types(text).some((t) => t.startsWith('AID/'))).toBe(false);
  });
});

describe("military aid is a material act: its doer's own word on it is a stance", () => {
  const claims = (text: string): string[] =>
    explainEvents(annotateWithBackers(text), dicts, false).events.map(
      (e) =>
        `${e.type} ${e.actors.map((a) => a.code).join('+')}: ${e.attributions.map((a) => `${a.source?.code ?? '-'} ${a.stance}`).join(', ')}`,
    );
  it('a denial of backing an armed group denies the aid', () => {
    expect(claims('Freedonia denied supporting the SLF on Monday.')).toEqual(['AID FRD: FRD deny']);
  });
});
