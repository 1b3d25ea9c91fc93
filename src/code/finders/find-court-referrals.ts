import type { EventCandidate } from '../candidate.js';
import { newCandidate, triggerOfTokens } from '../candidate.js';
import type { TriggerEntry } from '../load-code-dictionaries.js';
import type { SentenceView } from '../sentence-view.js';

// Taking a dispute to a court: a party accuses the other side before judges (PLOVER ACCUSE).
export const COURT_REFERRAL: TriggerEntry = {
  id: 'court-referral',
  pos: 'verb',
  type: 'ACCUSE',
  mode: 'allege',
};
export const COURT_REFERRAL_RULE = 'trigger/court-referral';

// The verbs that carry a dispute to a court, every form.
const CARRY = new Set([
  'refer',
  'refers',
  'referred',
  'referring',
  'take',
  'takes',
  'took',
  'taken',
  'taking',
  'bring',
  'brings',
  'brought',
  'bringing',
  'submit',
  'submits',
  'submitted',
  'submitting',
]);
// What is carried: the dispute, not a person or a ruling ("took the oath before the court").
const MATTERS = new Set([
  'dispute',
  'disputes',
  'case',
  'matter',
  'issue',
  'conflict',
  'row',
  'claim',
  'claims',
  'complaint',
  'quarrel',
]);
// How far the matter may stand after the verb ("referred the long-running border dispute").
const MATTER_WINDOW = 5;
const TO = new Set(['to', 'before']);
// The court, within a few words of "to" ("to the UN International Court of Justice").
const COURTS = new Set(['court', 'tribunal', 'icj', 'arbitration']);
const COURT_WINDOW = 5;
// The cheap test before any token is read: a court named in the sentence.
const COURT_TEXT = /court|tribunal|ICJ|arbitration/i;

/** Where the dispute, "to" and the court stand after the verb at `i`, or null. */
export function referralAt(
  view: SentenceView,
  i: number,
): { matter: number; to: number; court: number } | null {
  const tokens = view.tokens;
  if (!CARRY.has(tokens[i]?.lower ?? '')) return null;
  let matter = -1;
  for (let k = i + 1; k <= i + MATTER_WINDOW && k < tokens.length; k++) {
    const w = tokens[k]?.lower ?? '';
    if (MATTERS.has(w)) {
      matter = k;
      break;
    }
    if (TO.has(w) || w === ',') break;
  }
  if (matter < 0 || !TO.has(tokens[matter + 1]?.lower ?? '')) return null;
  const to = matter + 1;
  for (let k = to + 1; k <= to + COURT_WINDOW && k < tokens.length; k++)
    if (COURTS.has(tokens[k]?.lower ?? '')) return { matter, to, court: k };
  return null;
}

/**
 * "Yia referred the dispute to the International Court of Justice", "took the case before an
 * arbitration tribunal": carrying a dispute to a court is an accusation by whoever carries it
 * (ACCUSE/allege); its doer is found by role search, the side accused by
 * refiners/aim-court-referrals.ts. A verb with no dispute or case as its object ("took the oath
 * before the court", "referred to the court's ruling") is none.
 */
export function findCourtReferrals(view: SentenceView): EventCandidate[] {
  if (!COURT_TEXT.test(view.sentence.text)) return [];
  const tokens = view.tokens;
  const out: EventCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const at = referralAt(view, i);
    if (!at) continue;
    const trigger = triggerOfTokens(view, i, i);
    out.push(
      newCandidate({
        view,
        entry: COURT_REFERRAL,
        type: 'ACCUSE',
        mode: 'allege',
        first: i,
        last: i,
        trigger,
        ruleId: COURT_REFERRAL_RULE,
        passive: false,
        actors: [],
        recipients: [],
        notes: [
          `trigger "${trigger.text}" (court referral -> ACCUSE/allege): "${tokens[at.matter]?.text ?? ''}" carried to the "${tokens[at.court]?.text ?? ''}"`,
        ],
      }),
    );
  }
  return out;
}
