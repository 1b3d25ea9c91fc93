import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';

// Real copied texts, read from ../shared at run time (never copied into the project).
const corpus = resolve(__dirname, '../../../shared/corpus/dev.jsonl');
interface Record {
  id: string;
  url: string;
  text: string;
  title: string | null;
}
const records = (): Record[] =>
  readFileSync(corpus, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record);

describe.skipIf(!existsSync(corpus))(
  'plain-text extraction over the dev corpus (read from ../shared)',
  () => {
    it('takes the store marker as the date and leaves no marker in the text', () => {
      for (const r of records()) {
        const marker = /^\s*date (\d{4}-\d{2}(?:-\d{2})?)\b/.exec(r.text)?.[1];
        const a = extractArticle({ source: r.id, body: r.text, url: r.url, format: 'text' });
        expect(a.text.startsWith('date ')).toBe(false);
        if (marker)
          expect([r.id, a.published, a.publishedSource]).toEqual([r.id, marker, 'store-marker']);
      }
    });
    it('never leaves a lone counter line and keeps paragraphs separated by one blank line', () => {
      for (const r of records()) {
        const a = extractArticle({ source: r.id, body: r.text, format: 'text' });
        expect(a.text.split('\n\n').some((p) => /^\d{1,5}$/.test(p))).toBe(false);
        expect(a.text).not.toMatch(/\n{3,}/);
      }
    });
    it('finds the visible headline of most articles and invents none where none is visible', () => {
      let agree = 0;
      const all = records();
      for (const r of all) {
        const a = extractArticle({ source: r.id, body: r.text, format: 'text' });
        if (a.title === r.title) agree += 1;
      }
      expect(agree / all.length).toBeGreaterThan(0.85);
    });
  },
);
if (!existsSync(corpus)) console.warn(`skipping the dev-corpus test: ${corpus} is missing`);
