import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildWinkCore } from '../../src/annotate/syntax/build-wink-core.js';
import { decodeWinkCore } from '../../src/annotate/syntax/wink-core-file.js';
import { loadWinkModel, shippedCore } from '../../src/annotate/syntax/wink-model.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-wink-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const require = createRequire(import.meta.url);

describe('the tagger model core as a section file', () => {
  const file = join(dir, 'wink-core.bin');
  buildWinkCore(file);

  it('reads back exactly the core the package builds: lexicon, lists, hashes and sets', () => {
    const model = loadWinkModel(file);
    expect((model.core as () => unknown)()).toStrictEqual(shippedCore());
  });

  it('holds every other part of the package model as the package has it', () => {
    const shipped = require('wink-eng-lite-web-model') as Record<string, unknown>;
    const model = loadWinkModel(file);
    expect(Object.keys(model).sort()).toEqual(Object.keys(shipped).sort());
    for (const key of Object.keys(shipped).filter((k) => k !== 'core' && k !== 'addons'))
      expect(model[key], key).toBe(shipped[key]);
    expect(model.addons).toEqual({ ...(shipped.addons as object) });
  });

  it('falls back to the shipped model when data/ was never built', () => {
    expect(loadWinkModel(join(dir, 'missing.bin'))).toBe(require('wink-eng-lite-web-model'));
  });

  it('rejects a cut-short file, saying how to fix it', () => {
    const short = join(dir, 'short.bin');
    writeFileSync(short, Buffer.alloc(2));
    expect(() => (loadWinkModel(short).core as () => unknown)()).toThrow(/npm run build/);
    expect(() => decodeWinkCore(Buffer.alloc(2))).toThrow(/too short/);
  });
});
