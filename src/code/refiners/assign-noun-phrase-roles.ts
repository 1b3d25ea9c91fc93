import type { EventCandidate } from '../candidate.js';
import { readSyntaxAhead } from '../roles/clause-roles.js';
import { nounPhraseRoles, readsNounPhrase } from '../roles/noun-phrase-roles.js';
import { refCodes, uniqueRefs } from '../roles/role-search.js';

// Nouns whose roles other rules set from their own frame: troop movements ("the deployment of
// Xian troops to Y"), losses named before the noun ("Xian casualties"), speakers' demands.
function ownFrame(c: EventCandidate): boolean {
  return (
    c.rolesFixed ||
    c.entry.objectActor === true ||
    c.entry.victimBefore === true ||
    c.entry.speakerActs === true
  );
}

/**
 * An event noun takes its roles from its own noun phrase where that names a party (possessor or
 * adjective, "by X", "on X", "of X", "between X and Y"): the word-distance search it replaces
 * reaches past the phrase ("witnesses in X described an attack by Y on Z" made X the attacker).
 * A role the phrase leaves open keeps what the search found.
 */
export function assignNounPhraseRoles(cands: EventCandidate[]): EventCandidate[] {
  const applies = (c: EventCandidate): boolean =>
    c.entry.pos === 'noun' && !c.dropped && !ownFrame(c);
  // the sentences the loop will tag, tagged together in its order
  readSyntaxAhead(cands.filter((c) => applies(c) && readsNounPhrase(c)).map((c) => c.view));
  for (const c of cands) {
    if (!applies(c)) continue;
    const np = nounPhraseRoles(c);
    if (!np) continue;
    const taken = new Set(np.recipients.map((r) => r.code));
    let actors = np.actors.length > 0 ? np.actors : c.actors.filter((a) => !taken.has(a.code));
    let recipients = np.recipients.length > 0 ? np.recipients : c.recipients;
    if (np.mutual || c.entry.reciprocal === true) {
      actors = uniqueRefs([...actors, ...(np.mutual ? [] : recipients)]);
      recipients = [];
    }
    recipients = recipients.filter((r) => !actors.some((a) => a.code === r.code));
    if (refCodes(actors) === refCodes(c.actors) && refCodes(recipients) === refCodes(c.recipients))
      continue;
    c.notes.push(
      `noun phrase: ${np.why.join('; ')}: ${refCodes(actors)} -> ${refCodes(recipients)} (was ${refCodes(c.actors)} -> ${refCodes(c.recipients)})`,
    );
    c.actors = actors;
    c.recipients = recipients;
  }
  return cands;
}
