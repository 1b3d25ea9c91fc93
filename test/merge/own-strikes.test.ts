import { describe, expect, it } from 'vitest';
import { memberStatements, statusOf } from '../../src/merge/derive-incident.js';
import { claimAttributions } from '../../src/merge/claim-attributions.js';
import { isOwnedStrike } from '../../src/merge/own-strikes.js';
import type { Attribution, Event, Stance } from '../../src/model/index.js';
import { ref } from './fixtures.js';

// Invented: Freedonia (FRD) strikes Sylvania (SYL); Osterlich (OST) is a third state.
const SENTENCE = 'Freedonia said its jets struck nine sites in Sylvania on Monday.';
const evidence = { span: { start: 0, end: SENTENCE.length }, text: SENTENCE };

function said(code: string, stance: Stance): Attribution {
  return {
    sourceKind: 'actor',
    source: ref(code),
    stance,
    saidOn: '2031-03-03',
    cue: stance,
    ruleId: 'test',
    evidence,
  };
}

function attack(ruleId: string, attributions: Attribution[], actors = ['FRD']): Event {
  return {
    id: 'a1:e1',
    articleId: 'a1',
    type: 'ASSAULT',
    mode: null,
    context: [],
    actors: actors.map(ref),
    recipients: [ref('SYL')],
    place: null,
    when: { date: '2031-03-03', precision: 'day', text: 'Monday' },
    quantity: null,
    modality: 'asserted',
    attributions,
    evidence: [evidence],
    trigger: evidence,
    ruleId,
    summary: 'FRD ASSAULT SYL',
  };
}

const STRIKE = 'trigger/noun/strikes-n';
const SHOOT_DOWN = 'trigger/verb/shoot-down';
const stances = (e: Event): string[] =>
  claimAttributions(e).map((a) => `${a.source?.code}:${a.stance}`);

describe('a doer telling of its own strike owns to it on the claim', () => {
  it.each<[string, Event, string[]]>([
    [
      'the striking state says it struck: it confirms',
      attack(STRIKE, [said('FRD', 'assert')]),
      ['FRD:confirm'],
    ],
    [
      'the struck state and a third state only assert',
      attack(STRIKE, [said('SYL', 'assert'), said('OST', 'assert')]),
      ['SYL:assert', 'OST:assert'],
    ],
    [
      'negative: a claim of what an attack achieved (jets shot down) stays an assertion',
      attack(SHOOT_DOWN, [said('FRD', 'assert')]),
      ['FRD:assert'],
    ],
    [
      'negative: a doer that also denies the report is contesting it',
      attack(STRIKE, [said('FRD', 'assert'), said('FRD', 'deny')]),
      ['FRD:assert', 'FRD:deny'],
    ],
    [
      'negative: a doer that will not confirm is contesting it',
      attack(STRIKE, [said('FRD', 'assert'), said('FRD', 'noncommittal')]),
      ['FRD:assert', 'FRD:noncommittal'],
    ],
    [
      'one confirmation per source: a second telling by the doer adds none',
      attack(STRIKE, [said('FRD', 'assert'), said('FRD', 'assert')]),
      ['FRD:confirm'],
    ],
  ])('%s', (_name, event, expected) => {
    expect(stances(event)).toEqual(expected);
  });

  it('leaves other types alone: a troop deployment keeps its own rules', () => {
    const aid: Event = { ...attack(STRIKE, [said('FRD', 'assert')]), type: 'AID' };
    expect(isOwnedStrike(aid)).toBe(false);
    expect(stances(aid)).toEqual(['FRD:assert']);
  });

  it("makes the claim confirmed, while the article's event keeps its assertion", () => {
    const event = attack(STRIKE, [said('FRD', 'assert')]);
    const member = {
      event,
      article: {
        id: 'a1',
        siteName: 'example.org',
        url: 'https://example.org/a1',
        published: '2031-03-03',
      },
    } as Parameters<typeof memberStatements>[0];
    const statements = memberStatements(member, false);
    const head = { actors: [ref('FRD')], recipients: [ref('SYL')] } as Parameters<
      typeof statusOf
    >[0];
    expect(statusOf(head, statements).status).toBe('confirmed');
    expect(event.attributions[0]?.stance).toBe('assert');
  });
});
