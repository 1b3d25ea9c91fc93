import { describe, expect, it } from 'vitest';
import { compactCoder } from './support/compact-event.js';
import { testDictionaries } from './support/test-dictionaries.js';

const dicts = testDictionaries();
const code = compactCoder(dicts);

// Invented sentences; published Wednesday 2024-11-06. A hedged act is possible, not asserted.
describe('a hedging verb makes the act of its "to"-complement possible', () => {
  it.each([
    ['appeared to', 'Freedonian forces appeared to shell Sylvania on Monday.'],
    ['seems to have', 'Freedonia seems to have shelled Sylvania on Monday.'],
    ['appear to, present', 'Freedonian troops appear to shell Sylvanian villages.'],
  ])('%s', (_name, text) => {
    const events = code(text).filter((e) => e.startsWith('ASSAULT'));
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e).toContain('possible');
  });
  it.each([
    ['a plain act', 'Freedonian forces shelled Sylvania on Monday.'],
    ['a hedge of another verb', 'Freedonia appeared calm and shelled Sylvania on Monday.'],
    ['a verb that is no hedge', 'Freedonian forces continued to shell Sylvania on Monday.'],
  ])('negative: %s', (_name, text) => {
    const events = code(text).filter((e) => e.startsWith('ASSAULT'));
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e).not.toContain('possible');
  });
});
