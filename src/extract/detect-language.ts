import { ELD_SOURCE, loadEldNgrams, type NgramsData } from './language/eld-ngrams.js';

interface Eld {
  detect(text: string): { language: string; isReliable(): boolean };
}
type CreateEld = () => { instance: Eld; loadData(data: NgramsData): string };

// eld's 'small' detector, built as `eld/small` builds it but fed the database from JSON.
const { createEld } = (await import(new URL('languageDetector.js', ELD_SOURCE).href)) as {
  createEld: CreateEld;
};
const { instance: eld, loadData } = createEld();
loadData(await loadEldNgrams());

/** ISO 639-1 code of the text's language by eld, or null when too short or unreliable. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, 3000);
  if (sample.replace(/\s+/g, '').length < 20) return null;
  const result = eld.detect(sample);
  return result.language && result.isReliable() ? result.language : null;
}
