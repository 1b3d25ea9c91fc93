import type { ActorMention, Article, Sentence } from '../../model/index.js';
import { isCapitalised, tokenizeSentence, type Token } from '../mention-utils.js';
import type { ActorIndex } from './actor-index.js';
import { distance, namedStates, PERSON_TITLES } from './find-context-names.js';
import { readArticleDay } from './resolve-office-holder.js';
import { vendorRoleOn, type VendorNames } from './vendor-actors.js';

// A surname this long or longer may be read one letter off; shorter ones only with the given
// name before them, which the vendor name must start with too.
const MIN_MISSPELT = 6;
const MIN_MISSPELT_WITH_GIVEN = 5;

/** A person of the vendor files the words may name, in Sitrep's code and sector on the day. */
interface Fit {
  code: string;
  sector: string | null;
  name: string;
  id: string;
}

// The vendor people a surname (and the given name, if any) names, whose state on the day the
// article names.
function fits(
  keys: readonly string[],
  given: string | null,
  names: VendorNames,
  named: Set<string>,
  day: string | null,
): Fit[] {
  const out: Fit[] = [];
  for (const key of keys) {
    if (given !== null && !key.startsWith(`${given} `)) continue;
    const actor = names.get(key);
    const role = actor ? vendorRoleOn(actor, day) : null;
    if (actor && role && named.has(role.code))
      out.push({ code: role.code, sector: role.sector, name: actor.name, id: actor.id });
  }
  return out;
}

// One state among the fits, else none; the sector only where every fit has the same.
function oneState(list: Fit[]): Fit | null {
  const first = list[0];
  if (!first || list.some((f) => f.code !== first.code)) return null;
  return list.every((f) => f.sector === first.sector) ? first : { ...first, sector: null };
}

/** A surname of the index with its full name keys and its place in the index's order. */
interface SurnameEntry {
  order: number;
  form: string;
  keys: readonly string[];
}

// The index's surnames by first letter and length: one letter off keeps the first letter and
// moves the length by at most one, so a look-up reads three small lists, not every surname.
const bucketsCache = new WeakMap<
  ReadonlyMap<string, readonly string[]>,
  Map<string, SurnameEntry[]>
>();
const bucketKey = (first: number, length: number): string => `${first}:${length}`;

function bucketsOf(index: ReadonlyMap<string, readonly string[]>): Map<string, SurnameEntry[]> {
  let buckets = bucketsCache.get(index);
  if (!buckets) {
    buckets = new Map();
    let order = 0;
    for (const [form, keys] of index) {
      const key = bucketKey(form.charCodeAt(0), form.length);
      const entry = { order: order++, form, keys };
      const list = buckets.get(key);
      if (list) list.push(entry);
      else buckets.set(key, [entry]);
    }
    bucketsCache.set(index, buckets);
  }
  return buckets;
}

// The surnames that keep `key`'s first letter, their length within one of its, in index order.
function nearSurnames(index: ReadonlyMap<string, readonly string[]>, key: string): SurnameEntry[] {
  const buckets = bucketsOf(index);
  const first = key.charCodeAt(0);
  return [key.length - 1, key.length, key.length + 1]
    .flatMap((length) => buckets.get(bucketKey(first, length)) ?? [])
    .sort((a, b) => a.order - b.order);
}

/** The person the surname names: written as the files write it, else one letter off. */
function personOf(
  surname: Token,
  given: Token | null,
  names: VendorNames,
  named: Set<string>,
  day: string | null,
): Fit | null {
  const index = names.peopleBySurname();
  const key = surname.key;
  const exact = index.get(key);
  if (exact) return oneState(fits(exact, given?.key ?? null, names, named, day));
  if (key.length < (given ? MIN_MISSPELT_WITH_GIVEN : MIN_MISSPELT) || !/^\p{L}+$/u.test(key))
    return null;
  const found: Fit[] = [];
  // a misspelling keeps the first letter; a word that extends a name is a derived word
  for (const { form, keys } of nearSurnames(index, key)) {
    if (form.startsWith(key) || key.startsWith(form) || distance(form, key, 1) > 1) continue;
    found.push(...fits(keys, given?.key ?? null, names, named, day));
  }
  return oneState(found);
}

/**
 * "President Xian", "former president Ruf Xian", "Mr Xiann": a person's title, then a surname
 * (after at most one given name) that the field's dictionaries have only in a longer form
 * ("Rufus Tiberius Xian") or one letter off, names that person where the article names the
 * person's state on its day and no person of another named state fits. The given name, if
 * written, must open the listed name. Only capitalised words no other mention took.
 */
export function findVendorSurnames(
  article: Article,
  sentences: Sentence[],
  found: ActorMention[],
  index: ActorIndex,
): ActorMention[] {
  const named = namedStates(found);
  if (named.size === 0 || !index.vendorActors) return [];
  const taken = (t: Token): boolean =>
    found.some((m) => m.span.start < t.end && t.start < m.span.end);
  const day = readArticleDay(article.published);
  const out: ActorMention[] = [];
  for (const sentence of sentences) {
    const tokens = tokenizeSentence(article.text, sentence);
    for (let i = 0; i < tokens.length - 1; i++) {
      if (!PERSON_TITLES.has(tokens[i]?.key ?? '')) continue;
      // the title may close with a full stop ("Dr.")
      const at = tokens[i + 1]?.text === '.' ? i + 2 : i + 1;
      const words: Token[] = [];
      for (let k = at; k < tokens.length && words.length < 3; k++) {
        const t = tokens[k];
        if (!t || !isCapitalised(t.text) || !/^\p{L}+$/u.test(t.text)) break;
        words.push(t);
      }
      // one or two words: a surname, or a given name and a surname
      if (words.length === 0 || words.length > 2 || words.some(taken)) continue;
      const surname = words[words.length - 1];
      const given = words.length === 2 ? (words[0] ?? null) : null;
      if (!surname) continue;
      const person = personOf(surname, given, index.vendorActors(), named, day);
      if (!person) continue;
      const first = given ?? surname;
      const span = { start: first.start, end: surname.end };
      const text = article.text.slice(span.start, span.end);
      const entry = `vendor:${person.id}`;
      out.push({
        kind: 'actor',
        span,
        text,
        ruleId: 'actor/vendor-surname',
        entry,
        actor: { code: person.code, sector: person.sector, name: person.name, text, span, entry },
      });
    }
  }
  return out;
}
