import { describe, expect, it } from 'vitest';
import { claimAdmits, matchClaims } from '../../src/eval/report-match.js';
import { claim, incident } from './report-fixtures.js';

describe('claimAdmits: the core rule', () => {
  it.each([
    ['type among the claim types, parties overlap', {}, true],
    ['type not among the claim types', { type: 'ASSAULT' }, false],
    ['actors do not overlap', { actors: ['SYL'] }, false],
    ['recipients do not overlap', { recipients: ['FRD'] }, false],
    ['no recipients for a claim with recipients', { recipients: [] }, false],
    ['one of several actors overlaps', { actors: ['FRD', 'GRD'] }, true],
  ])('%s', (_, over, admitted) => {
    expect(claimAdmits(claim(), incident(over), 'core')).toBe(admitted);
  });

  it('sets no actor condition for a claim without actors', () => {
    expect(claimAdmits(claim({ actors: [] }), incident({ actors: ['GRD'] }), 'core')).toBe(true);
  });

  it('wants no recipients when the claim has none', () => {
    const joint = claim({ types: ['AGREE'], actors: ['FRD', 'SYL'], recipients: [] });
    expect(claimAdmits(joint, incident({ type: 'AGREE', recipients: [] }), 'core')).toBe(true);
    expect(claimAdmits(joint, incident({ type: 'AGREE', recipients: ['SYL'] }), 'core')).toBe(
      false,
    );
  });
});

describe('claimAdmits: reciprocal coding', () => {
  it('admits a two-sided coding of a one-sided claim', () => {
    const both = incident({ actors: ['FRD', 'SYL'], recipients: [] });
    expect(claimAdmits(claim(), both, 'core')).toBe(false);
    expect(claimAdmits(claim(), both, 'reciprocal')).toBe(true);
  });

  it('admits a one-sided coding of a joint claim', () => {
    const joint = claim({ types: ['AGREE'], actors: ['FRD', 'SYL'], recipients: [] });
    const oneSided = incident({ type: 'AGREE', actors: ['FRD'], recipients: ['SYL'] });
    expect(claimAdmits(joint, oneSided, 'core')).toBe(false);
    expect(claimAdmits(joint, oneSided, 'reciprocal')).toBe(true);
  });

  it.each([
    ['a two-sided incident of only one party', { actors: ['FRD'], recipients: [] }],
    ['a two-sided incident with a third party only', { actors: ['FRD', 'GRD'], recipients: [] }],
  ])('does not admit %s', (_, over) => {
    expect(claimAdmits(claim(), incident(over), 'reciprocal')).toBe(false);
  });

  it('does not admit a joint claim coded against an outsider', () => {
    const joint = claim({ types: ['AGREE'], actors: ['FRD', 'SYL'], recipients: [] });
    const outsider = incident({ type: 'AGREE', actors: ['FRD'], recipients: ['GRD'] });
    expect(claimAdmits(joint, outsider, 'reciprocal')).toBe(false);
  });
});

describe('matchClaims: one incident per claim and per incident', () => {
  it('prefers the incident sharing most articles with the claim', () => {
    const incidents = [
      incident({ id: 'one', articles: new Set(['a1']) }),
      incident({ id: 'two', articles: new Set(['a1', 'a2', 'a3']) }),
    ];
    expect(matchClaims([claim()], incidents, 'core')).toEqual(new Map([[0, 1]]));
  });

  it('requires at least one shared article', () => {
    const far = incident({ articles: new Set(['z9']) });
    expect(matchClaims([claim()], [far], 'core').size).toBe(0);
  });

  it('breaks a tie on shared articles by the date, then by the mode', () => {
    const byDate = [
      incident({ id: 'late', date: '2031-06-01' }),
      incident({ id: 'right', date: '2031-03-20' }),
    ];
    expect(matchClaims([claim()], byDate, 'core').get(0)).toBe(1);
    const byMode = [incident({ id: 'arms', mode: 'arms' }), incident({ id: 'troops' })];
    expect(matchClaims([claim()], byMode, 'core').get(0)).toBe(1);
  });

  it('gives two claims of the same parties two incidents, by their articles', () => {
    const first = claim({ claim: 'first' });
    const second = claim({
      claim: 'second',
      statements: [{ article: 'b1', date: null, source: 'SYL', stance: 'assert', evidence: '' }],
      figures: [],
    });
    const incidents = [
      incident({ id: 'x', articles: new Set(['a1', 'b1']) }),
      incident({ id: 'y', articles: new Set(['a1', 'a2']) }),
    ];
    expect(matchClaims([first, second], incidents, 'core')).toEqual(
      new Map([
        [0, 1],
        [1, 0],
      ]),
    );
  });
});
