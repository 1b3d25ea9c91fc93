import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { format } from 'prettier';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import type { RawDocument } from '../../src/model/index.js';

// Golden articles: test/articles/<slug>/source.{html,txt,html.gz,raw} (+ input.json) -> expected.json.
// Run with UPDATE_GOLDEN=1 to rewrite expected.json after a reviewed change.
const root = resolve(__dirname, '../articles');
const SOURCES: [string, RawDocument['format'] | undefined][] = [
  ['source.html', 'html'],
  ['source.txt', 'text'],
  ['source.html.gz', 'html'],
  // Bytes in a legacy charset: the format and charset are left for extraction to find.
  ['source.raw', undefined],
];
const update = process.env.UPDATE_GOLDEN === '1';

function readRaw(dir: string, slug: string): RawDocument {
  const found = SOURCES.find(([name]) => existsSync(resolve(dir, name)));
  if (!found)
    throw new Error(`${dir}: no source file (one of ${SOURCES.map((s) => s[0]).join(', ')})`);
  const [name, format] = found;
  const inputFile = resolve(dir, 'input.json');
  const input = existsSync(inputFile)
    ? (JSON.parse(readFileSync(inputFile, 'utf8')) as { url?: string; published?: string })
    : {};
  const bytes = readFileSync(resolve(dir, name));
  return {
    source: `${slug}/${name}`,
    // Text fixtures go in as strings, binary ones as bytes, as ingest would hand them over.
    body:
      name.endsWith('.txt') || name === 'source.html'
        ? bytes.toString('utf8')
        : new Uint8Array(bytes),
    ...(format ? { format } : {}),
    ...(input.url ? { url: input.url } : {}),
    ...(input.published ? { published: input.published } : {}),
  };
}

describe('golden articles', () => {
  const slugs = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  it('has at least five', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(5);
  });
  for (const slug of slugs) {
    it(slug, async () => {
      const dir = resolve(root, slug);
      const article = extractArticle(readRaw(dir, slug));
      const expectedFile = resolve(dir, 'expected.json');
      if (update || !existsSync(expectedFile)) {
        writeFileSync(expectedFile, await format(JSON.stringify(article), { parser: 'json' }));
        if (!update)
          throw new Error(
            `${expectedFile} was missing and has been written: review it and run again`,
          );
      }
      expect(article).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
    });
  }
});
