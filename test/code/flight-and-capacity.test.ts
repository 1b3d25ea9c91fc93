import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import { analyze } from '../../src/pipeline.js';
import { buildAnnotated } from './support/build-annotated.js';
import { testDictionaries } from './support/test-dictionaries.js';

const dicts = testDictionaries();
const summaries = (text: string): string[] =>
  explainEvents(buildAnnotated(text, '2024-11-06'), dicts, false).events.map((e) => e.summary);
const shipped = (text: string): string[] =>
  analyze(text, { published: '2024-11-06' }).events.map((e) => e.summary);

// Invented sentences; published Wednesday 2024-11-06.
describe('a capacity to act is no act (refiners/detect-modality)', () => {
  it.each([
    [
      'the ability of a party to act',
      'The drills tested the ability of Freedonian troops to shell Sylvania.',
    ],
    ['a capability to act', 'Freedonia showed its capability to shell Sylvania.'],
  ])('%s', (_name, text) => {
    expect(summaries(text).filter((s) => s.includes('ASSAULT'))).toEqual([
      expect.stringContaining('(possible)'),
    ]);
  });
  it('negative: a party that was able to act did', () => {
    expect(summaries('Freedonian troops were able to shell Sylvania on Monday.')).toEqual([
      expect.not.stringContaining('(possible)'),
    ]);
  });
});

describe('where people fled to is not where the event happened (refiners/attach-place, flight-verb)', () => {
  it('the town fled to is no place of the shelling', () => {
    expect(
      shipped(
        'Residents fled to Narva on Monday after Latvian troops shelled an Estonian border town.',
      ),
    ).toEqual([expect.not.stringContaining('Narva')]);
  });
  it('negative: a town shelled is its place', () => {
    expect(shipped('Estonian troops shelled Narva on Monday.')).toEqual([
      expect.stringContaining('in Narva'),
    ]);
  });
});
