import type { ActorMention, ActorRef, Mention } from '../../model/index.js';
import { actorRef } from '../candidate.js';
import { tokenIndexAt, type SentenceView } from '../sentence-view.js';

// Words that end a clause when scanning for an actor: relative pronouns, conjunctions, reporting.
const BOUNDARY = new Set([
  ';',
  ':',
  '(',
  ')',
  '"',
  '“',
  '”',
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'while',
  'but',
  'after',
  'amid',
  'following',
  'because',
  'when',
  'since',
  'before',
  'although',
  'though',
  'whereas',
  'if',
  'unless',
  'as',
  'despite',
  'saying',
  'where',
]);
// Between coordinated actors ("Putin and Kim", "Russia, China and Iran").
const COORD = new Set(['and', ',', 'both', '&', 'as', 'well', 'its', 'ally', 'the', 'of']);

export interface FoundActor {
  ref: ActorRef;
  /** Token index where the mention starts. */
  at: number;
  /** The word just before the mention ("to", "with", "by"), lower-cased. */
  prep: string;
}

const NO_ACTORS: readonly ActorMention[] = [];

// Called at every token a search passes: no array is made where no actor stands.
function actorsAt(view: SentenceView, i: number): readonly ActorMention[] {
  const here = view.mentionAt.get(i);
  if (!here) return NO_ACTORS;
  if (here.every((m) => m.kind === 'actor')) return here as ActorMention[];
  return here.filter((m): m is ActorMention => m.kind === 'actor');
}

/** A party as role search passes it on, from its mention. */
export function mentionRef(m: ActorMention): ActorRef {
  return actorRef(m.actor, m.text, m.span, m.entry ? m.entry : m.actor.entry);
}

const QUOTES = new Set(['"', '“', '”']);
const SCARE_WORDS = 4;

// Quote marks around a few words ('allegedly “completely liberated”') quote a phrase, not a speaker;
// brackets around one word name what stands before them.
function scareQuotes(view: SentenceView): Set<number> {
  let set = view.memo.scare;
  if (set) return set;
  set = new Set<number>();
  let open = -1;
  view.tokens.forEach((t, i) => {
    // "the Coast Guard (CG) condemned": a short aside in brackets is part of the name before it
    if (t.text === ')' && view.tokens[i - 1] && view.tokens[i - 2]?.text === '(')
      set?.add(i - 2).add(i);
    if (!QUOTES.has(t.text)) return;
    if (open >= 0 && t.text !== '“' && i - open - 1 <= SCARE_WORDS && i - open > 1) {
      set?.add(open).add(i);
      open = -1;
    } else open = t.text === '”' ? -1 : i;
  });
  view.memo.scare = set;
  return set;
}

/** Is the token a clause boundary for role search? `blocked` holds cue and other trigger tokens. */
export function isBoundary(view: SentenceView, i: number, blocked: Set<number>): boolean {
  const t = view.tokens[i];
  if (!t) return true;
  // quote marks and brackets are one character: a longer token needs no set lookup for them
  const mark = t.text.length === 1 && (QUOTES.has(t.text) || t.text === '(' || t.text === ')');
  if (mark && scareQuotes(view).has(i)) return blocked.has(i);
  return BOUNDARY.has(t.lower) || blocked.has(i);
}

/**
 * The actor group nearest before token `from`: the closest actor mention in the clause and the
 * actors coordinated with it ("Putin and Kim", "Moscow and Pyongyang").
 */
export function findActorsBefore(
  view: SentenceView,
  from: number,
  blocked: Set<number>,
  maxTokens = 16,
  stopAtComma = false,
): FoundActor[] {
  const out: FoundActor[] = [];
  let i = from - 1;
  const stop = Math.max(0, from - maxTokens);
  // find the nearest mention
  for (; i >= stop; i--) {
    // "soldiers who arrived": the relative pronoun right before the verb points back to its antecedent
    const w = view.tokens[i]?.lower ?? '';
    if (
      (w === 'who' || w === 'which' || w === 'that') &&
      out.length === 0 &&
      from - i <= 3 &&
      !blocked.has(i)
    )
      continue;
    if (isBoundary(view, i, blocked)) return out;
    if (stopAtComma && view.tokens[i]?.lower === ',') return out;
    if (actorsAt(view, i).length > 0) break;
  }
  if (i < stop) return out;
  // "Russia's ambassador to the UN said": the speaker is the head, not the body named after "to"
  if (stopAtComma) {
    const m = actorsAt(view, i)[0];
    const at = m ? tokenIndexAt(view, m.span.start) : -1;
    let k = at - 1;
    if (view.tokens[k]?.lower === 'the') k--;
    if (['to', 'at', 'of', 'in', 'from', 'for'].includes(view.tokens[k]?.lower ?? '')) {
      const head = k - 1;
      const headMentions = actorsAt(view, head);
      if (headMentions.length > 0) i = head;
      else if (
        head - 1 >= 0 &&
        actorsAt(view, head - 1).length > 0 &&
        !isBoundary(view, head, blocked)
      )
        i = head - 1;
    }
  }
  let gapOk = true;
  let crossedAnd = false;
  while (i >= 0 && gapOk) {
    const ms = actorsAt(view, i);
    if (ms.length > 0) {
      const m = ms[0] as Mention as ActorMention;
      const at = tokenIndexAt(view, m.span.start);
      if (!out.some((o) => o.ref.span?.start === m.span.start))
        out.unshift({ ref: mentionRef(m), at, prep: view.tokens[at - 1]?.lower ?? '' });
      i = at - 1;
      continue;
    }
    const t = view.tokens[i];
    // "A, B and C": a comma joins actors only in a list that has its "and"
    if (
      !t ||
      !COORD.has(t.lower) ||
      isBoundary(view, i, blocked) ||
      (t.lower === ',' && !crossedAnd)
    )
      gapOk = false;
    else {
      if (t.lower === 'and' || t.lower === '&') crossedAnd = true;
      i--;
    }
  }
  return out;
}

/** Actor mentions after token `from` up to the end of the clause, each with its preposition. */
export function findActorsAfter(
  view: SentenceView,
  from: number,
  blocked: Set<number>,
  maxTokens = 18,
  allowThat = false,
): FoundActor[] {
  const out: FoundActor[] = [];
  const end = Math.min(view.tokens.length, from + 1 + maxTokens);
  for (let i = from + 1; i < end; i++) {
    const t = view.tokens[i];
    if (!t) break;
    if (isBoundary(view, i, blocked) && !(allowThat && t.lower === 'that' && i <= from + 3)) break;
    const ms = actorsAt(view, i);
    const m = ms[0];
    if (!m) continue;
    if (out.some((o) => o.ref.span?.start === m.span.start)) continue;
    const at = tokenIndexAt(view, m.span.start);
    out.push({ ref: mentionRef(m), at, prep: prepBefore(view, at) });
  }
  return out;
}

const NOUN_PHRASE_START =
  /^(?:a|an|the|its|their|his|her|our|two|three|four|five|several|some|many|more|\d[\d,.]*)$/;

const PREPS = new Set([
  'to',
  'with',
  'against',
  'on',
  'at',
  'into',
  'for',
  'from',
  'upon',
  'toward',
  'towards',
  'alongside',
  'by',
  'of',
  'in',
  'between',
  'over',
  'near',
  'inside',
  'within',
]);

// The preposition governing a mention, over the words that open its noun phrase ("with rival X").
function prepBefore(view: SentenceView, at: number): string {
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    const w = view.tokens[k]?.lower ?? '';
    if (PREPS.has(w)) return w;
    if (!NOUN_PHRASE_START.test(w) && !/^[a-z][a-z-]*$/.test(w)) break;
  }
  return view.tokens[at - 1]?.lower ?? '';
}

// Whether ", and" or "and" follows the party: it is not the last member of its list.
function closesListAfter(view: SentenceView, f: FoundActor | undefined): boolean {
  if (!f?.ref.span) return false;
  const end = f.ref.span.end;
  const next = view.tokens.findIndex((t) => t.start >= end);
  if (next < 0) return false;
  const a = view.tokens[next]?.lower;
  const b = view.tokens[next + 1]?.lower;
  return a === 'and' || (a === ',' && b === 'and');
}

/** The mentions after `first` that continue its coordination ("X and Y"). */
export function coordinated(view: SentenceView, found: FoundActor[], first: number): FoundActor[] {
  const head = found[first];
  if (!head) return [];
  const group = [head];
  const gaps: string[][] = [];
  for (let k = first + 1; k < found.length; k++) {
    const prev = found[k - 1];
    const cur = found[k];
    if (!prev || !cur) break;
    const prevEnd = view.tokens.findIndex((t) => t.start >= (prev.ref.span?.end ?? 0));
    const between = view.tokens.slice(prevEnd, cur.at).map((t) => t.lower);
    if (!between.every((w) => COORD.has(w))) break;
    gaps.push(between);
  }
  // "A, B and C": comma gaps count only when the list closes with "and"
  let lastAnd = -1;
  gaps.forEach((g, k) => {
    if (g.includes('and') || g.includes('&')) lastAnd = k;
  });
  // "A, B, and other bodies": a list that closes with "and" before a member that is no party
  if (lastAnd < gaps.length - 1 && closesListAfter(view, found[first + gaps.length]))
    lastAnd = gaps.length - 1;
  for (let k = 0; k < gaps.length; k++) {
    const g = gaps[k] ?? [];
    const cur = found[first + 1 + k];
    if (!cur || (g.includes(',') && !g.includes('and') && k > lastAnd)) break;
    group.push(cur);
  }
  return group;
}

/** Parties' codes for a note of `--explain`: "FRD+SYL", or "-" for none. */
export function refCodes(refs: readonly { code: string }[]): string {
  return refs.map((r) => r.code).join('+') || '-';
}

/** Distinct by code, keeping the first. */
export function uniqueRefs(refs: ActorRef[]): ActorRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => (seen.has(r.code) ? false : (seen.add(r.code), true)));
}

/** The main clause's subject: the first party of the sentence not behind a preposition or blocked. */
export function findMainSubject(
  view: SentenceView,
  before: number,
  blocked: Set<number>,
): FoundActor[] {
  for (let i = 0; i < before; i++) {
    const m = actorsAt(view, i)[0];
    if (!m || blocked.has(i)) continue;
    // "envoy to the United Nations": a party behind a preposition (and its article) is no
    // subject; the words before the mention's first word decide, not those inside it
    const first = Math.min(i, tokenIndexAt(view, m.span.start));
    const j = /^(?:the|a|an)$/.test(view.tokens[first - 1]?.lower ?? '') ? first - 2 : first - 1;
    const prev = view.tokens[j]?.lower ?? '';
    if (/^(?:of|in|to|from|with|for|by|against|on|at|into|near)$/.test(prev)) continue;
    return [{ ref: mentionRef(m), at: i, prep: prev }];
  }
  return [];
}

/**
 * The parties a sentence is about, before token `before`, as found: its main subject with the
 * parties joined to it ("Xia and Yia signed"), or none.
 */
export function leadActors(
  view: SentenceView,
  blocked: Set<number>,
  before = view.tokens.length,
): FoundActor[] {
  const subject = findMainSubject(view, before, blocked)[0];
  if (!subject) return [];
  return coordinated(view, [subject, ...findActorsAfter(view, subject.at, blocked, 8)], 0);
}

/**
 * The parties a sentence is about, before token `before` ({@link leadActors}): what a possessive
 * pronoun points at ("Xia did not attack, its ministry said"; "Xia denied it. Its ministry said").
 */
export function leadParties(
  view: SentenceView,
  blocked: Set<number>,
  before = view.tokens.length,
): ActorRef[] {
  return uniqueRefs(leadActors(view, blocked, before).map((a) => a.ref));
}
