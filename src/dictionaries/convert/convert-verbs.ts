import { ploverFor, type PloverMapping } from './read-plover-table.js';
import type { VerbDictionary } from './read-verb-dictionary.js';
import { uniqueId } from './generated-file.js';

/** A CAMEO verb with the PLOVER type and mode its code maps to. */
export interface PloverVerb {
  id: string;
  block: string;
  lemma: string;
  forms?: string[];
  cameo: string;
  type: string;
  mode: string | null;
}

/** A CAMEO phrase pattern with the PLOVER type and mode its code maps to. */
export interface PloverPattern {
  id: string;
  block: string;
  verbs: string[];
  before: string[];
  after: string[];
  cameo: string;
  type: string;
  mode: string | null;
}

/** Verbs whose code the PLOVER table maps; the rest (statements, appeals, no code) are left out. */
export function toPloverVerbs(
  dictionary: VerbDictionary,
  table: Map<string, PloverMapping>,
): PloverVerb[] {
  const taken = new Map<string, number>();
  const out: PloverVerb[] = [];
  for (const v of dictionary.verbs) {
    const plover = v.cameo ? ploverFor(table, v.cameo) : undefined;
    if (!plover || !v.cameo) continue;
    out.push({
      id: uniqueId(`${v.block} ${v.lemma}`, taken),
      block: v.block,
      lemma: v.lemma,
      ...(v.forms.length > 0 ? { forms: v.forms } : {}),
      cameo: v.cameo,
      type: plover.type,
      mode: plover.mode,
    });
  }
  return out;
}

/** Patterns whose code the PLOVER table maps. */
export function toPloverPatterns(
  dictionary: VerbDictionary,
  table: Map<string, PloverMapping>,
): PloverPattern[] {
  const taken = new Map<string, number>();
  const out: PloverPattern[] = [];
  for (const p of dictionary.patterns) {
    const plover = p.cameo ? ploverFor(table, p.cameo) : undefined;
    if (!plover || !p.cameo) continue;
    out.push({
      id: uniqueId(`${p.block} ${p.before.join(' ')} ${p.after.join(' ')}`, taken),
      block: p.block,
      verbs: p.verbs,
      before: p.before,
      after: p.after,
      cameo: p.cameo,
      type: plover.type,
      mode: plover.mode,
    });
  }
  return out;
}
