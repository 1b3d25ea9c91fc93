import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SqliteRepository } from '../../src/store/sqlite-repository.js';
import { ingestExamples } from '../../src/cli/commands/demo.js';
import { openSqliteRepository } from '../../src/store/sqlite-repository.js';
import type { FixtureArticle, FixtureEvent } from '../merge/fixtures.js';
import { buildAnalysis, shuffled } from '../merge/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-storylines-'));
let n = 0;
const open = (): Promise<SqliteRepository> => openSqliteRepository(join(dir, `${n++}.db`));

const ev = (
  type: FixtureEvent['type'],
  actors: string[],
  recipients: string[],
  date: string,
): FixtureEvent => ({ type, actors, recipients, date, said: [{ by: null, stance: 'assert' }] });

const article = (slug: string, published: string, events: FixtureEvent[]): FixtureArticle => ({
  slug,
  published,
  url: `https://news.example/${slug}`,
  site: 'news.example',
  sentences: events.map((e, i) => `Report ${slug} item ${i}: ${e.actors.join(' and ')} ${e.type}.`),
  events,
});

/**
 * A border story told through several pairs of parties (with a mediator and a party-less
 * incident), an unrelated maritime story, and one roundup that mentions both.
 */
const ARTICLES: FixtureArticle[] = [
  article('border-1', '2025-03-02', [
    ev('MOBILIZE', ['VEN'], ['GUY'], '2025-03-01'),
    ev('ACCUSE', ['GUY'], ['VEN'], '2025-03-02'),
  ]),
  article('border-2', '2025-03-04', [
    ev('MOBILIZE', ['VEN'], ['GUY'], '2025-03-01'),
    ev('THREATEN', ['VEN'], [], '2025-03-03'),
  ]),
  article('border-3', '2025-03-06', [
    ev('CONSULT', ['BRA'], ['VEN'], '2025-03-05'),
    ev('ACCUSE', ['GUY'], ['VEN'], '2025-03-02'),
    ev('PROTEST', [], [], '2025-03-05'),
  ]),
  article('border-4', '2025-03-08', [
    ev('THREATEN', ['VEN'], [], '2025-03-07'),
    ev('MOBILIZE', ['VEN'], ['GUY'], '2025-03-01'),
  ]),
  article('sea-1', '2025-03-03', [ev('COERCE', ['CHN'], ['PHL'], '2025-03-02')]),
  article('sea-2', '2025-03-05', [
    ev('COERCE', ['CHN'], ['PHL'], '2025-03-02'),
    ev('ACCUSE', ['PHL'], ['CHN'], '2025-03-04'),
  ]),
  article('sea-3', '2025-03-07', [ev('ACCUSE', ['PHL'], ['CHN'], '2025-03-04')]),
  article('roundup', '2025-03-09', [
    ev('CONSULT', ['UNO'], ['VEN'], '2025-03-09'),
    ev('COERCE', ['CHN'], ['PHL'], '2025-03-02'),
    ev('MOBILIZE', ['VEN'], ['GUY'], '2025-03-01'),
  ]),
];

async function storylines(
  articles: readonly FixtureArticle[],
  repo?: SqliteRepository,
): Promise<{ name: string; id: string; incidents: string[] }[]> {
  const r = repo ?? (await open());
  for (const a of articles) await r.ingest(buildAnalysis(a));
  const crises = await r.listCrises();
  const out = [];
  for (const c of crises) {
    const incidents = (await r.listIncidents({ crisisId: c.id, limit: 100 })).items.map(
      (i) => `${i.type} ${[...i.actors, ...i.recipients].map((x) => x.code).join('>') || '-'}`,
    );
    out.push({ name: c.name, id: c.id, incidents: incidents.sort() });
  }
  if (!repo) await r.close();
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

describe('storylines in the store', () => {
  it('groups one story told through several pairs into one crisis, apart from another story', async () => {
    const got = await storylines(ARTICLES);
    expect(got.map((c) => c.name)).toEqual([
      'China – Philippines, Mar 2025',
      'Guyana – Venezuela, Mar 2025',
    ]);
    const border = got.find((c) => c.name.startsWith('Guyana'))!;
    // The mediator's talks, the party-less protest and the UN's talks are part of the border story.
    expect(border.incidents).toEqual(
      expect.arrayContaining(['CONSULT BRA>VEN', 'PROTEST -', 'CONSULT UNO>VEN', 'THREATEN VEN']),
    );
    expect(got.find((c) => c.name.startsWith('China'))!.incidents).toEqual([
      'ACCUSE PHL>CHN',
      'COERCE CHN>PHL',
    ]);
  });

  it('gives the same crises, ids included, whatever order the articles arrive in', async () => {
    const reference = await storylines(ARTICLES);
    for (const seed of [1, 2, 3, 4, 5, 6])
      expect(await storylines(shuffled(ARTICLES, seed))).toEqual(reference);
  });

  it('regroups when a new version of an article changes what it reports', async () => {
    const repo = await open();
    await storylines(ARTICLES, repo);
    // The roundup's new version drops the border story: the graph forgets its old pairs.
    const fixed = { ...ARTICLES[7]!, events: [ARTICLES[7]!.events[1]!] };
    fixed.sentences = [...fixed.sentences.slice(1, 2), 'Corrected.'];
    const got = await storylines([fixed], repo);
    await repo.close();
    const fresh = await storylines([...ARTICLES.slice(0, 7), fixed]);
    expect(got).toEqual(fresh);
    expect(got.flatMap((c) => c.incidents)).not.toContain('CONSULT UNO>VEN');
  });

  it('regroups once, on the next read, however many ingests marked it (any process)', async () => {
    const path = join(dir, 'two-processes.db');
    const writer = await openSqliteRepository(path);
    for (const a of ARTICLES) await writer.ingest(buildAnalysis(a));
    // The writer has only marked what changed; another connection's read regroups.
    const marked = writer.db.prepare('SELECT COUNT(*) AS n FROM stale_storylines').get() as {
      n: number;
    };
    expect(marked.n).toBeGreaterThan(0);
    const reader = await openSqliteRepository(path);
    const got = await storylines([], reader);
    expect(reader.db.prepare('SELECT COUNT(*) AS n FROM stale_storylines').get()).toEqual({ n: 0 });
    expect(got).toEqual(await storylines(ARTICLES));
    await reader.close();
    await writer.close();
  });

  it('builds the storylines of a store made before them, once, on open', async () => {
    const path = join(dir, 'before.db');
    const repo = await openSqliteRepository(path);
    const reference = await storylines(ARTICLES, repo);
    // What a store written before migration 4 looks like: no graph, no anchors, old crises.
    repo.db.exec(`DELETE FROM article_pairs; DELETE FROM pair_sizes; DELETE FROM pair_links;
      UPDATE incidents SET anchor = NULL, crisis_id = 'cri-old';
      INSERT INTO pending_rebuilds (what) VALUES ('storylines');`);
    await repo.close();
    const reopened = await openSqliteRepository(path);
    expect(await storylines([], reopened)).toEqual(reference);
    expect(reopened.integrityCheck()).toBe('ok');
    await reopened.close();
  });
});

describe('the shipped sample', () => {
  // Lone parties ("Venezuela rejected ...", "the UN praised ...") join their party's main pair,
  // so the sample's statements of one side stay in the border story.
  it('is one storyline, named from its two parties and the disputed region', async () => {
    const repo = await open();
    await ingestExamples(repo);
    const crises = await repo.listCrises();
    await repo.close();
    expect(crises.map((c) => c.name)).toEqual(['Guyana – Venezuela: Essequibo']);
  });
});
