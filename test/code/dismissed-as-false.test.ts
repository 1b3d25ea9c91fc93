import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/model/index.js';
import { analyze } from '../../src/pipeline.js';

/** Each event's `TYPE: SOURCE stance, ...` with the shipped dictionaries (invented sentences). */
function claims(text: string): string[] {
  return analyze(text, { published: '2024-11-06' }).events.map(
    (e: Event) =>
      `${e.type}: ${e.attributions.map((a) => `${a.source?.code ?? '?'} ${a.stance}`).join(', ')}`,
  );
}

describe('"dismissed as baseless" is a denial (stance cue dismissed-as-false)', () => {
  it.each([
    [
      'in a clause after the claim noun',
      'Estonia accused Latvia of supplying weapons to the rebels, an allegation Riga dismissed as baseless lies.',
    ],
    [
      'with the words quoted',
      'Estonia accused Latvia of supplying weapons to the rebels, an allegation Riga dismissed as "pure propaganda".',
    ],
    [
      'with "it" between',
      'Estonia accused Latvia of supplying weapons to the rebels. Riga rejected it as a fabrication.',
    ],
  ])('%s', (_name, text) => {
    expect(claims(text)).toContainEqual(expect.stringMatching(/^AID: .*LVA deny/));
  });
  it('negative: dismissing someone as a precaution denies nothing', () => {
    const text =
      'Estonia accused Latvia of supplying weapons to the rebels, and Riga dismissed its envoy as a precaution.';
    expect(claims(text).some((c) => c.includes('LVA deny'))).toBe(false);
  });
});
