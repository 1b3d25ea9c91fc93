import { describe, expect, it } from 'vitest';
import type { Member } from '../../src/merge/derive-incident.js';
import { deriveIncident } from '../../src/merge/derive-incident.js';
import { OWN_ACCOUNT_RULE_ID, type Stance } from '../../src/model/index.js';
import { buildAnalysis } from './fixtures.js';

// Invented story: Freedonia (FRD) says Sylvanian (SYL) boats fired water cannon on its vessels;
// Sylvania says it took control measures; Osterlich (OST) is a third state.

/** One report of Sylvania's act on Freedonia; `own` marks which statements are own accounts. */
function member(said: { by: string; stance: Stance; own?: boolean }[]): Member {
  const a = buildAnalysis({
    slug: 'report',
    published: '2023-08-20',
    url: 'https://news.example/report',
    site: 'news.example',
    sentences: ['Report on the water cannon.'],
    events: [
      {
        type: 'ASSAULT',
        actors: ['SYL'],
        recipients: ['FRD'],
        date: '2023-08',
        said: said.map(({ by, stance }) => ({ by, stance })),
      },
    ],
  });
  const base = a.events[0]!;
  const attributions = base.attributions.map((x, i) =>
    said[i]?.own ? { ...x, ruleId: OWN_ACCOUNT_RULE_ID } : x,
  );
  const event = { ...base, attributions };
  return { event, article: { id: a.id, url: a.url, published: a.published, siteName: a.siteName } };
}

describe("the accused's own account of its act confirms it in the claim", () => {
  it('the doer telling its act in its own words: confirmed; the article keeps its assertion', () => {
    const m = member([
      { by: 'FRD', stance: 'assert' },
      { by: 'SYL', stance: 'assert', own: true },
    ]);
    const incident = deriveIncident([m]);
    expect(incident.status).toBe('confirmed');
    expect(incident.statements.map((s) => `${s.source?.code} ${s.stance}`)).toEqual([
      'FRD assert',
      'SYL confirm',
    ]);
    expect(m.event.attributions.map((x) => x.stance)).toEqual(['assert', 'assert']);
  });

  it.each<[string, { by: string; stance: Stance; own?: boolean }[], string]>([
    [
      'the doer asserting with no own account (a claim of success)',
      [{ by: 'SYL', stance: 'assert' }],
      'asserted',
    ],
    ['a third state’s account', [{ by: 'OST', stance: 'assert', own: true }], 'asserted'],
    [
      'a doer that also denies it',
      [
        { by: 'SYL', stance: 'assert', own: true },
        { by: 'SYL', stance: 'deny' },
      ],
      'disputed',
    ],
  ])('negative: %s stays %s', (_why, said, expected) => {
    expect(deriveIncident([member(said)]).status).toBe(expected);
  });
});
