import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/model/index.js';
import { analyze } from '../../src/pipeline.js';

/** `TYPE/mode ACTORS>RECIPIENTS` of each event, from the shipped dictionaries (invented sentences). */
function coded(text: string): string[] {
  const { events } = analyze(text, { published: '2024-11-06' });
  const codes = (l: { code: string }[]): string => [...new Set(l.map((r) => r.code))].join('+');
  return events.map(
    (e: Event) => `${e.type}/${e.mode ?? ''} ${codes(e.actors)}>${codes(e.recipients)}`,
  );
}

describe('mediation between two parties', () => {
  it('is a third party consulting them', () => {
    expect(
      coded('Estonia launched a mediation effort between Latvia and Lithuania on Monday.'),
    ).toContain('CONSULT/third-party EST>LVA+LTU');
  });

  it('negative: mediation that names no parties is no event of its own', () => {
    expect(
      coded('The truce was reached through international mediation led by Estonia.').some((e) =>
        e.startsWith('CONSULT/third-party'),
      ),
    ).toBe(false);
  });
});
