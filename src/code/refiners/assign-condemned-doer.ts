import type { EventCandidate } from '../candidate.js';
import { syntaxOf } from '../roles/clause-roles.js';
import { uniqueRefs } from '../roles/role-search.js';

/**
 * "Xia condemned the announcement of Yian troop deployment": what is condemned is the act its
 * object names, so that act's doer is the one accused, though no party stands right after the
 * verb. An accusation that found no one accused takes the actors of the event noun inside its
 * object (the object phrase and the "of" phrases chained to it); the accuser is never its own
 * target.
 */
export function assignCondemnedDoer(cands: EventCandidate[]): EventCandidate[] {
  for (const c of cands) {
    if (c.type !== 'ACCUSE' || c.entry.pos !== 'verb' || c.dropped || c.rolesFixed) continue;
    if (c.recipients.length > 0 || c.actors.length === 0 || !c.clause) continue;
    const range = objectRange(c);
    if (!range) continue;
    const act = cands.find(
      (d) =>
        d !== c &&
        d.view === c.view &&
        d.type !== 'ACCUSE' &&
        d.trigger.span.start >= range.start &&
        d.trigger.span.end <= range.end &&
        d.actors.length > 0 &&
        !d.actors.some((a) => c.actors.some((s) => s.code === a.code)),
    );
    if (!act) continue;
    c.recipients = uniqueRefs(act.actors);
    c.notes.push(
      `recipients: ${c.recipients.map((r) => r.code).join('+')} — the doer of "${act.trigger.text}", the act its object names`,
    );
  }
  return cands;
}

// The character span of the clause's first object and the "of" phrases right after it.
function objectRange(c: EventCandidate): { start: number; end: number } | null {
  const roles = c.clause;
  if (!roles) return null;
  const syntax = syntaxOf(c.view);
  const object = roles.clause.objects[0];
  if (!object) return null;
  let last = object.last;
  const chain = [...roles.clause.preps].sort((a, b) => a.first - b.first);
  for (const p of chain) {
    if (p.first > last + 2) break;
    if (p.first <= last) continue;
    if (p.prep !== 'of') break;
    last = p.last;
  }
  const start = syntax.words[object.first]?.start;
  const end = syntax.words[last]?.end;
  return start === undefined || end === undefined ? null : { start, end };
}
