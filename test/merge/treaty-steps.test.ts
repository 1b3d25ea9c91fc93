import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Member } from '../../src/merge/derive-incident.js';
import { deriveIncident } from '../../src/merge/derive-incident.js';
import { sameTreatyStep, treatyStep } from '../../src/merge/treaty-steps.js';
import { isUntiedPlan, mayJoinUntiedPlan } from '../../src/merge/untied-plans.js';
import type { Analysis, Event } from '../../src/model/index.js';
import { openSqliteRepository } from '../../src/store/sqlite-repository.js';
import type { FixtureEvent, Said } from './fixtures.js';
import { buildAnalysis, shuffled } from './fixtures.js';

// Invented story: Freedonia (FRD) and Sylvania (SYL) sign a border treaty in March, their
// parliaments ratify it in June and it enters into force in September; Freedonia also plans to
// send engineers to Sylvania. Osterlich (OST) is a third state.

const dir = mkdtempSync(join(tmpdir(), 'sitrep-treaty-'));
let n = 0;

interface Shape {
  mode: string | null;
  modality?: Event['modality'];
}

/** One report of one act, in our own words: its sentence, event and how it is coded. */
function report(
  slug: string,
  published: string,
  sentence: string,
  event: FixtureEvent,
  shape: Shape,
): Analysis {
  const a = buildAnalysis({
    slug,
    published,
    url: `https://news.example/treaty/${slug}`,
    site: 'news.example',
    sentences: [sentence],
    events: [event],
  });
  return {
    ...a,
    events: a.events.map((e) => ({
      ...e,
      mode: shape.mode,
      modality: shape.modality ?? 'asserted',
    })),
  };
}

const pact = (date?: string, said: Said[] = []): FixtureEvent => ({
  type: 'AGREE',
  actors: ['FRD', 'SYL'],
  recipients: [],
  ...(date ? { date } : {}),
  said,
});
const treaty: Shape = { mode: 'treaty' };
const plan: Shape = { mode: null, modality: 'planned' };
const engineers = (): FixtureEvent => ({
  type: 'AGREE',
  actors: ['FRD'],
  recipients: ['SYL'],
  said: [],
});

async function incidentsOf(reports: Analysis[]): Promise<string[]> {
  const repo = await openSqliteRepository(join(dir, `${n++}.db`));
  for (const r of reports) await repo.ingest(r);
  const page = await repo.listIncidents({ limit: 100 });
  await repo.close();
  const slugOf = new Map(reports.map((r) => [r.id, r.url!.split('/').pop()!]));
  return page.items
    .map((i) =>
      i.articleIds
        .map((id) => slugOf.get(id))
        .sort()
        .join('+'),
    )
    .sort();
}

describe('each step of a treaty is its own incident', () => {
  const reports = [
    report(
      'sign',
      '2025-03-02',
      'Freedonia and Sylvania signed the border treaty on Sunday.',
      pact('2025-03-02'),
      treaty,
    ),
    report(
      'duma',
      '2025-06-10',
      'The Sylvanian parliament ratified the border treaty on Tuesday.',
      pact('2025-06-10'),
      treaty,
    ),
    report(
      'assembly',
      '2025-06-11',
      'The Freedonian assembly approved the border treaty on Wednesday.',
      pact('2025-06-11'),
      treaty,
    ),
    report(
      'late',
      '2025-06-20',
      'Both states ratified the border pact this month.',
      pact(),
      treaty,
    ),
    report(
      'force',
      '2025-09-01',
      'The border treaty, signed in March, entered into force on Monday.',
      pact('2025-09-01'),
      treaty,
    ),
    report('mention', '2025-10-01', 'Patrols now run under the border treaty.', pact(), treaty),
    report('plan1', '2025-04-01', 'Freedonia will send engineers to Sylvania.', engineers(), plan),
    report('plan2', '2025-07-01', 'Freedonia is set to send more engineers.', engineers(), plan),
  ];
  const expected = ['assembly+duma+late', 'force', 'mention', 'plan1', 'plan2', 'sign'];

  it('signature, ratification and entry into force stay apart, in any order', async () => {
    expect(await incidentsOf(reports)).toEqual(expected);
    expect(await incidentsOf(shuffled(reports, 5))).toEqual(expected);
  });

  it('negative: without the step words, the undated mentions chain the steps together', async () => {
    const bare = [
      report(
        'a',
        '2025-03-02',
        'Freedonia and Sylvania: the border treaty.',
        pact('2025-03-02'),
        treaty,
      ),
      report('b', '2025-06-10', 'Sylvania and the border treaty.', pact('2025-06-10'), treaty),
      report('c', '2025-06-20', 'Freedonia and the border pact.', pact(), treaty),
    ];
    expect(await incidentsOf(bare)).toEqual(['a+b+c']);
  });
});

const coded = (sentence: string, mode: string | null = 'treaty') =>
  ({ mode, evidence: [{ span: { start: 0, end: sentence.length }, text: sentence }] }) as Pick<
    Event,
    'mode' | 'evidence'
  >;

describe('treatyStep reads the step a report’s own sentence names', () => {
  it.each<[string, string | null, string | null]>([
    ['Sylvania signed the pact.', 'treaty', 'signed'],
    ['The pact was concluded in Osterlich.', 'treaty', 'signed'],
    ['The Freedonian senate ratified the pact.', 'treaty', 'ratified'],
    ['The upper house gave its approval to the pact.', 'treaty', 'ratified'],
    ['The pact, signed in March, took effect today.', 'treaty', 'in-force'],
    ['The pact, ratified in June, has entered into force.', 'treaty', 'in-force'],
    ['negative: troops serve under the pact.', 'treaty', null],
    ['negative: Sylvania signed a ceasefire.', 'ceasefire', null],
    ['negative: Sylvania signed nothing.', null, null],
  ])('%s', (sentence, mode, step) => {
    expect(treatyStep(coded(sentence, mode))).toBe(step);
  });

  it('reports of no treaty are not judged', () => {
    expect(sameTreatyStep(coded('Xia signed.', null), coded('Xia ratified.', null))).toBe(true);
    expect(sameTreatyStep(coded('Xia signed.'), coded('Xia agreed.', null))).toBe(false);
  });
});

describe('an untied plan joins only reports of its own article', () => {
  const e = (
    p: Partial<Event>,
  ): Pick<Event, 'type' | 'mode' | 'modality' | 'when' | 'articleId'> => ({
    type: 'AGREE',
    mode: null,
    modality: 'planned',
    when: null,
    articleId: 'a1',
    ...p,
  });

  it('two plans with no mode and no date of two articles stay apart; of one article they join', () => {
    expect(mayJoinUntiedPlan(e({}), e({ articleId: 'a2' }))).toBe(false);
    expect(mayJoinUntiedPlan(e({}), e({}))).toBe(true);
    const paged = {
      date: '2025-04-01',
      precision: 'day' as const,
      text: '',
      fromPage: true as const,
    };
    expect(isUntiedPlan(e({ when: paged }))).toBe(true);
  });

  it.each<[string, Partial<Event>]>([
    [
      'a plan with a date of its own',
      { when: { date: '2025-04-01', precision: 'day', text: 'April 1' } },
    ],
    ['a plan of a treaty', { mode: 'treaty' }],
    ['an agreement told as done', { modality: 'asserted' }],
    ['a deployment', { type: 'AID', mode: 'troops' }],
  ])('negative: %s is no untied plan', (_why, p) => {
    expect(isUntiedPlan(e(p))).toBe(false);
    expect(mayJoinUntiedPlan(e({ ...p, articleId: 'a2' }), e({ ...p }))).toBe(true);
  });
});

describe('a party’s word on its own treaty step confirms it', () => {
  function member(said: Said[], shape: Shape = treaty): Member {
    const a = report(
      'word',
      '2025-06-11',
      'The Sylvanian parliament ratified the pact.',
      pact('2025-06-10', said),
      shape,
    );
    return {
      event: a.events[0]!,
      article: { id: a.id, url: a.url, published: a.published, siteName: a.siteName },
    };
  }

  it('the party telling of its ratification: confirmed; the article keeps its assertion', () => {
    const m = member([{ by: 'SYL', stance: 'assert' }]);
    expect(deriveIncident([m]).status).toBe('confirmed');
    expect(m.event.attributions.map((a) => a.stance)).toEqual(['assert']);
  });

  it.each<[string, Said[], Shape]>([
    ['a third state on the step', [{ by: 'OST', stance: 'assert' }], treaty],
    [
      'a party on a planned step',
      [{ by: 'SYL', stance: 'assert' }],
      { mode: 'treaty', modality: 'planned' },
    ],
    [
      'a party on an agreement that is no treaty',
      [{ by: 'SYL', stance: 'assert' }],
      { mode: null },
    ],
    [
      'a party that also will not confirm',
      [
        { by: 'SYL', stance: 'assert' },
        { by: 'SYL', stance: 'noncommittal' },
      ],
      treaty,
    ],
  ])('negative: %s is no confirmation', (_why, said, shape) => {
    expect(deriveIncident([member(said, shape)]).status).not.toBe('confirmed');
  });
});
