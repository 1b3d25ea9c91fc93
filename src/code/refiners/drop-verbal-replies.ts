import { REPORTING } from '../../annotate/syntax/english.js';
import type { EventCandidate } from '../candidate.js';

/**
 * "X retaliated by saying...", "Y responded by announcing...": an act done by speaking is the
 * statement itself, not the act its verb names; what was said is coded from its own words.
 * Reads the clause: a "by"-clause whose verb reports speech, hanging on the trigger's clause.
 */
export function dropVerbalReplies(cands: EventCandidate[]): EventCandidate[] {
  for (const c of cands) {
    const roles = c.clause;
    if (!roles) continue;
    const reply = roles.syntax.clauses.find(
      (d) =>
        d.parent === roles.index &&
        d.marker === 'by' &&
        d.verb.tense === 'gerund' &&
        REPORTING.has(d.verb.lemma),
    );
    if (!reply) continue;
    const how = roles.syntax.words[reply.verb.head]?.text ?? reply.verb.lemma;
    c.dropped = `done by ${how}: a statement, not the act`;
  }
  return cands.filter((c) => !c.dropped);
}
