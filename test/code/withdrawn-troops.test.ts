import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { buildAnnotated } from './support/build-annotated.js';
import { compactEvent } from './support/compact-event.js';
import { testDictionaries, WITHDRAW_TRIGGER } from './support/test-dictionaries.js';

const WITHDRAW: TriggerEntry = { ...WITHDRAW_TRIGGER, troopsRetreat: true };
const dicts = testDictionaries([WITHDRAW]);
// the same verb without the property: the rule is the property's, not the verb's
const plain = testDictionaries([{ ...WITHDRAW, troopsRetreat: false }]);

const code = (text: string, d = dicts): string[] =>
  explainEvents(buildAnnotated(text, '2024-11-06'), d)
    .events.filter((e) => e.type === 'RETREAT' || e.type === 'SANCTION')
    .map((e) => compactEvent(e));

// Invented sentences; published Wednesday 2024-11-06. Freedonia = FRD, Sylvania = SYL, Osterlich = OST.
const ROWS: [string, string, string[]][] = [
  [
    'troops withdrawn (passive) retreat themselves',
    'Freedonian troops were withdrawn from the front on Monday.',
    ['RETREAT FRD> @2024-11-04'],
  ],
  [
    'the parties of the sources before a passive are not withdrawn from',
    'According to Osterlich officials, Freedonian soldiers were withdrawn on Monday.',
    ['RETREAT FRD> @2024-11-04'],
  ],
  [
    "a state withdrawing another's troops: one joint act",
    'Sylvania withdrew Freedonian troops from the front on Monday.',
    ['RETREAT SYL+FRD> @2024-11-04'],
  ],
  [
    'negative: a state withdrawing its envoy from another keeps the other as recipient (a SANCTION: decision 021)',
    'Freedonia withdrew its envoy from Sylvania on Monday.',
    ['SANCTION FRD>SYL @2024-11-04'],
  ],
  [
    'negative: troops that withdraw are already the actor; the state left stays recipient',
    'Freedonian troops withdrew from Sylvania on Monday.',
    ['RETREAT FRD>SYL @2024-11-04'],
  ],
  [
    'negative: a state withdrawn from (passive, no troops) is left as it was',
    'Sylvania was withdrawn from the talks on Monday.',
    ['RETREAT >SYL @2024-11-04'],
  ],
];

describe('troops withdrawn retreat themselves', () => {
  it.each(ROWS)('%s: %s', (_name, text, expected) => {
    expect(code(text)).toEqual(expected);
  });

  it('leaves a verb without the property as the role search read it', () => {
    expect(code('Freedonian troops were withdrawn from the front on Monday.', plain)).toEqual([
      'RETREAT >FRD @2024-11-04',
    ]);
  });
});
