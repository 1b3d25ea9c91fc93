import { describe, expect, it } from 'vitest';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { compactCoder } from './support/compact-event.js';
import { CALL_ON_TRIGGER, testDictionaries } from './support/test-dictionaries.js';

// The appeal verbs as the shipped dictionary has them, and an attack to set sides at war.
const EXTRA: TriggerEntry[] = [
  { id: 'shell', pos: 'verb', lemma: 'shell', type: 'ASSAULT', mode: 'heavy-weapons' },
  CALL_ON_TRIGGER,
  {
    id: 'urge',
    pos: 'verb',
    lemma: 'urge',
    type: 'REQUEST',
    mode: 'change',
    governs: true,
    speech: true,
  },
];
const code = compactCoder(testDictionaries(EXTRA), { date: false, quantity: false });
const requests = (text: string): string[] => code(text).filter((e) => e.startsWith('REQUEST'));

const FIGHTING =
  'Freedonian forces shelled Sylvanian villages on Monday. Sylvanian forces shelled Freedonian towns on Tuesday. ';

// Invented sentences; published Wednesday 2024-11-06.
describe('an appeal for calm that asks no party speaks to the public', () => {
  it.each([
    ['a call for calm with no fighting told', 'Sylvanian authorities called for calm.'],
    ['one of the sides at war urges calm', `${FIGHTING}Sylvania has urged calm.`],
    ['a date between the verb and its aim', 'The Sylvanian government called on Monday for calm.'],
  ])('%s', (_name, text) => {
    expect(requests(text)).toEqual([]);
  });
  it.each([
    [
      "an outsider's call for calm is aimed at the sides at war",
      `${FIGHTING}Osterlich called for calm.`,
      ['REQUEST OST>FRD+SYL'],
    ],
    [
      'a call for calm that names the party asked',
      'Osterlich urged Sylvania to keep calm.',
      ['REQUEST OST>SYL'],
    ],
    [
      'a call for restraint is asked of those who fight',
      'Sylvania urged restraint.',
      ['REQUEST SYL>'],
    ],
    ['a call for something else', 'Sylvanian authorities called for an inquiry.', ['REQUEST SYL>']],
  ])('negative: %s', (_name, text, expected) => {
    expect(requests(text)).toEqual(expected);
  });
});

describe('an appeal that asks "both sides" is aimed at the sides at war', () => {
  it.each([
    ['"called on both sides"', `${FIGHTING}Osterlich called on both sides to respect the truce.`],
    ['"urged the two countries"', `${FIGHTING}Osterlich urged the two countries to hold talks.`],
    ['"called on all parties"', `${FIGHTING}Osterlich called on all parties to stop.`],
  ])('%s', (_name, text) => {
    expect(requests(text)).toEqual(['REQUEST OST>FRD+SYL']);
  });

  it.each([
    [
      'negative: "both sides" with no sides at war told asks no one named',
      'Osterlich called on both sides to respect the truce.',
      ['REQUEST OST>'],
    ],
    [
      'negative: one of the sides asking "both sides" is no outsider',
      `${FIGHTING}Sylvania called on both sides to respect the truce.`,
      ['REQUEST SYL>'],
    ],
    [
      'negative: "sides" with no word that makes them the two',
      `${FIGHTING}Osterlich called on its allies on all fronts to respect the truce.`,
      ['REQUEST OST>'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(requests(text)).toEqual(expected);
  });
});
