import { describe, expect, it } from 'vitest';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { compactCoder } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const EXTRA: TriggerEntry[] = [
  {
    id: 'meet',
    pos: 'verb',
    lemma: 'meet',
    type: 'CONSULT',
    mode: 'visit',
    forms: ['meet', 'meets', 'met', 'meeting'],
    reciprocal: true,
  },
];
const dicts = testDictionaries(EXTRA);
const code = compactCoder(dicts, { date: false });
const ofTypes = (text: string): string[] =>
  code(text).filter((e) => e.startsWith('CONSULT') || e.startsWith('ASSAULT'));

// Invented sentences; published Wednesday 2024-11-06.
describe('needs met and claims clashing are no meeting and no fight', () => {
  it.each([
    ['needs met', 'Freedonia said the pact meets the needs of Sylvania.'],
    ['interests met', "Freedonia's new pact with Sylvania meets fundamental interests of both."],
    ['demands met', "Freedonia met Sylvania's demands on Monday."],
    ['claims clashing', "Freedonia's maritime claims clash with those of Sylvania."],
  ])('%s', (_name, text) => {
    expect(ofTypes(text)).toEqual([]);
  });
  it.each([
    ['leaders meeting', 'Freedonia met Sylvania in Lakeport on Monday.', 'CONSULT'],
    ['troops clashing', 'Freedonian troops clashed with Sylvanian troops on Monday.', 'ASSAULT'],
  ])('negative: %s', (_name, text, type) => {
    expect(ofTypes(text).some((e) => e.startsWith(type))).toBe(true);
  });
});
