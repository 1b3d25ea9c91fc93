import type { Token } from '../mention-utils.js';
import type { ActorCandidate } from './actor-candidate.js';

const DEMONYM = 'actor/demonym';
const DEMONYM_NOUN = 'actor/demonym-noun';
// What may join demonyms that share one head noun: "Xian and Yian troops", "Xian, Yian or Zian".
const JOINERS = new Set(['and', 'or', ',']);

/**
 * "Xian and Yian troops exchanged fire": demonyms joined by "and", "or" or commas before one
 * head noun all modify it; each bare demonym before the last takes the sector its head noun
 * gives the last ("Yian troops": MIL), as "Xian troops and Yian troops" would. A state named by
 * its name ("Xia and Yian troops") or a demonym with a noun of its own is left as it is.
 */
export function shareCoordinatedHead(cands: ActorCandidate[], tokens: Token[]): ActorCandidate[] {
  let out: ActorCandidate[] | null = null;
  for (let i = cands.length - 2; i >= 0; i--) {
    const c = (out ?? cands)[i];
    const next = (out ?? cands)[i + 1];
    if (!c || !next || c.ruleId !== DEMONYM || c.sector !== null || next.sector === null) continue;
    if (next.ruleId !== DEMONYM_NOUN && next.ruleId !== DEMONYM) continue;
    if (next.from <= c.to) continue;
    let joined = true;
    for (let k = c.to; k < next.from; k++) if (!JOINERS.has(tokens[k]?.key ?? '')) joined = false;
    if (!joined) continue;
    out ??= [...cands];
    out[i] = { ...c, sector: next.sector };
  }
  return out ?? cands;
}
