import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { parseAtomFeed } from 'feedsmith';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Incident } from '../../src/model/index.js';
import { CLI } from '../support/run-cli.js';

interface PloverRecord {
  actor: { code: string }[];
  recipient: { code: string }[];
  event: string[];
  event_loc: { precision: string } | null;
  event_text: string[];
  text_info: { start: number; end: number };
  cite_info: { url: string; title: string | null };
}

function sitrep(...args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

// Invented reports (real countries, so the real coder codes them; every sentence is our own).
const ARTICLES = [
  {
    id: 'border-1',
    url: 'https://herald.example.org/world/border-clash',
    title: 'Border post attacked, army says',
    published: '2025-03-04',
    text:
      "Guyana's army said on Monday that Venezuelan troops attacked a border post near Lethem, " +
      'killing 3 soldiers and wounding 7 others. Venezuela denied the attack. The defence ministry ' +
      'in Georgetown said about 2,000 Venezuelan troops had massed near the border.',
  },
  {
    id: 'border-2',
    url: 'https://wire.example.net/2025/03/05/border',
    title: 'Caracas calls claim "a provocation, nothing more"',
    published: '2025-03-05',
    text:
      'Brazil said Venezuelan troops attacked a Guyanese border post, killing 4 soldiers. ' +
      'Venezuela and Cuba condemned Guyana and the United States.',
  },
];

let dir = '';
let db = '';
let incidents: Incident[] = [];

const out = (name: string) => join(dir, name);
const lines = (text: string) => text.trim().split('\n');

describe('sitrep export, end to end on a store the CLI filled', { timeout: 300_000 }, () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-export-'));
    db = join(dir, 'store.db');
    writeFileSync(out('reports.jsonl'), ARTICLES.map((a) => JSON.stringify(a)).join('\n') + '\n');
    expect(sitrep('ingest', '--db', db, out('reports.jsonl')).code).toBe(0);
    expect(sitrep('export', '--db', db, '--out', out('all.json')).code).toBe(0);
    incidents = JSON.parse(readFileSync(out('all.json'), 'utf8')) as Incident[];
    // The checks below mean something only if the store holds these kinds of incident.
    expect(incidents.some((i) => i.actors.length > 1)).toBe(true);
    expect(incidents.some((i) => i.place?.lat != null)).toBe(true);
    expect(incidents.some((i) => !i.place)).toBe(true);
    expect(incidents.some((i) => i.figures.length > 0)).toBe(true);
  }, 300_000);

  it('writes a JSON array to .json and JSON Lines to .jsonl and to stdout', () => {
    const ids = incidents.map((i) => i.id);
    expect(sitrep('export', '--db', db, '--out', out('all.jsonl')).code).toBe(0);
    const jsonl = lines(readFileSync(out('all.jsonl'), 'utf8')).map(
      (l) => JSON.parse(l) as Incident,
    );
    expect(jsonl.map((i) => i.id)).toEqual(ids);
    const stdout = lines(sitrep('export', '--db', db, '--format', 'plover').out);
    expect(stdout.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(ids);
  });

  it('writes PLOVER records with every actor, the place, the sentence and the cited article', () => {
    const r = sitrep('export', '--db', db, '--format', 'plover', '--out', out('events.json'));
    expect(r.out).toContain('(plover, JSON array)');
    const records = JSON.parse(readFileSync(out('events.json'), 'utf8')) as PloverRecord[];
    expect(records).toHaveLength(incidents.length);
    for (const [n, rec] of records.entries()) {
      const i = incidents[n]!;
      expect(rec.actor.map((a) => a.code)).toEqual(i.actors.map((a) => a.code));
      expect(rec.recipient.map((a) => a.code)).toEqual(i.recipients.map((a) => a.code));
      expect(rec.event).toEqual([i.type]);
      expect(rec.event_loc?.precision ?? null).toBe(i.place?.precision ?? null);
      const article = ARTICLES.find((a) => a.url === rec.cite_info.url)!;
      expect(rec.cite_info.title).toBe(article.title);
      expect(rec.event_text.length).toBeGreaterThan(0);
      // text_info's offsets point at the sentence in the article's text.
      expect(article.text.slice(rec.text_info.start, rec.text_info.end)).toBe(rec.event_text[0]);
    }
  });

  it('writes CSV that reads back: figures by column, URLs, evidence, place precision', () => {
    expect(sitrep('export', '--db', db, '--out', out('table.csv')).code).toBe(0);
    const rows = parse(readFileSync(out('table.csv'), 'utf8'), { columns: true }) as Record<
      string,
      string
    >[];
    expect(rows.map((r) => r.id)).toEqual(incidents.map((i) => i.id));
    for (const [n, row] of rows.entries()) {
      const i = incidents[n]!;
      expect(row.place_precision).toBe(i.place?.precision ?? '');
      expect(row.status).toBe(i.status);
      expect(row.evidence).not.toBe('');
      expect(row.article_urls).toMatch(/^https:\/\/(herald|wire)\.example\./);
      for (const f of i.figures)
        if (['killed', 'wounded', 'troops'].includes(f.quantity.unit))
          expect(row[f.quantity.unit]).toContain(String(f.quantity.value));
        else expect(row.other_figures).toContain(f.quantity.unit);
    }
  });

  it('writes GeoJSON with a Feature per placed incident and counts the ones left out', () => {
    const r = sitrep('export', '--db', db, '--out', out('map.geojson'));
    const geo = JSON.parse(readFileSync(out('map.geojson'), 'utf8')) as {
      features: { id: string; geometry: { coordinates: number[] } | null }[];
      unlocated: number;
      leftOut: number;
    };
    const placed = incidents.filter((i) => i.place);
    expect(geo.features.map((f) => f.id)).toEqual(placed.map((i) => i.id));
    expect(geo.leftOut).toBe(incidents.length - placed.length);
    expect(r.out).toContain(
      `wrote ${placed.length} of ${incidents.length} incidents (geojson) to ${out('map.geojson')}`,
    );
    expect(r.out).toContain(`${geo.leftOut} left out: no place`);
    for (const f of geo.features) expect(f.geometry?.coordinates).not.toEqual([0, 0]);
  });

  it('writes an Atom feed that parses, with ids under --base-url', () => {
    const r = sitrep(
      'export',
      '--db',
      db,
      '--format',
      'atom',
      '--base-url',
      'https://sitrep.example.org/',
    );
    const feed = parseAtomFeed(r.out);
    expect(feed.entries?.map((e) => e.id)).toEqual(
      incidents.map((i) => `https://sitrep.example.org/claim/${i.id}`),
    );
  });

  it('refuses a format that contradicts the file name, an unknown crisis and a missing folder', () => {
    const wrong = sitrep('export', '--db', db, '--format', 'csv', '--out', out('x.geojson'));
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('name it .csv');
    expect(existsSync(out('x.geojson'))).toBe(false);

    const crisis = sitrep('export', '--db', db, '--crisis', 'cri-nope');
    expect(crisis.code).toBe(2);
    expect(crisis.err).toContain('there is no crisis cri-nope');

    const missing = sitrep('export', '--db', db, '--out', join(dir, 'no-such', 'x.csv'));
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('does not exist');
    expect(existsSync(join(dir, 'no-such'))).toBe(false);
  });

  it('says in --help how the format and the file name choose the output', () => {
    const help = sitrep('export', '--help').out;
    for (const words of ['--base-url', 'JSON array', 'JSON Lines', 'leftOut', 'geometry null'])
      expect(help).toContain(words);
  });
});
