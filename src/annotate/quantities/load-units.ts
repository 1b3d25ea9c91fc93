import { z } from 'zod';
import { loadDictionary } from '../../dictionaries/load-dictionary.js';

export const UnitEntry = z.object({
  unit: z.string().min(1),
  /** What a count means; `losses`: killed, wounded, captured, missing, casualties. */
  kind: z.enum(['people', 'losses', 'weapons', 'vehicles', 'places', 'money']),
  words: z.array(z.string().min(1)).min(1),
  /** For losses: words before a count of people that make it this loss ("killing 26 people"). */
  verbs: z.array(z.string().min(1)).optional(),
  /** The unit this one is a model of ('Rafales' of 'aircraft'): counted wherever that one is. */
  of: z.string().min(1).optional(),
});
export type UnitEntry = z.infer<typeof UnitEntry>;

/** A unit phrase split into lower-case words, with its entry. */
export interface UnitPhrase {
  words: string[];
  entry: UnitEntry;
}

/** Unit phrases by their first word, longest first: the finder's lookup table. */
export interface UnitIndex {
  byFirstWord: Map<string, UnitPhrase[]>;
  /** Loss verbs by their last word, longest first ("gunned down" under "down"). */
  verbsByLastWord: Map<string, UnitPhrase[]>;
  kindByUnit: Map<string, UnitEntry['kind']>;
  /** The models of a unit ('aircraft' -> ['Rafales', ...]). */
  modelsOf: Map<string, string[]>;
}

function addPhrase(
  map: Map<string, UnitPhrase[]>,
  key: string,
  words: string[],
  entry: UnitEntry,
): void {
  const bucket = map.get(key) ?? [];
  bucket.push({ words, entry });
  bucket.sort((a, b) => b.words.length - a.words.length);
  map.set(key, bucket);
}

let index: UnitIndex | undefined;

/** Loads dictionaries/units once and indexes its phrases. */
export function loadUnitIndex(entries?: UnitEntry[]): UnitIndex {
  if (!entries && index) return index;
  const list = entries ?? loadDictionary('units', UnitEntry, (e) => e.unit).entries;
  const byFirstWord = new Map<string, UnitPhrase[]>();
  const verbsByLastWord = new Map<string, UnitPhrase[]>();
  for (const entry of list) {
    for (const phrase of entry.words) {
      const words = phrase.toLowerCase().split(/\s+/);
      addPhrase(byFirstWord, words[0] ?? '', words, entry);
    }
    for (const phrase of entry.verbs ?? []) {
      const words = phrase.toLowerCase().split(/\s+/);
      addPhrase(verbsByLastWord, words[words.length - 1] ?? '', words, entry);
    }
  }
  const kindByUnit = new Map(list.map((e) => [e.unit, e.kind] as const));
  const modelsOf = new Map<string, string[]>();
  for (const e of list) if (e.of) modelsOf.set(e.of, [...(modelsOf.get(e.of) ?? []), e.unit]);
  const built = { byFirstWord, verbsByLastWord, kindByUnit, modelsOf };
  if (!entries) index = built;
  return built;
}

/** What a unit counts (`people`, `losses`, ...), or null for a unit the dictionary lacks. */
export function unitKind(unit: string, units: UnitIndex): UnitEntry['kind'] | null {
  return units.kindByUnit.get(unit) ?? null;
}

/** `units` with each one's models after it ('aircraft' -> 'aircraft', 'Rafales', ...). */
export function withModels(units: readonly string[], index: UnitIndex): string[] {
  return units.flatMap((u) => [u, ...(index.modelsOf.get(u) ?? [])]);
}
