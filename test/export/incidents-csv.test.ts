import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { incidentsCsv, inertCell } from '../../src/export/incidents-csv.js';
import {
  FREEDONIA,
  MARSHALL_CITY,
  SYLVANIA,
  counted,
  incident,
  said,
} from './invented-incidents.js';

type Row = Record<string, string>;
const rowsOf = (csv: string): Row[] => parse(csv, { columns: true }) as Row[];

describe('incidentsCsv', () => {
  it('writes a header and one CRLF row per incident, with ACLED-style figure columns', () => {
    const csv = incidentsCsv([
      incident({
        figures: [
          counted(3, 'killed', FREEDONIA),
          counted(5, 'killed', SYLVANIA),
          counted(7, 'wounded', FREEDONIA),
          counted(2000, 'troops', FREEDONIA, { qualifier: 'about' }),
          counted(2, 'aircraft', SYLVANIA),
        ],
      }),
      incident({ id: 'inc-frd-2', place: null, figures: [] }),
    ]);
    expect(csv.split('\r\n')[0]).toBe(
      'id,date,date_precision,type,mode,actors,recipients,place,country,lat,lon,place_precision,' +
        'status,killed,wounded,troops,other_figures,figures,sources,stances,article_urls,evidence,' +
        'crisis_id,summary',
    );
    const [first, second] = rowsOf(csv);
    expect(first).toMatchObject({
      id: 'inc-frd-1',
      place: 'Marshall City',
      place_precision: 'city',
      status: 'asserted',
      killed: '3-5',
      wounded: '7',
      troops: '2000',
      other_figures: '2 aircraft (SYL, 2031-05-02)',
      sources: 'FRD',
      stances: 'FRD:assert',
      article_urls: 'https://herald.example.org/2031/05/clash',
      evidence: 'Freedonia said Sylvanian troops shelled Marshall City.',
    });
    expect(first?.figures).toContain('about 2,000 troops (FRD, 2031-05-02)');
    expect(second).toMatchObject({
      id: 'inc-frd-2',
      place: '',
      lat: '',
      place_precision: '',
      killed: '',
    });
  });

  it('quotes commas, quotes and line breaks so the evidence reads back unchanged', () => {
    const evidence = 'Sylvania said, "We fired\nonly at the depot",\r\nand nothing else.';
    const csv = incidentsCsv([incident({ statements: [said(SYLVANIA, 'assert', evidence)] })]);
    expect(rowsOf(csv)[0]?.evidence).toBe(evidence);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(3); // header, and a row whose cell holds a CRLF
  });

  it('keeps spreadsheets from running hostile text as a formula, and numbers their sign', () => {
    const csv = incidentsCsv([
      incident({
        summary: '=HYPERLINK("https://evil.example.com","click")',
        place: { ...MARSHALL_CITY, lat: -3.5, lon: -60.25 },
        statements: [said(SYLVANIA, 'assert', '@SUM(A1:A9) Sylvania said so.')],
      }),
    ]);
    expect(rowsOf(csv)[0]).toMatchObject({
      summary: `'=HYPERLINK("https://evil.example.com","click")`,
      evidence: "'@SUM(A1:A9) Sylvania said so.",
      lat: '-3.5',
      lon: '-60.25',
    });
  });

  it.each([
    ['-12 troops', "'-12 troops"],
    ['+1 more', "'+1 more"],
    ['\tTab', "'\tTab"],
    ['Sylvania said = nothing', 'Sylvania said = nothing'],
    ['10000-12000', '10000-12000'],
  ])('inertCell(%j) is %j', (text, cell) => {
    expect(inertCell(text)).toBe(cell);
  });

  it('lists every article URL and every source once, with each statement’s stance', () => {
    const csv = incidentsCsv([
      incident({
        articleIds: ['art-1', 'art-2'],
        statements: [
          said(FREEDONIA, 'assert', 'Freedonia said so.'),
          said(SYLVANIA, 'deny', 'Sylvania denied it.', {
            articleId: 'art-2',
            articleUrl: 'https://wire.example.net/sylvania-denies',
          }),
          said(FREEDONIA, 'assert', 'Freedonia said so again.'),
        ],
      }),
    ]);
    expect(rowsOf(csv)[0]).toMatchObject({
      sources: 'FRD;SYL',
      stances: 'FRD:assert;SYL:deny;FRD:assert',
      article_urls:
        'https://herald.example.org/2031/05/clash https://wire.example.net/sylvania-denies',
    });
  });
});
