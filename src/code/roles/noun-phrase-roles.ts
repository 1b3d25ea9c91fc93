import type { Phrase } from '../../annotate/syntax/chunk-phrases.js';
import type { SentenceSyntax } from '../../annotate/syntax/find-clauses.js';
import type { ActorMention, ActorRef, EventType } from '../../model/index.js';
import type { EventCandidate } from '../candidate.js';
import { namesParty, type SentenceView } from '../sentence-view.js';
import { syntaxOf, wordAt } from './clause-roles.js';
import { mentionRef, uniqueRefs } from './role-search.js';

/** The roles an event noun's own phrase gives ("the Xian attack by X on Y", "talks between X and Y"). */
export interface NounPhraseRoles {
  actors: ActorRef[];
  recipients: ActorRef[];
  /** "between X and Y": every party acts, none is acted on. */
  mutual: boolean;
  /** Which words gave the roles, for `--explain`. */
  why: string[];
}

// Prepositions that hang on an event noun and name the one it is done to; "with" only for acts
// with a partner ("talks with X"), not for fighting ("an offensive with Xian troops" is help).
const TARGET_PREPS = new Set(['on', 'against', 'upon', 'at', 'into', 'to']);
const FORCE = new Set<EventType>(['ASSAULT', 'COERCE', 'MOBILIZE']);
// Phrases of time and place may stand between the noun and its parties ("talks in X between").
const CIRCUMSTANCE_PREPS = new Set(['in', 'near', 'during', 'over', 'since', 'after', 'before']);
// Prepositions that name both sides of a mutual act.
const MUTUAL_PREPS = new Set(['between', 'among']);
// Acts done to someone: "the shelling of X", "the arrest of X" name the one it is done to; for
// other nouns "of X" names the doer ("the withdrawal of Xian troops", "the visit of X").
const DONE_TO = new Set<EventType>(['ASSAULT', 'COERCE', 'SANCTION']);
// Words between a party and the noun that keep the party its modifier ("Xian air attack").
const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);

// The actor mentions whose spans lie within characters [start, end).
function partiesBetween(view: SentenceView, start: number, end: number): ActorMention[] {
  const out: ActorMention[] = [];
  for (const m of view.mentions)
    if (m.kind === 'actor' && m.span.start >= start && m.span.end <= end)
      if (!out.some((o) => o.span.start < m.span.end && m.span.start < o.span.end)) out.push(m);
  return out;
}

// Whether only modifiers stand between the end of a party and the noun ("Xia's", "Xian-led").
function modifies(syntax: SentenceSyntax, m: ActorMention, noun: number): boolean {
  for (let i = noun - 1; i >= 0; i--) {
    const w = syntax.words[i];
    if (!w || w.end <= m.span.end) return true;
    if (w.start < m.span.end) return true;
    const mark = w.lower === "'s" || w.lower === '’s' || w.lower === "'" || w.text === '-';
    if (!mark && !MODIFIER_POS.has(w.pos)) return false;
  }
  return true;
}

// The phrase of a gerund read as a verb: the word itself, with a possessor phrase right before it.
function ownGerundPhrase(syntax: SentenceSyntax, phrases: Phrase[], noun: number): Phrase {
  const owner = phrases.find((p) => p.last === noun - 1);
  const mark = syntax.words[noun - 1]?.lower ?? '';
  const possessed = owner && (mark === "'s" || mark === '’s' || mark === "'");
  return { first: possessed ? owner.first : noun, last: noun, head: noun, prep: null };
}

/**
 * The end (a character offset) of the noun phrase that holds character `offset` of a sentence,
 * or null where no phrase holds it.
 */
export function phraseEndAt(view: SentenceView, offset: number): number | null {
  const syntax = syntaxOf(view);
  const w = wordAt(syntax, offset);
  const p = syntax.phrases.find((x) => x.first <= w && w <= x.last);
  return p ? (syntax.words[p.last]?.end ?? null) : null;
}

const refsOf = (ms: ActorMention[]): ActorRef[] => uniqueRefs(ms.map(mentionRef));

/**
 * Whether `nounPhraseRoles` reads the candidate's sentence (it tags it): not where the sentence
 * names no party, and so no phrase of it can.
 */
export function readsNounPhrase(c: EventCandidate): boolean {
  return namesParty(c.view);
}

/**
 * The roles the noun phrase of an event noun gives, read from the chunked phrases of its
 * sentence: a party before the noun inside its phrase (possessor, adjective, noun modifier) acts;
 * "by X" acts; "on / against / at / into / to / with X" right after it is acted on; "of X" is acted
 * on for acts done to someone (attacks, arrests, sanctions) and acts otherwise; "between X and
 * Y" makes all of them actors. Null when the phrase names no party (the word search stands in).
 *
 * @example
 * nounPhraseRoles(candidateOf('an attack by Freedonia on Sylvanian boats')); // FRD -> SYL
 */
export function nounPhraseRoles(c: EventCandidate): NounPhraseRoles | null {
  if (!readsNounPhrase(c)) return null;
  const syntax = syntaxOf(c.view);
  const noun = wordAt(syntax, c.trigger.span.start);
  if (noun < 0) return null;
  const phrases = syntax.phrases;
  const k = phrases.findIndex((p) => p.first <= noun && noun <= p.last);
  // a gerund the tagger read as a verb ("X's shelling of Y") stands alone, after its possessor
  const own = phrases[k] ?? ownGerundPhrase(syntax, phrases, noun);
  const actors: ActorMention[] = [];
  const recipients: ActorMention[] = [];
  const why: string[] = [];
  let mutual = false;
  const start = (i: number): number => syntax.words[i]?.start ?? 0;
  const end = (i: number): number => syntax.words[i]?.end ?? 0;
  // inside the phrase, before the noun: "Freedonia's", "Freedonian", "the Freedonia offensive"
  const before = partiesBetween(c.view, start(own.first), c.trigger.span.start).filter((m) =>
    modifies(syntax, m, noun),
  );
  if (before.length > 0) {
    actors.push(...before);
    why.push(`"${before.map((m) => m.text).join(', ')}" before the noun acts`);
  }
  // "of X" (inside the phrase, which joins over "of", or right after a gerund): acted on for
  // acts done to someone, and behind a doer named before the noun ("X's expulsion of Y's
  // envoy"); else it acts ("the withdrawal of Xian troops")
  const ofPhrase = phrases.find((p) => p.prep === 'of' && p.first === own.last + 2);
  const of = partiesBetween(c.view, c.trigger.span.end, end(ofPhrase?.last ?? own.last));
  if (of.length > 0) {
    const target = DONE_TO.has(c.type) || actors.length > 0;
    (target ? recipients : actors).push(...of);
    why.push(`"of ${of[0]?.text ?? ''}" ${target ? 'is acted on' : 'acts'}`);
  }
  const next = phrases.findIndex((p) => p.first > (ofPhrase ?? own).last);
  const from = next < 0 ? phrases.length : next - 1;
  // the phrases that follow, each right after the one before it with only its preposition between
  for (let j = from + 1, last = (ofPhrase ?? own).last; j < phrases.length; j++) {
    const p = phrases[j];
    if (!p?.prep || p.first !== last + 2) break;
    last = p.last;
    const found = partiesBetween(c.view, start(p.first), end(p.last));
    // a phrase with no party ends the noun's phrases ("attack from protesters angry at X"),
    // unless it tells only when or where
    if (found.length === 0) {
      if (CIRCUMSTANCE_PREPS.has(p.prep)) continue;
      break;
    }
    const target =
      TARGET_PREPS.has(p.prep) || (p.prep === 'with' && !FORCE.has(c.type) && !DONE_TO.has(c.type));
    if (p.prep === 'by') {
      actors.push(...found);
      why.push(`"by ${found[0]?.text ?? ''}" acts`);
    } else if (MUTUAL_PREPS.has(p.prep)) {
      // both sides must be named: "fighting between Xian and Yian forces" with one read is no pair
      if (new Set(found.map((m) => mentionRef(m).code)).size < 2) break;
      actors.push(...found);
      mutual = true;
      why.push(`"${p.prep} ${found.map((m) => m.text).join(' and ')}": all act`);
    } else if (target && recipients.length === 0) {
      recipients.push(...found);
      why.push(`"${p.prep} ${found[0]?.text ?? ''}" is acted on`);
    }
  }
  if (actors.length + recipients.length === 0) return null;
  const actorRefs = refsOf(actors);
  return {
    actors: actorRefs,
    recipients: refsOf(recipients).filter((r) => !actorRefs.some((a) => a.code === r.code)),
    mutual,
    why,
  };
}
