import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs, type InputResult } from '../../src/ingest/read-inputs.js';

async function collect(inputs: string[], options = {}): Promise<InputResult[]> {
  const out: InputResult[] = [];
  for await (const r of readInputs(inputs, options)) out.push(r);
  return out;
}

function errorOf(r: InputResult | undefined): string {
  if (!r || !('error' in r)) throw new Error('expected an error result');
  return r.error.message;
}

describe('readInputs: files and directories', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-inputs-'));
  writeFileSync(join(dir, 'a.txt'), 'Plain text of an article.');
  writeFileSync(join(dir, 'b.html'), '<html><body><p>Hello</p></body></html>');
  writeFileSync(join(dir, 'c.html.gz'), gzipSync('<html><body><p>Zipped</p></body></html>'));
  writeFileSync(join(dir, 'notes.md'), 'not a document');
  mkdirSync(join(dir, 'empty'));

  it('reads a directory in name order, skipping other files, with the format from the name', async () => {
    const results = await collect([dir]);
    expect(results.map((r) => r.input)).toEqual(
      ['a.txt', 'b.html', 'c.html.gz'].map((n) => join(dir, n)),
    );
    const formats = results.map((r) => ('raw' in r ? r.raw.format : 'error'));
    expect(formats).toEqual(['text', 'html', 'html']);
  });

  it('applies --published and --url to inputs that lack them', async () => {
    const [r] = await collect([join(dir, 'a.txt')], {
      published: '2024-11-06',
      url: 'https://example.org/a',
    });
    expect(r && 'raw' in r ? [r.raw.published, r.raw.url] : null).toEqual([
      '2024-11-06',
      'https://example.org/a',
    ]);
  });

  it('gives one clear error per bad input and goes on', async () => {
    const results = await collect([
      join(dir, 'missing.txt'),
      join(dir, 'empty'),
      'ftp://x/y',
      join(dir, 'a.txt'),
    ]);
    expect(errorOf(results[0])).toMatch(/no such file/);
    expect(errorOf(results[1])).toMatch(/holds no .html/);
    expect(errorOf(results[2])).toMatch(/only http\(s\)/);
    expect('raw' in results[3]!).toBe(true);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const [r] = await collect([join(dir, 'a.txt')], { maxBytes: 5 });
    expect(errorOf(r)).toMatch(/over the .* limit/);
  });

  it('reads stdin for -', async () => {
    const [r] = await collect(['-'], { stdin: Readable.from([Buffer.from('from stdin')]) });
    expect(r && 'raw' in r ? Buffer.from(r.raw.body as Uint8Array).toString() : null).toBe(
      'from stdin',
    );
  });
});

describe('readInputs: JSON Lines records', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-jsonl-'));
  const file = join(dir, 'batch.jsonl');
  writeFileSync(
    file,
    [
      JSON.stringify({
        id: 'r1',
        text: 'First record.',
        published: '2024-01-02',
        url: 'https://example.org/1',
      }),
      '{not json',
      JSON.stringify({ id: 'r3', html: '<p>Third</p>' }),
      JSON.stringify({ id: 'r4' }),
      JSON.stringify(['an', 'array']),
      '',
    ].join('\n'),
  );

  it('yields one result per record, in order, with per-record errors', async () => {
    const results = await collect([file]);
    expect(results).toHaveLength(5);
    const first = results[0];
    expect(
      first && 'raw' in first ? [first.input, first.raw.published, first.raw.format] : null,
    ).toEqual(['r1', '2024-01-02', 'text']);
    expect(errorOf(results[1])).toMatch(/not valid JSON/);
    expect(results[2] && 'raw' in results[2] ? results[2].raw.format : null).toBe('html');
    expect(errorOf(results[3])).toMatch(/neither "text" nor "html"/);
    expect(errorOf(results[4])).toMatch(/not a JSON object/);
  });
});

describe('readInputs: URLs on a loopback server', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/page') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end('<html><body><p>Served</p></body></html>');
      } else if (req.url === '/slow') {
        setTimeout(() => res.end('late'), 3000);
      } else {
        res.writeHead(404, 'Not Found');
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('fetches a page with its content type', async () => {
    const [r] = await collect([`${base}/page`], { allowPrivate: true });
    expect(r && 'raw' in r ? r.raw.contentType : null).toMatch(/text\/html/);
  });

  it('reports a 404 and a time-out as errors for that URL', async () => {
    const results = await collect([`${base}/missing`, `${base}/slow`], {
      timeoutMs: 300,
      allowPrivate: true,
    });
    expect(errorOf(results[0])).toMatch(/404/);
    expect(errorOf(results[1])).toMatch(/no answer within/);
  });
});
