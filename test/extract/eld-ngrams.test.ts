import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/extract/detect-language.js';
import { buildEldNgrams } from '../../src/extract/language/build-eld-ngrams.js';
import { importEldNgrams, loadEldNgrams } from '../../src/extract/language/eld-ngrams.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-eld-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the language detector database as JSON', () => {
  it('holds exactly the database eld ships, n-gram for n-gram and in the same order', async () => {
    const file = join(dir, 'eld-small.json');
    const built = await buildEldNgrams(file);
    const shipped = await importEldNgrams();
    const loaded = await loadEldNgrams(file);
    expect(built.ngrams).toBeGreaterThan(10_000);
    expect(loaded).toStrictEqual(shipped);
    expect(Object.keys(loaded.ngrams)).toEqual(Object.keys(shipped.ngrams));
  });

  it('falls back to the shipped database when data/ was never built', async () => {
    const shipped = await importEldNgrams();
    expect(await loadEldNgrams(join(dir, 'missing.json'))).toBe(shipped);
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
