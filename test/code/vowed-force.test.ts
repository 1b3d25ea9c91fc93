import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import type { Event } from '../../src/model/index.js';
import { buildAnnotated } from './support/build-annotated.js';
import { testDictionaries } from './support/test-dictionaries.js';

// Invented rows: a promise verb that governs its complement, and acts of force and of help.
const EXTRA: TriggerEntry[] = [
  {
    id: 'vow',
    pos: 'verb',
    lemma: 'vow',
    type: 'AGREE',
    mode: null,
    governs: true,
    speech: true,
  },
  {
    id: 'agree-to',
    pos: 'verb',
    lemma: 'agree',
    type: 'AGREE',
    mode: null,
    governs: true,
    speech: true,
  },
  { id: 'raze', pos: 'verb', lemma: 'raze', type: 'ASSAULT', mode: null },
  { id: 'jail', pos: 'verb', lemma: 'jail', type: 'COERCE', mode: 'arrest' },
  { id: 'fight', pos: 'verb', lemma: 'fight', type: 'ASSAULT', mode: null },
  { id: 'retaliate', pos: 'verb', lemma: 'retaliate', type: 'THREATEN', mode: 'violence' },
];
const dicts = testDictionaries(EXTRA);

const line = (e: Event): string =>
  `${e.type}/${e.mode ?? '-'} ${e.actors.map((a) => a.code).join('+')}>${e.recipients.map((r) => r.code).join('+')}`;
const code = (text: string): string[] =>
  explainEvents(buildAnnotated(text, '2024-11-06'), dicts).events.map(line);

// Invented sentences; published Wednesday 2024-11-06.
describe('a promise of force is a threat', () => {
  it.each([
    [
      'a vow to attack',
      'Freedonia vowed on Monday to raze Sylvanian towns.',
      ['THREATEN/violence FRD>SYL'],
    ],
    [
      'a vow to impose sanctions',
      'Freedonia vowed on Monday to impose sanctions on Sylvania.',
      ['THREATEN/sanction FRD>SYL'],
    ],
    [
      'a vow to retaliate: the threat it names',
      'Freedonia vowed on Monday to retaliate against Sylvania.',
      ['THREATEN/violence FRD>SYL'],
    ],
    [
      'a vow to arrest keeps the arrest as its mode',
      'Freedonia vowed on Monday to jail the Sylvanian envoys.',
      ['THREATEN/arrest FRD>SYL'],
    ],
  ])('%s', (_why, text, expected) => expect(code(text)).toEqual(expected));

  it.each([
    ['a vow not to attack', 'Freedonia vowed on Monday not to raze Sylvanian towns.', 'AGREE'],
    ['a vow to help', 'Freedonia vowed on Monday to send troops to Sylvania.', 'AGREE'],
    ['a vow to fight a social ill', 'Freedonia vowed on Monday to fight corruption.', 'AGREE'],
    [
      'an agreement between parties to act on a third',
      'Freedonia agreed with Sylvania on Monday to raze the border posts.',
      'AGREE',
    ],
  ])('negative: %s stays a promise', (_why, text, type) => {
    expect(code(text).map((e) => e.split('/')[0])).toEqual([type]);
  });
});
