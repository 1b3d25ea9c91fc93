import type { CueHit, EventCandidate } from '../candidate.js';

// Words that say a side lost something: "no aircraft were lost", "denied losing", "no losses".
const LOSS_WORDS = /\b(?:lost|loss|losses|losing|lose)\b/i;

/**
 * "Sylvania shot down Freedonian jets during Freedonia's strikes. Freedonia denied it, saying no
 * aircraft were lost." A denial that speaks of losses rebuts what its speaker is said to have
 * suffered: it answers the acts done to the speaker, not the speaker's own strike told beside
 * them. Returns those acts among `earlier` (the latest sentence that has some), or null when the
 * cue is no denial of losses or no act was done to its speaker (the usual answer rules apply).
 */
export function lossDenialTargets(
  hit: CueHit,
  earlier: readonly EventCandidate[],
): EventCandidate[] | null {
  if (hit.stance !== 'deny' || hit.sources.length === 0) return null;
  if (!LOSS_WORDS.test(hit.view.sentence.text)) return null;
  const speakers = new Set(hit.sources.map((s) => s.code));
  // done to the speaker: its recipient, or (before the attacked state is inferred) an attack
  // placed in the speaker's state
  const doneTo = (c: EventCandidate): boolean =>
    c.recipients.some((r) => speakers.has(r.code)) ||
    (c.type === 'ASSAULT' &&
      c.actors.every((a) => !speakers.has(a.code)) &&
      speakers.has(c.place?.country ?? ''));
  const suffered = earlier.filter((c) => c.view.index < hit.view.index && doneTo(c));
  if (suffered.length === 0) return null;
  const latest = Math.max(...suffered.map((c) => c.view.index));
  return suffered.filter((c) => c.view.index === latest);
}
