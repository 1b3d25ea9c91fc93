import { describe, expect, it } from 'vitest';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { testDictionaries } from './support/test-dictionaries.js';
import { partiesCoder } from './support/compact-event.js';

const RETREAT: TriggerEntry = {
  id: 'retreat',
  pos: 'verb',
  lemma: 'retreat',
  type: 'RETREAT',
  mode: 'withdraw',
  intransitive: true,
};
const dicts = testDictionaries([RETREAT]);
const code = partiesCoder(dicts);

// Invented sentences; published Wednesday 2024-11-06.
describe('a verb with no object has no passive (intransitive rows, finders/find-triggers)', () => {
  it('troops that retreated did it', () => {
    expect(code('Sylvanian troops retreated on Monday.')).toEqual(['RETREAT SYL>']);
  });
  it('negative: troops killed are the victims', () => {
    expect(code('Sylvanian troops killed on Monday were buried in Fredville.')).toContain(
      'ASSAULT >SYL',
    );
  });
});

describe('a gerund after "before" or "after" with no noun reading is the verb (finders/find-triggers)', () => {
  it('"before retreating"', () => {
    expect(code('Sylvanian troops shelled Freedonia on Monday before retreating.')).toContain(
      'RETREAT SYL>',
    );
  });
  it('negative: a form with a noun reading after "after" stays the noun', () => {
    expect(
      code('Freedonia met Sylvania on Monday after talks in Fredville.').filter((e) =>
        e.startsWith('CONSULT'),
      ),
    ).toHaveLength(1);
  });
});
