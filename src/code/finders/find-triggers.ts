import { isCapitalised } from '../../annotate/mention-utils.js';
import { isNumberWord } from '../../annotate/quantities/parse-number.js';
import { isAdverbAfterAnd, MODALS } from '../../annotate/english/closed-class.js';
import { TIME_WORDS } from '../../annotate/syntax/english.js';
import { wordsTagged } from '../../dictionaries/word-lists.js';
import { takesOwnObject } from './participle-object.js';
import type { EventCandidate } from '../candidate.js';
import { newCandidate, triggerOfTokens } from '../candidate.js';
import type { CodeContext } from '../context.js';
import type { TriggerEntry } from '../load-code-dictionaries.js';
import { peopleAtWar } from '../roles/people-at-war.js';
import { tokenIndexAt, type SentenceView, type Token } from '../sentence-view.js';
import type { TriggerForm, TriggerIndex } from './trigger-index.js';
import {
  ARTICLES,
  BE_FINITE,
  DEMONSTRATIVES,
  HAVE_FINITE,
  PARTICLES,
  PARTY_POSSESSIVES,
  PARTY_PRONOUNS,
} from '../../annotate/english/closed-class.js';

const OBJECT_WINDOW = 7;
const NEAR_WINDOW = 6;
// "provided any evidence", "gave no details": the object that unmakes a verb stands close to it
const NOT_OBJECT_WINDOW = 3;
// Words before a form that make it a noun ("a strike", "the meeting", "its approval").
const DETERMINERS = new Set([
  ...ARTICLES,
  'its',
  'their',
  'his',
  'her',
  'our',
  ...DEMONSTRATIVES,
  'of',
  'during',
  'after',
  'before',
  'new',
  'first',
  'latest',
  'recent',
  'further',
  'any',
  'no',
  'official',
  'joint',
  'missile',
  'military',
  'air',
  'drone',
  'artillery',
  "'s",
  '’s',
  'such',
]);
const AUX = new Set([
  ...BE_FINITE,
  'be',
  'been',
  'being',
  ...HAVE_FINITE,
  'will',
  'would',
  'could',
  'may',
  'might',
  'can',
  'did',
  'does',
  'do',
  'to',
  'not',
  'also',
  'reportedly',
  'allegedly',
  'then',
  'later',
  'already',
  'jointly',
  'both',
]);
const BE = new Set<string>([...BE_FINITE, 'be', 'been', 'being', 'get', 'got']);

function stem(w: string): string {
  return w.endsWith('s') && w.length > 3 ? w.slice(0, -1) : w;
}

// A dictionary entry's phrase list, compiled once (the lists live as long as the entries): the
// phrases by their first word's stem, each as the stems of its words. Words match by stem.
interface PhraseSet {
  byFirst: Map<string, string[][]>;
}
const compiledPhrases = new WeakMap<string[], PhraseSet>();

function compilePhrases(phrases: string[]): PhraseSet {
  let set = compiledPhrases.get(phrases);
  if (!set) {
    const byFirst = new Map<string, string[][]>();
    for (const p of phrases) {
      const words = p.toLowerCase().split(/\s+/).map(stem);
      const first = words[0] ?? '';
      const list = byFirst.get(first);
      if (list) list.push(words);
      else byFirst.set(first, [words]);
    }
    set = { byFirst };
    compiledPhrases.set(phrases, set);
  }
  return set;
}

function phraseFrom(tokens: Token[], i: number, words: string[]): boolean {
  for (let k = 1; k < words.length; k++) {
    const t = tokens[i + k];
    if (t === undefined || stem(t.lower) !== words[k]) return false;
  }
  return true;
}

/** Where the nearest of `phrases` starts in tokens (from, to], or -1. */
function findPhrase(tokens: Token[], from: number, to: number, phrases: string[]): number {
  const { byFirst } = compilePhrases(phrases);
  const last = Math.min(to, tokens.length - 1);
  for (let i = Math.max(0, from); i <= last; i++) {
    const candidates = byFirst.get(stem(tokens[i]?.lower ?? ''));
    if (candidates?.some((words) => phraseFrom(tokens, i, words))) return i;
  }
  return -1;
}

// Adjectives that also head noun phrases ("the military battled"): no bar to a verb reading.
const ASPECT = new Set([
  'resume',
  'resumed',
  'resumes',
  'continue',
  'continued',
  'continues',
  'began',
  'begin',
  'begins',
  'start',
  'started',
  'starts',
  'stop',
  'stopped',
  'kept',
  'keep',
  'halt',
  'halted',
]);
const ALSO_SUBJECTS = new Set([
  'military',
  'joint',
  'official',
  'first',
  'latest',
  'recent',
  'new',
  'further',
  'air',
]);
// Words that can end a subject: the force and people nouns tagged so, pronouns, bodies and ships.
const subjectEnds = wordsTagged('subject-end', [
  ...PARTY_PRONOUNS,
  'who',
  'which',
  'that',
  'government',
  'ships',
  'vessels',
]);

/** A form that is both verb and noun reads as a verb only after a subject, auxiliary or "to". */
function readsAsVerb(view: SentenceView, i: number): boolean {
  const prev = view.tokens[i - 1];
  if (!prev) return false;
  if (view.mentionAt.has(i - 1)) return true;
  // "resumed shelling", "continued fighting": a gerund after an aspect verb is the act itself
  if (ASPECT.has(prev.lower)) return true;
  return AUX.has(prev.lower) || subjectEnds().has(prev.lower) || /ly$/.test(prev.lower);
}

// Prepositions of time a gerund follows ("before retreating", "after shelling the port"), which
// also stand before nouns ("before the meeting").
const GERUND_AFTER = new Set(['before', 'after']);

function blocksVerb(tokens: Token[], i: number, noNoun: boolean): boolean {
  const prev = tokens[i - 1]?.lower ?? '';
  if (ALSO_SUBJECTS.has(prev)) return false;
  // "before retreating": a form in "-ing" with no noun reading is the gerund of the verb
  if (noNoun && GERUND_AFTER.has(prev) && /[a-z]ing$/.test(tokens[i]?.lower ?? '')) return false;
  return looksNominal(tokens, i);
}

function looksNominal(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1]?.lower ?? '';
  if (DETERMINERS.has(prev)) return true;
  if (prev.endsWith("'s") || prev.endsWith('’s')) return true;
  return /^\d/.test(prev);
}

function isPassive(tokens: Token[], i: number): boolean {
  return passiveAuxiliary(tokens, i) !== null;
}

// The index of the form of "be" that makes the participle at `i` passive ("was signed", "had
// already been killed or wounded"), or null.
function passiveAuxiliary(tokens: Token[], i: number): number | null {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const w = tokens[k]?.lower ?? '';
    if (BE.has(w)) return k;
    // "were killed and three (others) wounded": a count of the people it shares "be" with
    if (
      /ly$/.test(w) ||
      /^\d/.test(w) ||
      isNumberWord(w) ||
      COUNTED_PEOPLE.has(w) ||
      ['not', 'also', 'or', 'and'].includes(w) ||
      /ed$/.test(w)
    )
      continue;
    return null;
  }
  return null;
}

// Words that count people in an elided passive ("and three others wounded", "and many more hurt").
const COUNTED_PEOPLE = new Set([
  'others',
  'more',
  'several',
  'many',
  'dozens',
  'scores',
  'hundreds',
]);

/**
 * "Xia said it was alarmed and called on Yia to withdraw": a past form joined by "and"/"or" to
 * an earlier "be" + participle (`be`, its index) shares that "be" only when it has no object of
 * its own ("were arrested and charged with spying"). It is a verb of its own, active, where a
 * party, or a possessive opening a noun, stands right after it, or the word its trigger row
 * requires (`objectAt`) stands there followed by a party.
 */
function activeAfterCoordination(
  view: SentenceView,
  i: number,
  be: number,
  objectAt: number,
): boolean {
  const between = view.tokens.slice(be + 1, i).map((t) => t.lower);
  if (!between.includes('and') && !between.includes('or')) return false;
  const isParty = (k: number): boolean => view.mentionAt.get(k)?.[0]?.kind === 'actor';
  if (isParty(i + 1) || PARTY_POSSESSIVES.has(view.tokens[i + 1]?.lower ?? '')) return true;
  return objectAt === i + 1 && isParty(i + 2);
}

// Aircraft, vessels and vehicles: a word right before one modifies it ("fighter jets").
const craftHeads = wordsTagged('craft-head');

// Plural nouns for people a participle can follow as a reduced passive ("soldiers killed in").
const peopleHeads = wordsTagged('reduced-passive-head', ['others', 'more']);
// What follows a reduced passive: a preposition, a gerund, or the clause's end.
const AFTER_PASSIVE = new Set([
  'in',
  'during',
  'while',
  'after',
  'on',
  'near',
  'since',
  'when',
  'and',
  'or',
  ',',
  '.',
  ';',
  'as',
]);

/** "rebels, allegedly supported by Xia,": a participle right after a comma (or an adverb after one) and before "by" and a name is a reduced passive whatever it follows. */
function agentFollows(view: SentenceView, i: number): boolean {
  const prev = view.tokens[i - 1]?.lower ?? '';
  const comma = prev === ',' || (/ly$/.test(prev) && view.tokens[i - 2]?.lower === ',');
  if (!comma || view.tokens[i + 1]?.lower !== 'by') return false;
  return (view.mentionAt.get(i + 2)?.[0] ?? view.mentionAt.get(i + 3)?.[0])?.kind === 'actor';
}

/** "soldiers killed helping Russia": a participle right after people, with no object of its own. */
function isReducedPassive(view: SentenceView, i: number): boolean {
  if (!/ed$/.test(view.tokens[i]?.lower ?? '')) return false;
  if (agentFollows(view, i)) return true;
  const prev = view.tokens[i - 1];
  const prevMention = view.mentionAt.get(i - 1)?.[0];
  const people =
    (prev && peopleHeads().has(prev.lower)) ||
    (prevMention?.kind === 'actor' && prevMention.actor.sector === 'MIL');
  if (!people) return false;
  const next = view.tokens[i + 1];
  if (!next) return true;
  return AFTER_PASSIVE.has(next.lower) || /ing$/.test(next.lower);
}

// A finite verb does not follow these prepositions ("in order to"); a gerund may ("in fighting").
const NOT_BEFORE_VERB = new Set([
  'in',
  'of',
  'on',
  'at',
  'from',
  'with',
  'for',
  'by',
  'amid',
  'despite',
  'following',
]);

function make(
  view: SentenceView,
  entry: TriggerEntry,
  i: number,
  last: number,
  passive: boolean,
  why: string,
): EventCandidate {
  const trigger = triggerOfTokens(view, i, last);
  return newCandidate({
    view,
    entry,
    type: entry.type,
    mode: entry.mode,
    first: i,
    last,
    trigger,
    ruleId: `trigger/${entry.pos}/${entry.id}`,
    passive,
    actors: [],
    recipients: [],
    notes: [
      `trigger "${trigger.text}" (${entry.pos} ${entry.id} -> ${entry.type}${entry.mode ? `/${entry.mode}` : ''}): ${why}`,
    ],
  });
}

/**
 * "The armed forces carried out strikes": a particle ("out") after another past form ("carried")
 * is that verb's particle, so "forces … out" is no "force out". True when the particle at `at`
 * belongs to a word ending in -ed between it and the trigger at `i`.
 */
function particleOfAnotherVerb(tokens: Token[], i: number, at: number): boolean {
  if (at <= i + 1 || !PARTICLES.has(tokens[at]?.lower ?? '')) return false;
  return tokens.slice(i + 1, at).some((t) => /^[a-z]{3,}ed$/.test(t.lower));
}

// "called publicly for", "called Thursday on": nothing but adverbs and a day between a verb and
// its particle.
function onlyAdverbsBetween(tokens: readonly Token[], verb: number, particle: number): boolean {
  for (let k = verb + 1; k < particle; k++) {
    const word = tokens[k]?.lower ?? '';
    if (!isAdverbAfterAnd(word) && !TIME_WORDS.has(word)) return false;
  }
  return true;
}

// Words that open a noun phrase, no verb: after "to" they make it a preposition.
const OPENS_NOUN_PHRASE = new Set<string>([...ARTICLES, ...PARTY_POSSESSIVES, 'full', 'high']);

// "ordered the army to full combat readiness", "ordered troops to the border": a "to" before a
// noun phrase or a name is a preposition, not the "to" of the complement a governing verb asks for.
function toPhrase(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  if (tokens[at]?.lower !== 'to' || !next) return false;
  return OPENS_NOUN_PHRASE.has(next.lower) || /^\d/.test(next.text) || isCapitalised(next.text);
}

const QUOTE_MARKS = new Set(['"', '“', '”', "'", '‘', '’']);

// The word right before a noun, past a closing quote mark ('a "crushing" answer').
function modifierBefore(tokens: readonly Token[], i: number): string {
  const before = tokens[i - 1]?.text ?? '';
  return (QUOTE_MARKS.has(before) ? tokens[i - 2] : tokens[i - 1])?.lower ?? '';
}

/** A verb candidate and the token of the object it was picked by (none for a bare verb form). */
interface PickedVerb {
  cand: EventCandidate;
  objectAt: number;
}

function pickVerb(view: SentenceView, i: number, forms: TriggerForm[]): PickedVerb | null {
  let best: { form: TriggerForm; at: number } | null = null;
  for (const form of forms) {
    if (form.entry.notNext?.includes(view.tokens[i + 1]?.lower ?? '')) continue;
    if (
      form.entry.notNextPassive?.includes(view.tokens[i + 1]?.lower ?? '') &&
      form.participle &&
      passiveAuxiliary(view.tokens, i) !== null
    )
      continue;
    const objects = form.entry.object;
    const notObjects = form.entry.notObject;
    if (notObjects && findPhrase(view.tokens, i + 1, i + NOT_OBJECT_WINDOW, notObjects) >= 0)
      continue;
    if (!objects) {
      best ??= { form, at: Number.MAX_SAFE_INTEGER };
      continue;
    }
    let at = findPhrase(view.tokens, i + 1, i + OBJECT_WINDOW, objects);
    // "sent fighter jets": a noun that modifies a craft is no object of its own
    while (at >= 0 && craftHeads().has(view.tokens[at + 1]?.lower ?? ''))
      at = findPhrase(view.tokens, at + 1, i + OBJECT_WINDOW, objects);
    if (at >= 0 && particleOfAnotherVerb(view.tokens, i, at)) at = -1;
    if (at > i && form.entry.adjacentObject && !onlyAdverbsBetween(view.tokens, i, at)) at = -1;
    if (at > i && form.entry.governs && toPhrase(view.tokens, at)) at = -1;
    // a passive names its object before the verb ("the pact was signed")
    if (at < 0 && form.participle && isPassive(view.tokens, i))
      at = findPhrase(view.tokens, i - OBJECT_WINDOW, i - 1, objects);
    if (at >= 0 && (best === null || at < best.at)) best = { form, at };
  }
  if (!best) return null;
  const word = view.tokens[i]?.lower ?? '';
  if (NOT_BEFORE_VERB.has(view.tokens[i - 1]?.lower ?? '') && !word.endsWith('ing')) return null;
  // a bare base form right after a single name is a noun modifier ("a Xian supply boat"), not a
  // verb; unless the verb's past is its base ("Xia cut ties"): then it may be the finite verb; a
  // modal ("Xia should") modifies no noun
  const entryForms = best.form.entry.forms ?? [best.form.entry.lemma ?? ''];
  const base = entryForms[0]?.toLowerCase();
  const pastIsBase =
    best.form.entry.forms !== undefined &&
    !entryForms.some((f) => f !== base && !/(?:s|ing)$/.test(f.toLowerCase()));
  const prevMention = view.mentionAt.get(i - 1);
  const pm = prevMention?.[0];
  const pmFirst = pm ? tokenIndexAt(view, pm.span.start) : -1;
  if (
    view.tokens[i]?.lower === base &&
    !pastIsBase &&
    !MODALS.has(base ?? '') &&
    pm &&
    !/s$/i.test(pm.text) &&
    view.tokens[pmFirst - 1]?.lower !== 'and'
  )
    return null;
  const be = best.form.participle ? passiveAuxiliary(view.tokens, i) : null;
  const passive =
    best.form.participle &&
    best.form.entry.intransitive !== true &&
    (be !== null
      ? !activeAfterCoordination(view, i, be, best.at)
      : isReducedPassive(view, i) && !takesOwnObject(view, i, best.at));
  const why =
    best.at === Number.MAX_SAFE_INTEGER
      ? 'verb form'
      : `verb with object "${view.tokens[best.at]?.text ?? ''}"`;
  const cand = make(view, best.form.entry, i, i, passive, passive ? `${why}, passive` : why);
  return { cand, objectAt: best.at };
}

// Ends a list of objects: a new clause or a new sentence part.
const LIST_END = new Set([',', ';', ':', '.', 'that', 'which', 'who', 'while', 'but', 'to']);

/**
 * "sending thousands of troops and container loads of weapons": a second object joined by "and"
 * that another entry of the same verb takes is a second event (troops and arms are two aids).
 */
function pickSecondObjects(
  view: SentenceView,
  { cand, objectAt }: PickedVerb,
  forms: TriggerForm[],
  index: TriggerIndex,
): EventCandidate[] {
  if (objectAt === Number.MAX_SAFE_INTEGER || cand.passive) return [];
  const tokens = view.tokens;
  let and = -1;
  for (let k = objectAt + 1; k <= objectAt + 3 && k < tokens.length; k++) {
    const w = tokens[k]?.lower ?? '';
    if (w === 'and') {
      and = k;
      break;
    }
    if (LIST_END.has(w) || index.verbs.has(w)) return [];
  }
  if (and < 0) return [];
  const out: EventCandidate[] = [];
  for (const form of forms) {
    const e = form.entry;
    if (!e.object || (e.type === cand.type && e.mode === cand.mode)) continue;
    if (out.some((o) => o.type === e.type && o.mode === e.mode)) continue;
    const at = findPhrase(tokens, and + 1, and + 5, e.object);
    if (at < 0) continue;
    // "sent troops and then fired missiles": another verb takes the second object
    const between = tokens.slice(and + 1, at);
    if (between.some((t) => LIST_END.has(t.lower) || index.verbs.has(t.lower))) continue;
    out.push(
      make(
        view,
        e,
        cand.first,
        cand.last,
        false,
        `verb with a second object "${tokens[at]?.text ?? ''}" after "and"`,
      ),
    );
  }
  return out;
}

function pickNoun(view: SentenceView, i: number, forms: TriggerForm[]): EventCandidate | null {
  for (const form of forms) {
    if (form.entry.notNext?.includes(view.tokens[i + 1]?.lower ?? '')) continue;
    const notAfter = form.entry.notAfter;
    if (notAfter && [1, 2, 3].some((k) => notAfter.includes(view.tokens[i - k]?.lower ?? '')))
      continue;
    const modifiers = form.entry.modifiedBy;
    if (modifiers && !modifiers.includes(modifierBefore(view.tokens, i))) continue;
    const near = form.entry.near;
    if (near && findPhrase(view.tokens, i - NEAR_WINDOW, i + NEAR_WINDOW, near) < 0) {
      if (form.entry.mode === 'troops' && peopleAtWar(view, i))
        return make(view, form.entry, i, i, false, 'noun with a people at war after it');
      continue;
    }
    return make(view, form.entry, i, i, false, near ? 'noun with a required word near' : 'noun');
  }
  return null;
}

/**
 * "the Rapid Support Forces", "the Peace and Security Council": a capitalised word inside the
 * name of a body the article names (an actor mention that starts before it) is part of the name,
 * not an event.
 */
function insideName(view: SentenceView, i: number): boolean {
  const t = view.tokens[i];
  if (!t || !isCapitalised(t.text)) return false;
  return view.mentionAt.get(i)?.some((m) => m.kind === 'actor' && m.span.start < t.start) ?? false;
}

/**
 * Proposes event candidates where a trigger verb (any inflection) or event noun stands; a form
 * that is both ("strike", "visit", "meeting") is read as a noun after a determiner.
 */
export function findTriggers(
  view: SentenceView,
  { triggerIndex: index }: CodeContext,
): EventCandidate[] {
  const out: EventCandidate[] = [];
  const tokens = view.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.lower.length < index.shortest) continue;
    const forms = index.forms.get(t.lower);
    if (!forms || insideName(view, i)) continue;
    const verbForms = forms.verbs;
    const nounForms = forms.nouns;
    const nominal =
      nounForms !== undefined &&
      (verbForms === undefined || looksNominal(view.tokens, i) || !readsAsVerb(view, i));
    // "artillery shells", "the attack": a verb form after a determiner is a noun, not this verb
    const verb =
      !nominal && verbForms && !blocksVerb(view.tokens, i, nounForms === undefined)
        ? pickVerb(view, i, verbForms)
        : null;
    if (verb && verbForms) out.push(verb.cand, ...pickSecondObjects(view, verb, verbForms, index));
    else if (nounForms && (nominal || !AUX.has(view.tokens[i - 1]?.lower ?? ''))) {
      const noun = pickNoun(view, i, nounForms);
      if (noun) out.push(noun);
    }
  }
  return out;
}

/** The event a word names, read as a gerund or noun ("accused of ramming", "blamed for the attack"). */
export function findTriggerAt(
  view: SentenceView,
  i: number,
  index: TriggerIndex,
): EventCandidate | null {
  const t = view.tokens[i];
  if (!t) return null;
  const verbForms = index.verbs.get(t.lower);
  if (verbForms) {
    const c = pickVerb(view, i, verbForms);
    if (c) return c.cand;
  }
  const nounForms = index.nouns.get(t.lower);
  return nounForms ? pickNoun(view, i, nounForms) : null;
}
