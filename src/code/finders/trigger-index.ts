import { inflectVerb } from './inflect-verb.js';
import type { TriggerEntry } from '../load-code-dictionaries.js';

export interface TriggerForm {
  entry: TriggerEntry;
  /** A past form that can head a passive ("was signed"). */
  participle: boolean;
}

/** A word's readings as a trigger: the same lists as in `verbs` and `nouns`. */
export interface WordForms {
  verbs: TriggerForm[] | undefined;
  nouns: TriggerForm[] | undefined;
}

export interface TriggerIndex {
  verbs: Map<string, TriggerForm[]>;
  nouns: Map<string, TriggerForm[]>;
  /**
   * Both readings of each word in one look-up, for the finder that asks of every token (two
   * look-ups in large maps per token cost it a measurable share of the stage).
   */
  forms: Map<string, WordForms>;
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
  const forms = new Map<string, WordForms>();
  for (const w of [...verbs.keys(), ...nouns.keys()])
    forms.set(w, { verbs: verbs.get(w), nouns: nouns.get(w) });
  const shortest = forms.size > 0 ? Math.min(...[...forms.keys()].map((w) => w.length)) : Infinity;
  const index = { verbs, nouns, forms, shortest };
  cache.set(entries, index);
  return index;
}
