import { wordsTagged } from '../../dictionaries/word-lists.js';
import type { EventCandidate } from '../candidate.js';
import { newCandidate, triggerOfTokens } from '../candidate.js';
import type { CodeContext } from '../context.js';
import type { TriggerEntry } from '../load-code-dictionaries.js';
import { syntaxOf } from '../roles/clause-roles.js';
import { uniqueRefs } from '../roles/role-search.js';
import { namesParty, tokenIndexAt, type SentenceView } from '../sentence-view.js';

// A judgment a party passes on an act: PLOVER's ACCUSE (disapprove), the judge its actor.
export const JUDGED_ACT: TriggerEntry = {
  id: 'judged-act',
  pos: 'noun',
  type: 'ACCUSE',
  mode: 'disapprove',
  speech: true,
  rolesFixed: true,
  // found from a clause, not from a trigger word: the rules that read a trigger word (modality,
  // verb objects, background nouns) leave it; the finder reads the clause's negation and modal
  presence: true,
};

const judgmentWords = wordsTagged('judgment');
// the words between the copula and the judgment: "was a serious violation", "is clearly illegal"
const BETWEEN = new Set(['DET', 'ADV', 'ADJ']);
const COPULA_REACH = 4;

/**
 * Whether the sentence's text holds a judgment word anywhere, even inside a longer word: every
 * tagged word is a stretch of the text, so a sentence without one cannot give a judgment, and
 * its words need not be tagged.
 */
function mayHoldJudgment(view: SentenceView): boolean {
  return holdsJudgmentWord(view.sentence.text.toLowerCase());
}

// All judgment words in one pattern, built once: one scan of the text instead of one `includes`
// per word (a third of the time). A word-list word is lower-case letters and hyphens (WordRow),
// none of them special in a pattern.
let anyJudgmentWord: RegExp | undefined;

/** Whether a lower-case text holds some judgment word, as a stretch of it (inside words too). */
export function holdsJudgmentWord(lower: string): boolean {
  // no word, no judgment: an empty pattern would match every text
  anyJudgmentWord ??=
    judgmentWords().size > 0 ? new RegExp([...judgmentWords()].join('|')) : /(?!)/;
  return anyJudgmentWord.test(lower);
}

/** The token range of the judgment word a copula is followed by, or null. */
function judgmentAfter(
  view: SentenceView,
  words: { lower: string; pos: string; start: number }[],
  head: number,
): number | null {
  for (let k = head + 1; k <= head + COPULA_REACH && k < words.length; k++) {
    const w = words[k];
    if (!w) return null;
    if (judgmentWords().has(w.lower)) return tokenIndexAt(view, w.start);
    if (!BETWEEN.has(w.pos)) return null;
  }
  return null;
}

/**
 * "Xia said the shelling of the town was a violation of the truce", "“The sanctions are
 * unjustified,” the Yian minister said": a speaker who calls an act a violation, illegal or
 * unacceptable disapproves of it (ACCUSE/disapprove), the speaker its actor; who is judged is set
 * later from the act's doer (assign-judged-doer). The clause must be a plain statement ("is",
 * "was": not negated, no modal), its subject must name an act (an event word of the trigger
 * dictionaries, or a gerund), and the sentence must name who says it: the outlet's own judgment
 * is no party's act.
 */
export function findJudgedActs(view: SentenceView, ctx: CodeContext): EventCandidate[] {
  if (!namesParty(view)) return [];
  const hits = ctx.hits.filter(
    (h) => h.view === view && h.sourceKind === 'actor' && h.sources.length > 0,
  );
  // the cheap test first: half the sentences that name a party hold no named speaker's cue (dev
  // articles), and a look through the article's few cues costs less than the text scan
  if (hits.length === 0 || !mayHoldJudgment(view)) return [];
  const syntax = syntaxOf(view);
  const out: EventCandidate[] = [];
  for (const clause of syntax.clauses) {
    const verb = clause.verb;
    if (verb.lemma !== 'be' || verb.negated || verb.modal !== null || !clause.subject) continue;
    const at = judgmentAfter(view, syntax.words, verb.head);
    if (at === null) continue;
    const copulaStart = syntax.words[verb.first]?.start ?? 0;
    // the judged act: between the speaker's cue (when it comes first) and the copula
    const before = hits.filter((h) => h.span.end <= copulaStart);
    const from = Math.max(view.sentence.span.start, ...before.map((h) => h.span.end));
    const region = view.tokens.filter((t) => t.start >= from && t.end <= copulaStart);
    const namesAct = region.some(
      (t) =>
        ctx.triggerIndex.nouns.has(t.lower) ||
        ctx.triggerIndex.verbs.has(t.lower) ||
        /^[a-z]{4,}ing$/.test(t.lower),
    );
    if (!namesAct) continue;
    // the judge: the speaker whose cue stands outside the judged clause
    const judgeEnd = view.tokens[at]?.end ?? copulaStart;
    const judge = hits.find((h) => h.span.end <= from || h.span.start >= judgeEnd);
    if (!judge) continue;
    out.push(
      newCandidate({
        view,
        entry: JUDGED_ACT,
        type: 'ACCUSE',
        mode: 'disapprove',
        first: at,
        last: at,
        trigger: triggerOfTokens(view, at, at),
        ruleId: 'trigger/judged-act',
        passive: false,
        actors: uniqueRefs(judge.sources),
        recipients: [],
        notes: [
          `judged act: "${judge.text}" speaker calls the act before "${view.tokens[at]?.text ?? ''}" so`,
        ],
      }),
    );
  }
  return out;
}
