import { wordsTagged } from '../../dictionaries/word-lists.js';
import type { EventCandidate } from '../candidate.js';
import { clauseSubjectAt, syntaxOf } from '../roles/clause-roles.js';
import { withCoordinatedParty } from '../roles/coordinated-subject.js';
import { refCodes, uniqueRefs } from '../roles/role-search.js';
import { namesParty } from '../sentence-view.js';

const carriers = wordsTagged('carries-event-noun');

/**
 * An event noun that is the object of a verb that carries it out ("Xia launched war games",
 * "its forces completed their withdrawal", "staged a protest") is the act of that verb's subject:
 * its parties (through pronouns and shared subjects) become the actors, over what the word search
 * or a phrase in another clause found ("..., to be joined later by Yia"); parties it displaces
 * are acted on, unless the act is a joint one. Passive carriers and subjects that name no party
 * leave the roles as they were.
 */
export function assignCarrierSubject(cands: EventCandidate[]): EventCandidate[] {
  for (const c of cands) {
    if (c.entry.pos !== 'noun' || c.dropped || c.rolesFixed || c.entry.objectActor === true)
      continue;
    // the carrier's subject is found among the sentence's parties: with none, no tagging
    if (!namesParty(c.view)) continue;
    const syntax = syntaxOf(c.view);
    const start = c.view.tokens[c.first]?.start ?? -1;
    const w = syntax.words.findIndex((x) => x.start === start);
    if (w < 0) continue;
    const carrier = syntax.clauses.find(
      (cl) =>
        cl.verb.voice === 'active' &&
        carriers().has(syntax.words[cl.verb.head]?.lower ?? '') &&
        cl.objects.some((o) => o.first <= w && w <= o.last),
    );
    if (!carrier) continue;
    const verb = syntax.words[carrier.verb.head];
    const subject = withCoordinatedParty(c.view, verb ? clauseSubjectAt(c.view, verb.start) : []);
    if (subject.length === 0) continue;
    const actors = uniqueRefs(subject.map((s) => s.ref));
    // parties the phrase made actors ("mediation between Yia and Zia") are then acted on; a
    // joint act (war games) has only its doers
    const displaced = c.entry.reciprocal === true ? [] : c.actors;
    const recipients = uniqueRefs([...c.recipients, ...displaced]).filter(
      (r) => !actors.some((a) => a.code === r.code),
    );
    if (refCodes(actors) === refCodes(c.actors) && refCodes(recipients) === refCodes(c.recipients))
      continue;
    c.notes.push(
      `carried out by "${verb?.text ?? ''}": its subject acts: ${refCodes(actors)} -> ${refCodes(recipients)} (was ${refCodes(c.actors)} -> ${refCodes(c.recipients)})`,
    );
    c.actors = actors;
    c.recipients = recipients;
  }
  return cands;
}
