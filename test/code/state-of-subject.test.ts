import { describe, expect, it } from 'vitest';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { compactCoder } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const EXTRA: TriggerEntry[] = [
  {
    id: 'willing-to',
    pos: 'verb',
    forms: ['willing', 'ready', 'committed'],
    object: ['to'],
    type: 'AGREE',
    mode: null,
    governs: true,
    speech: true,
    stateOfSubject: true,
  },
];
const dicts = testDictionaries(EXTRA);

const code = compactCoder(dicts, { date: false });

// Invented sentences; published 2024-11-06. Freedonia = FRD, Sylvania = SYL.
describe('a trigger that says what state its subject is in', () => {
  it.each([
    [
      '"is committed to", read as a passive',
      'Freedonia is committed to reopening its border with Sylvania.',
    ],
    ['in a report', 'The Freedonian minister said Freedonia is committed to reopening the border.'],
  ])('has its subject act: %s', (_name, text) => {
    expect(code(text).some((e) => e.startsWith('AGREE FRD>'))).toBe(true);
  });

  it('negative: a passive without the property keeps its "by" agent as the actor', () => {
    expect(code('Sylvanian soldiers were captured by Freedonia on Monday.')).toContain(
      'ASSAULT FRD>SYL',
    );
  });
});
