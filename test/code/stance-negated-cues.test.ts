import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';

/** Each source's stance on the first event, as `CODE:stance`, from the shipped dictionaries. */
function stances(text: string): string[] {
  const { events } = analyze(text, { published: '2023-09-14' });
  const first = events.find((e) => e.attributions.length > 0);
  return (first?.attributions ?? [])
    .map((a) => `${a.source?.code ?? a.sourceKind}:${a.stance}`)
    .sort();
}

const CLAIM = 'Finland said that Estonia sent 200 soldiers to Latvia.';

describe('negated and two-sided stance cues (shipped dictionaries)', () => {
  it.each([
    [`${CLAIM} Riga has neither denied nor confirmed that.`, 'LVA:noncommittal'],
    [`${CLAIM} Riga has neither confirmed nor denied it.`, 'LVA:noncommittal'],
    [`${CLAIM} Riga neither confirmed or denied the report.`, 'LVA:noncommittal'],
    [`${CLAIM} Latvia did not deny that the soldiers had arrived.`, 'LVA:noncommittal'],
    [`${CLAIM} Latvia has not explicitly denied the report.`, 'LVA:noncommittal'],
  ])('%s', (text, expected) => {
    const got = stances(text);
    expect(got).toContain('FIN:assert');
    expect(got).toContain(expected);
    expect(got).not.toContain('LVA:deny');
  });

  it.each([
    [`${CLAIM} Latvia denied that the soldiers had arrived.`, 'LVA:deny'],
    [`${CLAIM} Latvia has denied the report.`, 'LVA:deny'],
  ])('a plain denial stays a denial: %s', (text, expected) => {
    expect(stances(text)).toContain(expected);
  });
});

describe('answers that say nothing are stances, not acts (shipped dictionaries)', () => {
  const types = (text: string): string[] =>
    analyze(text, { published: '2023-09-14' }).events.map((e) => e.type);

  it.each([
    `${CLAIM} Latvia declined to comment on the report.`,
    `${CLAIM} Riga refused to confirm the arrival.`,
  ])('no REJECT event: %s', (text) => {
    expect(types(text)).not.toContain('REJECT');
    expect(stances(text)).toContain('LVA:noncommittal');
  });

  it('a refusal of a demand is still a rejection', () => {
    expect(types('Latvia refused to withdraw its ambassador from Estonia.')).toContain('REJECT');
  });
});
