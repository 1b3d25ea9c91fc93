/**
 * Generated hostile pages for `bench -- hostile`: shapes that stress the parser, readability and the
 * annotators rather than real news. Each generator fills a page up to about `bytes` bytes.
 */

// Invented crisis sentences (Freedonia and Sylvania), so the annotators have work to do.
const SENTENCES = [
  'Freedonian troops crossed the river near Port Alba on Monday, the Sylvanian army said.',
  'Sylvania denied that its navy had fired on 12 fishing boats and called the report false.',
  'About 3,000 people fled the border towns after the shelling, officials in Fredonia City said.',
  'The foreign minister of Freedonia met the Sylvanian ambassador on Tuesday to discuss a truce.',
];

function sentenceAt(i: number): string {
  return SENTENCES[i % SENTENCES.length] ?? '';
}

// Repeats `unit(i)` until the page reaches `bytes` (shell included).
function fill(bytes: number, shellBytes: number, unit: (i: number) => string): string {
  const parts: string[] = [];
  let size = shellBytes;
  for (let i = 0; size < bytes; i++) {
    const part = unit(i);
    parts.push(part);
    size += part.length;
  }
  return parts.join('');
}

function page(body: string): string {
  return `<!doctype html><html><head><title>Hostile page</title></head><body>${body}</body></html>`;
}

/** One hostile page shape. */
export interface HostilePage {
  name: string;
  /** The page, up to about `bytes` long. */
  build: (bytes: number) => string;
}

/** Every shape the benchmark runs. */
export const HOSTILE_PAGES: HostilePage[] = [
  {
    name: 'deep-nesting',
    build: (bytes) => {
      const depth = Math.floor((bytes - 200) / 11);
      return page(`${'<div>'.repeat(depth)}<p>${sentenceAt(0)}</p>${'</div>'.repeat(depth)}`);
    },
  },
  {
    name: 'unclosed-inline',
    build: (bytes) => page(fill(bytes, 100, (i) => `<b><i>${i % 50 === 0 ? sentenceAt(i) : ''}`)),
  },
  {
    name: 'one-long-line',
    build: (bytes) => page(`<p>${fill(bytes, 110, (i) => `${sentenceAt(i)} `)}</p>`),
  },
  {
    name: 'many-tiny-paragraphs',
    build: (bytes) => page(fill(bytes, 100, (i) => `<p>${i % 2 ? 'Yes.' : 'No.'}</p>`)),
  },
  {
    name: 'huge-table',
    build: (bytes) =>
      page(
        `<table>${fill(bytes, 120, (i) => `<tr><td>${i}</td><td>Freedonia</td><td>${i * 7} troops</td></tr>`)}</table>`,
      ),
  },
  {
    name: 'plain-text-one-line',
    build: (bytes) => fill(bytes, 0, (i) => `${sentenceAt(i)} `),
  },
];
