import { wordsTagged } from '../../dictionaries/word-lists.js';
import type { EventCandidate } from '../candidate.js';
import { newCandidate, triggerOfTokens } from '../candidate.js';
import type { TriggerEntry } from '../load-code-dictionaries.js';
import type { SentenceView } from '../sentence-view.js';

// The use of arms a noun phrase tells: an attack by whoever used them (PLOVER ASSAULT).
export const WEAPON_USE: TriggerEntry = {
  id: 'weapon-use',
  pos: 'noun',
  type: 'ASSAULT',
  mode: null,
};

const arms = wordsTagged('used-weapon');
const judgments = wordsTagged('judgment');
const COPULAS = new Set(['is', 'was', 'are', 'were', 'constitutes', 'constituted']);
// How far the copula of a judged subject may stand after the arms, and the judgment after it.
const COPULA_WINDOW = 12;
const JUDGMENT_WINDOW = 4;
// How far after "use of" the arms may stand ("the use of heavy cluster munitions").
const ARMS_WINDOW = 4;
// Words up to three before "use" that make it no act done: a threat, a ban, a refusal or an aim
// ("threatened the use of", "a ban on the use of", "renounced the use of", "to avoid any use of").
const NOT_BEFORE = new Set([
  'threat',
  'threaten',
  'threatened',
  'threatening',
  'threatens',
  'ban',
  'banned',
  'banning',
  'bans',
  'prohibit',
  'prohibited',
  'prohibits',
  'prohibiting',
  'against',
  'renounce',
  'renounced',
  'renounces',
  'avoid',
  'avoided',
  'avoiding',
  'authorize',
  'authorized',
  'authorise',
  'authorised',
  'approve',
  'approved',
  'allow',
  'allowed',
  'permit',
  'permitted',
  'restrict',
  'restricted',
  'limit',
  'limited',
  'possible',
  'potential',
  'future',
  'any',
  'no',
  'without',
  'deny',
  'denied',
  'denies',
  'denying',
  'oppose',
  'opposed',
  'opposes',
  'rule',
  'ruled',
  'consider',
  'considered',
  'considering',
  'justify',
  'legal',
  'legitimate',
]);

/**
 * "The use of cluster munitions by Xia", "Xia's use of heavy weaponry": "use of" with arms
 * (words/used-weapons.json) close after it is an attack, which no trigger word tells; role
 * search and the noun phrase find who used them. A threat, ban, refusal or aim before "use"
 * tells no act done. Prefiltered by the text "use of".
 */
export function findWeaponUse(view: SentenceView): EventCandidate[] {
  const text = view.sentence.text;
  if (!text.includes('use of') && !text.includes('Use of')) return [];
  const tokens = view.tokens;
  const out: EventCandidate[] = [];
  for (let i = 0; i < tokens.length - 2; i++) {
    if (tokens[i]?.lower !== 'use' || tokens[i + 1]?.lower !== 'of') continue;
    let armed = -1;
    for (let k = i + 2; k <= i + 1 + ARMS_WINDOW && k < tokens.length; k++) {
      if (arms().has(tokens[k]?.lower ?? '')) {
        armed = k;
        break;
      }
    }
    if (armed < 0) continue;
    if ([1, 2, 3].some((k) => NOT_BEFORE.has(tokens[i - k]?.lower ?? ''))) continue;
    if (judgedSubject(view, armed)) continue;
    const trigger = triggerOfTokens(view, i, i);
    out.push(
      newCandidate({
        view,
        entry: WEAPON_USE,
        type: 'ASSAULT',
        mode: null,
        first: i,
        last: i,
        trigger,
        ruleId: 'trigger/weapon-use',
        passive: false,
        actors: [],
        recipients: [],
        notes: [
          `trigger "${trigger.text}" (weapon use -> ASSAULT): "use of" with the arms "${tokens[armed]?.text ?? ''}"`,
        ],
      }),
    );
  }
  return out;
}

/**
 * "Xia's use of heavy weaponry ... is a violation of the charter": a use that is the subject of a
 * judgment is the act judged (find-judged-acts codes the judgment); whether and when it happened
 * is told where it is reported, not by the verdict.
 */
function judgedSubject(view: SentenceView, armed: number): boolean {
  const tokens = view.tokens;
  for (let k = armed + 1; k <= armed + COPULA_WINDOW && k < tokens.length; k++) {
    const w = tokens[k]?.lower ?? '';
    if (w === ',' || w === ';') return false;
    if (!COPULAS.has(w)) continue;
    for (let j = k + 1; j <= k + JUDGMENT_WINDOW && j < tokens.length; j++)
      if (judgments().has(tokens[j]?.lower ?? '')) return true;
    return false;
  }
  return false;
}
