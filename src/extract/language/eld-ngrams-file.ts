import { decodeSections, encodeSections } from '../../section-file.js';
import type { NgramsData } from './eld-ngrams.js';

/**
 * eld's n-gram database as a section file (see section-file.ts): the n-grams sorted, one string,
 * and per n-gram its (language, score) pairs as bytes. Read back, the database answers eld's one
 * question (`ngrams[ngram]`: the scores of one n-gram) by a binary search, decoding only the
 * n-grams a text holds: no 2 MB JSON parse and no 81,000 objects (some 20 MB) on every start.
 */
interface Head {
  type: string;
  languages: Record<string, string>;
}

// N-grams are joined by NUL, which none holds.
const SEPARATOR = '\u0000';

/** The file's bytes for eld's database. */
export function encodeEldNgrams(data: NgramsData): Buffer {
  const keys = Object.keys(data.ngrams).sort();
  if (keys.some((k) => k.includes(SEPARATOR))) throw new Error('an n-gram holds the separator');
  const starts = new Uint32Array(keys.length + 1);
  const langs: number[] = [];
  const scores: number[] = [];
  keys.forEach((key, i) => {
    for (const [lang, score] of Object.entries(data.ngrams[key] ?? {})) {
      if (!(score >= 0 && score <= 255 && Number.isInteger(score)))
        throw new Error(`n-gram ${JSON.stringify(key)}: score ${score} does not fit a byte`);
      langs.push(Number(lang));
      scores.push(score);
    }
    starts[i + 1] = langs.length;
  });
  const head: Head = { type: data.type, languages: data.languages };
  return encodeSections(head, {
    keys: keys.join(SEPARATOR),
    starts,
    langs: Uint8Array.from(langs),
    scores: Uint8Array.from(scores),
  });
}

/**
 * Reads the file back into eld's database shape; `ngrams` is a read-only view that builds an
 * n-gram's `{ language: score }` object when eld asks for it.
 */
export function decodeEldNgrams(bytes: Buffer): NgramsData {
  const file = decodeSections<Head>(bytes);
  const keys = file.text('keys').split(SEPARATOR);
  const starts = new Uint32Array(file.bytes('starts'));
  const langs = new Uint8Array(file.bytes('langs'));
  const scores = new Uint8Array(file.bytes('scores'));
  if (starts.length !== keys.length + 1 || starts[keys.length] !== langs.length)
    throw new Error('its sections do not match');
  const scoresOf = (key: string): Record<string, number> | undefined => {
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((keys[mid] ?? '') < key) lo = mid + 1;
      else hi = mid;
    }
    if (keys[lo] !== key) return undefined;
    const out: Record<string, number> = {};
    for (let p = starts[lo] ?? 0; p < (starts[lo + 1] ?? 0); p++)
      out[langs[p] ?? 0] = scores[p] ?? 0;
    return out;
  };
  const ngrams = new Proxy({} as NgramsData['ngrams'], {
    get: (_, key) => (typeof key === 'string' ? scoresOf(key) : undefined),
  });
  return { type: file.head.type, languages: file.head.languages, ngrams };
}
