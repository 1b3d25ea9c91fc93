import { describe, expect, it } from 'vitest';
import {
  compareCoarse,
  judgeChanges,
  scoreClaim,
  totalScores,
} from '../../src/eval/report-score.js';
import { claim, incident } from './report-fixtures.js';

const said = (source: string | null, stance: string, articles = ['a1']) => ({
  articles,
  source,
  stance,
  saidOn: null,
});
const figure = (value: number | null, unit: string) => ({
  articles: ['a1'],
  source: 'SYL',
  value,
  unit,
  text: '',
  saidOn: null,
});

describe('compareCoarse', () => {
  it.each([
    ['2031-03-04', '2031-03', 0],
    ['2031-02-28', '2031-03', -1],
    ['2031-04', '2031-03-31', 1],
    ['2031', '2031-12-01', 0],
  ])('%s against %s', (a, b, sign) => {
    expect(Math.sign(compareCoarse(a, b))).toBe(sign);
  });
});

describe('judgeChanges: no status earlier than the gold', () => {
  it('finds a confirmation before the gold one too early, and one after it fine', () => {
    const history = [
      { status: 'asserted', on: '2031-03-02', articles: ['a1'], because: '' },
      { status: 'confirmed', on: '2031-03-20', articles: ['a1'], because: '' },
      { status: 'confirmed', on: '2031-04-11', articles: ['a3'], because: '' },
    ];
    expect(judgeChanges(claim(), incident({ history })).map((c) => c.verdict)).toEqual([
      'ok',
      'early',
      'ok',
    ]);
  });

  it('takes "reported" as an assertion, dated by the first gold entry', () => {
    const history = [{ status: 'reported', on: '2031-03-05', articles: ['a1'], because: '' }];
    expect(judgeChanges(claim(), incident({ history }))).toEqual([
      { status: 'asserted', on: '2031-03-05', verdict: 'ok' },
    ]);
  });

  it('counts a status the gold never reaches as unsupported', () => {
    const history = [{ status: 'denied', on: '2031-05-01', articles: ['a2'], because: '' }];
    expect(judgeChanges(claim(), incident({ history }))[0]?.verdict).toBe('unsupported');
  });

  it('compares at the coarser precision and leaves undated changes unscored', () => {
    const monthly = claim({
      status_history: [{ date: '2031-03', status: 'disputed', because: '' }],
    });
    const history = [
      { status: 'disputed', on: '2031-03-01', articles: ['a2'], because: '' },
      { status: 'disputed', on: null, articles: ['a2'], because: '' },
    ];
    expect(judgeChanges(monthly, incident({ history }))).toEqual([
      { status: 'disputed', on: '2031-03-01', verdict: 'ok' },
    ]);
  });

  it('does not score a gold entry without a date', () => {
    const undated = claim({ status_history: [{ date: null, status: 'confirmed', because: '' }] });
    const history = [{ status: 'confirmed', on: '2020-01-01', articles: ['a1'], because: '' }];
    expect(judgeChanges(undated, incident({ history }))).toEqual([]);
  });
});

describe('scoreClaim', () => {
  it('scores nothing but the misses of a claim without an incident', () => {
    const s = scoreClaim(claim(), null);
    expect(s).toMatchObject({ statusRight: false, statements: 3, statementsHit: 0, figures: 2 });
  });

  it('takes the final status from the incident, "reported" as asserted', () => {
    expect(scoreClaim(claim(), incident({ status: 'confirmed' })).statusRight).toBe(true);
    expect(scoreClaim(claim(), incident({ status: 'disputed' })).statusRight).toBe(false);
    const asserted = claim({ status: 'asserted' });
    expect(scoreClaim(asserted, incident({ status: 'reported' })).statusRight).toBe(true);
  });

  it('finds statements by source and stance, and strictly in the same article', () => {
    const s = scoreClaim(
      claim(),
      incident({
        statements: [said('SYL', 'assert'), said('FRD', 'deny', ['b7']), said('FRD', 'assert')],
      }),
    );
    expect(s).toMatchObject({ statementsHit: 2, statementsHitSameArticle: 1 });
  });

  it('counts an unattributed assertion only for a gold statement without source', () => {
    const unsourced = claim({
      statements: [{ article: 'a1', date: null, source: null, stance: 'assert', evidence: '' }],
    });
    expect(
      scoreClaim(unsourced, incident({ statements: [said(null, 'assert')] })).statementsHit,
    ).toBe(1);
    expect(
      scoreClaim(unsourced, incident({ statements: [said('SYL', 'assert')] })).statementsHit,
    ).toBe(0);
  });

  it('scores figures by (value, unit): recall per gold figure, precision per distinct pair', () => {
    const s = scoreClaim(
      claim(),
      incident({
        figures: [
          figure(4000, 'troops'),
          figure(4000, 'troops'),
          figure(12, 'troops'),
          figure(null, 'troops'),
        ],
      }),
    );
    expect(s).toMatchObject({ figures: 2, figuresHit: 1, pairs: 2, pairsRight: 1 });
  });
});

describe('totalScores', () => {
  it('sums claims found, statuses, early changes and recalls', () => {
    const history = [{ status: 'confirmed', on: '2031-03-01', articles: ['a1'], because: '' }];
    const t = totalScores([
      scoreClaim(claim(), incident({ history, statements: [said('SYL', 'assert')] })),
      scoreClaim(claim({ claim: 'other' }), null),
    ]);
    expect(t).toMatchObject({
      claims: 2,
      found: 1,
      statusRight: 1,
      changes: 1,
      early: 1,
      statements: 6,
      statementsHit: 1,
      figures: 4,
    });
  });
});
