import { describe, expect, it } from 'vitest';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { withObjectWords } from '../../src/code/load-code-dictionaries.js';
import { compactCoder } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const EXTRA: TriggerEntry[] = [
  {
    id: 'send-troops',
    pos: 'verb',
    lemma: 'send',
    forms: ['send', 'sends', 'sent', 'sending'],
    type: 'AID',
    mode: 'troops',
    object: ['troops', 'soldiers', 'fighters'],
    objectActor: true,
  },
];
const code = compactCoder(testDictionaries(EXTRA), { date: false, quantity: false });

// Invented sentences; published Wednesday 2024-11-06.
describe('the party troops move towards, or to the border of, is no receiver of them (refiners/drop-faced-parties)', () => {
  it.each([
    [
      'the party named before the border noun',
      'Freedonia sent 3,000 soldiers to the Sylvanian border on Monday.',
    ],
    [
      'the party after "the border with"',
      'Freedonia sent 3,000 troops to the border with Sylvania.',
    ],
    ['"along" the frontier', 'Freedonia sent troops along the Sylvanian frontier.'],
    ['"towards" the party', 'Freedonia sent 3,000 troops towards Sylvania on Monday.'],
  ])('%s', (_name, text) => {
    expect(code(text)).toEqual(['MOBILIZE FRD>']);
  });
  it.each([
    ['troops sent into the other state', 'Freedonia sent 3,000 troops to Sylvania.', 'AID FRD>SYL'],
    [
      'a receiver named before a border it lies on',
      "Freedonia sent troops to Sylvania's Red Bay region, on the border with Osterlich.",
      'AID FRD>SYL',
    ],
  ])('negative: %s', (_name, text, expected) => {
    expect(code(text)).toContain(expected);
  });
});

describe('a troop noun that modifies a craft names no troops (finders/find-triggers)', () => {
  it('"fighter jets" are no fighters', () => {
    expect(code('Freedonia sent fighter jets to Sylvania on Monday.')).toEqual([]);
  });
  it('negative: fighters sent are troops', () => {
    expect(code('Freedonia sent 300 fighters to Sylvania on Monday.')).toEqual(['AID FRD>SYL']);
  });
});

describe('a trigger object "@tag" stands for the words the word lists tag so (load-code-dictionaries)', () => {
  const entry: TriggerEntry = {
    id: 'move-troops',
    pos: 'verb',
    lemma: 'move',
    type: 'AID',
    mode: 'troops',
    object: ['@troop-noun', 'service members'],
  };
  it('expands the tag and keeps the words written out', () => {
    const object = withObjectWords(entry).object ?? [];
    expect(object).toEqual(expect.arrayContaining(['troops', 'battalions', 'service members']));
    expect(object.some((w) => w.startsWith('@'))).toBe(false);
  });
  it('names the tags to choose from when a tag is unknown', () => {
    expect(() => withObjectWords({ ...entry, object: ['@troop-nouns'] })).toThrow(
      /names no word tag; use one of .*troop-noun/,
    );
  });
});
