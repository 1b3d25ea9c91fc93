import { eld } from 'eld/small';

/** ISO 639-1 code of the text's language by eld, or null when too short or unreliable. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, 3000);
  if (sample.replace(/\s+/g, '').length < 20) return null;
  const result = eld.detect(sample);
  return result.language && result.isReliable() ? result.language : null;
}
