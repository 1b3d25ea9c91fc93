import type { EventCandidate } from '../candidate.js';

// What may join the partners after "with": "with X and Y", "with X, Y and Z".
const JOINERS = new Set(['with', 'and', ',']);

/**
 * "X's president said he had spoken with Y's prime minister and Z's foreign minister": a
 * consultation whose subject names its own party and whose "with" phrase names two or more other
 * parties is coded as the subject consulting each of them (X+Y, X+Z), as a careful coder codes
 * it: one event with all three would read as a meeting of three, and would stand for one
 * consultation only. Runs after merging, so the events it makes are not merged back into one.
 */
export function splitConsultPartners(cands: EventCandidate[]): EventCandidate[] {
  const out: EventCandidate[] = [];
  for (const c of cands) {
    const parts = c.type === 'CONSULT' && c.entry.reciprocal ? partners(c) : null;
    if (!parts) {
      out.push(c);
      continue;
    }
    const { own, others } = parts;
    c.notes.push(
      `split: the subject consults each party named after "with" (${others.map((o) => o.code).join(', ')})`,
    );
    others.forEach((partner, k) => {
      const actors = [...own, partner];
      if (k === 0) {
        c.actors = actors;
        out.push(c);
      } else
        out.push({
          ...c,
          actors,
          attributions: [...c.attributions],
          extraEvidence: [...c.extraEvidence],
          figures: [...c.figures],
          notes: [`split from "${c.trigger.text}": consults ${partner.code}`],
        });
    });
  }
  return out;
}

// The subject's parties and the two or more other parties of the "with" phrase, or null.
function partners(
  c: EventCandidate,
): { own: EventCandidate['actors']; others: EventCandidate['actors'] } | null {
  const roles = c.clause;
  if (!roles?.subject || roles.subject.length === 0 || c.recipients.length > 0) return null;
  const ownCodes = new Set(roles.subject.map((f) => f.ref.code));
  const own = c.actors.filter((a) => ownCodes.has(a.code));
  if (own.length === 0) return null;
  const withCodes = new Set(roles.after.filter((f) => JOINERS.has(f.prep)).map((f) => f.ref.code));
  const others: EventCandidate['actors'] = [];
  for (const a of c.actors) {
    if (ownCodes.has(a.code)) continue;
    // every other party must be one the "with" phrase names, each once
    if (!withCodes.has(a.code)) return null;
    if (!others.some((o) => o.code === a.code)) others.push(a);
  }
  return others.length >= 2 ? { own, others } : null;
}
