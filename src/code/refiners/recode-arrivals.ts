import { wordsTagged } from '../../dictionaries/word-lists.js';
import type { EventCandidate } from '../candidate.js';
import { namesTroops } from '../roles/names-troops.js';

const troopWords = wordsTagged('troops-of-party');

// Whether a word from the clause's subject up to the verb names troops ("the first contingent
// of Xian peacekeeping troops": the party named is the alliance, its troops stand further on).
function subjectNamesTroops(c: EventCandidate): boolean {
  const roles = c.clause;
  const subject = roles?.clause.subject;
  // with no subject read, the words from the sentence's start
  const from = (subject ? roles.syntax.words[subject.first]?.start : undefined) ?? 0;
  for (const t of c.view.tokens)
    if (t.start >= from && t.end <= c.trigger.span.start && troopWords().has(t.lower)) return true;
  return false;
}

/**
 * "Xian troops arrived in Yia" sends troops there (AID/troops), but the verb tells who arrives
 * only through its subject: "the Xian president arrived in Yia" is a visit (CONSULT/visit, the
 * CAMEO verb table's "arrive" under "make a visit"), and "Xian refugees arrived in Yia" is no
 * party's act at all. After roles, an arrival whose every actor is a government party (GOV:
 * officials, a delegation, a minister) is recoded as a visit, and one whose every actor is
 * civilians (CVL) is dropped; troops, ships and parties of no sector stay a deployment.
 */
export function recodeArrivals(cands: EventCandidate[]): EventCandidate[] {
  return cands.filter((c) => {
    if (c.entry.lemma !== 'arrive' || c.type !== 'AID' || c.mode !== 'troops') return true;
    if (c.actors.length === 0 || c.actors.some((a) => namesTroops(c.view, a))) return true;
    if (subjectNamesTroops(c)) return true;
    if (c.actors.every((a) => a.sector === 'CVL')) {
      c.dropped = 'civilians arriving';
      c.notes.push('dropped: civilians arriving are no party sending troops');
      return false;
    }
    if (c.actors.every((a) => a.sector === 'GOV')) {
      c.notes.push('an official arriving: a visit, CONSULT/visit');
      c.type = 'CONSULT';
      c.mode = 'visit';
    }
    return true;
  });
}
