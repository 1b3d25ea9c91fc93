import { describe, expect, it } from 'vitest';
import type { CitedArticle } from '../../src/export/cited-articles.js';
import { toPloverRecord } from '../../src/export/plover-record.js';
import { FENWICK, FREEDONIA, SYLVANIA, counted, incident, said } from './invented-incidents.js';

const herald: CitedArticle = {
  id: 'art-1',
  url: 'https://herald.example.org/2031/05/clash',
  title: 'Shelling reported near Marshall City',
  outlet: 'Freedonia Herald',
  published: '2031-05-02',
};

describe('toPloverRecord: the PLOVER event shape with what the report knows', () => {
  it('keeps every actor and recipient as a list of PLOVER entities', () => {
    const r = toPloverRecord(
      incident({ actors: [SYLVANIA, FENWICK], recipients: [FREEDONIA, FENWICK] }),
    );
    expect(r.actor).toEqual([
      { code: 'SYL', sector: 'MIL', entity_text: 'Sylvanian troops', identifier_text: 'Sylvania' },
      { code: 'GFK', sector: null, entity_text: 'Fenwick', identifier_text: 'Grand Fenwick' },
    ]);
    expect((r.recipient as { code: string }[]).map((e) => e.code)).toEqual(['FRD', 'GFK']);
    expect(r.event).toEqual(['ASSAULT']);
    expect(r.mode).toEqual(['firearms']);
  });

  it('gives event_loc with its precision, and null for an incident with no place', () => {
    expect(toPloverRecord(incident()).event_loc).toEqual({
      extracted_place: 'Marshall City',
      resolved_place: 'Marshall City',
      lat: 12.5,
      lon: 41.25,
      country_code: 'FRD',
      precision: 'city',
      resolution: 4,
    });
    expect(toPloverRecord(incident({ place: null })).event_loc).toBeNull();
  });

  it('points text_info at the sentence and cite_info at its article (url, title, publisher, date)', () => {
    const text = 'Freedonia said Sylvanian troops shelled Marshall City.';
    const r = toPloverRecord(incident(), { articles: new Map([['art-1', herald]]) });
    expect(r.event_text).toEqual([text]);
    expect(r.text_info).toEqual({ article_id: 'art-1', start: 10, end: 10 + text.length });
    expect(r.cite_info).toMatchObject({
      url: herald.url,
      title: herald.title,
      publication: 'Freedonia Herald',
      date: '2031-05-02',
      codebook: 'PLOVER',
    });
  });

  it('without the stored article, cites what the statement carries (no title)', () => {
    const r = toPloverRecord(incident());
    expect(r.cite_info).toMatchObject({ url: herald.url, title: null, publication: herald.outlet });
  });

  it('carries status, history, each claim with stance and source, and figures', () => {
    const denial = said(SYLVANIA, 'deny', 'Sylvania denied any shelling.', {
      saidOn: '2031-05-03',
    });
    const r = toPloverRecord(
      incident({
        status: 'disputed',
        statements: [incident().statements[0]!, denial],
        figures: [counted(4, 'killed', FREEDONIA)],
      }),
    );
    expect(r.status).toBe('disputed');
    expect(r.status_history).toEqual([
      { status: 'asserted', on: '2031-05-02', because: 'FRD assert' },
    ]);
    expect(r.claims).toMatchObject([
      { source: { code: 'FRD' }, stance: 'assert', said_on: '2031-05-02' },
      { source: { code: 'SYL' }, stance: 'deny', said_on: '2031-05-03', cue: 'denied' },
    ]);
    expect(r.figures).toMatchObject([{ value: 4, unit: 'killed', source: { code: 'FRD' } }]);
  });

  it('gives an incident without statements the sentence of its first event', () => {
    const text = 'Sylvanian troops shelled a depot in Marshall City on Thursday.';
    const lead = new Map([
      [
        'inc-frd-1',
        { articleId: 'art-9', evidence: { span: { start: 3, end: 3 + text.length }, text } },
      ],
    ]);
    const r = toPloverRecord(incident({ statements: [], status: 'reported' }), { lead });
    expect(r.event_text).toEqual([text]);
    expect(r.text_info).toEqual({ article_id: 'art-9', start: 3, end: 3 + text.length });
  });

  it('leaves the date empty rather than borrowing the report date', () => {
    const r = toPloverRecord(incident({ when: null }));
    expect(r.date).toBeNull();
    expect(r.first_reported).toBe('2031-05-02');
  });
});
