import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import { buildAnnotated } from './support/build-annotated.js';
import { testDictionaries } from './support/test-dictionaries.js';

const dicts = testDictionaries();
// The shelling's evidence sentences: the sentences merged into it.
const shellingEvidence = (text: string): string[] =>
  explainEvents(buildAnnotated(text, '2024-11-06'), dicts)
    .events.filter((e) => e.type === 'ASSAULT' && e.actors.some((a) => a.code === 'FRD'))
    .flatMap((e) => e.evidence.map((v) => v.text));

// Invented sentences; published Wednesday 2024-11-06.
const FIRST = 'Freedonian troops shelled Sylvania on Monday.';
const FILL = 'Markets in Fredville were calm. Schools stayed open. Trains ran on time.';
describe('"the number of X killed" points back to no event told before', () => {
  it('a tally far from the shelling does not join it', () => {
    const tally = 'The number of people killed has risen to 40.';
    expect(shellingEvidence(`${FIRST} ${FILL} ${tally}`)).toEqual([FIRST]);
  });
  it('negative: "the soldiers were killed" still points back to the shelling', () => {
    const back = 'The soldiers were killed near the border.';
    expect(shellingEvidence(`${FIRST} ${FILL} ${back}`)).toEqual([FIRST, back]);
  });
});
