import type { ActorRef, ClaimStatement, Figure, Incident } from '../../src/model/index.js';

/** Test records written for these tests: a small invented claim with two sources. */
export function actor(code: string, name: string): ActorRef {
  return { code, sector: 'GOV', name, text: name };
}

export function statement(
  over: Partial<ClaimStatement> & { text: string; start?: number },
): ClaimStatement {
  const start = over.start ?? 0;
  return {
    sourceKind: 'actor',
    source: actor('GUY', 'Guyana'),
    stance: 'assert',
    saidOn: '2025-03-03',
    cue: 'said',
    ruleId: 'test/statement',
    evidence: { span: { start, end: start + over.text.length }, text: over.text },
    eventId: 'ev-1',
    articleId: 'art-1',
    outlet: 'news.example.org',
    articleUrl: 'https://news.example.org/a/1',
    published: '2025-03-03',
    ...over,
  };
}

export function figure(value: number, source: ActorRef, saidOn: string): Figure {
  const text = `about ${value.toLocaleString('en-GB')} troops`;
  return {
    quantity: { value, unit: 'troops', qualifier: 'about', text },
    source,
    saidOn,
    eventId: 'ev-1',
    articleId: 'art-1',
    evidence: { span: { start: 0, end: text.length }, text },
  };
}

export function incident(over: Partial<Incident> = {}): Incident {
  return {
    id: 'inc-1',
    crisisId: 'crisis-1',
    type: 'MOBILIZE',
    mode: null,
    actors: [actor('VEN', 'Venezuela')],
    recipients: [actor('GUY', 'Guyana')],
    place: {
      name: 'Cuyuni River',
      country: 'GUY',
      lat: 6.4,
      lon: -60.5,
      precision: 'region',
      text: 'Cuyuni River',
    },
    when: { date: '2025-03-03', precision: 'day', text: 'on Monday' },
    modality: 'asserted',
    summary: 'Venezuela deployed troops to the border with Guyana.',
    eventIds: ['ev-1'],
    articleIds: ['art-1'],
    status: 'disputed',
    history: [
      { status: 'asserted', on: '2025-03-03', articleId: 'art-1', because: 'Guyana asserts it' },
      { status: 'disputed', on: '2025-03-03', articleId: 'art-1', because: 'Venezuela denies it' },
    ],
    statements: [
      statement({
        text: "Guyana's foreign ministry said Venezuela had deployed about 2,000 troops.",
      }),
      statement({
        text: 'Venezuela denied the report.',
        start: 100,
        stance: 'deny',
        cue: 'denied',
        source: actor('VEN', 'Venezuela'),
      }),
    ],
    figures: [
      figure(2000, actor('GUY', 'Guyana'), '2025-03-03'),
      figure(5000, actor('USA', 'United States'), '2025-03-04'),
      figure(8000, actor('USA', 'United States'), '2025-03-08'),
    ],
    firstReported: '2025-03-03',
    lastReported: '2025-03-08',
    ...over,
  };
}
