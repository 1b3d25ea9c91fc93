import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import type { Event } from '../../src/model/index.js';
import { analyze } from '../../src/pipeline.js';
import { buildAnnotated } from './support/build-annotated.js';
import { testDictionaries } from './support/test-dictionaries.js';

// PLOVER codes signing or ratifying an accord as SUPPORT and a promise to sign one as AGREE.
// Invented rows: sealing a pact is a signature, praise is another SUPPORT.
const EXTRA: TriggerEntry[] = [
  {
    id: 'seal-pact',
    pos: 'verb',
    lemma: 'seal',
    type: 'SUPPORT',
    mode: 'treaty',
    object: ['pact', 'accord'],
    reciprocal: true,
  },
  { id: 'praise', pos: 'verb', lemma: 'praise', type: 'SUPPORT', mode: 'praise' },
];
const dicts = testDictionaries(EXTRA);

const line = (e: Event): string =>
  `${e.type}/${e.mode ?? '-'} ${e.actors.map((a) => a.code).join('+')}>${e.recipients.map((r) => r.code).join('+')}${e.modality === 'asserted' ? '' : ` ${e.modality}`}`;
const code = (text: string): string[] =>
  explainEvents(buildAnnotated(text, '2024-11-06'), dicts).events.map(line);

// Invented sentences; published Wednesday 2024-11-06.
describe('a treaty signed, promised or refused', () => {
  it.each([
    [
      'a pact sealed is SUPPORT/treaty',
      'Freedonia and Sylvania sealed a pact on Monday.',
      ['SUPPORT/treaty FRD+SYL>'],
    ],
    [
      'a pact to be sealed is a promise: AGREE, still a treaty',
      'Freedonia said it will seal a pact with Sylvania next week.',
      ['AGREE/treaty FRD+SYL> planned'],
    ],
    [
      'a pact it will not seal is refused with no mode of aid',
      'Freedonia said on Monday it will not seal the pact with Sylvania.',
      ['REJECT/- FRD+SYL>'],
    ],
    [
      'negative: praise and a signature in one sentence stay two acts',
      'Freedonia praised Sylvania on Monday and sealed a pact with it.',
      ['SUPPORT/praise FRD>SYL', 'SUPPORT/treaty FRD>'],
    ],
  ])('%s', (_why, text, expected) => expect(code(text)).toEqual(expected));
});

/** `TYPE ACTORS>RECIPIENTS` of each event, from the shipped dictionaries (invented sentences). */
function shipped(text: string): string[] {
  const { events } = analyze(text, { published: '2024-11-06' });
  return events.map((e) => `${e.type}/${e.mode ?? '-'}`);
}

describe('the shipped treaty rows', () => {
  it.each([
    ['a treaty signed', 'Estonia and Latvia signed a border treaty on Monday.', 'SUPPORT/treaty'],
    [
      'a treaty ratified',
      'The Estonian parliament ratified the treaty on Monday.',
      'SUPPORT/treaty',
    ],
    [
      'a treaty to be signed',
      'Estonia will sign a border treaty with Latvia next week.',
      'AGREE/treaty',
    ],
  ])('%s', (_why, text, expected) => expect(shipped(text)).toContain(expected));
});
