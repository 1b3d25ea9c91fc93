import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { buildAnnotated } from './support/build-annotated.js';
import { compactEvent } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const EXTRA: TriggerEntry[] = [
  { id: 'tests', pos: 'noun', words: ['tests'], type: 'MOBILIZE', mode: 'weapons' },
  {
    id: 'deployment',
    pos: 'noun',
    words: ['deployment'],
    type: 'AID',
    mode: 'troops',
    objectActor: true,
  },
];
const dicts = testDictionaries(EXTRA);

const accusations = (text: string): string[] =>
  explainEvents(buildAnnotated(text, '2024-11-06'), dicts)
    .events.filter((e) => e.type === 'ACCUSE')
    .map((e) => compactEvent(e, { date: false }));

// Invented sentences; published Wednesday 2024-11-06.
describe('the doer of the act an accusation condemns is accused', () => {
  it.each([
    [
      'an act noun behind "of"',
      'Freedonia condemned the announcement of Sylvanian missile tests.',
      'ACCUSE FRD>SYL',
    ],
    [
      'a troop noun behind "of"',
      'Freedonia condemned the official confirmation of Sylvanian troop deployment in Osterlich.',
      'ACCUSE FRD>SYL',
    ],
  ])('%s', (_name, text, expected) => {
    expect(accusations(text)).toEqual([expected]);
  });
  it.each([
    [
      'a party named after the verb is the one accused',
      'Freedonia condemned Osterlich over the Sylvanian missile tests.',
      'ACCUSE FRD>OST',
    ],
    [
      'the accuser is not its own target',
      'Freedonia condemned the announcement of Freedonian missile tests.',
      'ACCUSE FRD>',
    ],
    [
      'an act outside the object is not what is condemned',
      'Freedonia condemned the statement, while Sylvanian missile tests went on.',
      'ACCUSE FRD>',
    ],
  ])('negative: %s', (_name, text, expected) => {
    expect(accusations(text)).toEqual([expected]);
  });
});
