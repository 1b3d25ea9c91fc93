import { describe, expect, it } from 'vitest';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { compactCoder, compactEventWithClaims } from './support/compact-event.js';
import { buildAnnotated } from './support/build-annotated.js';
import { testDictionaries } from './support/test-dictionaries.js';
import { explainEvents } from '../../src/code/index.js';

const EXTRA: TriggerEntry[] = [
  {
    id: 'accuse',
    pos: 'verb',
    lemma: 'accuse',
    type: 'ACCUSE',
    mode: 'allege',
    governs: true,
    speech: true,
  },
  { id: 'wound', pos: 'verb', lemma: 'wound', type: 'ASSAULT', mode: null },
];
const dicts = testDictionaries(EXTRA);
const code = compactCoder(dicts, { date: false, quantity: false });
const withClaims = (text: string): string[] =>
  explainEvents(buildAnnotated(text), dicts, false).events.map(compactEventWithClaims);

// Invented sentences; published Wednesday 2024-11-06.
describe('a verb joined by "and" to a meeting shares its subject, not the side met (refiners/assign-actors)', () => {
  it('the accuser is the one who met, not the one met', () => {
    const events = code(
      'Freedonia met the Sylvanian envoy on Monday and accused Osterlich of spying.',
    );
    expect(events).toContain('CONSULT FRD+SYL>');
    expect(events.some((e) => e.startsWith('ACCUSE FRD+SYL') || e.startsWith('ACCUSE SYL'))).toBe(
      false,
    );
  });
  it("negative: a verb joined to a one-sided act shares that act's doer", () => {
    expect(code('Freedonia shelled Sylvania on Monday and killed two soldiers.')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^ASSAULT FRD>SYL/)]),
    );
  });
});

describe('a cue verb joined by "and" to its speaker\'s own act does not report that act (refiners/attach-attributions)', () => {
  it.each([
    ['right after "and"', 'Freedonia met Sylvania on Monday and said it feared a war.'],
    ['an adverb between', 'Freedonia met Sylvania on Monday and later said it feared a war.'],
  ])('%s', (_name, text) => {
    expect(withClaims(text)).toContain('CONSULT FRD+SYL>: ');
  });
  it('negative: a speaker named after the act still reports it', () => {
    expect(withClaims('Freedonia shelled Sylvania on Monday, Sylvania said.')).toContain(
      'ASSAULT FRD>SYL: SYL assert',
    );
  });
});

describe('a count after "and" in a passive shares its "be" (finders/find-triggers)', () => {
  it.each([
    ['a number word', 'Two Sylvanian soldiers were killed and three wounded by Freedonian troops.'],
    ['a count of others', 'Two Sylvanian soldiers were killed and 12 others wounded by Freedonia.'],
  ])('%s: the wounded are the victims, not the doers', (_name, text) => {
    const events = code(text);
    expect(events.some((e) => e.startsWith('ASSAULT SYL>'))).toBe(false);
  });
});

describe('a denial of claims answers the acts others assert in the sentence before (refiners/attach-attributions)', () => {
  it('the accused act takes the denial, the meeting told beside it does not', () => {
    const events = withClaims(
      'Freedonia met the Sylvanian envoy on Monday and accused Osterlich of supplying rebels. Osterlich dismissed claims on Tuesday.',
    );
    expect(events).toContain('CONSULT FRD+SYL>: ');
    expect(events).toContainEqual(expect.stringMatching(/^AID OST>.*: FRD assert, OST deny$/));
  });
  it('negative: a denial that names no claims answers every event of the sentence before', () => {
    const events = withClaims(
      'Freedonia met the Sylvanian envoy on Monday and accused Osterlich of supplying rebels. Osterlich denied it on Tuesday.',
    );
    expect(events).toContain('CONSULT FRD+SYL>: OST deny');
  });
});

// The invented cues with "accused" as one (the shipped list has it as a cue of assertion).
const withAccuseCue: typeof dicts = {
  ...dicts,
  cues: [
    ...dicts.cues,
    { id: 'accused', pattern: '\\baccused\\b', stance: 'assert', source: 'before' },
  ],
};
const claimsWithAccuseCue = (text: string): string[] =>
  explainEvents(buildAnnotated(text), withAccuseCue, false).events.map(compactEventWithClaims);

describe('a verb coordinated with the cue verb after its "of" complement is the speaker\'s own act (refiners/attach-attributions)', () => {
  it('the accusation does not report the sending that follows it', () => {
    expect(
      claimsWithAccuseCue(
        'Freedonia accused Sylvania of spying and sent troops to Osterlich on Monday.',
      ),
    ).toContainEqual(expect.stringMatching(/^(?:AID|MOBILIZE) FRD>.*: $/));
  });
  it('negative: an act inside the "of" complement is the one alleged', () => {
    expect(
      claimsWithAccuseCue(
        'Freedonia accused Sylvania of shelling border posts and killing two guards.',
      ),
    ).toContainEqual(expect.stringMatching(/^ASSAULT SYL>.*: FRD assert/));
  });
});
