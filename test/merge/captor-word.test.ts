import { describe, expect, it } from 'vitest';
import type { Member } from '../../src/merge/derive-incident.js';
import { deriveIncident } from '../../src/merge/derive-incident.js';
import type { Said } from './fixtures.js';
import { buildAnalysis } from './fixtures.js';

// Invented story: Sylvania (SYL) says its forces captured Freedonian (FRD) soldiers; Osterlich
// (OST) is a third state.

/** One report of an act by Sylvania on Freedonia, with its mode and who said what. */
function member(slug: string, mode: string | null, said: Said[]): Member {
  const a = buildAnalysis({
    slug,
    published: '2025-01-12',
    url: `https://news.example/${slug}`,
    site: 'news.example',
    sentences: [`Report ${slug} on the border fighting.`],
    events: [{ type: 'ASSAULT', actors: ['SYL'], recipients: ['FRD'], date: '2025-01-10', said }],
  });
  const event = { ...a.events[0]!, mode };
  return {
    event,
    article: { id: a.id, url: a.url, published: a.published, siteName: a.siteName },
  };
}

const statusOf = (members: Member[]): string => deriveIncident(members).status;

describe('a captor’s word on the people it captured confirms the capture', () => {
  it('the captor announcing its capture: confirmed, while the article keeps its assertion', () => {
    const m = member('capture', 'abduct', [{ by: 'SYL', stance: 'assert' }]);
    const incident = deriveIncident([m]);
    expect(incident.status).toBe('confirmed');
    expect(incident.statements.map((s) => `${s.source?.code} ${s.stance}`)).toEqual([
      'SYL confirm',
    ]);
    expect(m.event.attributions.map((a) => a.stance)).toEqual(['assert']);
  });

  it.each<[string, string | null, Said[], string]>([
    ['a third state on the capture', 'abduct', [{ by: 'OST', stance: 'assert' }], 'asserted'],
    ['the captives’ side on the capture', 'abduct', [{ by: 'FRD', stance: 'assert' }], 'asserted'],
    [
      'the doer on its shelling (a claim of success)',
      'artillery',
      [{ by: 'SYL', stance: 'assert' }],
      'asserted',
    ],
    [
      'a captor that also will not confirm',
      'abduct',
      [
        { by: 'SYL', stance: 'assert' },
        { by: 'SYL', stance: 'noncommittal' },
      ],
      'asserted',
    ],
  ])('negative: %s stays %s', (_why, mode, said, expected) => {
    expect(statusOf([member('r', mode, said)])).toBe(expected);
  });
});
