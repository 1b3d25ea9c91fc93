import { z } from 'zod';
import { parseEntryLine, readEntryLines } from '../dictionaries/load-dictionary.js';
import { EventType } from '../model/index.js';
import type { CodebookEntry, TriggerEntry } from './load-code-dictionaries.js';
import { indexTriggers } from './finders/trigger-index.js';

/** A CAMEO phrase pattern with its PLOVER type (dictionaries/vendor/cameo-verb-patterns.json). */
export const VendorPattern = z.object({
  id: z.string(),
  block: z.string(),
  verbs: z.array(z.string()),
  before: z.array(z.string()),
  after: z.array(z.string()),
  cameo: z.string(),
  type: EventType,
  mode: z.string().nullable(),
});
export type VendorPattern = z.infer<typeof VendorPattern>;

/** A CAMEO verb with its forms (dictionaries/vendor/cameo-verbs.json). */
export const VendorVerb = z.object({
  id: z.string(),
  lemma: z.string(),
  forms: z.array(z.string()).optional(),
});
export type VendorVerb = z.infer<typeof VendorVerb>;

// Words that lead an object phrase without telling what it is ("in court" -> "court").
const LEADING = new Set([
  'in',
  'on',
  'at',
  'to',
  'with',
  'for',
  'of',
  'by',
  'from',
  'against',
  'into',
  'over',
  'the',
  'a',
  'an',
  'as',
  'about',
  'up',
  'out',
  'off',
  'down',
  'back',
  'after',
  'under',
  'before',
  'during',
  'between',
  'through',
  'across',
  'toward',
  'towards',
  'near',
]);

// Material acts only: verbal types (threats, accusations, appeals, agreements...) need the frame
// flags the curated triggers carry (speech, governs, speakerActs) to tell a speaker from a source,
// and the vendor patterns have none.
const MATERIAL = new Set([
  'ASSAULT',
  'COERCE',
  'MOBILIZE',
  'RETREAT',
  'SANCTION',
  'AID',
  'PROTEST',
]);

/** The object words a pattern asks for after its verb, or null where it cannot be read so. */
function objectOf(p: VendorPattern): string | null {
  if (p.before.length > 0 || p.after.some((w) => !/^[a-z][a-z'-]*$/.test(w))) return null;
  // "statement for ...": what follows the last word decides, and the pattern does not say
  if (LEADING.has(p.after[p.after.length - 1] ?? '')) return null;
  let i = 0;
  while (i < p.after.length && LEADING.has(p.after[i] ?? '')) i++;
  const words = p.after.slice(i);
  return words.length > 0 ? words.join(' ') : null;
}

/** Whether a word of the object is a curated trigger of another type ("came under fire"). */
function conflicts(
  object: string,
  type: string,
  curated: ReturnType<typeof indexTriggers>,
): boolean {
  return object
    .split(' ')
    .some((w) =>
      [...(curated.verbs.get(w) ?? []), ...(curated.nouns.get(w) ?? [])].some(
        (f) => f.entry.type !== type,
      ),
    );
}

/**
 * Trigger entries from the field's verb patterns: a verb with the object words its pattern
 * names ("withhold ... aid" -> SANCTION). Only patterns that name their verb (a CAMEO verb
 * lemma) and their object in plain words, for material acts; never for a verb any form of which the curated
 * triggers have (they override it whole), nor with an object word the curated triggers code as
 * another type (an idiom: "came under fire" is no criticism in war news).
 *
 * @example
 * vendorTriggers(patterns, verbs, curated).find((e) => e.id === 'vendor-pay-visit');
 */
export function vendorTriggers(
  patterns: VendorPattern[],
  verbs: VendorVerb[],
  curated: TriggerEntry[],
): TriggerEntry[] {
  const index = indexTriggers(curated);
  const lemmas = new Set(verbs.map((v) => v.lemma));
  const formsOf = new Map<string, string[]>();
  for (const v of verbs)
    if (v.forms && !formsOf.has(v.lemma)) formsOf.set(v.lemma, [v.lemma, ...v.forms]);
  const out = new Map<string, TriggerEntry>();
  for (const p of patterns) {
    const object = objectOf(p);
    if (!MATERIAL.has(p.type) || !object || conflicts(object, p.type, index)) continue;
    for (const verb of p.verbs) {
      if (!/^[a-z]+$/.test(verb) || !lemmas.has(verb) || index.verbs.has(verb)) continue;
      const id = `vendor-${verb}-${object.replace(/[^a-z]+/g, '-')}`;
      if (out.has(id)) continue;
      const forms = formsOf.get(verb);
      out.set(id, {
        id,
        pos: 'verb',
        ...(forms ? { forms } : { lemma: verb }),
        type: p.type,
        mode: p.mode,
        object: [object],
      });
    }
  }
  return [...out.values()];
}

const LEMMA = /"lemma":"([^"]*)"/;

/**
 * The shipped vendor patterns and verbs, as trigger entries under `curated`; a PLOVER mode that
 * Sitrep's codebook does not list for the type is left out (the type stands).
 */
export function loadVendorTriggers(
  curated: TriggerEntry[],
  codebook: CodebookEntry[],
): TriggerEntry[] {
  // only lines of material types with nothing before the verb are parsed
  const material = new RegExp(`"before":\\[\\].*"type":"(?:${[...MATERIAL].join('|')})"`);
  const patterns = readEntryLines('vendor-verb-patterns')
    .filter((line) => material.test(line))
    .map((line) => parseEntryLine<VendorPattern>('vendor-verb-patterns', line));
  // verbs: a line is parsed only where it lists its own forms (the rest inflect regularly)
  const verbs = readEntryLines('vendor-verbs').map((line) =>
    line.includes('"forms"')
      ? parseEntryLine<VendorVerb>('vendor-verbs', line)
      : { id: '', lemma: LEMMA.exec(line)?.[1] ?? '' },
  );
  return vendorTriggers(patterns, verbs, curated).map((e) =>
    e.mode !== null && !codebook.some((c) => c.type === e.type && c.modes.includes(e.mode ?? ''))
      ? { ...e, mode: null }
      : e,
  );
}
