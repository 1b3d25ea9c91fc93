import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/model/index.js';
import { analyze } from '../../src/pipeline.js';

/** `TYPE ACTORS>RECIPIENTS` of each event, from the shipped dictionaries (invented sentences). */
function coded(text: string): string[] {
  const { events } = analyze(text, { published: '2024-11-06' });
  const codes = (l: { code: string }[]): string => [...new Set(l.map((r) => r.code))].join('+');
  return events.map((e: Event) => `${e.type} ${codes(e.actors)}>${codes(e.recipients)}`);
}

// A part of a state named with a sector noun the shipped list holds acts on another part of it.
describe('recipients of the actor’s own state, through the shipped sector nouns', () => {
  it.each([
    [
      'guerrillas acting on their capital',
      'Estonian guerrillas blew up power lines leading into Tallinn on Monday.',
      'COERCE EST>EST',
    ],
    [
      'farmers threatening their capital',
      'Estonian farmers said on Monday they would blockade Tallinn.',
      'THREATEN EST>EST',
    ],
    [
      'a judge (one, not only "judges") ordering its opposition',
      'An Estonian judge ordered Estonian opposition groups to disband on Monday.',
      'REQUEST EST>EST',
    ],
    [
      'rebels acting on a part of their state that is no organ of it',
      'Estonian rebels threatened Estonian journalists on Monday.',
      'THREATEN EST>EST',
    ],
    [
      'opposition groups "in" their state demanding of its government',
      'Opposition groups in Estonia demanded on Monday that the Estonian government resign.',
      'REQUEST EST>EST',
    ],
  ])('%s', (_name, text, expected) => {
    expect(coded(text)).toContain(expected);
  });
  it.each([
    [
      'a people with no sector beside its capital is one party',
      'Estonians said on Monday they would blockade Tallinn.',
      'THREATEN EST>EST',
    ],
    [
      'a people with no sector beside its government is one party',
      'Estonians demanded on Monday that the Estonian government resign.',
      'REQUEST EST>EST',
    ],
    [
      'rebels beside rebels of their own state are one party',
      'Estonian rebels threatened Estonian guerrillas on Monday.',
      'THREATEN EST>EST',
    ],
    [
      'guerrillas acting on another state keep it',
      'Estonian guerrillas blew up power lines leading into Latvia on Monday.',
      'COERCE EST>EST',
    ],
  ])('negative: %s', (_name, text, unwanted) => {
    expect(coded(text)).not.toContain(unwanted);
  });
});
