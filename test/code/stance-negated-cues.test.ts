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
    [`${CLAIM} Latvia did not dispute the satellite images of the soldiers.`, 'LVA:noncommittal'],
    [`${CLAIM} Riga did not reject the report.`, 'LVA:noncommittal'],
    [`${CLAIM} Riga has neither confirmed the arrival.`, 'LVA:noncommittal'],
    [`${CLAIM} Riga has neither denied not confirmed the report.`, 'LVA:noncommittal'],
    [`${CLAIM} Latvia has not confirmed or denied the report.`, 'LVA:noncommittal'],
    [`${CLAIM} Latvia had not either confirmed or denied the report.`, 'LVA:noncommittal'],
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

describe('a non-answer with a topic answers the claim on that topic (shipped dictionaries)', () => {
  it('"has not confirmed or denied the deployment" answers the troops, not the aid told after them', () => {
    const { events } = analyze(
      `${CLAIM} Lithuania sent food aid to Latvia. Estonia has not confirmed or denied the deployment.`,
      { published: '2023-09-14' },
    );
    const said = (e: (typeof events)[number]): string[] =>
      e.attributions.map((a) => `${a.source?.code ?? a.sourceKind}:${a.stance}`).sort();
    expect(events.map((e) => `${e.type}/${e.mode ?? ''}`)).toEqual([
      'AID/troops',
      'AID/humanitarian',
    ]);
    expect(said(events[0]!)).toEqual(['EST:noncommittal', 'FIN:assert']);
    expect(said(events[1]!)).toEqual([]);
  });
});

describe("a cue word inside a non-answer's object is part of its topic (shipped dictionaries)", () => {
  it('"declined to comment on the reported deployment" answers the troops, not the aid told after them', () => {
    const { events } = analyze(
      `${CLAIM} Lithuania sent food aid to Latvia. Estonia declined to comment on the reported deployment.`,
      { published: '2023-09-14' },
    );
    const said = (e: (typeof events)[number]): string[] =>
      e.attributions.map((a) => `${a.source?.code ?? a.sourceKind}:${a.stance}`).sort();
    expect(said(events[0]!)).toEqual(['EST:noncommittal', 'FIN:assert']);
    expect(said(events[1]!)).toEqual([]);
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

describe('who may confirm, and what a denial disputes (shipped dictionaries)', () => {
  it.each([
    // a third state's "confirmed" asserts
    ['Finland confirmed that Estonia sent 200 soldiers to Latvia.', 'FIN:assert'],
    // the doer owning to its own act confirms
    ['Estonia confirmed that it sent 200 soldiers to Latvia.', 'EST:confirm'],
    // the doer of an official act saying it did it confirms it
    ['Latvia said on Tuesday it had imposed sanctions on Estonia.', 'LVA:confirm'],
    // the side an act was done to "confirming" it accuses: an assertion
    ['Latvia confirmed that Estonian troops shelled the border post.', 'LVA:assert'],
  ])('%s', (text, expected) => {
    expect(stances(text)).toEqual([expected]);
  });

  it('a side that reports an attack on it does not confirm it', () => {
    expect(stances('Latvia said Estonian troops shelled the border post.')).toEqual(['LVA:assert']);
  });

  it("a party's report of a meeting beside the claim does not confirm the claim", () => {
    const text =
      "Latvia's president met Estonia's foreign minister in Riga, Latvian state media reported, amid reports that Estonia had sent 200 soldiers to Latvia.";
    const deployment = analyze(text, { published: '2023-09-14' }).events.find(
      (e) => e.type === 'AID' || e.type === 'MOBILIZE',
    );
    expect(deployment?.attributions.map((a) => a.stance)).not.toContain('confirm');
  });

  it('a denial of involvement does not deny the attack', () => {
    const { events } = analyze(
      'Gunmen killed 20 people in a market in Riga on Monday, police said. Estonia denied any involvement.',
      { published: '2023-09-14' },
    );
    const attack = events.find((e) => e.type === 'ASSAULT');
    expect(attack?.attributions.map((a) => a.stance)).not.toContain('deny');
  });

  it('a denial of involvement in an event noun does not make the denier its doer', () => {
    const { events } = analyze(
      'Gunmen killed 20 people in a market in Riga on Monday. Estonia has denied any involvement in the attack.',
      { published: '2023-09-14' },
    );
    const attacks = events.filter((e) => e.type === 'ASSAULT');
    expect(attacks.length).toBeGreaterThan(0);
    for (const a of attacks) {
      expect(a.actors.map((r) => r.code)).not.toContain('EST');
      expect(a.attributions.map((x) => x.stance)).not.toContain('deny');
    }
  });

  it('negative: a party announcing an event noun is still its doer', () => {
    const { events } = analyze('Estonia announced a suspension of trade links with Latvia.', {
      published: '2023-09-14',
    });
    expect(events[0]?.actors.map((r) => r.code)).toContain('EST');
  });

  it('negative: a denial of involvement by the accused party disputes the charge against it', () => {
    const { events } = analyze(
      'Latvia said Estonian troops shelled the border post on Monday. Estonia denied any involvement.',
      { published: '2023-09-14' },
    );
    const shelling = events.find((e) => e.type === 'ASSAULT');
    expect(shelling?.attributions.map((a) => `${a.source?.code}:${a.stance}`)).toContain(
      'EST:deny',
    );
  });
});
