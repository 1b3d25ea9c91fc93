import { describe, expect, it } from 'vitest';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { testDictionaries, WITHDRAW_TRIGGER } from './support/test-dictionaries.js';
import { partiesCoder } from './support/compact-event.js';

const SUPPORT: TriggerEntry = {
  id: 'support',
  pos: 'verb',
  lemma: 'support',
  type: 'SUPPORT',
  mode: null,
};
const dicts = testDictionaries([WITHDRAW_TRIGGER, SUPPORT]);
const code = partiesCoder(dicts);
const shipped = partiesCoder();

// Invented sentences; published Wednesday 2024-11-06.
describe('the object of a control verb acts in its "to"-clause (annotate/syntax OBJECT_CONTROL, refiners/drop-governed)', () => {
  it('"prompting X to" makes X the doer', () => {
    expect(
      code('Freedonia shelled the border on Monday, prompting Sylvania to withdraw its troops.'),
    ).toContain('RETREAT SYL>');
  });
  it('negative: the purpose of sending troops belongs to the sending', () => {
    expect(
      code('Freedonia sent troops to support Sylvania.').some((e) => e.startsWith('SUPPORT')),
    ).toBe(false);
  });
});

describe('a "to" before a noun phrase is no complement (finders/find-triggers)', () => {
  it('"ordered the army to full combat readiness" puts it on alert', () => {
    expect(shipped('Estonia ordered its army to full combat readiness on Monday.')).toContain(
      'MOBILIZE EST>',
    );
  });
  it('negative: "ordered X to withdraw" is a demand', () => {
    expect(code('Freedonia ordered Sylvania to withdraw.')[0]).toMatch(/^REQUEST FRD/);
  });
});

describe('the possessor of a relation is no party to the phrase (annotate/actors/mark-relation-possessors)', () => {
  it.each([
    [
      'an appositive',
      'Latvia, Estonia’s closest ally, condemned Lithuania on Monday.',
      'ACCUSE LVA>LTU',
    ],
    [
      'a relation before the name',
      "Estonia's ally Latvia condemned Lithuania on Monday.",
      'ACCUSE LVA>LTU',
    ],
  ])('%s', (_name, text, expected) => {
    expect(shipped(text)).toContain(expected);
  });
  it('negative: a part of the state it possesses acts for it', () => {
    expect(shipped("Estonia's foreign ministry condemned Lithuania on Monday.")).toContain(
      'ACCUSE EST>LTU',
    );
  });
});

describe('a town captured is seized, no person captured (finders/find-place-seizures)', () => {
  it('"captured the town of X", a town no gazetteer knows', () => {
    expect(shipped('Estonian troops captured the town of Kessel Rock on Monday.')).toContain(
      'COERCE EST>',
    );
  });
  it('negative: soldiers captured are people taken', () => {
    expect(shipped('Estonian troops captured two Latvian soldiers on Monday.')).toContain(
      'ASSAULT EST>LVA',
    );
  });
});
