import type { ActorRef } from '../model/index.js';
import type { EventCandidate } from './candidate.js';

/**
 * A casualty count names who suffered, seldom who struck: the actor is the article's main party
 * that is neither the victim nor its ally (a party it sends troops to or receives them from) and
 * is a party to some event. Only when one such party clearly leads the article's mentions.
 */
export function inferOpponent(
  cands: EventCandidate[],
  mentions: { kind: string; actor?: ActorRef }[],
): EventCandidate[] {
  const counts = new Map<string, { n: number; ref: ActorRef }>();
  for (const m of mentions)
    if (m.kind === 'actor' && m.actor && m.actor.code.length === 3) {
      const hit = counts.get(m.actor.code);
      counts.set(m.actor.code, { n: (hit?.n ?? 0) + 1, ref: hit?.ref ?? m.actor });
    }
  const allies = new Map<string, Set<string>>();
  for (const c of cands)
    if (c.mode === 'troops' && (c.type === 'AID' || c.type === 'MOBILIZE'))
      for (const a of c.actors)
        for (const r of c.recipients) {
          allies.set(a.code, (allies.get(a.code) ?? new Set()).add(r.code));
          allies.set(r.code, (allies.get(r.code) ?? new Set()).add(a.code));
        }
  // only a party to some event can be the opponent: a state that merely comments is not
  const parties = new Set(cands.flatMap((c) => [...c.actors, ...c.recipients].map((r) => r.code)));
  for (const c of cands) {
    if (c.type !== 'ASSAULT' || c.actors.length > 0 || c.recipients.length === 0) continue;
    const victims = new Set(c.recipients.map((r) => r.code));
    const friends = new Set([...victims].flatMap((v) => [...(allies.get(v) ?? [])]));
    const ranked = [...counts.entries()]
      .filter(([code]) => !victims.has(code) && !friends.has(code) && parties.has(code))
      .sort((a, b) => b[1].n - a[1].n);
    const [first, second] = ranked;
    if (!first || (second && second[1].n * 1.5 > first[1].n)) continue;
    c.actors = [{ ...first[1].ref, text: first[1].ref.text }];
    c.notes.push(
      `actor ${first[0]} inferred: the article's leading party that is neither the victim nor its ally`,
    );
  }
  return cands;
}
