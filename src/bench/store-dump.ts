/**
 * A canonical dump of what a store holds after a fixed ingest, to check that a change of the
 * store's mechanics (how merges are written, how incidents are read) leaves every result the same.
 * It ingests the dev corpus, the seed, changed versions of dev articles at their URLs and the
 * composed articles of `bench -- scale` (which merge into a few very large incidents), then writes
 * every incident, storyline, article with its events, and the change log (without times) as
 * sorted-key JSON lines. Two dumps are compared with `diff` or `cmp`.
 *
 * Usage: node dist/bench/store-dump.js DB OUT [--shared DIR] [--composed N]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Analysis } from '../model/index.js';
import { analyze } from '../pipeline.js';
import { openRepository } from '../store/open-repository.js';
import type { Repository } from '../store/repository.js';
import { composeArticle } from './store.js';

interface CorpusLine {
  id: string;
  url: string;
  text: string;
  published: string | null;
  title: string | null;
}

/** JSON with object keys sorted at every level: the same content, the same bytes. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** The line's analysis, or null when it is refused (not an article): then it is left out. */
function analyseLine(r: CorpusLine, file: string): Analysis | null {
  try {
    return analyze(
      { source: `${file}#${r.id}`, id: r.id, url: r.url, body: r.text, format: 'text' },
      {
        ...(r.published ? { published: r.published } : {}),
        ...(r.title ? { title: r.title } : {}),
      },
    );
  } catch {
    return null;
  }
}

/** The fixed ingest: corpus files, the seed, every 7th dev article changed, composed articles. */
function inputs(shared: string, composed: number): Analysis[] {
  const out: Analysis[] = [];
  const dev: CorpusLine[] = [];
  for (const file of ['dev.jsonl', 'dev2.jsonl']) {
    const lines = readFileSync(join(shared, file), 'utf8').split('\n').filter(Boolean);
    for (const line of lines) {
      const r = JSON.parse(line) as CorpusLine;
      if (file === 'dev.jsonl') dev.push(r);
      const a = analyseLine(r, file);
      if (a) out.push(a);
    }
  }
  out.push(analyze(readFileSync(join(shared, 'seed.txt'), 'utf8'), { published: '2024-11-06' }));
  // A changed version at the same URL: the last paragraph dropped (or, if one, a line added).
  for (const r of dev.filter((_, i) => i % 7 === 3)) {
    const paragraphs = r.text.split(/\n\s*\n/);
    const text =
      paragraphs.length > 1
        ? paragraphs.slice(0, -1).join('\n\n')
        : `${r.text}\n\nThis report was updated.`;
    const a = analyseLine({ ...r, id: `${r.id}-v2`, text }, 'dev.jsonl');
    if (a) out.push(a);
  }
  for (let i = 0; i < composed; i++) {
    const doc = composeArticle(i);
    out.push(analyze(doc.text, { published: doc.published }));
  }
  return out;
}

async function dump(repo: Repository): Promise<string[]> {
  const lines: string[] = [];
  const incidents = await repo.listIncidents({ limit: 1e9 });
  for (const i of [...incidents.items].sort((a, b) => (a.id < b.id ? -1 : 1)))
    lines.push(`incident ${canonical(i)}`);
  for (const c of [...(await repo.listCrises())].sort((a, b) => (a.id < b.id ? -1 : 1)))
    lines.push(`crisis ${canonical(c)}`);
  const articles = await repo.listArticles({ limit: 1e9 });
  for (const a of [...articles.items].sort((x, y) => (x.id < y.id ? -1 : 1))) {
    const stored = await repo.getArticle(a.id);
    lines.push(`article ${canonical({ ...stored, storedAt: null, article: stored?.article })}`);
  }
  for (let seq = 0; ;) {
    const changes = await repo.changesSince(seq, 1000);
    if (changes.length === 0) break;
    for (const c of changes) lines.push(`change ${canonical({ ...c, at: null })}`);
    seq = changes.at(-1)!.seq;
  }
  return lines;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const [db, out] = args;
  if (!db || !out) throw new Error('usage: store-dump DB OUT [--shared DIR] [--composed N]');
  const flag = (name: string): string | undefined => args[args.indexOf(name) + 1];
  const shared = resolve(
    args.includes('--shared') ? flag('--shared')! : join(import.meta.dirname, '../../../shared'),
    'corpus',
  );
  const composed = args.includes('--composed') ? Number(flag('--composed')) : 600;
  const repo = await openRepository(db);
  try {
    for (const a of inputs(shared, composed)) await repo.ingest(a);
    writeFileSync(out, (await dump(repo)).join('\n') + '\n');
  } finally {
    await repo.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`store-dump: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
