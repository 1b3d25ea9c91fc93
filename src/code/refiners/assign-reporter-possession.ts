import { isPluralPhrase } from '../../annotate/syntax/find-clauses.js';
import { REPORTING } from '../../annotate/syntax/english.js';
import type { EventCandidate } from '../candidate.js';
import { clauseSubjectAt } from '../roles/clause-roles.js';
import { refCodes, uniqueRefs } from '../roles/role-search.js';

// Prepositions that name whom an act is aimed at ("fired on its soldiers").
const AIMED = new Set(['on', 'at', 'against', 'into', 'upon']);

/**
 * "Yia said Xian drones attacked its power grid", "the Yian ministry said Xian troops fired on its
 * positions": the possessive that opens the object of a reported act, naming no party, points
 * to the one who reports it when it cannot point to the act's own subject ("its" after a plural
 * subject, "their" after a singular one): that party is acted on. Only a verb trigger whose
 * clause is the complement of a reporting verb with a party as its subject, and only where the
 * clause gave no recipient.
 */
export function assignReporterPossession(cands: EventCandidate[]): EventCandidate[] {
  for (const c of cands) {
    if (c.dropped || c.rolesFixed || c.entry.pos !== 'verb' || c.passive) continue;
    if (c.recipients.length > 0 || c.actors.length === 0) continue;
    const roles = c.clause;
    if (!roles || roles.clause.link !== 'complement' || roles.clause.parent === null) continue;
    const { syntax, clause } = roles;
    const object =
      clause.objects[0] ?? clause.preps.find((p) => p.prep !== null && AIMED.has(p.prep));
    const subject = clause.subject;
    if (!object || !subject || clause.subjectFrom !== 'own') continue;
    const owner = syntax.words[object.first]?.lower;
    if (owner !== 'its' && owner !== 'their') continue;
    // the possessive agrees with the reporter, not with the act's own subject
    if ((owner === 'its') !== isPluralPhrase(syntax, subject)) continue;
    const parent = syntax.clauses[roles.clause.parent];
    if (!parent || !REPORTING.has(parent.verb.lemma) || !parent.subject) continue;
    if ((owner === 'its') === isPluralPhrase(syntax, parent.subject)) continue;
    const head = syntax.words[parent.verb.head];
    if (!head) continue;
    const reporter = uniqueRefs(clauseSubjectAt(c.view, head.start).map((f) => f.ref)).filter(
      (r) => !c.actors.some((a) => a.code === r.code),
    );
    if (reporter.length === 0) continue;
    c.notes.push(
      `recipient ${refCodes(reporter)}: "${owner}" in the object points to the one who reports it`,
    );
    c.recipients = reporter;
  }
  return cands;
}
