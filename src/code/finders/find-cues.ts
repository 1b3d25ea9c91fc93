import type { ActorRef, TimeMention } from '../../model/index.js';
import type { CueHit } from '../candidate.js';
import type { StanceCue } from '../load-code-dictionaries.js';
import { clauseSubjectAt, inSubjectOfLaterVerb, mainSubjectBefore } from '../roles/clause-roles.js';
import {
  coordinated,
  findActorsAfter,
  findActorsBefore,
  leadParties,
  uniqueRefs,
  type FoundActor,
} from '../roles/role-search.js';
import { coordinatorBefore, tokenIndexAt, type SentenceView } from '../sentence-view.js';
import { partyBeforeAppositive, partyBeforeAside } from './appositive-speaker.js';
import { alternatives, opensWithWordChar } from './pattern-opening.js';
import { isPossessedVoice } from './possessed-voice.js';
import { BE_FINITE, HAVE_FINITE } from '../../annotate/english/closed-class.js';
import { wordsTagged } from '../../dictionaries/word-lists.js';

// The forms of "be" a passive cue stands after ("was announced").
const PASSIVE_BE = new Set<string>([...BE_FINITE, 'been', 'be']);

const UNNAMED =
  /\b(?:sources?|reports?|media|officials|witnesses|analysts|observers|outlets|news agencies|agency|agencies|intelligence|insiders|experts|it is reported|reportedly)\b/;
// Adverbs and auxiliaries that may stand between a subject and its reporting verb.
const BETWEEN_SUBJECT_AND_CUE =
  /^(?:also|later|again|then|further|previously|earlier|has|have|had|was|were|is|are|[a-z]+ly)$/;
// At most this many tokens between two cues of one speech act ("quoted Xia's envoy as saying").
const SAME_ACT_GAP = 5;
// What may stand right before a cue that opens its clause: punctuation or a closing quote.
const CLAUSE_OPENER = /^[,;:"“”'‘’—–(-]$/;
const PRONOUN =
  /^(?:it|he|she|they|the ministry|the agency|the spokesperson|the spokesman|the official|the minister|the president|the country|both|the two)$/;

interface CompiledCues {
  /** Matches, empty, where any cue starts: one scan of the text finds where to look. */
  anyStart: RegExp;
  /** Each cue's pattern, sticky: tried only where some cue starts. */
  sticky: RegExp[];
}
const compiled = new WeakMap<StanceCue[], CompiledCues>();

// Where any cue starts. The cues that open with a word boundary share one leading `\b`: a
// position inside a word then fails one test, not one per cue (the scan visits every character of
// the article). Those that then open with a word character (all shipped cues, which a test checks)
// can only start where a word starts: a word start followed by such a cue is `\b` followed by it,
// and the scan finds word starts faster than it tests `\b`.
function anyStartPattern(cues: StanceCue[]): RegExp {
  const opensWithBoundary = (cue: StanceCue): boolean =>
    cue.pattern.startsWith('\\b') && !hasTopLevelAlternative(cue.pattern);
  const body = (cue: StanceCue): string => `(?:${cue.pattern.slice(2)})`;
  const bounded = cues.filter(opensWithBoundary);
  const atWordStart = bounded.filter((cue) => opensWithWordChar(cue.pattern.slice(2)));
  const atBoundary = bounded.filter((cue) => !atWordStart.includes(cue));
  const others = cues.filter((cue) => !opensWithBoundary(cue));
  const starts: string[] = [];
  if (atWordStart.length > 0) starts.push(`${WORD_START}(?=${atWordStart.map(body).join('|')})`);
  if (atBoundary.length > 0) starts.push(`(?=\\b(?:${atBoundary.map(body).join('|')}))`);
  if (others.length > 0) starts.push(`(?=${others.map((cue) => `(?:${cue.pattern})`).join('|')})`);
  return starts.length > 0 ? new RegExp(starts.join('|'), 'g') : /(?!)/g;
}

// Where a word of `\b` starts: no word character before, one after.
const WORD_START = '(?<![A-Za-z0-9_])(?=[A-Za-z0-9_])';

/** Whether a pattern has a `|` outside every group and class ("\\ba|b": the boundary is not shared). */
export function hasTopLevelAlternative(pattern: string): boolean {
  return alternatives(pattern).length > 1;
}

function compile(cues: StanceCue[]): CompiledCues {
  let c = compiled.get(cues);
  if (!c) {
    c = {
      anyStart: anyStartPattern(cues),
      sticky: cues.map((cue) => new RegExp(cue.pattern, 'y')),
    };
    compiled.set(cues, c);
  }
  return c;
}

/**
 * Every cue match in the whole text, cue by cue in dictionary order, as a global scan of each
 * cue's pattern would find them (one cue's matches never overlap). One scan finds where any cue
 * starts; each cue is tried there only.
 */
export function matchCuesInText(
  text: string,
  cues: StanceCue[],
): { cue: StanceCue; start: number; end: number }[] {
  const lower = text.toLowerCase();
  const { anyStart, sticky } = compile(cues);
  const perCue: { cue: StanceCue; start: number; end: number }[][] = cues.map(() => []);
  const nextFree = cues.map(() => 0);
  anyStart.lastIndex = 0;
  for (let m = anyStart.exec(lower); m; m = anyStart.exec(lower)) {
    const at = m.index;
    for (let k = 0; k < cues.length; k++) {
      const re = sticky[k];
      const cue = cues[k];
      if (!re || !cue || at < (nextFree[k] ?? 0)) continue;
      re.lastIndex = at;
      const hit = re.exec(lower);
      if (!hit || hit[0].length === 0) continue;
      perCue[k]?.push({ cue, start: at, end: at + hit[0].length });
      nextFree[k] = at + hit[0].length;
    }
    anyStart.lastIndex = at + 1;
  }
  return perCue.flat();
}

/** The cue matches of each sentence, in dictionary order (the order `findCues` relies on). */
export function matchesBySentence<M extends { start: number; end: number }>(
  matches: M[],
  views: SentenceView[],
): M[][] {
  const out: M[][] = views.map(() => []);
  for (const m of matches) {
    // binary search: the last sentence starting at or before the match
    let lo = 0;
    let hi = views.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((views[mid]?.sentence.span.start ?? Infinity) <= m.start) lo = mid;
      else hi = mid - 1;
    }
    const v = views[lo];
    if (v && m.start >= v.sentence.span.start && m.end <= v.sentence.span.end) out[lo]?.push(m);
  }
  return out;
}

// Words a reporting verb's noun twin follows ("recent reports that", "the claim that").
const BEFORE_REPORT_NOUN = new Set([
  'the',
  'a',
  'an',
  'recent',
  'media',
  'new',
  'these',
  'those',
  'such',
  'earlier',
  'unconfirmed',
  'some',
  'many',
  'several',
  'multiple',
  'press',
  'news',
  'latest',
  'initial',
  'previous',
  'numerous',
  'local',
]);
const REPORT_NOUNS = new Set(['report', 'reports', 'claim', 'claims', 'estimate', 'estimates']);

/** "recent reports", "the claim": the cue word is a noun here, not its speaker's verb. */
function isReportNoun(view: SentenceView, first: number, last: number): boolean {
  return (
    first === last &&
    REPORT_NOUNS.has(view.tokens[first]?.lower ?? '') &&
    BEFORE_REPORT_NOUN.has(view.tokens[first - 1]?.lower ?? '')
  );
}

// "was confirmed by Western officials and Xian intelligence": after "by", a named party joined by
// "and" to a group with no name of its own is one of the speakers.
function joinedAfterBy(view: SentenceView, last: number, a: FoundActor): boolean {
  if (view.tokens[last + 1]?.lower !== 'by' || a.prep !== 'and') return false;
  const between = view.tokens.slice(last + 2, a.at - 1);
  return (
    between.length > 0 && between.length <= 4 && between.every((t) => /^[\p{L}-]+$/u.test(t.text))
  );
}

// Auxiliaries that open a finite verb group after a subject ("said Yian troops had shelled").
const AUXILIARIES = new Set<string>([
  ...BE_FINITE,
  ...HAVE_FINITE,
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'did',
  'does',
]);
// How far after a party named after a cue a verb of its own may start.
const VERB_REACH = 4;

// A cheap look before reading the clause: an auxiliary or a past form in the few words after the
// party at token `at`, before any punctuation.
function verbMayFollow(view: SentenceView, at: number): boolean {
  for (let k = at + 1; k <= at + VERB_REACH && k < view.tokens.length; k++) {
    const w = view.tokens[k]?.lower ?? '';
    if (!/^[a-z]/.test(w)) return false;
    if (AUXILIARIES.has(w) || /[a-z]ed$/.test(w)) return true;
  }
  return false;
}

// Whether a cue of the sentence before this one named its speaker ("X said ..., adding ...": the
// same speech act, which the same-act rule below reads without the clause).
function spokenBefore(hits: readonly CueHit[], view: SentenceView): boolean {
  const last = hits.at(-1);
  return last !== undefined && last.view === view && last.sources.length > 0;
}

// A cue word in "-ing" right after a comma, with a party named before it: a participle hung on
// the clause before it.
function participleAfterComma(view: SentenceView, first: number): boolean {
  if (view.tokens[first - 1]?.text !== ',' || !/[a-z]ing$/.test(view.tokens[first]?.lower ?? ''))
    return false;
  const end = view.tokens[first]?.start ?? 0;
  return view.mentions.some((m) => m.kind === 'actor' && m.span.end <= end);
}

// Whether a cue opens its clause ("..., said Miller", "Said Miller:"), so that its speaker may
// follow it; after a subject phrase ("The spy agency says X sent"), what follows is what was said.
function cueStartsItsClause(view: SentenceView, first: number): boolean {
  let k = first - 1;
  while (k >= 0 && BETWEEN_SUBJECT_AND_CUE.test(view.tokens[k]?.lower ?? '')) k--;
  return k < 0 || CLAUSE_OPENER.test(view.tokens[k]?.lower ?? '');
}

// Capitalised words before a cue that name no one ("It said", "The Ministry said" has its own rule).
const NOT_A_NAME = /^(?:the|this|that|these|those|it|he|she|they|we|i|you|a|an|there)$/;

// A capitalised word right before a cue (past its adverbs) that is no pronoun or article: a name.
function namedSubjectBefore(view: SentenceView, first: number): boolean {
  let k = first - 1;
  while (k > 0 && BETWEEN_SUBJECT_AND_CUE.test(view.tokens[k]?.lower ?? '')) k--;
  const t = view.tokens[k];
  return t !== undefined && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !NOT_A_NAME.test(t.lower);
}

// "police said": police named with no state are the police of the place the event happened in.
const localPoliceWords = wordsTagged('local-police');

/** Whether the subject right before a cue (past its adverbs) is police named alone. */
function localPoliceBefore(view: SentenceView, first: number): boolean {
  let k = first - 1;
  while (k > 0 && BETWEEN_SUBJECT_AND_CUE.test(view.tokens[k]?.lower ?? '')) k--;
  return localPoliceWords().has(view.tokens[k]?.lower ?? '');
}

/**
 * Stance cues of one sentence with their sources, most specific cue first. A cue whose speaker
 * is a person with no code has no source (it still ends the speaker a later pronoun refers to).
 */
export function findCues(
  view: SentenceView,
  matches: { cue: StanceCue; start: number; end: number }[],
  published: string | null,
  previousSource: ActorRef[],
  pointedParty: () => ActorRef[] = () => [],
): CueHit[] {
  let lower: string | null = null;
  const taken: { start: number; end: number }[] = [];
  const hits: CueHit[] = [];
  const base = view.sentence.span.start;
  const cueTokens = new Set<number>();
  const found: { cue: StanceCue; start: number; end: number }[] = [];
  // matches come in dictionary order: an earlier, more specific cue claims its words
  for (const m of matches) {
    if (m.start < base || m.end > view.sentence.span.end) continue;
    // a cue word inside a name ("United States") is no cue
    if (
      view.mentions.some((x) => x.kind === 'actor' && x.span.start < m.end && m.start < x.span.end)
    )
      continue;
    const { start, end } = m;
    if (taken.some((t) => t.start <= start && end <= t.end)) continue;
    taken.push({ start, end });
    found.push(m);
    for (
      let i = tokenIndexAt(view, start);
      i < view.tokens.length && (view.tokens[i]?.start ?? end) < end;
      i++
    )
      cueTokens.add(i);
  }
  found.sort((a, b) => a.start - b.start);
  let lastSubject: ActorRef[] = previousSource;
  for (const f of found) {
    const first = tokenIndexAt(view, f.start);
    let last = first;
    while (last + 1 < view.tokens.length && (view.tokens[last + 1]?.start ?? f.end) < f.end) last++;
    const others = new Set([...cueTokens].filter((i) => i < first || i > last));
    let sources: ActorRef[] = [];
    let sourceKind: CueHit['sourceKind'] = 'actor';
    let localPolice = false;
    if (f.cue.source === 'speaker') {
      // "'Freedonia is responsible for the clash,' it said": the party before the cue is the one
      // blamed; the speaker is the sentence's (set below, once its other cues are read)
    } else if (f.cue.source === 'after') {
      const after = findActorsAfter(view, last, others, 10);
      // "according to early data, the number of Sylvanian dead …": the source phrase ends at
      // its comma, and a party after it is what was said
      const firstComma = view.tokens.findIndex((t, i) => i > last && t.text === ',');
      const spoken = after[0] && firstComma >= 0 && after[0].at > firstComma ? [] : after;
      sources = uniqueRefs(coordinated(view, spoken, 0).map((a) => a.ref));
      if (f.cue.speakerCarries && sources.length > 0) lastSubject = sources;
    } else if (PASSIVE_BE.has(view.tokens[first - 1]?.lower ?? '')) {
      // "was announced": what stands before is the thing said; the speaker follows "by", if named
      const after = findActorsAfter(view, last, others, 6);
      const by = after.findIndex((a) => a.prep === 'by' || joinedAfterBy(view, last, a));
      if (by >= 0) sources = uniqueRefs(coordinated(view, after, by).map((a) => a.ref));
    } else if (isReportNoun(view, first, last)) {
      // "a response to recent reports that …": the reports' authors are not named before them
      sources = [];
    } else {
      // "X said it had struck Y's posts and accused the group of …": a cue verb joined by "and"
      // to the verb before it shares that verb's subject, not the party nearest before it; so
      // does a participle cue after a comma (", saying Yia had shelled …")
      const shared =
        coordinatorBefore(view.tokens, first) >= 0
          ? clauseSubjectAt(view, f.start)
          : participleAfterComma(view, first) && !spokenBefore(hits, view)
            ? mainSubjectBefore(view, f.start)
            : [];
      const before = shared.length > 0 ? shared : findActorsBefore(view, first, others, 14, true);
      sources = uniqueRefs(before.map((a) => a.ref));
      // "Freedonia's army chief, General Ivo Marek, confirmed": the party before the name speaks
      if (sources.length === 0)
        sources = uniqueRefs(partyBeforeAppositive(view, first, others).map((a) => a.ref));
      // "the Xian army, citing witnesses, said": the subject before the aside speaks
      if (sources.length === 0)
        sources = uniqueRefs(partyBeforeAside(view, first, others).map((a) => a.ref));
      if (sources.length === 0 && cueStartsItsClause(view, first)) {
        // "..., said Miller": the source follows the cue
        const after = findActorsAfter(view, last, others, 5);
        const speaker = after[0];
        if (
          speaker &&
          speaker.at <= last + 3 &&
          !(
            verbMayFollow(view, speaker.at) &&
            inSubjectOfLaterVerb(view, view.tokens[speaker.at]?.start ?? 0)
          )
        )
          sources = [speaker.ref];
      }
      if (sources.length > 0) lastSubject = sources;
    }
    if (sources.length === 0 && f.cue.source !== 'speaker') {
      const lead = view.sentence.text.slice(0, f.start - base).toLowerCase();
      // "he also claimed", "they have repeatedly said": the pronoun stands before the adverbs
      const subjectWords = (lead.split(/[,;]/).pop()?.trim() ?? '').split(/\s+/);
      while (subjectWords.length > 1 && BETWEEN_SUBJECT_AND_CUE.test(subjectWords.at(-1) ?? ''))
        subjectWords.pop();
      if (
        PRONOUN.test(subjectWords.slice(-2).join(' ')) ||
        PRONOUN.test(subjectWords.at(-1) ?? '')
      ) {
        sources = lastSubject;
      } else if (isPossessedVoice(subjectWords)) {
        // "Xia did not attack, its ministry said": the party the sentence is about before the
        // cue; "Its defence ministry said": the one the sentence before is about; else the speaker
        const here = leadParties(view, others, first);
        const pointed = here.length > 0 ? here : pointedParty();
        sources = pointed.length > 0 ? pointed : lastSubject;
      }
      // "quoted Xia as saying": a cue right after a named speaker's cue is the same speech act
      const act = hits.at(-1);
      if (sources.length === 0 && act && act.view === view && act.sources.length > 0) {
        const gap = first - tokenIndexAt(view, act.span.end - 1);
        if (gap > 0 && gap <= SAME_ACT_GAP) sources = act.sources;
      }
      if (sources.length === 0) {
        if (f.cue.outletVoice) continue;
        lower ??= view.sentence.text.toLowerCase();
        const near = lower.slice(Math.max(0, f.start - base - 40), f.end - base + 40);
        if (f.cue.source === 'before' && localPoliceBefore(view, first)) localPolice = true;
        else if (UNNAMED.test(near)) sourceKind = 'unnamed';
        // "Ivo Marek said": a person with no code speaks; kept with no source, so that a later
        // "he" is not taken for the speaker before
        else if (f.cue.source !== 'before' || !namedSubjectBefore(view, first)) continue;
      }
    }
    const saidOn = nearestTime(view, first, last);
    hits.push({
      view,
      cueId: f.cue.id,
      stance: f.cue.stance,
      span: { start: f.start, end: f.end },
      text: view.sentence.text.slice(f.start - base, f.end - base),
      sources,
      sourceKind,
      saidOn: saidOn ?? (published ? published.slice(0, 10) : null),
      saidOnFromText: saidOn !== null,
      sourceFrom: f.cue.source,
      carriesSpeaker: f.cue.source === 'before' || f.cue.speakerCarries === true,
      rebutsRole: f.cue.rebutsRole === true,
      ownConduct: f.cue.ownConduct === true,
      localPolice,
      ownsLosses: f.cue.ownsLosses === true,
    });
  }
  // a cue that speaks for the sentence's speaker: the source of its other cue, else the speaker
  // carried from the sentences before; with neither it says nothing
  for (const h of hits) {
    if (h.sourceFrom !== 'speaker') continue;
    const other = hits.find((o) => o.sourceFrom !== 'speaker' && o.sources.length > 0);
    h.sources = other ? other.sources : previousSource;
  }
  return hits.filter((h) => h.sourceFrom !== 'speaker' || h.sources.length > 0);
}

// The cue's own date: a resolved time within a few words of the cue ("said on Friday", "On Monday, X revealed").
function nearestTime(view: SentenceView, first: number, last: number): string | null {
  let best: { d: number; date: string } | null = null;
  for (const m of view.mentions) {
    if (m.kind !== 'time' || !(m as TimeMention).when) continue;
    const when = (m as TimeMention).when;
    if (!when) continue;
    const at = tokenIndexAt(view, m.span.start);
    const d = at > last ? at - last : first - at;
    const sentenceOpening = at <= 2;
    if (d > 4 && !sentenceOpening) continue;
    if (!best || d < best.d) best = { d, date: when.date };
  }
  return best?.date ?? null;
}

/** Token indices covered by cues: role search does not cross them. */
export function cueTokenSet(view: SentenceView, hits: CueHit[]): Set<number> {
  const set = new Set<number>();
  for (const h of hits)
    for (
      let i = tokenIndexAt(view, h.span.start);
      i < view.tokens.length && (view.tokens[i]?.start ?? h.span.end) < h.span.end;
      i++
    )
      set.add(i);
  // a cue's source speaks about the event: it is not one of the event's parties
  for (const h of hits)
    for (const src of h.sources) {
      let i = tokenIndexAt(view, src.span?.start ?? 0);
      for (; i < view.tokens.length && (view.tokens[i]?.start ?? 0) < (src.span?.end ?? 0); i++)
        set.add(i);
      // nor is its short form in brackets ("the Security Service (SBU)")
      if (view.tokens[i]?.text === '(' && view.tokens[i + 2]?.text === ')')
        for (let k = i; k <= i + 2; k++) set.add(k);
    }
  return set;
}
