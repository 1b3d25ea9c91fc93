import type {
  ActorRef,
  ClaimStatement,
  Figure,
  Incident,
  Place,
  Quantity,
} from '../../src/model/index.js';

/** Invented parties: Freedonia (FRD), Sylvania (SYL), Grand Fenwick (GFK). */
export const FREEDONIA: ActorRef = {
  code: 'FRD',
  sector: 'GOV',
  name: 'Freedonia',
  text: 'Freedonia',
};
export const SYLVANIA: ActorRef = {
  code: 'SYL',
  sector: 'MIL',
  name: 'Sylvania',
  text: 'Sylvanian troops',
};
export const FENWICK: ActorRef = {
  code: 'GFK',
  sector: null,
  name: 'Grand Fenwick',
  text: 'Fenwick',
};

export const MARSHALL_CITY: Place = {
  name: 'Marshall City',
  country: 'FRD',
  lat: 12.5,
  lon: 41.25,
  precision: 'city',
  text: 'Marshall City',
};

export function said(
  source: ActorRef | null,
  stance: ClaimStatement['stance'],
  text: string,
  over: Partial<ClaimStatement> = {},
): ClaimStatement {
  return {
    sourceKind: source ? 'actor' : 'outlet',
    source,
    stance,
    saidOn: '2031-05-02',
    cue: stance === 'deny' ? 'denied' : 'said',
    ruleId: 'test/said',
    evidence: { span: { start: 10, end: 10 + text.length }, text },
    eventId: 'ev-1',
    articleId: 'art-1',
    outlet: 'Freedonia Herald',
    articleUrl: 'https://herald.example.org/2031/05/clash',
    published: '2031-05-02',
    ...over,
  };
}

export function counted(
  value: number | null,
  unit: string,
  source: ActorRef | null,
  over: Partial<Quantity> = {},
): Figure {
  const text = `${value ?? 'dozens of'} ${unit}`;
  return {
    quantity: { value, unit, qualifier: 'exact', text, ...over },
    source,
    saidOn: '2031-05-02',
    eventId: 'ev-1',
    articleId: 'art-1',
    evidence: { span: { start: 0, end: text.length }, text: `They said ${text} were counted.` },
  };
}

/** An invented incident: Sylvania attacks Freedonia at Marshall City unless told otherwise. */
export function incident(over: Partial<Incident> = {}): Incident {
  return {
    id: 'inc-frd-1',
    crisisId: 'cri-frd',
    type: 'ASSAULT',
    mode: 'firearms',
    actors: [SYLVANIA],
    recipients: [FREEDONIA],
    place: MARSHALL_CITY,
    when: { date: '2031-05-01', precision: 'day', text: 'on Thursday' },
    modality: 'asserted',
    summary: 'SYL -> FRD: ASSAULT at Marshall City',
    eventIds: ['ev-1'],
    articleIds: ['art-1'],
    status: 'asserted',
    history: [{ status: 'asserted', on: '2031-05-02', articleId: 'art-1', because: 'FRD assert' }],
    statements: [
      said(FREEDONIA, 'assert', 'Freedonia said Sylvanian troops shelled Marshall City.'),
    ],
    figures: [],
    firstReported: '2031-05-02',
    lastReported: '2031-05-02',
    ...over,
  };
}
