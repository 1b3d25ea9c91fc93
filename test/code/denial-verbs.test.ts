import { describe, expect, it } from 'vitest';
import type { TriggerEntry } from '../../src/code/load-code-dictionaries.js';
import { compactCoder } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const EXTRA: TriggerEntry[] = [
  { id: 'reject', pos: 'verb', lemma: 'reject', type: 'REJECT', mode: null, speech: true },
];
const dicts = testDictionaries(EXTRA);
const code = compactCoder(dicts);

// Invented sentences; published Wednesday 2024-11-06.
describe('rejecting allegations is a denial, not a REJECT event', () => {
  it.each([
    ['allegations', 'Sylvania rejected the allegations on Monday.'],
    ['claims with adjectives', 'Sylvania firmly rejects the misleading and baseless claims.'],
  ])('%s', (_name, text) => {
    expect(code(text).filter((e) => e.startsWith('REJECT'))).toEqual([]);
  });
  it.each([
    ['a proposal', 'Sylvania rejected the proposal from Freedonia on Monday.'],
    ['demands', "Sylvania rejected Freedonia's demands on Monday."],
  ])('negative: %s', (_name, text) => {
    expect(code(text).some((e) => e.startsWith('REJECT SYL'))).toBe(true);
  });
});
