import { HAVE_FINITE } from '../../annotate/english/closed-class.js';
import type { EventCandidate } from '../candidate.js';

/**
 * "the frontier, where Xia, Yia and Zia meet", "the road to Xton, where Yian forces are
 * stationed": a "where" clause in the simple present describes the place it follows (where
 * borders meet, who is posted there), a standing state of affairs, not an act the article
 * reports. A past, perfect or progressive "where" clause ("where troops shelled a school",
 * "where they have been deployed", "where fighting is raging") tells an event and is kept.
 */
export function dropPlaceDescriptions(cands: EventCandidate[]): EventCandidate[] {
  return cands.filter((c) => {
    const roles = c.clause;
    if (!roles || c.entry.pos !== 'verb') return true;
    const { clause, syntax } = roles;
    if (clause.verb.tense !== 'present' || clause.verb.modal) return true;
    const head = syntax.words[clause.verb.head];
    if (!head || (head.lower.endsWith('ing') && clause.verb.voice === 'active')) return true;
    const auxiliaries = syntax.words.slice(clause.verb.first, clause.verb.head);
    if (auxiliaries.some((w) => (HAVE_FINITE as readonly string[]).includes(w.lower))) return true;
    const opens =
      clause.subject && clause.subjectFrom === 'own' ? clause.subject.first : clause.verb.first;
    if (syntax.words[opens - 1]?.lower !== 'where') return true;
    c.dropped = 'describes a place';
    c.notes.push(`dropped: "where ... ${c.trigger.text}" describes the place before it`);
    return false;
  });
}
