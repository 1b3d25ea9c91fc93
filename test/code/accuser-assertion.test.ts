import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import { buildAnnotated } from './support/build-annotated.js';
import { compactEvent } from './support/compact-event.js';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { testDictionaries } from './support/test-dictionaries.js';

// The attack as a noun ("Sylvania's shelling of"), beyond the shared test dictionary.
const EXTRA: TriggerEntry[] = [
  { id: 'shelling-n', pos: 'noun', words: ['shelling'], type: 'ASSAULT', mode: 'heavy-weapons' },
];
const dicts = testDictionaries(EXTRA);

/** Each event with who speaks for it: "ASSAULT SYL>FRD: FRD assert". */
function coded(text: string): string[] {
  return explainEvents(buildAnnotated(text, '2024-11-06'), dicts).events.map(
    (e) =>
      `${compactEvent(e, { quantity: false })}: ${e.attributions.map((a) => `${a.source?.code ?? '(unnamed)'} ${a.stance}`).join(', ')}`,
  );
}

// Invented sentences; published 2024-11-06. Freedonia = FRD, Sylvania = SYL, Osterlich = OST.
const ROWS: [string, string, string[]][] = [
  [
    'the accuser asserts the attack its condemnation names',
    'Freedonia strongly condemns the reckless manoeuvres of the Sylvanian navy and its shelling of Freedonian border posts.',
    ['ACCUSE FRD>SYL @2024-11-06: ', 'ASSAULT SYL>FRD @2024-11-06: FRD assert'],
  ],
  [
    'an attack told after the accusation is what it condemns',
    'Freedonia condemned Sylvania after Sylvanian gunboats shelled Freedonian border posts on Monday.',
    ['ACCUSE FRD>SYL @2024-11-06: ', 'ASSAULT SYL>FRD @2024-11-04: FRD assert'],
  ],
  [
    'negative: an attack told before the accusation is not its object',
    'Sylvanian gunboats shelled Freedonian border posts on Monday, and Freedonia condemned Sylvania.',
    ['ASSAULT SYL>FRD @2024-11-04: ', 'ACCUSE FRD>SYL @2024-11-04: '],
  ],
  [
    'negative: a source named for the attack keeps it alone',
    'Osterlich said Freedonia strongly condemns the reckless manoeuvres of the Sylvanian navy and its shelling of Freedonian border posts.',
    ['ACCUSE FRD>SYL @2024-11-06: OST assert', 'ASSAULT SYL>FRD @2024-11-06: OST assert'],
  ],
  [
    'negative: an accusation not made asserts nothing',
    'Freedonia did not condemn Sylvania after Sylvanian gunboats shelled Freedonian border posts on Monday.',
    ['ACCUSE FRD>SYL negated: ', 'ASSAULT SYL>FRD @2024-11-04: '],
  ],
];

describe('an accuser asserts the act it condemns', () => {
  it.each(ROWS)('%s', (_why, text, expected) => expect(coded(text)).toEqual(expected));
});
