import { subjectBeforeAppositive } from './appositive.js';
import { retagCoordinatedGerunds } from './coordinated-gerunds.js';
import { retagGerundComplements } from './gerund-complements.js';
import { retagRelativeVerbs } from './relative-verbs.js';
import { retagCompoundModified } from './compound-modifiers.js';
import { chunkPhrases, type Phrase } from './chunk-phrases.js';
import {
  CONDITIONS,
  DISCOURSE_ADVERBS,
  FREE_RELATIVES,
  RELATIVES,
} from '../english/closed-class.js';
import { OBJECT_CONTROL, PARTICLE_CONTROL, REPORTING, TIME_WORDS } from './english.js';
import {
  findVerbGroups,
  isPastParticiple,
  type Tense,
  type VerbGroup,
} from './find-verb-groups.js';
import { tagSentences, tagWords, type SentencePart, type TaggedWord } from './tag-words.js';

/** How a clause hangs on the clause that governs it. */
export type ClauseLink =
  | 'main'
  | 'complement'
  | 'relative'
  | 'coordination'
  | 'purpose'
  | 'condition'
  | 'adverbial'
  | 'participle';

/** Where a clause's subject came from: its own words, or a clause it hangs on. */
export type SubjectSource = 'own' | 'antecedent' | 'shared' | 'controller';

/** One clause: its verb group, subject, objects, prepositional phrases and its governor. */
export interface Clause {
  verb: VerbGroup;
  subject: Phrase | null;
  subjectFrom: SubjectSource | null;
  objects: Phrase[];
  /** Prepositional phrases after the verb, each with its preposition ("by", "to", "against"). */
  preps: Phrase[];
  /** Index of the governing clause, or null for a main clause. */
  parent: number | null;
  link: ClauseLink;
  /** The word that links it ("that", "if", "who", "and", "to"), or null. */
  marker: string | null;
}

/** A sentence's words, its noun phrases (as `chunkPhrases` reads them) and its clauses. */
export interface SentenceSyntax {
  words: TaggedWord[];
  phrases: Phrase[];
  clauses: Clause[];
}

/**
 * Whether a phrase names more than one: coordinated ("X and Y") or headed by a plural common
 * noun ("officials", "the leaders of X"). What "they" and "them" may stand for, not "it".
 */
export function isPluralPhrase(syntax: SentenceSyntax, p: Phrase): boolean {
  const head = syntax.words[p.head];
  if (!head) return false;
  for (let i = p.first; i <= p.last; i++) if (syntax.words[i]?.lower === 'and') return true;
  return head.pos === 'NOUN' && head.lower !== head.lemma && head.lower.endsWith('s');
}

const CIRCUMSTANCE = new Set([
  'after',
  'before',
  'since',
  'following',
  'amid',
  'despite',
  'during',
  'until',
]);
const CONJUNCTIONS = new Set(['and', 'or', 'but', 'then', 'yet']);
// Words the tagger may read as a preposition that also open a clause ("after a blast injured").
const SUBORDINATORS = new Set([
  'after',
  'before',
  'since',
  'until',
  'as',
  'once',
  'when',
  'while',
  'because',
]);

interface Context {
  words: TaggedWord[];
  phrases: Phrase[];
  at: number[];
  groups: VerbGroup[];
  clauses: Clause[];
  /** Phrases behind a subordinator that are the subject of the finite verb right after them. */
  opened: Set<Phrase>;
}

/**
 * "recalled its envoy after a landmine blast injured a soldier", "as Xian troops shelled the
 * town": a subordinator the tagger read as a preposition opens a clause when its phrase is
 * followed (over adverbs) by a finite verb group; that phrase is the clause's subject, not the
 * object of a preposition. Not "such as X", "as well as X", nor a participle with "by" after it
 * ("after troops sent by X arrived" keeps its reduced relative).
 */
function openedClauses(words: TaggedWord[], phrases: Phrase[], groups: VerbGroup[]): Set<Phrase> {
  const opened = new Set<Phrase>();
  let g = 0;
  for (const p of phrases) {
    if (p.prep === null || !SUBORDINATORS.has(p.prep)) continue;
    if (
      p.prep === 'as' &&
      (words[p.first - 2]?.lower === 'such' || words[p.first - 2]?.lower === 'well')
    )
      continue;
    let k = p.last + 1;
    while (words[k]?.pos === 'ADV') k++;
    while (g < groups.length && (groups[g]?.first ?? 0) < k) g++;
    const group = groups[g];
    if (!group || group.first !== k) continue;
    if (group.tense === 'infinitive' || group.tense === 'gerund') continue;
    const head = words[group.head];
    if (
      group.first === group.head &&
      head &&
      isPastParticiple(head) &&
      words[group.head + 1]?.lower === 'by'
    )
      continue;
    opened.add(p);
  }
  return opened;
}

// The phrase that ends right before `i`, over adverbs ("Freedonia also sent").
function phraseEndingBefore(cx: Context, i: number): Phrase | null {
  let k = i - 1;
  while (k >= 0 && cx.words[k]?.pos === 'ADV') k--;
  const p = cx.at[k] ?? -1;
  const phrase = p >= 0 ? cx.phrases[p] : undefined;
  return phrase && phrase.last === k ? phrase : null;
}

const FINITE = new Set<Tense>(['past', 'present', 'future']);

// The longest aside between commas right before a verb, in words.
const MAX_ASIDE_WORDS = 6;

// The comma that opens an aside set between commas right before word `i`, or -1: a connective
// ("Xia, however, denied"; "though", "for its part", "in turn") or a prepositional phrase
// ("Xia, in a statement, denied"), with no verb of its own ("Xia, citing witnesses, said" is a
// clause the reporting rules read).
function asideOpening(cx: Context, i: number): number {
  if (cx.words[i - 1]?.text !== ',') return -1;
  let k = i - 2;
  while (k >= 0 && i - 2 - k < MAX_ASIDE_WORDS && cx.words[k]?.text !== ',') {
    const pos = cx.words[k]?.pos ?? '';
    if (pos === 'VERB' || pos === 'AUX' || pos === 'PUNCT') return -1;
    k--;
  }
  const first = cx.words[k + 1];
  if (cx.words[k]?.text !== ',' || k + 1 >= i - 1 || !first) return -1;
  return first.pos === 'ADV' || first.pos === 'ADP' || DISCOURSE_ADVERBS.has(first.lower) ? k : -1;
}

// The subject before a verb, over up to two prepositional phrases between them ("Freedonia on
// Monday sent") and an aside between commas ("Sylvania, in a statement, said"); a phrase behind
// a preposition is no subject. The aside is skipped only before a finite verb: "…, as both
// hosts, following requests" sets no subject apart.
function subjectBefore(cx: Context, i: number, tense: Tense): Phrase | null {
  // over an appositive ("Freedonia, a close ally of Sylvania, said")
  const described = subjectBeforeAppositive(cx.words, cx.phrases, cx.at, i);
  if (described) return described;
  const aside = FINITE.has(tense) ? asideOpening(cx, i) : -1;
  if (aside >= 0) {
    const subject = subjectEndingAt(cx, aside);
    // "troops entered the town, however, withdrew": a verb's object is no subject of the next
    const before = cx.words[(subject?.first ?? 0) - 1]?.pos;
    return subject && before !== 'VERB' && before !== 'AUX' ? subject : null;
  }
  return subjectEndingAt(cx, i);
}

function subjectEndingAt(cx: Context, i: number): Phrase | null {
  let end = i;
  for (let hops = 0; hops < 3; hops++) {
    const phrase = phraseEndingBefore(cx, end);
    if (!phrase) return null;
    if (phrase.prep === null && !isTimePhrase(cx, phrase)) return phrase;
    // "after a blast injured": the subordinator's phrase is the subject of the verb after it
    if (hops === 0 && cx.opened.has(phrase)) return phrase;
    // over the preposition ("along with its allies") and a comma before it
    end = phrase.first;
    while (end > 0 && (cx.words[end - 1]?.pos === 'ADP' || cx.words[end - 1]?.pos === 'ADV')) end--;
    if (cx.words[end - 1]?.text === ',') end--;
  }
  return null;
}

// "Wednesday", "last week": a time phrase says when, it is no object or subject
function isTimePhrase(cx: Context, p: Phrase): boolean {
  return TIME_WORDS.has(cx.words[p.head]?.lower ?? '');
}

// Objects and prepositional phrases after the verb, up to the next verb group or a clause break.
function complementsOf(
  cx: Context,
  g: VerbGroup,
  stop: number,
): { objects: Phrase[]; preps: Phrase[] } {
  const objects: Phrase[] = [];
  const preps: Phrase[] = [];
  let i = g.last + 1;
  // a particle ("carried out", "set up") belongs to the verb
  if (
    cx.words[i]?.pos === 'ADP' &&
    cx.at[i + 1] !== undefined &&
    (cx.words[i]?.lower === 'out' || cx.words[i]?.lower === 'up')
  )
    i++;
  while (i < stop) {
    const w = cx.words[i];
    if (!w) break;
    const p = cx.at[i] ?? -1;
    const phrase = p >= 0 ? cx.phrases[p] : undefined;
    if (phrase && phrase.first === i) {
      // "after the ceasefire", "despite the talks": a phrase of circumstance, not a participant;
      // "as Xian troops shelled": the subject of a clause of its own
      if (phrase.prep !== null && (CIRCUMSTANCE.has(phrase.prep) || cx.opened.has(phrase))) break;
      if (isTimePhrase(cx, phrase)) {
        i = phrase.last + 1;
        continue;
      }
      if (phrase.prep) preps.push(phrase);
      else if (preps.length === 0 && objects.length < 2) objects.push(phrase);
      else break;
      i = phrase.last + 1;
      continue;
    }
    if (w.pos === 'ADP' || w.pos === 'ADV' || w.lower === 'to') {
      i++;
      continue;
    }
    break;
  }
  return { objects, preps };
}

// The nearest clause before `k` at the same or a higher level, to share a subject with.
/**
 * "X said Y had massed troops and called on Z to act", "X said the claim was false and accused
 * Y": a plain past verb after "and" that follows a backshifted ("had massed") or copular ("was")
 * clause reported by a past reporting verb goes back to the reporter, as the tense tells: the
 * reported events are told one step back, the reporter's own acts in the plain past. The index of
 * the reporting clause, or null.
 */
function reporterResumed(cx: Context, from: Clause, g: VerbGroup): number | null {
  if (g.tense !== 'past' || g.voice !== 'active' || g.first !== g.head) return null;
  if (from.link !== 'complement' || from.parent === null) return null;
  const reporting = cx.clauses[from.parent];
  if (!reporting || !REPORTING.has(reporting.verb.lemma) || reporting.verb.tense !== 'past')
    return null;
  const backshifted =
    from.verb.first < from.verb.head && cx.words[from.verb.first]?.lower === 'had';
  return backshifted || from.verb.lemma === 'be' ? from.parent : null;
}

// A clause with no subject of its own that takes the subject of clause `parent`.
function sharedSubject(
  cx: Context,
  parent: number,
  link: Clause['link'],
  marker: string | null,
): Pick<Clause, 'subject' | 'subjectFrom' | 'parent' | 'link' | 'marker'> {
  return {
    subject: cx.clauses[parent]?.subject ?? null,
    subjectFrom: 'shared',
    parent,
    link,
    marker,
  };
}

function previousFinite(cx: Context, k: number): number | null {
  for (let j = k - 1; j >= 0; j--) {
    const c = cx.clauses[j];
    if (!c) continue;
    if (
      c.verb.tense !== 'infinitive' &&
      c.verb.tense !== 'gerund' &&
      c.link !== 'participle' &&
      c.link !== 'relative'
    )
      return j;
  }
  return null;
}

// The phrase of clause `prev` that is the subject of a "to"-clause after it: the object of an
// object-control verb ("urged X to"), the particle's object of a particle-control verb ("called
// on X to"); null where the "to"-clause takes the governing subject.
function controllerOf(prev: Clause): Phrase | null {
  const particles = PARTICLE_CONTROL.get(prev.verb.lemma);
  if (particles) return prev.preps.find((p) => particles.has(p.prep ?? '')) ?? null;
  return OBJECT_CONTROL.has(prev.verb.lemma) ? (prev.objects[0] ?? null) : null;
}

// The phrase a reporting clause interrupts as an aside ("Yian troops, Xia said, ..."): the
// clause's own subject follows a comma, and a phrase with no preposition ends right before it.
function subjectBeforeAside(cx: Context, reporting: Clause): Phrase | null {
  if (!REPORTING.has(reporting.verb.lemma) || reporting.subjectFrom !== 'own') return null;
  const speaker = reporting.subject;
  if (!speaker || cx.words[speaker.first - 1]?.text !== ',') return null;
  const interrupted = phraseEndingBefore(cx, speaker.first - 1);
  return interrupted && interrupted.prep === null ? interrupted : null;
}

// Links a clause with no subject of its own to the one it takes it from.
function linkWithoutSubject(
  cx: Context,
  k: number,
  g: VerbGroup,
): Pick<Clause, 'subject' | 'subjectFrom' | 'parent' | 'link' | 'marker'> {
  const before = cx.words[g.first - 1];
  const prev = k > 0 ? cx.clauses[k - 1] : undefined;
  // "to fight", "urged X to withdraw": the governing verb's object or subject acts
  if (g.tense === 'infinitive' && prev) {
    const controller = controllerOf(prev);
    const control = controller !== null && prev.verb.voice === 'active';
    const subject = control ? controller : prev.subject;
    const purpose = !control && (prev.objects.length > 0 || prev.preps.length > 0);
    return {
      subject,
      subjectFrom: control ? 'controller' : 'shared',
      parent: k - 1,
      link: purpose ? 'purpose' : 'complement',
      marker: 'to',
    };
  }
  // "soldiers who crossed", "the troops that were sent"
  if (before && RELATIVES.has(before.lower) && before.lower !== 'whose') {
    const antecedent =
      phraseEndingBefore(cx, g.first - 1) ??
      (cx.words[g.first - 2]?.text === ',' ? phraseEndingBefore(cx, g.first - 2) : null);
    if (antecedent)
      return {
        subject: antecedent,
        subjectFrom: 'antecedent',
        parent: k > 0 ? k - 1 : null,
        link: 'relative',
        marker: before.lower,
      };
  }
  // "Yian troops, Xia said, shelled the camp": the verb after a speaker's aside takes the phrase
  // the aside interrupts, and is what the speaker said
  const interrupted = before?.text === ',' && prev ? subjectBeforeAside(cx, prev) : null;
  if (interrupted)
    return {
      subject: interrupted,
      subjectFrom: 'own',
      parent: k - 1,
      link: 'complement',
      marker: null,
    };
  // "X boarded the ship and seized weapons"
  if (before && CONJUNCTIONS.has(before.lower)) {
    const shared = previousFinite(cx, k);
    const from = shared !== null ? cx.clauses[shared] : undefined;
    // "as the war dragged on, but sending troops would ...": a bare gerund is no second verb of
    // a clause a subordinator opened (unless that verb is a gerund too: "as X was shelling and
    // sending"); it names an act of its own, here with no subject
    if (
      g.tense === 'gerund' &&
      from?.subject &&
      cx.opened.has(from.subject) &&
      !cx.words[from.verb.head]?.lower.endsWith('ing')
    )
      return { subject: null, subjectFrom: null, parent: null, link: 'main', marker: null };
    const reporter = from ? reporterResumed(cx, from, g) : null;
    if (reporter !== null) return sharedSubject(cx, reporter, 'coordination', before.lower);
    if (shared !== null) return sharedSubject(cx, shared, 'coordination', before.lower);
  }
  // "X ignored the rules, abruptly turned and deliberately collided with Y": adverbs may stand
  // after the joining word, and a comma joins a series of past-tense verbs sharing one subject
  // (not a reporting verb: "…, said the minister" has its speaker after it)
  let j = g.first - 1;
  while (cx.words[j]?.pos === 'ADV') j--;
  const joiner = cx.words[j];
  const series =
    joiner?.text === ',' && g.tense === 'past' && g.voice === 'active' && !REPORTING.has(g.lemma);
  if (joiner && (series || (j < g.first - 1 && CONJUNCTIONS.has(joiner.lower)))) {
    const shared = previousFinite(cx, k);
    if (shared !== null && cx.clauses[shared]?.subject)
      return sharedSubject(cx, shared, 'coordination', series ? ',' : joiner.lower);
  }
  // "Attacks, occurring weekly, have killed": a participle between a subject and its verb
  const aside = before?.text === ',' ? phraseEndingBefore(cx, g.first - 1) : null;
  if (aside && aside.prep === null && previousFinite(cx, k) === null && g.first === g.head)
    return {
      subject: aside,
      subjectFrom: 'antecedent',
      parent: null,
      link: 'relative',
      marker: null,
    };
  // "X denies the claims, calls for monitors": a present verb after a comma, with no subject of
  // its own, is coordinated with the clause before (headlines write it so); not a reporting verb,
  // whose subject may follow it (", says the ministry")
  if (
    before?.text === ',' &&
    g.tense === 'present' &&
    g.first === g.head &&
    /s$/i.test(cx.words[g.head]?.text ?? '') &&
    !REPORTING.has(g.lemma)
  ) {
    const shared = previousFinite(cx, k);
    if (shared !== null && cx.clauses[shared]?.subject)
      return sharedSubject(cx, shared, 'coordination', ',');
  }
  // ", killing three", "protested on Sunday calling for": a participle after the clause before
  // shares its subject
  const participle =
    g.tense === 'gerund' && before?.pos !== 'ADP' && prev?.verb.last !== g.first - 1;
  if ((before?.text === ',' && (g.tense === 'gerund' || g.tense === 'past')) || participle) {
    const main = previousFinite(cx, k);
    if (main !== null) return sharedSubject(cx, main, 'participle', null);
  }
  // "by sending troops": a gerund after a preposition shares the subject of its clause
  if (g.tense === 'gerund' && before?.pos === 'ADP' && prev)
    return {
      subject: prev.subject,
      subjectFrom: 'shared',
      parent: k - 1,
      link: 'adverbial',
      marker: before.lower,
    };
  // "denied sending troops": a gerund right after a verb is what that verb is about
  if (g.tense === 'gerund' && prev && prev.verb.last === g.first - 1)
    return {
      subject: prev.subject,
      subjectFrom: 'shared',
      parent: k - 1,
      link: 'complement',
      marker: null,
    };
  // "troops fighting in X were killed": the participle after the subject describes it
  if (prev && prev.link === 'main' && prev.subjectFrom === 'own' && prev.verb.tense === 'gerund') {
    prev.link = 'relative';
    prev.subjectFrom = 'antecedent';
    return {
      subject: prev.subject,
      subjectFrom: 'antecedent',
      parent: null,
      link: 'main',
      marker: null,
    };
  }
  // "X, which denies it, has been accused", "Troops sent by X crossed": the verb after a relative
  // clause takes its antecedent as subject
  let relative: Clause | undefined;
  for (let j = cx.clauses.length - 1; j >= 0 && !relative; j--)
    if (cx.clauses[j]?.link === 'relative') relative = cx.clauses[j];
  if (relative?.subject && relative.subject.last < g.first)
    return {
      subject: relative.subject,
      subjectFrom: 'antecedent',
      parent: null,
      link: 'main',
      marker: null,
    };
  return { subject: null, subjectFrom: null, parent: null, link: 'main', marker: null };
}

// How a clause with its own subject hangs on the one before: the word before the subject says.
function linkWithSubject(
  cx: Context,
  k: number,
  subject: Phrase,
): Pick<Clause, 'parent' | 'link' | 'marker'> {
  const marker = cx.words[subject.first - 1];
  const prev = k > 0 ? cx.clauses[k - 1] : undefined;
  const prevIndex = k > 0 ? k - 1 : null;
  if (!marker) return { parent: null, link: 'main', marker: null };
  const m = marker.lower;
  if (cx.opened.has(subject)) return { parent: prevIndex, link: 'adverbial', marker: m };
  if (CONDITIONS.has(m)) return { parent: prevIndex, link: 'condition', marker: m };
  // "negotiate with what it considers a terrorist group": the clause stands as a noun inside the
  // one before, so a participle after it (", instead calling for") is not its own
  if (FREE_RELATIVES.has(m) && prev) return { parent: prevIndex, link: 'relative', marker: m };
  if (m === 'that' && prev) return { parent: prevIndex, link: 'complement', marker: m };
  if (marker.pos === 'SCONJ') return { parent: prevIndex, link: 'adverbial', marker: m };
  if (CONJUNCTIONS.has(m) && prev) return { parent: prevIndex, link: 'coordination', marker: m };
  // "said Freedonia sent", "told reporters Sylvania had fired": a reported clause with no "that"
  if (prev && REPORTING.has(prev.verb.lemma)) {
    // "announced Wednesday it would", "said on Friday they": over time and prepositional phrases
    let afterVerb = prev.verb.last + 1;
    for (;;) {
      const w = cx.words[afterVerb];
      const p = cx.phrases[cx.at[afterVerb] ?? -1];
      if (w?.pos === 'ADP' || w?.pos === 'ADV' || w?.text === ',') afterVerb++;
      else if (p && p.first === afterVerb && (p.prep !== null || isTimePhrase(cx, p)))
        afterVerb = p.last + 1;
      else break;
    }
    const afterObject = (prev.objects[0]?.last ?? -2) + 1;
    if (subject.first === afterVerb || subject.first === afterObject)
      return { parent: prevIndex, link: 'complement', marker: null };
  }
  return { parent: null, link: 'main', marker: null };
}

// "troops sent by Freedonia", "forces fighting near the border": a participle right after a noun
// phrase, with no auxiliary, describes that phrase.
function reducedRelative(cx: Context, g: VerbGroup, subject: Phrase): boolean {
  if (g.first !== g.head) return false;
  const verb = cx.words[g.head];
  if (!verb || verb.pos !== 'VERB' || isTimePhrase(cx, subject)) return false;
  const before = cx.words[subject.first - 1];
  if (isPastParticiple(verb) && cx.words[g.head + 1]?.lower === 'by') return true;
  const governed = subject.prep !== null || before?.pos === 'VERB' || before?.pos === 'AUX';
  return governed && verb.lower.endsWith('ing');
}

// The first main clause after clause k, or k (as `k + 1 + findIndex` gave where none follows).
function nextMain(clauses: Clause[], k: number): number {
  for (let j = k + 1; j < clauses.length; j++) if (clauses[j]?.link === 'main') return j;
  return k;
}

/** Finds the clauses of tagged words: see {@link Clause}. */
export function findClausesInWords(tagged: TaggedWord[]): SentenceSyntax {
  const words = retagRelativeVerbs(
    retagGerundComplements(retagCoordinatedGerunds(retagCompoundModified(tagged))),
  );
  const { phrases, at } = chunkPhrases(words);
  // a participle inside a noun phrase ("a water-sharing treaty") heads no clause
  const groups = findVerbGroups(words).filter((g) => (at[g.head] ?? -1) < 0);
  const cx: Context = {
    words,
    phrases,
    at,
    groups,
    clauses: [],
    opened: openedClauses(words, phrases, groups),
  };
  groups.forEach((g, k) => {
    const nextStart = groups[k + 1]?.first ?? words.length;
    const near = g.tense === 'infinitive' ? null : phraseEndingBefore(cx, g.first);
    const own =
      near && reducedRelative(cx, g, near)
        ? near
        : g.tense === 'infinitive'
          ? null
          : subjectBefore(cx, g.first, g.tense);
    // "said Freedonia sent": the subject of a reported clause is not the reporting verb's object
    const next = groups[k + 1];
    const nextSubject =
      next && next.tense !== 'infinitive' && REPORTING.has(g.lemma)
        ? subjectBefore(cx, next.first, next.tense)
        : null;
    const stop = nextSubject && nextSubject.first > g.last ? nextSubject.first : nextStart;
    const { objects, preps } = complementsOf(cx, g, stop);
    let clause: Clause;
    if (own && reducedRelative(cx, g, own)) {
      clause = {
        verb: g,
        subject: own,
        subjectFrom: 'antecedent',
        objects,
        preps,
        parent: k > 0 ? k - 1 : null,
        link: 'relative',
        marker: null,
      };
      if (g.tense !== 'gerund') clause.verb = { ...g, voice: 'passive' };
    } else if (own) {
      clause = {
        verb: g,
        subject: own,
        subjectFrom: 'own',
        objects,
        preps,
        ...linkWithSubject(cx, k, own),
      };
    } else {
      clause = { verb: g, objects, preps, ...linkWithoutSubject(cx, k, g) };
    }
    cx.clauses.push(clause);
  });
  // "If X attacks, Y will respond": a fronted condition hangs on the clause after it
  cx.clauses.forEach((c, k) => {
    if (
      (c.link === 'condition' || c.link === 'adverbial') &&
      c.parent === null &&
      k + 1 < cx.clauses.length
    )
      c.parent = nextMain(cx.clauses, k);
  });
  return { words, phrases, clauses: cx.clauses };
}

/**
 * Tags one sentence and finds its clauses; word offsets are the sentence's plus `offset`.
 *
 * @example
 * const { clauses } = findClauses('Freedonia sent troops to Sylvania.');
 * clauses[0].verb.lemma; // "send"
 */
export function findClauses(sentence: string, offset = 0): SentenceSyntax {
  return findClausesInWords(tagWords(sentence, offset));
}

/**
 * Tags several sentences (see `tagSentences`: as few calls to the tagger as their texts allow)
 * and finds the clauses of each, as `findClauses` finds them one by one.
 */
export function findClausesOfSentences(parts: readonly SentencePart[]): SentenceSyntax[] {
  return tagSentences(parts).map(findClausesInWords);
}
