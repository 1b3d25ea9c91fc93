import type { GoldClaim } from '../../src/eval/report-gold.js';
import type { ReportIncident } from '../../src/eval/report-incident.js';

/** An invented gold claim: Freedonia sends troops to Sylvania, unless told otherwise. */
export function claim(over: Partial<GoldClaim> = {}): GoldClaim {
  return {
    claim: 'frd-troops-sent',
    story: 'freedonia',
    summary: 'Freedonia sent troops to Sylvania',
    types: ['AID', 'MOBILIZE'],
    mode: 'troops',
    actors: ['FRD'],
    recipients: ['SYL'],
    date: '2031-03',
    statements: [
      { article: 'a1', date: '2031-03-02', source: 'SYL', stance: 'assert', evidence: '' },
      { article: 'a2', date: '2031-03-05', source: 'FRD', stance: 'deny', evidence: '' },
      { article: 'a3', date: '2031-04-10', source: 'FRD', stance: 'confirm', evidence: '' },
    ],
    status: 'confirmed',
    status_history: [
      { date: '2031-03-02', status: 'asserted', because: 'a1' },
      { date: '2031-03-05', status: 'disputed', because: 'a2' },
      { date: '2031-04-10', status: 'confirmed', because: 'a3' },
    ],
    figures: [
      {
        article: 'a1',
        date: '2031-03-02',
        source: 'SYL',
        value: 4000,
        unit: 'troops',
        as_written: '',
      },
      {
        article: 'a3',
        date: '2031-04-10',
        source: 'FRD',
        value: 12,
        unit: 'killed',
        as_written: '',
      },
    ],
    ...over,
  };
}

/** An invented incident: Freedonia mobilises towards Sylvania, unless told otherwise. */
export function incident(over: Partial<ReportIncident> = {}): ReportIncident {
  return {
    id: 'i1',
    summary: 'Freedonia sent troops to Sylvania',
    type: 'MOBILIZE',
    mode: 'troops',
    actors: ['FRD'],
    recipients: ['SYL'],
    date: '2031-03-01',
    status: 'confirmed',
    history: [],
    statements: [],
    figures: [],
    articles: new Set(['a1']),
    ...over,
  };
}
