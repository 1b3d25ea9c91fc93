import { describe, expect, it } from 'vitest';
import type { Member } from '../../src/merge/derive-incident.js';
import { deriveIncident } from '../../src/merge/derive-incident.js';
import type { FixtureEvent, Said } from './fixtures.js';
import { buildAnalysis } from './fixtures.js';

/** One member per invented report of a deployment, with the recipients that report names. */
function members(recipientLists: string[][], saidBy: Said[][] = []): Member[] {
  return recipientLists.map((recipients, i) => {
    const event: FixtureEvent = {
      type: 'MOBILIZE',
      actors: ['PRK'],
      recipients,
      date: '2024-11-01',
      said: saidBy[i] ?? [{ by: 'USA', stance: 'assert' }],
    };
    const a = buildAnalysis({
      slug: `r${i}`,
      published: '2024-11-02',
      url: `https://news.example/r${i}`,
      site: 'news.example',
      sentences: [`Report ${i} on the troops.`],
      events: [event],
    });
    return {
      event: a.events[0]!,
      article: { id: a.id, url: a.url, published: a.published, siteName: a.siteName },
    };
  });
}

/** A report of Sylvanian backing told in sentence 0, with a denial in the given sentence. */
function answered(denialSentence: number): Member {
  const a = buildAnalysis({
    slug: 'answered',
    published: '2024-11-02',
    url: 'https://news.example/answered',
    site: 'news.example',
    sentences: [
      'Freedonia calls the raiders a Sylvanian-backed force.',
      'Sylvania rejects the allegation.',
    ],
    events: [
      {
        type: 'SUPPORT',
        actors: ['PRK'],
        recipients: [],
        said: [{ by: 'PRK', stance: 'deny', sentence: denialSentence }],
      },
    ],
  });
  return {
    event: a.events[0]!,
    article: { id: a.id, url: a.url, published: a.published, siteName: a.siteName },
  };
}

describe('an incident’s parties', () => {
  it('leaves out a party only a few of many reports name', () => {
    const inc = deriveIncident(members([['RUS'], ['RUS'], ['RUS'], ['RUS', 'ITA'], ['RUS']]));
    expect(inc.recipients.map((r) => r.code)).toEqual(['RUS']);
  });
  it('keeps every party a third of the reports name, most named first', () => {
    const inc = deriveIncident(members([['RUS'], ['RUS', 'UKR'], ['UKR'], ['RUS']]));
    expect(inc.recipients.map((r) => r.code)).toEqual(['RUS', 'UKR']);
  });
  it('counts only the reports that name the side', () => {
    const inc = deriveIncident(members([[], [], [], [], ['RUS']]));
    expect(inc.recipients.map((r) => r.code)).toEqual(['RUS']);
  });
});

describe('the outlet’s own voice', () => {
  it('asserts the incident for an article that names no source for it', () => {
    const inc = deriveIncident(
      members([['RUS'], ['RUS']], [[], [{ by: 'USA', stance: 'assert' }]]),
    );
    const outlet = inc.statements.filter((s) => s.sourceKind === 'outlet');
    expect(outlet).toHaveLength(1);
    expect(outlet[0]).toMatchObject({ stance: 'assert', source: null, saidOn: '2024-11-02' });
    expect(inc.status).toBe('asserted');
  });
  it('leaves a claim only outlets state "reported", apart from one a named party asserts', () => {
    const inc = deriveIncident(members([['RUS'], ['RUS']], [[], []]));
    expect(inc.statements.filter((s) => s.sourceKind === 'outlet')).toHaveLength(2);
    expect(inc.status).toBe('reported');
  });
  it('says nothing for an article that names a source, and never twice for one article', () => {
    const inc = deriveIncident(members([['RUS'], ['RUS']]));
    expect(inc.statements.some((s) => s.sourceKind === 'outlet')).toBe(false);
  });
  it('tells a claim whose only named words are a denial in another sentence', () => {
    const inc = deriveIncident([answered(1)]);
    expect(inc.statements.map((s) => `${s.source?.code ?? s.sourceKind} ${s.stance}`)).toEqual([
      'outlet assert',
      'PRK deny',
    ]);
    expect(inc.status).toBe('disputed');
  });
  it('negative: a denial in the claim’s own sentence leaves it denied', () => {
    const inc = deriveIncident([answered(0)]);
    expect(inc.statements.some((s) => s.sourceKind === 'outlet')).toBe(false);
    expect(inc.status).toBe('denied');
  });
  it('is disputed, not denied, when a party denies what an outlet states as fact', () => {
    const inc = deriveIncident(members([['RUS'], ['RUS']], [[], [{ by: 'PRK', stance: 'deny' }]]));
    expect(inc.status).toBe('disputed');
  });
});
