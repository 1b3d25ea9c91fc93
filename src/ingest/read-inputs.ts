import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { RawDocument } from '../model/index.js';
import { RawDocument as RawDocumentSchema } from '../model/index.js';
import { DEFAULT_MAX_BYTES } from '../extract/index.js';
import { dateProblem } from './check-date.js';
import { InputError } from './input-error.js';

// One size limit everywhere: what is read is what extraction accepts.
export { DEFAULT_MAX_BYTES } from '../extract/index.js';

export interface ReadOptions {
  maxBytes?: number;
  timeoutMs?: number;
  /** Supplied to every input that lacks its own. */
  published?: string;
  url?: string;
  stdin?: NodeJS.ReadableStream;
  /** Let URLs reach loopback and private-network addresses. */
  allowPrivate?: boolean;
}

/** One input read: a document, or the reason it could not be read. */
export type InputResult =
  { input: string; raw: RawDocument } | { input: string; error: InputError };

const DOCUMENT_EXTENSIONS = new Set(['.html', '.htm', '.txt', '.text', '.xhtml']);

function formatFromName(name: string): RawDocument['format'] {
  const base = name.toLowerCase().replace(/\.gz$/, '');
  const ext = extname(base);
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (ext === '.txt' || ext === '.text') return 'text';
  return undefined;
}

function isDocumentFile(name: string): boolean {
  return DOCUMENT_EXTENSIONS.has(extname(name.toLowerCase().replace(/\.gz$/, '')));
}

/**
 * Resolves command-line inputs (files, directories, http(s) URLs, `-` for stdin, `.jsonl` record
 * files) to raw documents, one result per document, in order. Never throws for a bad input.
 */
export async function* readInputs(
  inputs: readonly string[],
  options: ReadOptions = {},
): AsyncGenerator<InputResult> {
  for (const input of inputs) {
    try {
      for await (const result of readInput(input, options)) yield applyDefaults(result, options);
    } catch (err) {
      yield { input, error: toInputError(input, err) };
    }
  }
}

function applyDefaults(result: InputResult, options: ReadOptions): InputResult {
  if ('error' in result) return result;
  const raw = { ...result.raw };
  if (raw.published === undefined && options.published !== undefined)
    raw.published = options.published;
  if (raw.url === undefined && options.url !== undefined) raw.url = options.url;
  return { input: result.input, raw };
}

function toInputError(input: string, err: unknown): InputError {
  if (err instanceof InputError) return err;
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputError(input, 'no such file or directory: check the path');
  if (code === 'EACCES')
    return new InputError(input, 'permission denied: check the file permissions');
  if (code === 'EISDIR') return new InputError(input, 'is a directory');
  return new InputError(input, err instanceof Error ? err.message : String(err));
}

async function* readInput(input: string, options: ReadOptions): AsyncGenerator<InputResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (input === '-') {
    yield { input: 'stdin', raw: { source: 'stdin', body: await readStdin(options, maxBytes) } };
    return;
  }
  if (/^https?:\/\//i.test(input)) {
    // the fetcher (http, TLS, DNS, robots) is loaded for the first address only: files never need it
    const { fetchDocument } = await import('./fetch-document.js');
    const fetched = await fetchDocument(input, {
      maxBytes,
      timeoutMs: options.timeoutMs ?? 20_000,
      allowPrivate: options.allowPrivate === true,
    });
    yield { input, raw: fetched };
    return;
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
    throw new InputError(
      input,
      'only http(s) URLs can be fetched; give a file path or an http(s) URL',
    );
  }
  const info = await stat(input);
  if (info.isDirectory()) {
    const names = (await readdir(input)).filter(isDocumentFile).sort();
    if (names.length === 0) {
      throw new InputError(input, 'directory holds no .html, .htm, .txt or .gz documents');
    }
    for (const name of names) {
      const path = join(input, name);
      try {
        yield { input: path, raw: await readDocumentFile(path, maxBytes) };
      } catch (err) {
        yield { input: path, error: toInputError(path, err) };
      }
    }
    return;
  }
  if (input.toLowerCase().endsWith('.jsonl')) {
    yield* readJsonLines(input, maxBytes);
    return;
  }
  yield { input, raw: await readDocumentFile(input, maxBytes) };
}

async function readDocumentFile(path: string, maxBytes: number): Promise<RawDocument> {
  const info = await stat(path);
  if (info.size > maxBytes) {
    throw new InputError(
      path,
      `file is ${(info.size / 1e6).toFixed(1)} MB, over the ${(maxBytes / 1e6).toFixed(0)} MB limit (raise it with --max-bytes)`,
    );
  }
  const bytes = new Uint8Array(await readFile(path));
  const format = formatFromName(path);
  return { source: path, body: bytes, ...(format ? { format } : {}) };
}

async function* readJsonLines(path: string, maxBytes: number): AsyncGenerator<InputResult> {
  const info = await stat(path);
  if (info.size > maxBytes * 100) {
    throw new InputError(path, 'JSON Lines file is too large; split it into smaller files');
  }
  const lines = (await readFile(path, 'utf8')).split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]?.trim();
    if (!line) continue;
    const at = `${path}:${i + 1}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      yield { input: at, error: new InputError(at, 'line is not valid JSON') };
      continue;
    }
    const raw = recordToRaw(path, at, record, maxBytes);
    yield 'error' in raw ? raw : { input: raw.id ?? at, raw };
  }
}

function recordToRaw(
  path: string,
  at: string,
  record: unknown,
  maxBytes: number,
): RawDocument | { input: string; error: InputError } {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return { input: at, error: new InputError(at, 'record is not a JSON object') };
  }
  const r = record as Record<string, unknown>;
  const body = typeof r.html === 'string' ? r.html : typeof r.text === 'string' ? r.text : null;
  if (body === null) {
    return {
      input: at,
      error: new InputError(at, 'record has neither "text" nor "html" (a string)'),
    };
  }
  if (body.length > maxBytes) {
    return { input: at, error: new InputError(at, 'record text is over the size limit') };
  }
  if (r.published !== undefined && r.published !== null) {
    const problem =
      typeof r.published === 'string' ? dateProblem(r.published) : '"published" is not a string';
    if (problem) return { input: at, error: new InputError(at, `record's published: ${problem}`) };
  }
  const id = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : undefined;
  const candidate = {
    source: id ? `${path}#${id}` : at,
    body,
    format: typeof r.html === 'string' ? 'html' : 'text',
    ...(id ? { id } : {}),
    ...(typeof r.url === 'string' ? { url: r.url } : {}),
    ...(typeof r.title === 'string' ? { title: r.title } : {}),
    ...(typeof r.published === 'string' ? { published: r.published } : {}),
  };
  const parsed = RawDocumentSchema.safeParse(candidate);
  if (!parsed.success) {
    return {
      input: at,
      error: new InputError(at, `record is malformed: ${parsed.error.issues[0]?.message}`),
    };
  }
  return parsed.data;
}

async function readStdin(options: ReadOptions, maxBytes: number): Promise<Uint8Array> {
  const stream = options.stdin ?? process.stdin;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > maxBytes)
      throw new InputError('stdin', 'input is over the size limit (raise it with --max-bytes)');
    chunks.push(buf);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
