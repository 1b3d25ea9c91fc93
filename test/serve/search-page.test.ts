import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';
import { serveForTests } from './served-app.js';

// Invented articles: one with a title and an outlet, one plain text with neither, whose one
// sentence backs two events.
const TITLED = {
  source: 'titled.txt',
  body: 'Freedonia said on Monday that Sylvania had moved 3,000 troops to the river border.\n\nSylvania denied it.',
  title: 'Freedonia reports Sylvanian troops at the river',
  url: 'https://news.example.net/world/river-troops',
  published: '2025-05-05',
};
const UNTITLED = {
  source: 'untitled.txt',
  body: 'Sylvanian troops shelled and attacked the Freedonian border post of Alba on Tuesday, Freedonia said.',
  published: '2025-05-06',
};

const { get } = serveForTests(() => [TITLED, UNTITLED].map((raw) => analyze(raw)), {
  pollMs: 50,
});

describe('the search page', () => {
  it('shows real titles, marked words without brackets, each sentence once', async () => {
    const res = await get('/search?q=troops');
    const { document } = parseHTML(await res.text());
    const hits = Array.from(document.querySelectorAll('ol.hits > li'));
    expect(hits.length).toBeGreaterThan(0);
    const titles = hits.map((h) => h.querySelector('.hit-title')?.textContent?.trim());
    expect(titles).toContain('Freedonia reports Sylvanian troops at the river');
    expect(titles.some((t) => t?.startsWith('Sylvanian troops shelled'))).toBe(true);
    expect(titles.join(' ')).not.toMatch(/Untitled/);
    const snippets = hits.map((h) => h.querySelector('p')?.textContent ?? '');
    expect(snippets.join(' ')).not.toMatch(/\[troops\]/i);
    expect(hits[0]?.querySelector('p mark')?.textContent).toMatch(/troops/i);
    const sentences = snippets.map((s) => s.replace(/…/g, '').trim());
    expect(new Set(sentences).size).toBe(sentences.length);
    expect(hits.map((h) => h.textContent).join(' ')).toMatch(/news\.example\.net/);
  });
});
