import { describe, expect, it } from 'vitest';
import { explainEvents } from '../../src/code/index.js';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { buildAnnotated } from './support/build-annotated.js';
import { compactEvent } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const EXTRA: TriggerEntry[] = [
  {
    id: 'downgrade-ties',
    pos: 'verb',
    lemma: 'downgrade',
    type: 'SANCTION',
    mode: 'relations',
    object: ['ties'],
  },
  {
    id: 'expel',
    pos: 'verb',
    lemma: 'expel',
    forms: ['expel', 'expels', 'expelled', 'expelling'],
    type: 'SANCTION',
    mode: 'expel',
  },
];
const dicts = testDictionaries(EXTRA);
const sanctions = (text: string): string[] =>
  explainEvents(buildAnnotated(text, '2024-11-06'), dicts)
    .events.map((e) => compactEvent(e))
    .filter((e) => e.startsWith('SANCTION'));

// Invented sentences; published Wednesday 2024-11-06.
const CLASH = 'Freedonian troops shelled Sylvania on Sunday.';
describe('breaking relations is bilateral: the missing side is the other party', () => {
  it.each([
    ['ties downgraded', `${CLASH} Sylvania downgraded ties on Monday.`, 'SANCTION SYL>FRD'],
    ['envoys expelled', `${CLASH} Sylvania expelled two envoys on Monday.`, 'SANCTION SYL>FRD'],
  ])('%s', (_name, text, want) => {
    expect(sanctions(text)).toEqual([`${want} @2024-11-04`]);
  });
  it('negative: economic sanctions name their own target or none', () => {
    expect(sanctions(`${CLASH} Sylvania imposed sanctions on Monday.`)).toEqual([
      'SANCTION SYL> @2024-11-04',
    ]);
  });
  it('negative: a state that only comments is no side of the break', () => {
    expect(sanctions('Sylvania downgraded ties on Monday, Freedonia said.')).toEqual([
      'SANCTION SYL> @2024-11-04',
    ]);
  });
});
