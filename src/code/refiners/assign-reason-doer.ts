import type { EventCandidate } from '../candidate.js';
import { refCodes, uniqueRefs } from '../roles/role-search.js';

const POSSESSIVES = new Set(['his', 'her', 'its', 'their']);
const SHARE_NOUNS = new Set(['role', 'part', 'involvement', 'participation']);

// "for supporting", "for its role in supporting": the "for" that gives the reason, right before
// the gerund or before a possessive share noun and "in".
function reasonFor(c: EventCandidate): boolean {
  const t = c.view.tokens;
  const at = (k: number): string => t[k]?.lower ?? '';
  if (at(c.first - 1) === 'for') return true;
  return (
    at(c.first - 1) === 'in' &&
    SHARE_NOUNS.has(at(c.first - 2)) &&
    POSSESSIVES.has(at(c.first - 3)) &&
    at(c.first - 4) === 'for'
  );
}

/**
 * "Xland sanctioned Yland's officials for supporting the rebels", "thanked Yland for its role in
 * hosting the talks": the gerund after the "for" of a reason is the act of the one the governing
 * verb acts on (its recipients), not of that verb's subject, which the clause layer shares with
 * it. Only where the governing verb is an event with a party acted on; a passive governing verb
 * ("was sanctioned for supporting") keeps the shared subject, which is that party.
 */
export function assignReasonDoer(cands: EventCandidate[]): EventCandidate[] {
  for (const c of cands) {
    if (c.dropped || c.rolesFixed || c.entry.pos !== 'verb') continue;
    const roles = c.clause;
    if (!roles || roles.clause.subjectFrom !== 'shared' || roles.clause.parent === null) continue;
    if (!(c.view.tokens[c.first]?.lower ?? '').endsWith('ing') || !reasonFor(c)) continue;
    const governing = cands.find(
      (g) =>
        g !== c &&
        !g.dropped &&
        g.view === c.view &&
        g.clause?.index === roles.clause.parent &&
        !g.passive &&
        g.recipients.length > 0,
    );
    if (!governing) continue;
    const actors = uniqueRefs(governing.recipients);
    const recipients = c.recipients.filter((r) => !actors.some((a) => a.code === r.code));
    if (refCodes(actors) === refCodes(c.actors)) continue;
    c.notes.push(
      `reason "for ${c.trigger.text}" of "${governing.trigger.text}": the one it acts on does it: ${refCodes(actors)} -> ${refCodes(recipients)} (was ${refCodes(c.actors)} -> ${refCodes(c.recipients)})`,
    );
    c.actors = actors;
    c.recipients = recipients;
  }
  return cands;
}
