import { z } from 'zod';
import { loadDictionary } from '../../dictionaries/load-dictionary.js';

export const UnitEntry = z.object({
  unit: z.string().min(1),
  kind: z.enum(['people', 'weapons', 'vehicles', 'money']),
  words: z.array(z.string().min(1)).min(1),
});
export type UnitEntry = z.infer<typeof UnitEntry>;

/** Unit phrases by their first word, longest first: the finder's lookup table. */
export interface UnitIndex {
  byFirstWord: Map<string, { words: string[]; entry: UnitEntry }[]>;
}

let index: UnitIndex | undefined;

/** Loads dictionaries/units once and indexes its phrases. */
export function loadUnitIndex(entries?: UnitEntry[]): UnitIndex {
  if (!entries && index) return index;
  const list = entries ?? loadDictionary('units', UnitEntry, (e) => e.unit).entries;
  const byFirstWord = new Map<string, { words: string[]; entry: UnitEntry }[]>();
  for (const entry of list)
    for (const phrase of entry.words) {
      const words = phrase.toLowerCase().split(/\s+/);
      const first = words[0] ?? '';
      const bucket = byFirstWord.get(first) ?? [];
      bucket.push({ words, entry });
      bucket.sort((a, b) => b.words.length - a.words.length);
      byFirstWord.set(first, bucket);
    }
  const built = { byFirstWord };
  if (!entries) index = built;
  return built;
}
