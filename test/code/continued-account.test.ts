import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import { buildAnnotated } from './support/build-annotated.js';
import { compactEventWithClaims } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const dicts = testDictionaries();
const claims = (text: string): string[] =>
  explainEvents(buildAnnotated(text, '2024-11-06'), dicts).events.map(compactEventWithClaims);

// Invented sentences; published Wednesday 2024-11-06.
describe('the next step of an account its speaker goes on with is part of that account', () => {
  it('a "subsequently" sentence between two statements of one speaker takes its source', () => {
    const got = claims(
      'Freedonia said that at 6am Sylvanian troops advanced on the bridge. ' +
        'Subsequently, at 7am, Sylvanian troops shelled Freedonian troops near the bridge. ' +
        'Freedonia said its troops held the bridge.',
    );
    expect(got).toContain('ASSAULT SYL>FRD: FRD assert');
  });

  it('"then" opens the next step too, and the account may go on a few sentences later', () => {
    const got = claims(
      'Freedonia said that Sylvanian troops crossed the river at dawn. ' +
        'Then Sylvanian troops shelled Freedonian troops in Hillford. ' +
        'The town lies on the river. ' +
        'Freedonia said the shelling lasted an hour.',
    );
    expect(got).toContain('ASSAULT SYL>FRD: FRD assert');
  });

  it('negative: no opening word of a next step, the sentence keeps no source', () => {
    const got = claims(
      'Freedonia said that Sylvanian troops crossed the river at dawn. ' +
        'Sylvanian troops shelled Freedonian troops in Hillford. ' +
        'Freedonia said its troops held the bridge.',
    );
    expect(got).toContain('ASSAULT SYL>FRD: ');
  });

  it('negative: another source speaks next, the sentence keeps no source', () => {
    const got = claims(
      'Freedonia said that Sylvanian troops crossed the river at dawn. ' +
        'Later, Sylvanian troops shelled Freedonian troops in Hillford. ' +
        'Sylvania said its troops fired in self-defence.',
    );
    expect(got.filter((e) => e.startsWith('ASSAULT SYL>FRD'))).not.toContain(
      'ASSAULT SYL>FRD: FRD assert',
    );
  });

  it('negative: the speaker says nothing more, the sentence keeps no source', () => {
    const got = claims(
      'Freedonia said that Sylvanian troops crossed the river at dawn. ' +
        'Later, Sylvanian troops shelled Freedonian troops in Hillford.',
    );
    expect(got).toContain('ASSAULT SYL>FRD: ');
  });
});
