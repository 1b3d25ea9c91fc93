import type { EventCandidate } from '../candidate.js';

// Acts of force told in the sentence of `c` (or merged with it).
function attacksBeside(c: EventCandidate, cands: EventCandidate[]): EventCandidate[] {
  return cands.filter(
    (o) =>
      o !== c &&
      !o.dropped &&
      o.type === 'ASSAULT' &&
      (o.view === c.view || o.extraEvidence.includes(c.view)),
  );
}

/**
 * PLOVER's AID/troops is forces sent to another party. Forces with no receiving party named
 * (none from the clause, their place or the article's other troop events) that their own state
 * uses in an attack told in the same sentence ("X deployed jets, which struck Y's brigade", "X's
 * forces opened fire after the arrival of X's units") are the means of that attack, which is the
 * event. Troops fighting beside an ally there ("X's soldiers fighting alongside Z") do aid it
 * and are kept, as are troops with no attack beside them (the article's story may name where
 * they went). Runs after merging, so a mention that retold a sending with its receiver was kept.
 */
export function dropHostlessTroops(cands: EventCandidate[]): EventCandidate[] {
  const dropped = new Set<EventCandidate>();
  for (const c of cands) {
    if (c.type !== 'AID' || c.mode !== 'troops' || c.recipients.length > 0) continue;
    const own = new Set(c.actors.map((a) => a.code));
    if (own.size === 0) continue;
    const attacks = attacksBeside(c, cands).filter((o) => o.actors.some((a) => own.has(a.code)));
    if (attacks.length === 0 || attacks.some((o) => o.entry.sideBySide)) continue;
    c.dropped = 'troops used in their own attack';
    c.notes.push('dropped: troops with no receiver, the means of their own attack in the sentence');
    dropped.add(c);
  }
  return cands.filter((c) => !dropped.has(c));
}
