import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import { compactEvent } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';
import { annotateWithBackers as annotate } from './support/with-backers.js';

const dicts = testDictionaries();

const code = (text: string): string[] =>
  explainEvents(annotate(text), dicts).events.map((e) => compactEvent(e));

// Invented sentences; published Wednesday 2024-11-06.
describe('a state backing a group, named in a compound', () => {
  it('the backer supports the party the phrase names', () => {
    expect(code('Freedonia-backed Sylvanian troops crossed the river on Monday.')).toContain(
      'SUPPORT FRD>SYL @2024-11-04',
    );
  });
  it('the backer is no party to what the group does', () => {
    const events = code('Freedonia-backed gunmen shelled Sylvania on Monday.');
    expect(events).toContain('SUPPORT FRD> @2024-11-04');
    expect(events.filter((e) => e.startsWith('ASSAULT'))).toEqual(['ASSAULT >SYL @2024-11-04']);
  });
  it('negative: a state before another compound is no backer', () => {
    expect(code('Freedonia-based gunmen shelled Sylvania on Monday.').join()).not.toMatch(
      /SUPPORT/,
    );
  });
});

// A state named as the holder of a place ("Xia-held towns") is the party an attack on it hits.
describe('a state holding a place, named in a compound', () => {
  it('the holder of the object attacked is the target', () => {
    expect(code('Freedonian troops shelled Sylvanian-held villages on Monday.')).toContain(
      'ASSAULT FRD>SYL @2024-11-04',
    );
  });
  it('the holder of a passive subject is the target', () => {
    expect(
      code('Sylvanian-occupied villages were shelled by Freedonian troops on Monday.'),
    ).toContain('ASSAULT FRD>SYL @2024-11-04');
  });
  it('negative: a holder of where it happened is no target', () => {
    expect(
      code('Gunmen fired on tourists in the Sylvania-controlled hills on Monday.').join(),
    ).not.toMatch(/>SYL/);
  });
  it('negative: a held thing that is no state names no target', () => {
    expect(code('Freedonian troops shelled rebel-held villages on Monday.').join()).not.toMatch(
      /SYL/,
    );
  });
});
