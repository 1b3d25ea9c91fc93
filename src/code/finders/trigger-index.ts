import { inflectVerb } from './inflect-verb.js';
import type { TriggerEntry } from '../load-code-dictionaries.js';

export interface TriggerForm {
  entry: TriggerEntry;
  /** A past form that can head a passive ("was signed"). */
  participle: boolean;
}

export interface TriggerIndex {
  verbs: Map<string, TriggerForm[]>;
  nouns: Map<string, TriggerForm[]>;
  /** The length of the shortest indexed word: shorter tokens need no look-up. */
  shortest: number;
}

const cache = new WeakMap<TriggerEntry[], TriggerIndex>();

/** Indexes every inflected verb form and noun of the trigger dictionary. */
export function indexTriggers(entries: TriggerEntry[]): TriggerIndex {
  const hit = cache.get(entries);
  if (hit) return hit;
  const verbs = new Map<string, TriggerForm[]>();
  const nouns = new Map<string, TriggerForm[]>();
  const add = (map: Map<string, TriggerForm[]>, word: string, form: TriggerForm): void => {
    const list = map.get(word) ?? [];
    if (!list.some((f) => f.entry.id === form.entry.id)) list.push(form);
    map.set(word, list);
  };
  for (const entry of entries) {
    if (entry.pos === 'verb') {
      const forms = entry.forms ?? (entry.lemma ? inflectVerb(entry.lemma) : []);
      const base = forms[0] ?? '';
      for (const f of forms) {
        const w = f.toLowerCase();
        const participle =
          w !== base && !w.endsWith('ing') && !(w === `${base}s` || w === `${base}es`);
        add(verbs, w, { entry, participle });
      }
    } else {
      for (const w of entry.words ?? []) add(nouns, w.toLowerCase(), { entry, participle: false });
    }
  }
  const words = [...verbs.keys(), ...nouns.keys()];
  const shortest = words.length > 0 ? Math.min(...words.map((w) => w.length)) : Infinity;
  const index = { verbs, nouns, shortest };
  cache.set(entries, index);
  return index;
}
