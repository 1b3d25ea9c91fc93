import { describe, expect, it } from 'vitest';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { compactCoder } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const EXTRA: TriggerEntry[] = [
  { id: 'accuse', pos: 'verb', lemma: 'accuse', type: 'ACCUSE', mode: 'allege', speech: true },
  { id: 'cross', pos: 'verb', lemma: 'cross', type: 'ASSAULT', mode: null, object: ['border'] },
];
const dicts = testDictionaries(EXTRA);

const code = compactCoder(dicts, { date: false, quantity: false });

// Invented sentences; published Wednesday 2024-11-06.
describe('a speech act told in a participle after a report is the reporter’s', () => {
  it.each([
    [
      'an accusation after what the reporter says of another party',
      'Freedonia said Sylvanian troops crossed the border, accusing Osterlich of aiding them.',
      'ACCUSE FRD>OST',
    ],
    [
      'a condemnation after a reported attack',
      'Freedonia said Sylvanian forces shelled the town, condemning the attack.',
      'ACCUSE FRD>',
    ],
  ])('%s', (_name, text, expected) => {
    expect(code(text).filter((e) => e.startsWith('ACCUSE'))[0]).toContain(expected);
  });

  it.each([
    [
      'an act that is no speech keeps the subject of the reported clause',
      'Freedonia said Sylvanian forces shelled the town, killing two civilians.',
      'ASSAULT SYL',
      'ASSAULT FRD',
    ],
    [
      'no report: the participle keeps the main subject',
      'Sylvanian forces crossed the border, accusing Osterlich of aiding Freedonia.',
      'ACCUSE SYL',
      'ACCUSE FRD',
    ],
  ])('negative: %s', (_name, text, wanted, unwanted) => {
    const events = code(text);
    expect(events.some((e) => e.startsWith(wanted))).toBe(true);
    expect(events.some((e) => e.startsWith(unwanted))).toBe(false);
  });
});
