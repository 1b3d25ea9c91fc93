import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import { analyze } from '../../src/pipeline.js';
import { buildAnnotated } from './support/build-annotated.js';
import { testDictionaries } from './support/test-dictionaries.js';

const dicts = testDictionaries();

/** Each event as `TYPE: SOURCE stance, …` (invented dictionaries). */
function claims(text: string): string[] {
  return explainEvents(buildAnnotated(text), dicts).events.map(
    (e) =>
      `${e.type}: ${e.attributions.map((a) => `${a.source?.code ?? '(unnamed)'} ${a.stance}`).join(', ')}`,
  );
}

// Invented sentences; published 2024-11-06. Freedonia = FRD, Sylvania = SYL, Osterlich = OST.
describe('a party calling its own conduct restraint denies the force it is accused of', () => {
  it.each<[string, string, string[]]>([
    [
      'a lead: the act the article goes on to report',
      'Sylvania said its forces acted with restraint. Sylvanian troops shelled Freedonian border posts on Monday, Freedonia said.',
      ['ASSAULT: SYL deny, FRD assert'],
    ],
    [
      'after the report: the act reported before',
      'Sylvanian troops shelled Freedonian border posts on Monday, Freedonia said. Sylvania said its forces acted with restraint.',
      ['ASSAULT: FRD assert, SYL deny'],
    ],
  ])('%s', (_why, text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it.each<[string, string, string[]]>([
    [
      'a party with no act of its own denies nothing',
      'Sylvanian troops shelled Freedonian border posts on Monday, Freedonia said. Osterlich said its forces acted with restraint.',
      ['ASSAULT: FRD assert'],
    ],
    [
      'restraint answers force, not a meeting',
      'Sylvania met Osterlich on Monday. Sylvania said its forces acted with restraint.',
      ['CONSULT: '],
    ],
  ])('negative: %s', (_why, text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('restraint cues (shipped dictionaries)', () => {
  const stances = (text: string): string[] =>
    analyze(text, { published: '2024-11-06' }).events.flatMap((e) =>
      e.attributions.map((a) => `${e.type} ${a.source?.code ?? '-'}:${a.stance}`),
    );
  const REPORT = 'Latvian boats rammed Estonian vessels on Monday, Estonia said.';

  it.each([
    `${REPORT} Latvia said its coast guard was "professional and restrained".`,
    `${REPORT} Riga said it had exercised maximum restraint.`,
    `${REPORT} Latvia said its forces acted with restraint.`,
  ])('%s', (text) => {
    expect(stances(text)).toContain('ASSAULT LVA:deny');
  });

  it.each([
    `${REPORT} Finland urged both sides to exercise restraint.`,
    `${REPORT} Latvia called on its forces to show restraint.`,
    `${REPORT} Latvia said its protesters were restrained by the police.`,
  ])('negative: %s', (text) => {
    expect(stances(text)).not.toContain('ASSAULT LVA:deny');
  });
});
