import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import { buildAnnotated } from './support/build-annotated.js';
import { compactEvent } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const dicts = testDictionaries();

const attacks = (text: string): string[] =>
  explainEvents(buildAnnotated(text, '2024-11-06'), dicts)
    .events.filter((e) => e.type === 'ASSAULT')
    .map((e) => compactEvent(e, { date: false, quantity: false }));

// Invented sentences; published Wednesday 2024-11-06. Lakeport: a town of Sylvania.
describe('a weapon that hits or lands is an attack by the state that fired it', () => {
  it.each([
    [
      'rockets that hit',
      'Two Freedonian rockets hit a Sylvanian border post on Monday.',
      'ASSAULT FRD>SYL',
    ],
    [
      'shells that land',
      'Freedonian shells landed in a Sylvanian village on Monday.',
      'ASSAULT FRD>SYL',
    ],
    [
      'armed forces that hit a target',
      'Freedonia said its forces had hit two Sylvanian border posts on Monday.',
      'ASSAULT FRD>SYL',
    ],
    [
      'troops that pound a town',
      'Freedonian troops pounded a Sylvanian village on Monday.',
      'ASSAULT FRD>SYL',
    ],
    [
      'a compound names the state that launched them',
      'Two Freedonia-launched BM-7 rockets hit a Sylvanian border post on Monday.',
      'ASSAULT FRD>SYL',
    ],
  ])('%s', (_name, text, expected) => {
    expect(attacks(text)).toEqual([expected]);
  });
  it.each([
    ['a reply in words', 'Sylvania hit back at Freedonian criticism on Monday.'],
    ['a figure that hits a record', 'Freedonian exports hit a record on Monday.'],
    ['a drone that crashed', 'A Freedonian drone crashed in Sylvania on Monday.'],
    ['troops that hit back', 'Freedonian troops hit back on Monday.'],
    ['troops that land', 'Freedonian troops landed in Sylvania on Monday.'],
    ['a weapon that is an object', 'Freedonia hit the market with new rockets on Monday.'],
    [
      'a satellite launched by a state',
      'The Freedonia-launched satellite hit its orbit on Monday.',
    ],
  ])('negative: %s', (_name, text) => {
    expect(attacks(text)).toEqual([]);
  });
});
