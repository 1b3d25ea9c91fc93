import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import type { Event } from '../../src/model/index.js';
import { analyze } from '../../src/pipeline.js';
import { buildAnnotated } from './support/build-annotated.js';
import { testDictionaries } from './support/test-dictionaries.js';

const PHONE: TriggerEntry = {
  id: 'phone',
  pos: 'verb',
  lemma: 'phone',
  type: 'CONSULT',
  mode: 'phone',
  reciprocal: true,
};
const dicts = testDictionaries([PHONE]);
const line = (e: Event): string =>
  `${e.type}/${e.mode ?? '-'} ${e.actors.map((a) => a.code).join('+')}`;
const code = (text: string): string[] =>
  explainEvents(buildAnnotated(text, '2024-11-06'), dicts, false).events.map(line);

// Invented sentences; published Wednesday 2024-11-06.
describe('a call by phone and a meeting in person are two consultations (refiners/merge-events)', () => {
  it('a meeting and a call of the same parties on the same day stay apart', () => {
    expect(
      code(
        'Freedonia met Sylvania in Fredville on Monday. On Monday Freedonia also phoned Sylvania.',
      ),
    ).toEqual(['CONSULT/visit FRD+SYL', 'CONSULT/phone FRD+SYL']);
  });
  it('negative: a meeting told again is one meeting', () => {
    expect(
      code('Freedonia met Sylvania in Fredville on Monday. Freedonia met Sylvania for two hours.'),
    ).toEqual(['CONSULT/visit FRD+SYL']);
  });
});

describe("a place inside the speaker's own name is where the speaker sits (refiners/attach-place)", () => {
  const summaries = (text: string): string[] =>
    analyze(text, { published: '2024-11-06' }).events.map((e) => e.summary);
  it('"officials in Georgetown said" puts no event in Georgetown', () => {
    expect(
      summaries(
        'Venezuela sent 300 soldiers to its border with Guyana on Monday, officials in Georgetown said.',
      ),
    ).toEqual([expect.not.stringContaining('Georgetown')]);
  });
  it('negative: a place the event names is its place', () => {
    expect(summaries('Estonian troops shelled Narva on Monday, officials said.')).toEqual([
      expect.stringContaining('in Narva'),
    ]);
  });
});
