import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  DictionaryError,
  loadDictionary,
  readManifest,
} from '../../src/dictionaries/load-dictionary.js';

const Entry = z.object({ id: z.string(), word: z.string() });
const header = { description: 'test words', source: 'written for this test', license: 'MIT' };

function makeRoot(entries: unknown, headerValue: unknown = header): string {
  const root = mkdtempSync(join(tmpdir(), 'sitrep-dict-'));
  writeFileSync(
    join(root, 'manifest.json'),
    JSON.stringify({ dictionaries: [{ name: 'words', class: 'test', file: 'words.json' }] }),
  );
  writeFileSync(join(root, 'words.json'), JSON.stringify({ header: headerValue, entries }));
  return root;
}

describe('loadDictionary', () => {
  it('loads and validates entries through the manifest', () => {
    const root = makeRoot([{ id: 'a', word: 'alpha' }]);
    const dict = loadDictionary('words', Entry, (e) => e.id, root);
    expect(dict.entries).toEqual([{ id: 'a', word: 'alpha' }]);
    expect(dict.header.license).toBe('MIT');
  });
  it('names the file and entry of a malformed row', () => {
    const root = makeRoot([{ id: 'a' }]);
    expect(() => loadDictionary('words', Entry, (e) => e.id, root)).toThrow(/entry 0/);
  });
  it('refuses a repeated key', () => {
    const root = makeRoot([
      { id: 'a', word: 'x' },
      { id: 'a', word: 'y' },
    ]);
    expect(() => loadDictionary('words', Entry, (e) => e.id, root)).toThrow(/repeats/);
  });
  it('refuses a file without its header', () => {
    const root = makeRoot([{ id: 'a', word: 'x' }], { description: 'no source' });
    expect(() => loadDictionary('words', Entry, (e) => e.id, root)).toThrow(DictionaryError);
  });
  it('refuses an unknown dictionary name', () => {
    const root = makeRoot([]);
    expect(() => loadDictionary('nope', Entry, (e) => e.id, root)).toThrow(/no dictionary named/);
  });
  it('the shipped manifest parses', () => {
    expect(Array.isArray(readManifest())).toBe(true);
  });
});
