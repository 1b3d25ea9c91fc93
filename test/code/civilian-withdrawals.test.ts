import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { buildAnnotated } from './support/build-annotated.js';
import { compactEvent } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const EXTRA: TriggerEntry[] = [
  {
    id: 'withdraw',
    pos: 'verb',
    lemma: 'withdraw',
    type: 'RETREAT',
    mode: 'withdraw',
    forms: ['withdraw', 'withdraws', 'withdrew', 'withdrawn', 'withdrawing'],
  },
  { id: 'evacuate', pos: 'verb', lemma: 'evacuate', type: 'RETREAT', mode: 'withdraw' },
];
const dicts = testDictionaries(EXTRA);

// each event as `TYPE/mode ACTORS>RECIPIENTS ...`
const code = (text: string): string[] =>
  explainEvents(buildAnnotated(text, '2024-11-06'), dicts).events.map((e) =>
    compactEvent(e).replace(' ', e.mode ? `/${e.mode} ` : ' '),
  );

// Invented sentences; published Wednesday 2024-11-06.
describe('withdrawing envoys or a non-military mission is a sanction', () => {
  it.each([
    [
      'an ambassador recalled',
      'Freedonia withdrew its ambassador from Sylvania on Monday.',
      'SANCTION/relations FRD>SYL',
    ],
    [
      'inspectors and aid workers',
      'Freedonia withdrew its weapons inspectors and aid workers from Sylvania on Monday.',
      'SANCTION/discontinue FRD>SYL',
    ],
    [
      'an announced withdrawal of observers is a threat',
      'Freedonia said on Monday that it will withdraw its observers from Sylvania.',
      'THREATEN FRD>SYL',
    ],
  ])('%s', (_name, text, expected) => {
    expect(code(text).some((e) => e.startsWith(expected))).toBe(true);
    expect(code(text).some((e) => e.startsWith('RETREAT'))).toBe(false);
  });

  it.each([
    ['troops leaving', 'Freedonia withdrew its troops from Sylvania on Monday.'],
    [
      'troops and observers together',
      'Freedonia withdrew its troops and observers from Sylvania on Monday.',
    ],
    ['evacuating its own workers', 'Freedonia evacuated its workers from Sylvania on Monday.'],
  ])('negative: %s stays a retreat', (_name, text) => {
    expect(code(text).some((e) => e.startsWith('RETREAT'))).toBe(true);
    expect(code(text).some((e) => e.startsWith('SANCTION'))).toBe(false);
  });
});
