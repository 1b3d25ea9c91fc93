import type { EventType } from '../../model/index.js';
import type { EventCandidate } from '../candidate.js';

// PLOVER codes a promised cooperative act as AGREE and an announced coercive act as THREATEN.
const PROMISE: ReadonlySet<EventType> = new Set([
  'AID',
  'SUPPORT',
  'RETREAT',
  'CONCEDE',
  'CONSULT',
  'COOPERATE',
]);
const THREAT: ReadonlySet<EventType> = new Set(['SANCTION', 'COERCE', 'ASSAULT', 'PROTEST']);

// The REJECT mode of a refused act of each cooperative type.
const REFUSED_MODE: ReadonlyMap<EventType, string> = new Map([
  ['AID', 'aid'],
  ['SUPPORT', 'aid'],
  ['COOPERATE', 'aid'],
  ['CONSULT', 'meet'],
  ['RETREAT', 'yield'],
]);

/** An announced plan is coded as what announcing it is: a promise (AGREE) or a threat (THREATEN). */
export function recodePlans(cands: EventCandidate[]): EventCandidate[] {
  for (const c of cands) {
    // "failed to reach agreement", "refused to meet": the act not done is a rejection
    const before = c.view.tokens
      .slice(Math.max(0, c.first - 3), c.first)
      .map((t) => t.lower)
      .join(' ');
    if (
      /\b(?:failed|fail|fails)\s+to$/.test(before) &&
      (c.type === 'AGREE' || c.type === 'CONSULT' || c.type === 'COOPERATE')
    ) {
      c.notes.push(`"failed to" ${c.type}: coded as REJECT`);
      c.type = 'REJECT';
      c.mode = null;
      c.modality = 'asserted';
      continue;
    }
    // "said it would not provide support", "will not meet": a refused cooperative act is a
    // rejection (REJECT modes aid, meet, yield)
    // a treaty not to be signed is refused with no mode ("aid" is no treaty)
    const refused = c.mode === 'treaty' ? null : REFUSED_MODE.get(c.type);
    const verb = c.clause?.clause.verb;
    if (
      c.modality === 'negated' &&
      refused !== undefined &&
      verb?.negated === true &&
      (verb.modal === 'will' ||
        verb.modal === 'would' ||
        verb.modal === 'wo' ||
        verb.modal === 'shall')
    ) {
      c.notes.push(
        `refused ${c.type} ("${verb.modal} not"): coded as REJECT${refused ? `/${refused}` : ''}`,
      );
      c.type = 'REJECT';
      c.mode = refused;
      c.modality = 'asserted';
      continue;
    }
    // "will not accept", "would not agree": a refusal
    if (
      c.modality === 'negated' &&
      (c.type === 'AGREE' || c.type === 'CONCEDE') &&
      /will|would|does|do|did/.test(
        before +
          ' ' +
          c.view.tokens
            .slice(Math.max(0, c.first - 4), c.first)
            .map((t) => t.lower)
            .join(' '),
      )
    ) {
      c.notes.push(`refused ${c.type}: coded as REJECT`);
      c.type = 'REJECT';
      c.mode = null;
      c.modality = 'asserted';
      continue;
    }
    if (c.modality !== 'planned' && c.modality !== 'future') continue;
    // "the army prepared to resume shelling": readying force is mobilisation
    if (
      c.type === 'ASSAULT' &&
      /\b(?:prepar\w+|poised|ready)\s+to\b/.test(
        c.view.tokens
          .slice(Math.max(0, c.first - 4), c.first)
          .map((t) => t.lower)
          .join(' '),
      )
    ) {
      c.notes.push('preparing an attack: coded as MOBILIZE');
      c.type = 'MOBILIZE';
      c.mode = 'troops';
      continue;
    }
    // a plan held over another party ("unless you...") is a threat
    const conditional = hasWordAfter(c.view.tokens, c.last, 'unless');
    const to: EventType | null =
      THREAT.has(c.type) || (conditional && PROMISE.has(c.type))
        ? 'THREATEN'
        : PROMISE.has(c.type)
          ? 'AGREE'
          : null;
    if (!to) continue;
    c.notes.push(`announced plan: ${c.type}${c.mode ? `/${c.mode}` : ''} coded as ${to}`);
    c.type = to;
    // a treaty to be signed or ratified is still a treaty: the promise is AGREE/treaty
    if (to !== 'AGREE' || c.mode !== 'treaty') c.mode = null;
  }
  return cands;
}

// Whether `word` stands after token `last` (a loop: no copy of the sentence's tail per plan).
function hasWordAfter(tokens: readonly { lower: string }[], last: number, word: string): boolean {
  for (let i = last + 1; i < tokens.length; i++) if (tokens[i]?.lower === word) return true;
  return false;
}
