import { wordsTagged } from '../../dictionaries/word-lists.js';
import type { EventCandidate } from '../candidate.js';
import { newCandidate, triggerOfTokens } from '../candidate.js';
import type { TriggerEntry } from '../load-code-dictionaries.js';
import { JUDGED_ACT } from './find-judged-acts.js';
import { leadActors, mentionRef, uniqueRefs } from '../roles/role-search.js';
import { namesParty, type SentenceView } from '../sentence-view.js';
import type { ActorMention } from '../../model/index.js';

// A disapproval one party draws from another: PLOVER's ACCUSE (disapprove), found from its frame
// with its roles fixed, as a judgment of an act is.
const DRAWN_REACTION: TriggerEntry = { ...JUDGED_ACT, id: 'drawn-reaction' };

const draws = wordsTagged('draws-reaction');
const reactions = wordsTagged('reaction-noun');
// How far before the noun its verb may stand ("drew sharp and swift criticism").
const VERB_REACH = 4;
const NO_BLOCK: Set<number> = new Set();

// The party right after "from" (and its article) after the noun, or null.
function partyFrom(view: SentenceView, i: number): ActorMention | null {
  let k = i + 1;
  if (view.tokens[k]?.lower !== 'from') return null;
  k++;
  if (view.tokens[k]?.lower === 'the') k++;
  const m = view.mentionAt.get(k)?.find((x): x is ActorMention => x.kind === 'actor');
  return m ?? null;
}

/**
 * "X met Y, drawing criticism from Zia", "X faced sharp condemnation from Zia", "the visit
 * sparked a backlash from Zia": a reaction noun (word tag `reaction-noun`) after a verb of
 * drawing one (`draws-reaction`), with a party right after "from", is that party's disapproval
 * (ACCUSE/disapprove) of the subject of the sentence before the verb; with no party after "from"
 * ("faced criticism from lawmakers") the subject is still the one criticised, by someone unnamed,
 * never the critic. Where the subject names no party, none is found.
 */
export function findDrawnReactions(view: SentenceView): EventCandidate[] {
  if (!namesParty(view)) return [];
  const out: EventCandidate[] = [];
  const t = view.tokens;
  for (let i = 1; i < t.length; i++) {
    if (!reactions().has(t[i]?.lower ?? '')) continue;
    let verb = -1;
    for (let k = i - 1; k >= Math.max(0, i - VERB_REACH) && verb < 0; k--)
      if (draws().has(t[k]?.lower ?? '')) verb = k;
    if (verb < 0) continue;
    const from = partyFrom(view, i);
    const subject = leadActors(view, NO_BLOCK, verb)
      .map((a) => a.ref)
      .filter((r) => r.code !== from?.actor.code);
    if (subject.length === 0) continue;
    out.push(
      newCandidate({
        view,
        entry: DRAWN_REACTION,
        type: 'ACCUSE',
        mode: 'disapprove',
        first: i,
        last: i,
        trigger: triggerOfTokens(view, i, i),
        ruleId: 'trigger/noun/drawn-reaction',
        passive: false,
        actors: from ? [mentionRef(from)] : [],
        recipients: uniqueRefs(subject),
        rolesFixed: true,
        notes: [
          `trigger "${t[i]?.text ?? ''}" (drawn-reaction -> ACCUSE/disapprove): drawn by "${t[verb]?.text ?? ''}" from ${from ? from.actor.code : 'no party named'}, against the subject`,
        ],
      }),
    );
  }
  return out;
}
