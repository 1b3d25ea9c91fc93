import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import { buildAnnotated } from './support/build-annotated.js';
import { compactEventWithClaims } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const dicts = testDictionaries([
  {
    id: 'call-on',
    pos: 'verb',
    lemma: 'call',
    type: 'REQUEST',
    mode: 'change',
    object: ['on', 'for'],
    governs: true,
    speech: true,
  },
]);
const requests = (text: string): string[] =>
  explainEvents(buildAnnotated(text, '2024-11-06'), dicts)
    .events.filter((e) => e.type === 'REQUEST')
    .map((e) => compactEventWithClaims(e));

// Invented sentences; published Wednesday 2024-11-06.
describe("a second speaker's act after its answer is not the first speaker's claim", () => {
  it.each([
    [
      'a denial and a call, after "but"',
      'Freedonia says Sylvania shelled Lakeport, but Sylvania denies it and calls for monitors.',
    ],
    [
      'a denial and a call, after "as"',
      'Freedonia says Sylvania shelled Lakeport as Sylvania denies it and calls for monitors.',
    ],
    [
      'a denial and a call, after "while"',
      'Freedonia said Sylvania broke the truce, while Sylvania denied the charge and called for monitors.',
    ],
  ])('%s', (_name, text) => {
    const got = requests(text);
    expect(got.length).toBeGreaterThan(0);
    expect(got.filter((e) => e.includes('FRD assert'))).toEqual([]);
  });
  it.each([
    ['the call is what the speaker reports', 'Freedonia says Sylvania called for monitors.'],
    [
      'the denial and the call are both what the speaker reports',
      'Freedonia said Sylvania denied the charge and called for monitors.',
    ],
  ])('negative: %s', (_name, text) => {
    expect(requests(text).some((e) => e.includes('FRD assert'))).toBe(true);
  });
});
