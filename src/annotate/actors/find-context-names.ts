import type { ActorMention, Article, Sentence } from '../../model/index.js';
import { isCapitalised, tokenizeSentence, type Token } from '../mention-utils.js';
import type { OfficeHolder } from './actor-dictionaries.js';
import type { ActorIndex } from './actor-index.js';
import type { CountryRecord } from './country-records.js';
import { pickHolderOnDay, readArticleDay } from './resolve-office-holder.js';

/** One-word names and capitals of a state, as the text may bend them. */
interface StateForms {
  code: string;
  name: string;
  /** Lower-case one-word names and capitals, with the kind each is. */
  words: Map<string, 'country' | 'capital'>;
  /** "North Korea" -> "north": the compass word its short form keeps ("the North"). */
  compass: string | null;
}

const MIN_FUZZY = 7;
const formsCache = new WeakMap<ActorIndex, Map<string, StateForms>>();

// Courtesy titles and offices that stand right before a person's surname ("Mr Xian", "Premier
// Xian"): only after one is a word read as a holder's surname misspelt. Not "General": it opens
// the names of bodies ("General Assembly", "General Staff").
export const PERSON_TITLES = new Set(
  'mr mrs ms dr president premier minister chancellor'.split(' '),
);
// A holder's surname form is one word this long or longer: shorter ones match too many words.
const MIN_SURNAME = 6;
const surnameCache = new WeakMap<ActorIndex, Map<string, Map<string, OfficeHolder[]>>>();

/**
 * The office holders' one-word names and the last words of their full names, by first letter:
 * lower-case form -> the holders it names.
 */
function surnamesOf(index: ActorIndex): Map<string, Map<string, OfficeHolder[]>> {
  const hit = surnameCache.get(index);
  if (hit) return hit;
  const out = new Map<string, Map<string, OfficeHolder[]>>();
  const add = (word: string, h: OfficeHolder): void => {
    if (word.length < MIN_SURNAME || !/^\p{L}+$/u.test(word)) return;
    const key = word.toLowerCase();
    const first = key[0] ?? '';
    const forms = out.get(first) ?? new Map<string, OfficeHolder[]>();
    const holders = forms.get(key) ?? [];
    if (!holders.includes(h)) holders.push(h);
    forms.set(key, holders);
    out.set(first, forms);
  };
  for (const h of index.dictionaries.officeHolders)
    for (const n of [...h.names, ...(h.surnames ?? [])]) add(n.split(' ').at(-1) ?? '', h);
  surnameCache.set(index, out);
  return out;
}

/**
 * "Mr Xianz" for a listed "Xian": a word after a person's title one letter off a holder's surname,
 * where the article names the holder's state, names that holder on the article's day. A word two
 * holders of different states would fit is left alone.
 */
function misspeltHolder(
  key: string,
  named: Set<string>,
  surnames: Map<string, Map<string, OfficeHolder[]>>,
  day: string | null,
): OfficeHolder | null {
  const forms = surnames.get(key[0] ?? '');
  if (!forms || forms.has(key)) return null;
  let found: OfficeHolder | null = null;
  for (const [form, holders] of forms) {
    if (key.startsWith(form) || form.startsWith(key)) continue;
    if (Math.abs(form.length - key.length) > 1 || distance(form, key, 1) > 1) continue;
    const inState = holders.filter((h) => named.has(h.code));
    const h = inState.length > 0 ? pickHolderOnDay(inState, day) : null;
    if (!h) continue;
    if (found && found.code !== h.code) return null;
    found = h;
  }
  return found;
}

function formsOf(index: ActorIndex, records: CountryRecord[]): Map<string, StateForms> {
  const hit = formsCache.get(index);
  if (hit) return hit;
  const out = new Map<string, StateForms>();
  const add = (code: string, name: string, form: string, kind: 'country' | 'capital'): void => {
    const f = out.get(code) ?? { code, name, words: new Map(), compass: null };
    if (/^\p{L}+$/u.test(form) && form.length >= 4) f.words.set(form.toLowerCase(), kind);
    const compass = /^(North|South) \p{Lu}\p{L}+$/u.exec(form)?.[1];
    if (kind === 'country' && compass) f.compass = compass.toLowerCase();
    out.set(code, f);
  };
  for (const r of records) {
    if (!r.independent) continue;
    for (const n of r.names) add(r.code, r.name, n, 'country');
    for (const c of r.capitals) add(r.code, r.name, c, 'capital');
  }
  for (const form of index.dictionaries.countryForms)
    if (form.kind !== 'demonym')
      for (const n of form.names)
        add(
          form.code,
          out.get(form.code)?.name ?? form.code,
          n,
          form.kind === 'capital' ? 'capital' : 'country',
        );
  formsCache.set(index, out);
  return out;
}

// Two rows reused by every call: the distance is asked of many words, one at a time.
let rowA = new Int32Array(32);
let rowB = new Int32Array(32);

/** Edit distance, stopping early once it exceeds `max`. */
export function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (rowA.length <= b.length) {
    rowA = new Int32Array(b.length + 1);
    rowB = new Int32Array(b.length + 1);
  }
  let prev = rowA;
  let row = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(
        (prev[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (ca === b.charCodeAt(j - 1) ? 0 : 1),
      );
      row[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    [prev, row] = [row, prev];
  }
  return prev[b.length] ?? max + 1;
}

function mention(
  article: Article,
  t: Token,
  state: StateForms,
  kind: 'country' | 'capital',
  ruleId: string,
): ActorMention {
  const span = { start: t.start, end: t.end };
  const text = article.text.slice(span.start, span.end);
  const sector = kind === 'capital' ? 'GOV' : null;
  const entry = `countries:${state.code}`;
  return {
    kind: 'actor',
    span,
    text,
    ruleId,
    entry,
    actor: { code: state.code, sector, name: state.name, text, span, entry },
  };
}

function holderMention(t: Token, h: OfficeHolder): ActorMention {
  const span = { start: t.start, end: t.end };
  const entry = `office-holders:${h.id}`;
  const name = h.names[0] ?? h.id;
  return {
    kind: 'actor',
    span,
    text: t.text,
    ruleId: 'actor/misspelled-name',
    entry,
    actor: { code: h.code, sector: h.sector, name, text: t.text, span, entry },
  };
}

// A lower-case ASCII letter's bit (a = 1, b = 2, ...); 0 for any other code.
function letterBit(c: number): number {
  return c >= 97 && c <= 122 ? 1 << (c - 97) : 0;
}

// Whether "the" stands among the `n` tokens before token `i`: a loop, not some() over a fresh array.
function theWithin(tokens: Token[], i: number, n: number): boolean {
  for (let k = 1; k <= n; k++) if (tokens[i - k]?.key === 'the') return true;
  return false;
}

/** The states (three-letter codes) the mentions found so far name. */
export function namedStates(found: readonly ActorMention[]): Set<string> {
  return new Set(found.map((m) => m.actor.code).filter((c) => c.length === 3));
}

/**
 * Names of states the article already names, written another way: a capital in lower case
 * ("kyiv"), a misspelling one or two letters off a long name ("Pyongyangg"), and the short form
 * "the North"/"the South" of the one such state named. Only states named elsewhere count,
 * so a common word or a stranger's surname is not read as a state.
 */
export function findContextNames(
  article: Article,
  sentences: Sentence[],
  found: ActorMention[],
  index: ActorIndex,
): ActorMention[] {
  const named = namedStates(found);
  if (named.size === 0) return [];
  const forms = formsOf(index, index.records);
  const states = [...named].map((c) => forms.get(c)).filter((s): s is StateForms => !!s);
  const compass = new Map<string, StateForms[]>();
  for (const s of states)
    if (s.compass) compass.set(s.compass, [...(compass.get(s.compass) ?? []), s]);
  const lowerCapitals = new Map<string, StateForms>();
  for (const state of states)
    for (const [form, kind] of state.words) if (kind === 'capital') lowerCapitals.set(form, state);
  // The first letters (a-z) of those capitals, a bit each: most lower-case words start with none
  // of them and need no look-up.
  let capitalFirsts = 0;
  for (const form of lowerCapitals.keys()) capitalFirsts |= letterBit(form.charCodeAt(0));
  // the named states' one-word forms, by first letter: a misspelling keeps its first letter
  const byFirst = new Map<
    string,
    { form: string; kind: 'country' | 'capital'; state: StateForms }[]
  >();
  for (const state of states)
    for (const [form, kind] of state.words) {
      const list = byFirst.get(form[0] ?? '') ?? [];
      list.push({ form, kind, state });
      byFirst.set(form[0] ?? '', list);
    }
  const spans = found.map((m) => m.span).sort((a, b) => a.start - b.start);
  const taken = (t: Token): boolean => {
    // binary search: the first mention ending after the token starts
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((spans[mid]?.end ?? 0) > t.start) hi = mid;
      else lo = mid + 1;
    }
    for (let k = lo; k < spans.length && (spans[k]?.start ?? Infinity) < t.end; k++)
      if ((spans[k]?.end ?? 0) > t.start) return true;
    return false;
  };
  const out: ActorMention[] = [];
  const surnames = surnamesOf(index);
  const day = readArticleDay(article.published);
  for (const sentence of sentences) {
    const tokens = tokenizeSentence(article.text, sentence);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t || t.text.length < 4) continue;
      // "Mr Xianz": a title's surname, misspelt (the title may close with a full stop)
      const title = tokens[i - 1]?.text === '.' ? tokens[i - 2] : tokens[i - 1];
      if (
        t.text.length >= MIN_SURNAME &&
        PERSON_TITLES.has(title?.key ?? '') &&
        isCapitalised(t.text) &&
        !taken(t)
      ) {
        const h = misspeltHolder(t.key, named, surnames, day);
        if (h) {
          out.push(holderMention(t, h));
          continue;
        }
      }
      const c = t.text.charCodeAt(0);
      if (c >= 97 && c <= 122) {
        // an ASCII lower-case first letter is the key's first letter too
        if ((capitalFirsts & letterBit(c)) === 0) continue;
        const state = lowerCapitals.get(t.key);
        if (state && t.text === t.key && !taken(t))
          out.push(mention(article, t, state, 'capital', 'actor/capital-lower-case'));
        continue;
      }
      if (!isCapitalised(t.text)) continue;
      // "the North", "the nuclear-armed North": not "the North Atlantic"
      const only = compass.size === 0 ? undefined : compass.get(t.key);
      if (only?.length === 1 && only[0]) {
        const next = tokens[i + 1];
        const the = theWithin(tokens, i, 4);
        if (the && !(next && isCapitalised(next.text)) && !taken(t))
          out.push(mention(article, t, only[0], 'country', 'actor/compass-short-form'));
        continue;
      }
      // "Indian-controlled", "Russians": compounds and derived words are not misspellings
      if (t.key.length < MIN_FUZZY || tokens[i + 1]?.text === '-' || tokens[i - 1]?.text === '-')
        continue;
      const max = t.key.length >= 8 ? 2 : 1;
      const options = byFirst.get(t.key[0] ?? '');
      if (!options || taken(t)) continue;
      for (const { form, kind, state } of options)
        if (
          !t.key.startsWith(form) &&
          Math.abs(form.length - t.key.length) <= max &&
          distance(form, t.key, max) <= max
        ) {
          out.push(mention(article, t, state, kind, 'actor/misspelled-name'));
          break;
        }
    }
  }
  return out;
}
