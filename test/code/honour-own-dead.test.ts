import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import type { StanceCue } from '../../src/code/load-code-dictionaries.js';
import { loadCodeDictionaries } from '../../src/code/load-code-dictionaries.js';
import { buildAnnotated } from './support/build-annotated.js';
import { testDictionaries } from './support/test-dictionaries.js';

// The shipped cue, so the test reads the rule as it ships; the rest of the list is the test one.
const shipped = loadCodeDictionaries().cues.find((c) => c.id === 'honour-own-dead');
const base = testDictionaries();
const dicts = { ...base, cues: [shipped as StanceCue, ...base.cues] };

/** Each event as `TYPE: SOURCE stance, ...`. */
function claims(text: string): string[] {
  return explainEvents(buildAnnotated(text, '2024-11-06'), dicts).events.map(
    (e) =>
      `${e.type}: ${e.attributions.map((a) => `${a.source?.code ?? '(unnamed)'} ${a.stance}`).join(', ')}`,
  );
}

// Invented sentences; published 2024-11-06. Freedonia = FRD, Sylvania = SYL, Osterlich = OST.
describe('a party honouring its own dead owns to its losses', () => {
  it('is shipped, marked as owning to losses', () => {
    expect(shipped?.stance).toBe('confirm');
    expect(shipped?.ownsLosses).toBe(true);
  });

  it.each([
    [
      'honouring the coffins of its soldiers killed by the other side',
      'Sylvanian state television showed Sylvania honouring the coffins of Sylvanian soldiers killed by Freedonia.',
    ],
    [
      'mourning the fallen',
      'Freedonia killed Sylvanian soldiers at the border. Sylvania mourned the fallen soldiers on Monday.',
    ],
  ])('%s: a confirmation of the losses', (_why, text) => {
    expect(claims(text)).toContain('ASSAULT: SYL confirm');
  });

  it.each([
    [
      'a third state honouring them asserts',
      'Freedonian shelling killed Sylvanian soldiers. Osterlich mourned the fallen soldiers on Monday.',
      'ASSAULT: OST assert',
    ],
    [
      'honouring veterans names no dead: no cue',
      'Sylvania honoured its veterans on Monday, a week after Freedonia killed Sylvanian soldiers.',
      'ASSAULT: ',
    ],
  ])('negative: %s', (_why, text, expected) => {
    expect(claims(text)).toContain(expected);
  });

  it('negative: honouring the dead says nothing of the deployment told before', () => {
    const got = claims(
      'Sylvania sent troops to Osterlich last year. Sylvania mourned the fallen soldiers on Monday.',
    );
    expect(got.filter((e) => e.startsWith('AID')).join()).not.toMatch(/SYL confirm/);
  });
});
