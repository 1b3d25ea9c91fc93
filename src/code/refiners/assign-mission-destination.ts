import type { EventCandidate } from '../candidate.js';
import { refCodes, uniqueRefs } from '../roles/role-search.js';

/**
 * "Xland sent monitors to Yland to investigate the shelling", "Xland deployed experts to Yland
 * to assess the damage": the act a "to"-clause says those sent go to do, naming no party of its
 * own, is done to where they were sent (the recipients of the sending verb). Only a sending
 * verb (an AID trigger) whose clause governs the "to"-clause; an act that names its own party
 * ("sent troops to Yland to fight Zland") keeps it, and a meeting (reciprocal) is left to its
 * own rule.
 */
export function assignMissionDestination(cands: EventCandidate[]): EventCandidate[] {
  for (const c of cands) {
    if (c.dropped || c.rolesFixed || c.entry.pos !== 'verb' || c.entry.reciprocal) continue;
    if (c.recipients.length > 0 || c.actors.length === 0) continue;
    const roles = c.clause;
    if (!roles || roles.clause.marker !== 'to' || roles.clause.parent === null) continue;
    const sending = cands.find(
      (g) =>
        g !== c &&
        !g.dropped &&
        g.view === c.view &&
        g.entry.type === 'AID' &&
        g.clause?.index === roles.clause.parent &&
        !g.passive &&
        g.recipients.length > 0,
    );
    if (!sending) continue;
    const recipients = uniqueRefs(
      sending.recipients.filter((r) => !c.actors.some((a) => a.code === r.code)),
    );
    if (recipients.length === 0) continue;
    c.notes.push(
      `recipient ${refCodes(recipients)}: "to ${c.trigger.text}" is what those "${sending.trigger.text}" there go to do`,
    );
    c.recipients = recipients;
  }
  return cands;
}
