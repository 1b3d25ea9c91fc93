import type { ActorRef } from '../../model/index.js';
import { wordsTagged } from '../../dictionaries/word-lists.js';
import type { EventCandidate } from '../candidate.js';
import type { CodeContext } from '../context.js';

// Plural force nouns only: "military" and "army" also modify other nouns ("military cooperation").
const forceNouns = wordsTagged('unnamed-force');
// Acts that forces do; statements and pacts have speakers, not forces.
const FORCE_ACTS = new Set(['ASSAULT', 'AID', 'MOBILIZE', 'COERCE', 'RETREAT']);
// Stances by which a state answers for what was said of its own forces.
const ANSWERS = new Set(['confirm', 'deny', 'noncommittal']);
const BACK = 8;
const EARLIER_SENTENCES = 3;

/** Does an unnamed force ("the troops", "subunits of the armed forces") stand before the trigger? */
function forceBefore(c: EventCandidate): number {
  for (let k = c.first - 1; k >= Math.max(0, c.first - BACK); k--) {
    const t = c.view.tokens[k];
    if (!t || /^[;:]$/.test(t.lower)) return -1;
    if ((c.view.mentionAt.get(k) ?? []).some((m) => m.kind === 'actor')) return -1;
    if (forceNouns().has(t.lower)) return k;
  }
  return -1;
}

function isState(r: ActorRef): boolean {
  return r.code.length === 3 && (r.sector === null || r.sector === 'GOV' || r.sector === 'MIL');
}

function insideQuote(c: EventCandidate, at: number): boolean {
  const before = c.view.tokens.slice(0, at).map((t) => t.text);
  const opens = before.filter((w) => w === '“' || w === '"').length;
  const closes = before.filter((w) => w === '”').length;
  return before.includes('“') ? opens > closes : opens % 2 === 1;
}

/**
 * Forces named without their state ("the troops had been sent", "subunits of the armed forces
 * took part") are the forces of the state whose troops the sentences just before told of; failing
 * that, a state's own: the state that confirms or denies it, or speaks of them in a quote (but
 * "foreign troops" are no speaker's own).
 * The subject of a plain passive is what was acted on, not the actor: left alone.
 */
export function resolveUnnamedForces(
  cands: EventCandidate[],
  { hits }: CodeContext,
): EventCandidate[] {
  for (const c of cands) {
    if (c.actors.length > 0 || c.entry.presence) continue;
    if (!FORCE_ACTS.has(c.type)) continue;
    if (c.passive && !c.entry.objectActor) continue;
    const at = forceBefore(c);
    if (at < 0) continue;
    const speaker = hits.find(
      (h) =>
        h.view === c.view &&
        h.sources.length === 1 &&
        h.sources.every(isState) &&
        (ANSWERS.has(h.stance) || insideQuote(c, at)),
    );
    const earlier = cands
      .filter(
        (o) =>
          o !== c &&
          o.mode === 'troops' &&
          o.actors.length === 1 &&
          o.view.index <= c.view.index &&
          o.view.index >= c.view.index - EARLIER_SENTENCES &&
          (o.view.index < c.view.index || o.last < c.first),
      )
      .pop();
    // "foreign troops" are never the speaker's own ("Y denied that foreign troops were stationed")
    const source = c.view.tokens[at - 1]?.lower === 'foreign' ? undefined : speaker?.sources[0];
    // the troops told of just before first: "Y did not deny that the soldiers arrived" answers for X's troops
    const state = earlier?.actors[0] ?? source;
    if (!state) continue;
    c.actors = [{ ...state, sector: 'MIL' }];
    c.recipients = c.recipients.filter((r) => r.code !== state.code);
    c.notes.push(
      `actors: ${state.code} — "${c.view.tokens[at]?.text ?? ''}" named without their state: ${
        state === earlier?.actors[0]
          ? 'the troops told of just before'
          : `the forces of the speaker of "${speaker?.text ?? ''}"`
      }`,
    );
  }
  return cands;
}
