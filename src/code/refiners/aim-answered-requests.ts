import type { SentenceSyntax } from '../../annotate/syntax/find-clauses.js';
import type { ActorRef } from '../../model/index.js';
import type { EventCandidate } from '../candidate.js';
import { clauseSubjectAt, syntaxOf, wordAt } from '../roles/clause-roles.js';

// The words that put a request before the act that answers it: "following requests from Xia",
// "after an appeal by Yia", "upon the request from Zia", "in response to requests from Xia".
const ANSWERING = new Set(['following', 'after', 'upon']);
const RESPONSE = new Set(['response', 'answer', 'reply']);
// Words that may stand between the answering word and the request noun ("following repeated
// requests", "after a formal request").
const BETWEEN = /^(?:the|a|an|their|its|repeated|formal|earlier|joint|separate|urgent|several)$/;

// requests answered by the clause they hang on: kept through drop-background
const answered = new WeakSet<EventCandidate>();

/** Was the request answered by the act of the clause it hangs on (`aimAnsweredRequests`)? */
export function isAnsweredRequest(c: EventCandidate): boolean {
  return answered.has(c);
}

// The parties of the subject of clause `k` that are not among the request's makers.
function doersOf(c: EventCandidate, syntax: SentenceSyntax, k: number): ActorRef[] {
  const verb = syntax.words[syntax.clauses[k]?.verb.head ?? -1];
  if (!verb) return [];
  return clauseSubjectAt(c.view, verb.start)
    .map((f) => f.ref)
    .filter((r) => !c.actors.some((a) => a.code === r.code));
}

// The token index of the word that puts the request before its answer, or -1.
function answeringWord(c: EventCandidate): number {
  const tokens = c.view.tokens;
  let k = c.first - 1;
  for (let n = 0; n < 2 && k >= 0 && BETWEEN.test(tokens[k]?.lower ?? ''); n++) k--;
  const w = tokens[k]?.lower ?? '';
  if (ANSWERING.has(w)) return k;
  // "in response to", "in answer to"
  if (w === 'to' && RESPONSE.has(tokens[k - 1]?.lower ?? '') && tokens[k - 2]?.lower === 'in')
    return k - 2;
  return -1;
}

/**
 * "Malaysia hosted the talks following requests from Xia and Yia for mediation": a request told
 * as what an act answered is a request of the one who did that act. The request noun whose maker
 * is named ("from", "by": assign-request-maker) and whose phrase hangs on a clause by
 * "following", "after", "upon" or "in response to" is aimed at the subject of that clause (the
 * main clause's, where the phrase opens the sentence). It is news the sentence tells, not a
 * background mention; it was made before the act that answered it, on a day the sentence does
 * not give, so it keeps no date of the report. A request with a party already asked, with no
 * maker, or whose clause names no party apart from the makers, is left alone.
 */
export function aimAnsweredRequests(cands: EventCandidate[]): EventCandidate[] {
  for (const c of cands) {
    if (c.dropped || c.type !== 'REQUEST' || c.entry.pos !== 'noun') continue;
    if (c.actors.length === 0 || c.recipients.length > 0) continue;
    const marker = answeringWord(c);
    if (marker < 0) continue;
    const syntax = syntaxOf(c.view);
    const at = wordAt(syntax, c.trigger.span.start);
    if (at < 0) continue;
    // the clause the request phrase hangs on: the governor of "following" read as a verb
    // ("hosted the meeting following requests"), else the nearest clause whose verb stands
    // before the phrase ("hosted the talks after a request"); for a phrase that opens the
    // sentence ("Following requests from Xia, Zia hosted"), the main clause after it
    const markerWord = wordAt(syntax, c.view.tokens[marker]?.start ?? -1);
    const asVerb = syntax.clauses.findIndex((cl) => cl.verb.head === markerWord);
    let holder =
      asVerb >= 0
        ? (syntax.clauses[asVerb]?.parent ?? -1)
        : syntax.clauses.findLastIndex((cl) => cl.verb.last < markerWord);
    if (holder < 0 && marker === 0)
      holder = syntax.clauses.findIndex((cl) => cl.parent === null && cl.verb.first > at);
    // a relative clause between the act and the phrase ("the meeting, which lasted an hour,
    // following requests") describes the act's object: the act is the clause it hangs on
    let doers = doersOf(c, syntax, holder);
    const clause = syntax.clauses[holder];
    if (doers.length === 0 && clause?.link === 'relative' && clause.parent !== null)
      doers = doersOf(c, syntax, (holder = clause.parent));
    const verb = syntax.words[syntax.clauses[holder]?.verb.head ?? -1];
    if (!verb) continue;
    if (doers.length === 0) continue;
    c.recipients = doers;
    answered.add(c);
    c.notes.push(
      `recipients ${doers.map((r) => r.code).join('+')}: the request is answered by "${verb.text}", whose subject was asked`,
    );
    if (c.when) {
      c.when = null;
      c.whenSource = null;
      c.notes.push('undated: made before the act that answered it, on a day not told');
    }
  }
  return cands;
}
