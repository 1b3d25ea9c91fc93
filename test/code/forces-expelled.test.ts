import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { buildAnnotated } from './support/build-annotated.js';
import { compactEvent } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const EXTRA: TriggerEntry[] = [
  {
    id: 'expel',
    pos: 'verb',
    lemma: 'expel',
    type: 'SANCTION',
    mode: 'expel',
    forms: ['expel', 'expels', 'expelled', 'expelling'],
  },
];
const dicts = testDictionaries(EXTRA);

// each event as `TYPE/mode ACTORS>RECIPIENTS ...`
const code = (text: string): string[] =>
  explainEvents(buildAnnotated(text, '2024-11-06'), dicts).events.map((e) =>
    compactEvent(e).replace(' ', e.mode ? `/${e.mode} ` : ' '),
  );

// Invented sentences; published Wednesday 2024-11-06. Freedonia = FRD, Sylvania = SYL.
describe('forces expelled from ground they held are attacked, not sanctioned', () => {
  it.each([
    [
      'passive: forces driven from a village',
      'Freedonia said on Monday that Sylvanian forces had been expelled from the last village they held.',
    ],
    [
      'active: troops driven from a region',
      'Freedonian troops expelled Sylvanian troops from the border region on Monday.',
    ],
    [
      'from their positions',
      'Freedonian troops expelled Sylvanian soldiers from their positions on Monday.',
    ],
  ])('%s', (_name, text) => {
    expect(code(text).some((e) => e.startsWith('ASSAULT/heavy-weapons'))).toBe(true);
    expect(code(text).some((e) => e.startsWith('SANCTION'))).toBe(false);
  });

  it.each([
    ['diplomats expelled', 'Freedonia expelled Sylvanian diplomats from the capital on Monday.'],
    [
      'troops sent home from a whole state',
      'Freedonia expelled Sylvanian troops from Freedonia on Monday.',
    ],
    ['no ground named', 'Freedonia expelled Sylvanian troops on Monday.'],
  ])('negative: %s stays a sanction', (_name, text) => {
    expect(code(text).some((e) => e.startsWith('SANCTION/expel'))).toBe(true);
    expect(code(text).some((e) => e.startsWith('ASSAULT'))).toBe(false);
  });
});
