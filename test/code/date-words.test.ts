import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';

const triggers = (text: string): string[] =>
  analyze(text, { published: '2025-05-06' }).events.map((e) => `${e.type}:${e.trigger.text}`);

describe('month names that are verbs (shipped dictionaries)', () => {
  it.each([
    "LIMA, March 12 — Peru's foreign minister said on Tuesday that the talks would resume.",
    'QUITO, March 3 — Ecuador confirmed on Monday that its envoy had returned.',
    'BOGOTA, March 4 — Colombia announced on Friday a new border post.',
  ])('a month in a date is no event: %s', (text) => {
    expect(triggers(text).filter((t) => /march|may/i.test(t))).toEqual([]);
  });

  it('the verb outside a date is still an act', () => {
    expect(triggers('On Sunday thousands march through Lima against the new law.')).toContain(
      'PROTEST:march',
    );
  });
});
