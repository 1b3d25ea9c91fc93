import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import { buildAnnotated } from './support/build-annotated.js';
import { compactEventWithClaims } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const dicts = testDictionaries();
const code = (text: string): string[] =>
  explainEvents(buildAnnotated(text), dicts, false).events.map(compactEventWithClaims);

// Invented sentences: a speaker named by a possessive pronoun and one who speaks for a party.
describe('"its ministry said": the speaker is the party the sentence before is about (finders/possessed-voice)', () => {
  it.each([
    [
      'a state named as the subject before',
      'Sylvania rejected the account. Its defence ministry said Freedonian troops had shelled Sylvanian border posts.',
      'ASSAULT FRD>SYL: SYL assert',
    ],
    [
      'two states joined by "and", a plural voice',
      'Sylvania and Osterlich rejected the account. Their foreign ministries said Freedonian troops had shelled Sylvanian border posts.',
      'ASSAULT FRD>SYL: SYL assert, OST assert',
    ],
    [
      'a spokesman with an adverb before the cue',
      'Osterlich rejected the account. Its spokesman later said Freedonian troops had shelled Sylvanian border posts.',
      'ASSAULT FRD>SYL: OST assert',
    ],
    [
      'the cue after what was said: the party that sentence is about',
      'Osterlich rejected the account. Freedonia shelled Sylvanian border posts, its ministry said.',
      'ASSAULT FRD>SYL: FRD assert',
    ],
  ])('%s', (_name, text, expected) => {
    expect(code(text)).toContain(expected);
  });
  it('negative: a speaker named in the sentence speaks, not the party before', () => {
    expect(
      code(
        "Sylvania rejected the account. Osterlich's defence ministry said Freedonian troops had shelled Sylvanian border posts.",
      ),
    ).toContain('ASSAULT FRD>SYL: OST assert');
  });
  it('negative: a possessive before a noun that speaks for no party names no speaker', () => {
    expect(
      code(
        'Sylvania rejected the account. Its neighbour said Freedonian troops had shelled Sylvanian border posts.',
      ),
    ).toContain('ASSAULT FRD>SYL: ');
  });
});

describe('"two of its soldiers were killed": the count\'s possessor is the speaker (roles/possessive-subject)', () => {
  it("the speaker's own soldiers are the victims", () => {
    expect(code('Sylvania said two of its soldiers were killed by Freedonian troops.')).toContain(
      'ASSAULT FRD>SYL: SYL assert',
    );
  });
  it('negative: a count of soldiers with no possessive names no victim', () => {
    expect(code('Sylvania said two of the soldiers were killed by Freedonian troops.')).toContain(
      'ASSAULT FRD>: SYL assert',
    );
  });
});
