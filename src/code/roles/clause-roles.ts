import type { Phrase } from '../../annotate/syntax/chunk-phrases.js';
import { PERSONAL } from '../../annotate/english/closed-class.js';
import {
  findClauses,
  findClausesOfSentences,
  isPluralPhrase,
  type Clause,
  type SentenceSyntax,
} from '../../annotate/syntax/find-clauses.js';
import type { VerbGroup } from '../../annotate/syntax/find-verb-groups.js';
import type { ActorMention } from '../../model/index.js';
import type { EventCandidate } from '../candidate.js';
import { pronounObjectAntecedent } from './pronoun-object.js';
import { isSpeakersOwnForces } from './possessive-subject.js';
import { mentionRef, type FoundActor } from './role-search.js';
import { namesParty, tokenIndexAt, type SentenceView } from '../sentence-view.js';

/** The clauses of a sentence, tagged on first use (most sentences hold no trigger). */
export function syntaxOf(view: SentenceView): SentenceSyntax {
  return (view.memo.syntax ??= findClauses(view.sentence.text, view.sentence.span.start));
}

/**
 * Reads ahead the clauses of the views a rule is about to ask `syntaxOf` for, in the order it
 * will ask (first use of each; views read before are skipped): the tagger reads them together,
 * in as few calls as it can (`tagSentences`), with the same words and tags as one by one.
 */
export function readSyntaxAhead(views: readonly SentenceView[]): void {
  const ahead: SentenceView[] = [];
  for (const view of views)
    if (view.memo.syntax === undefined && !ahead.includes(view)) ahead.push(view);
  if (ahead.length < 2) return;
  const read = findClausesOfSentences(
    ahead.map((v) => ({ text: v.sentence.text, offset: v.sentence.span.start })),
  );
  ahead.forEach((view, k) => {
    view.memo.syntax = read[k];
  });
}

/** Whether `clauseRoles` reads the candidate's clause (a verb trigger): it tags its sentence. */
export function readsClause(c: EventCandidate): boolean {
  return c.entry.pos === 'verb';
}

/** The clause a trigger stands in, with the parties its subject and complements name. */
export interface ClauseRoles {
  syntax: SentenceSyntax;
  index: number;
  clause: Clause;
  /** Parties of the subject (resolved through pronouns and shared subjects), or null if none. */
  subject: FoundActor[] | null;
  /** Parties of the objects and prepositional phrases, and of the "to"-clauses it governs. */
  after: FoundActor[];
  /** How the subject was found, for `--explain`. */
  subjectWhy: string;
  /** The words that name the doer (the subject, or the one a pronoun stands for), or null. */
  doer: string | null;
}

// The phrase's words joined by spaces (a loop: it runs for every clause a trigger reads).
function phraseText(syntax: SentenceSyntax, p: Phrase): string {
  let text = '';
  for (let i = p.first; i <= p.last; i++) {
    const w = syntax.words[i];
    if (w) text = i === p.first ? w.text : `${text} ${w.text}`;
  }
  return text;
}

// The actor mentions inside a phrase, each with the preposition that governs it.
function partiesIn(view: SentenceView, syntax: SentenceSyntax, p: Phrase): FoundActor[] {
  const start = syntax.words[p.first]?.start ?? 0;
  const end = syntax.words[p.last]?.end ?? 0;
  const out: FoundActor[] = [];
  for (const m of view.mentions) {
    if (m.kind !== 'actor' || m.span.start < start || m.span.end > end) continue;
    if (
      out.some((o) => o.ref.span && o.ref.span.start < m.span.end && m.span.start < o.ref.span.end)
    )
      continue;
    const at = tokenIndexAt(view, m.span.start);
    // "troops of Freedonia": a party behind "of" inside the phrase keeps that preposition
    const before = view.tokens[at - 1]?.lower ?? '';
    const prep = m.span.start > start && before === 'of' ? 'of' : (p.prep ?? '');
    out.push({ ref: mentionRef(m as ActorMention), at, prep });
  }
  return out;
}

// "it", "they": a personal pronoun that is the whole subject (a possessive "its soldiers" may
// point at any party named before, not only the governing subject)
function isPronounPhrase(syntax: SentenceSyntax, p: Phrase): boolean {
  const head = syntax.words[p.head];
  return p.first === p.last && head?.pos === 'PRON' && PERSONAL.has(head.lower);
}

// "they" stands for a plural, "it" for a singular: a pronoun that does not agree with the
// governing subject stands for someone else ("the UN said they were backed by X").
function agrees(syntax: SentenceSyntax, pronoun: Phrase, antecedent: Phrase): boolean {
  const w = syntax.words[pronoun.head]?.lower ?? '';
  if (pronoun.first !== pronoun.last || syntax.words[pronoun.head]?.pos !== 'PRON') return true;
  if (w === 'they') return isPluralPhrase(syntax, antecedent);
  if (w === 'it') return !isPluralPhrase(syntax, antecedent);
  return true;
}

// Links over which a subject is handed down: what was said, what follows "and", a "to"-clause.
const HANDS_DOWN = new Set([
  'complement',
  'coordination',
  'purpose',
  'participle',
  'adverbial',
  'relative',
]);

// The parties of clause k's subject: its own words, else (a pronoun, or a subject it shares
// with the clause that governs it) the subject of the governing clause, climbing up.
function subjectParties(
  view: SentenceView,
  syntax: SentenceSyntax,
  k: number,
): { found: FoundActor[]; why: string } | null {
  for (let j: number | null = k, steps = 0; j !== null && steps < 6; steps++) {
    const clause: Clause | undefined = syntax.clauses[j];
    if (!clause?.subject) return null;
    const found = partiesIn(view, syntax, clause.subject);
    const text = phraseText(syntax, clause.subject);
    if (found.length > 0)
      return {
        found,
        why: j === k ? `subject "${text}"` : `subject "${text}" of the governing clause`,
      };
    // "told The Daily Herald to withdraw": a named object that controls the verb is its
    // subject, even one no dictionary knows; the teller does not act. A common noun ("ordered
    // its gunners to fire") is the governing subject's own agent: the search climbs on.
    if (clause.subjectFrom === 'controller' && syntax.words[clause.subject.head]?.pos === 'PROPN')
      return { found: [], why: `controller "${text}" is named but no party` };
    // "issued a statement condemning X": the statement's issuer condemns
    const describesObject = clause.link === 'relative' && clause.verb.tense === 'gerund';
    const borrowed =
      clause.subjectFrom === 'shared' || clause.subjectFrom === 'controller' || describesObject;
    const pronoun =
      isPronounPhrase(syntax, clause.subject) ||
      isSpeakersOwnForces(syntax, clause, clause.subject);
    if (!pronoun && !borrowed) return { found: [], why: `subject "${text}" names no party` };
    if (!HANDS_DOWN.has(clause.link) || (clause.link === 'relative' && !describesObject))
      return { found: [], why: `pronoun "${text}" with no governing clause` };
    const parent = clause.parent !== null ? syntax.clauses[clause.parent]?.subject : null;
    if (parent && !agrees(syntax, clause.subject, parent))
      return {
        found: [],
        why: `pronoun "${text}" does not agree with "${phraseText(syntax, parent)}"`,
      };
    j = clause.parent;
  }
  return null;
}

// The nearest subject phrase up the chain of clause k that is not a bare pronoun.
function namedDoer(syntax: SentenceSyntax, k: number): string | null {
  for (let j: number | null = k, steps = 0; j !== null && steps < 6; steps++) {
    const clause: Clause | undefined = syntax.clauses[j];
    if (!clause?.subject) return null;
    if (!isPronounPhrase(syntax, clause.subject)) return phraseText(syntax, clause.subject);
    j = clause.parent;
  }
  return null;
}

// "who overran it last month, Xian sources said": the chunker may join a time phrase over a
// comma to the subject of the clause after it; a phrase that is another clause's own subject is
// no object of this one (a controller, "ordered X to withdraw", is the object's own reading).
function subjectOfAnother(syntax: SentenceSyntax, k: number, p: Phrase): boolean {
  for (let j = 0; j < syntax.clauses.length; j++) {
    const d = syntax.clauses[j];
    if (j !== k && d?.subject === p && d.subjectFrom === 'own') return true;
  }
  return false;
}

// Objects and prepositional phrases of clause k and of the "to"-clauses it governs; for a verb
// that governs a complement ("demanded that X withdraw") also the complement's own subject.
function complementParties(
  view: SentenceView,
  syntax: SentenceSyntax,
  k: number,
  governs: boolean,
): FoundActor[] {
  const clause = syntax.clauses[k];
  if (!clause) return [];
  const out: FoundActor[] = [];
  for (const p of clause.objects)
    if (!subjectOfAnother(syntax, k, p))
      out.push(...partiesIn(view, syntax, pronounObjectAntecedent(syntax, clause, p) ?? p));
  for (const p of clause.preps)
    if (!subjectOfAnother(syntax, k, p))
      out.push(...partiesIn(view, syntax, pronounObjectAntecedent(syntax, clause, p) ?? p));
  // every clause: a fronted condition hangs on a clause after it
  for (let j = 0; j < syntax.clauses.length; j++) {
    const d = syntax.clauses[j];
    if (d?.parent !== k) continue;
    if (governs && d.link === 'complement' && d.subject && d.subjectFrom === 'own')
      out.push(...partiesIn(view, syntax, d.subject));
    if (d.marker === 'to') out.push(...complementParties(view, syntax, j, false));
  }
  return out.sort((a, b) => a.at - b.at);
}

/**
 * The word of the syntax that holds character offset `at`, or -1. Words run in text order
 * without overlap, so the first word ending after `at` is the only one that may hold it.
 */
export function wordAt(syntax: SentenceSyntax, at: number): number {
  const { words } = syntax;
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((words[mid]?.end ?? Infinity) > at) hi = mid;
    else lo = mid + 1;
  }
  return (words[lo]?.start ?? Infinity) <= at ? lo : -1;
}

/**
 * The verb group whose words cover character `offset` of a sentence ("dispute" in "did not
 * dispute"), with its negation and modal, or null: for rules that read a cue's own clause.
 */
export function verbGroupAt(view: SentenceView, offset: number): VerbGroup | null {
  const syntax = syntaxOf(view);
  const w = wordAt(syntax, offset);
  return syntax.clauses.find((c) => w >= c.verb.first && w <= c.verb.last)?.verb ?? null;
}

// The tenses of a finite verb: a clause of its own, not a participle hung on a phrase.
const FINITE = new Set(['past', 'present', 'future']);

/**
 * Where the finite verb group starts (a character offset) of the clause whose own subject holds
 * the word at `offset`, when that verb comes after it; else -1. In "..., said Yian troops had
 * shelled the camp" the party after the cue is what was said, the subject of its own clause, not
 * a speaker named after the cue ("..., said Ivo Marek.", "said the ministry regarding the
 * talks"). With `copula`, only a form of "be" that says what the subject is ("said the strikes
 * were illegal": the event noun is what is spoken of).
 */
export function laterVerbOfSubject(view: SentenceView, offset: number, copula = false): number {
  const syntax = syntaxOf(view);
  const w = wordAt(syntax, offset);
  const clause = syntax.clauses.find(
    (cl) =>
      cl.subject !== null &&
      cl.subjectFrom === 'own' &&
      cl.subject.first <= w &&
      w <= cl.subject.last &&
      cl.verb.head > w &&
      FINITE.has(cl.verb.tense) &&
      (!copula || cl.verb.lemma === 'be'),
  );
  return clause ? (syntax.words[clause.verb.first]?.start ?? -1) : -1;
}

/** Whether the word at `offset` is in the own subject of a later finite verb ({@link laterVerbOfSubject}). */
export function inSubjectOfLaterVerb(view: SentenceView, offset: number): boolean {
  return laterVerbOfSubject(view, offset) >= 0;
}

/**
 * The parties of the subject of the clause whose verb starts at character `offset` (through
 * pronouns and shared subjects: "it sent troops to fight" -> the reporter of "it"), or [].
 */
export function clauseSubjectAt(view: SentenceView, offset: number): FoundActor[] {
  // no party in the sentence, none in its subject: the tagger need not read it
  if (!namesParty(view)) return [];
  const syntax = syntaxOf(view);
  const w = wordAt(syntax, offset);
  const index = w < 0 ? -1 : syntax.clauses.findIndex((cl) => cl.verb.head === w);
  return index < 0 ? [] : (subjectParties(view, syntax, index)?.found ?? []);
}

/**
 * The parties of the objects and phrases of the clause whose verb starts at character `offset`
 * (and of the "to"-clauses it governs), or [].
 */
export function clauseComplementsAt(view: SentenceView, offset: number): FoundActor[] {
  if (!namesParty(view)) return [];
  const syntax = syntaxOf(view);
  const w = wordAt(syntax, offset);
  const index = w < 0 ? -1 : syntax.clauses.findIndex((cl) => cl.verb.head === w);
  return index < 0 ? [] : complementParties(view, syntax, index, false);
}

/**
 * The clause of a verb trigger: its subject's parties (through pronouns and shared subjects) and
 * the parties of its objects and phrases. Null for noun triggers and where the tagger read the
 * trigger as no verb.
 */
export function clauseRoles(c: EventCandidate): ClauseRoles | null {
  if (!readsClause(c)) return null;
  const syntax = syntaxOf(c.view);
  const w = wordAt(syntax, c.trigger.span.start);
  if (w < 0) return null;
  const index = syntax.clauses.findIndex((cl) => cl.verb.head === w);
  const clause = syntax.clauses[index];
  if (!clause) return null;
  const subject = subjectParties(c.view, syntax, index);
  return {
    doer: namedDoer(syntax, index),
    syntax,
    index,
    clause,
    subject: subject ? subject.found : null,
    after: complementParties(c.view, syntax, index, c.entry.governs === true),
    subjectWhy: subject?.why ?? 'no subject',
  };
}

/** One line on a clause for `--explain`: subject, verb group and link. */
export function describeClause(roles: ClauseRoles): string {
  const { clause, syntax } = roles;
  const v = clause.verb;
  const parent = clause.parent !== null ? syntax.clauses[clause.parent] : undefined;
  const parts = [
    `subject ${clause.subject ? `"${phraseText(syntax, clause.subject)}"` : '(none)'}${clause.subjectFrom && clause.subjectFrom !== 'own' ? ` (${clause.subjectFrom})` : ''}`,
    `verb ${v.lemma} (${v.voice}, ${v.tense}${v.negated ? ', negated' : ''}${v.modal ? `, modal ${v.modal}` : ''})`,
    clause.link === 'main'
      ? 'main clause'
      : `${clause.link}${parent ? ` of "${parent.verb.lemma}"` : ''}`,
  ];
  return `clause: ${parts.join('; ')}`;
}

/**
 * The parties of the subject of the last main clause whose verb comes before character `offset`,
 * or []: what a participle after a comma hangs on ("Xia reported that Yian strikes killed 31,
 * labelling them a violation": Xia labels, not the strikes).
 */
export function mainSubjectBefore(view: SentenceView, offset: number): FoundActor[] {
  if (!namesParty(view)) return [];
  const syntax = syntaxOf(view);
  const w = wordAt(syntax, offset);
  let main = -1;
  syntax.clauses.forEach((cl, k) => {
    if (cl.parent === null && cl.link === 'main' && cl.verb.head < w) main = k;
  });
  return main < 0 ? [] : (subjectParties(view, syntax, main)?.found ?? []);
}
