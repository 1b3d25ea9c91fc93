import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/extract/detect-language.js';
import { buildEldNgrams } from '../../src/extract/language/build-eld-ngrams.js';
import { importEldNgrams, loadEldNgrams } from '../../src/extract/language/eld-ngrams.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-eld-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the language detector database as a section file', () => {
  it('holds exactly the database eld ships, n-gram for n-gram', async () => {
    const file = join(dir, 'eld-small.bin');
    const built = await buildEldNgrams(file);
    const shipped = await importEldNgrams();
    const loaded = await loadEldNgrams(file);
    expect(built.ngrams).toBeGreaterThan(10_000);
    expect(loaded.type).toBe(shipped.type);
    expect(loaded.languages).toStrictEqual(shipped.languages);
    const differ = Object.keys(shipped.ngrams).filter(
      (k) => JSON.stringify(loaded.ngrams[k]) !== JSON.stringify(shipped.ngrams[k]),
    );
    expect(differ).toEqual([]);
  });

  it('knows no n-gram that eld does not ship', async () => {
    const loaded = await loadEldNgrams(join(dir, 'eld-small.bin'));
    for (const absent of ['', 'zzzzzzz', '\uffff', 'constructor'])
      expect(loaded.ngrams[absent], absent).toBeUndefined();
  });

  it('falls back to the shipped database when data/ was never built', async () => {
    const shipped = await importEldNgrams();
    expect(await loadEldNgrams(join(dir, 'missing.bin'))).toBe(shipped);
  });

  it('rejects a cut-short file, saying how to fix it', async () => {
    const short = join(dir, 'short.bin');
    writeFileSync(short, Buffer.alloc(2));
    await expect(loadEldNgrams(short)).rejects.toThrow(/npm run build/);
  });
});

describe('detectLanguage', () => {
  it.each([
    ['The ministry of Freedonia said on Monday that its troops had left the border town.', 'en'],
    ['Le ministère de la Sylvanie a déclaré lundi que ses troupes avaient quitté la ville.', 'fr'],
    [
      'Das Ministerium von Freedonia erklärte am Montag, seine Truppen hätten die Stadt verlassen.',
      'de',
    ],
    [
      'El ministerio de Sylvania dijo el lunes que sus tropas habían salido de la ciudad fronteriza.',
      'es',
    ],
  ])('names the language of %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('gives no language for text too short to judge', () => {
    expect(detectLanguage('Freedonia, 2024')).toBeNull();
  });
});
