import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import { buildAnnotated } from './support/build-annotated.js';
import { partiesCoder, compactEventWithClaims } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const dicts = testDictionaries();
const withClaims = (text: string): string[] =>
  explainEvents(buildAnnotated(text, '2024-11-06'), dicts, false).events.map(
    compactEventWithClaims,
  );
const shipped = partiesCoder();

// Invented sentences; published Wednesday 2024-11-06.
const TOLD = 'Freedonian troops shelled Sylvanian border posts on Monday, Sylvania said.';

describe('a denial of what one knew of an event does not deny the event (refiners/attach-attributions, knowledge-noun)', () => {
  it.each([
    ['prior knowledge', `${TOLD} Freedonia denied prior knowledge of the attack.`],
    ['advance warning', `${TOLD} Freedonia denied any advance warning of the strikes.`],
  ])('%s', (_name, text) => {
    expect(withClaims(text)).toEqual(['ASSAULT FRD>SYL: SYL assert']);
  });
  it('negative: a denial of reports of the attack answers it', () => {
    expect(withClaims(`${TOLD} Freedonia denied reports of the attack.`)).toEqual([
      'ASSAULT FRD>SYL: SYL assert, FRD deny',
    ]);
  });
});

describe('warnings in the shipped dictionaries', () => {
  it.each([
    [
      'a warning issued to a party',
      'Estonia issued a warning to Latvia on Monday.',
      'THREATEN EST>LVA',
    ],
    ['an ultimatum issued', 'Estonia issued an ultimatum to Latvia on Monday.', 'THREATEN EST>LVA'],
    [
      'a quoted modifier',
      'Estonia warned that any Latvian incursion would be met with a "crushing" answer.',
      'THREATEN EST>LVA',
    ],
  ])('%s', (_name, text, expected) => {
    expect(shipped(text)).toContain(expected);
  });
  it.each([
    [
      'an advance warning is notice',
      'Estonia gave Latvia advance warning of the exercise on Monday.',
    ],
    [
      'interceptors fired at missiles defend',
      'Estonian ships fired interceptors at incoming Latvian missiles on Monday.',
    ],
  ])('negative: %s', (_name, text) => {
    const events = shipped(text);
    expect(events.some((e) => e.startsWith('THREATEN') || e.startsWith('ASSAULT EST'))).toBe(false);
  });
});
