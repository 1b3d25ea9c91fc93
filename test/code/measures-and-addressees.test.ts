import { describe, expect, it } from 'vitest';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { testDictionaries } from './support/test-dictionaries.js';
import { partiesCoder } from './support/compact-event.js';

const TARGET: TriggerEntry = {
  id: 'target',
  pos: 'verb',
  lemma: 'target',
  type: 'ASSAULT',
  mode: 'targeted',
};
const dicts = testDictionaries([TARGET]);
const code = partiesCoder(dicts);
const shipped = partiesCoder();

// Invented sentences; published Wednesday 2024-11-06.
describe('a participle right after a sanction names its aims (refiners/drop-measure-targets)', () => {
  it('"imposed sanctions on X, targeting its banks" is no attack', () => {
    expect(code('Freedonia imposed sanctions on Sylvania on Monday, targeting its banks.')).toEqual(
      ['SANCTION FRD>SYL'],
    );
  });
  it('negative: after an attack, the participle stays the attack', () => {
    expect(
      code('Freedonian troops shelled Sylvania on Monday, targeting its ports.').some((e) =>
        e.startsWith('ASSAULT FRD'),
      ),
    ).toBe(true);
  });
});

describe('a speech act whose object names no party addresses none of the parties in its complement (refiners/assign-actors)', () => {
  it('"ordered its allies to shell X": X is not the one ordered', () => {
    expect(code('Freedonia ordered its allies to shell Sylvania on Monday.')).toContain(
      'REQUEST FRD>',
    );
  });
  it('negative: a named object is the one ordered', () => {
    expect(code('Freedonia ordered Osterlich to shell Sylvania on Monday.')).toContain(
      'REQUEST FRD>OST',
    );
  });
});

describe('suspended ties are a sanction (shipped suspend row)', () => {
  it('a partnership suspended', () => {
    expect(shipped('Estonia suspended its partnership with Latvia on Monday.')).toContain(
      'SANCTION EST>LVA',
    );
  });
});
