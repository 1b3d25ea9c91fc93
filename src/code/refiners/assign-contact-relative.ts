import { wordsTagged } from '../../dictionaries/word-lists.js';
import type { EventCandidate } from '../candidate.js';
import { clauseComplementsAt, syntaxOf } from '../roles/clause-roles.js';
import type { ActorMention } from '../../model/index.js';
import { mentionRef, refCodes, uniqueRefs } from '../roles/role-search.js';
import { namesParty } from '../sentence-view.js';

const carriers = wordsTagged('carries-event-noun');

/**
 * "The attack Xian troops launched on Yian posts killed five": an event noun followed right away
 * by a party and a verb that carries it out is told by a relative clause with no "that"; the
 * tagger joins noun and party into one subject of that verb. The party after the noun acts, the
 * parties of the verb's complements are acted on (the word search had read the party after the
 * noun as the one acted on). Only an active carrier verb right after the party, which ends the
 * phrase. The main verb after the relative clause, which the tagger left with no subject ("...
 * killed five"), is the noun's act and takes its parties.
 */
export function assignContactRelative(cands: EventCandidate[]): EventCandidate[] {
  for (const c of cands) {
    if (c.entry.pos !== 'noun' || c.dropped || c.rolesFixed || c.entry.objectActor === true)
      continue;
    if (!namesParty(c.view)) continue;
    const next = c.view.tokens[c.last + 1];
    const party = next
      ? c.view.mentionAt.get(c.last + 1)?.find((m): m is ActorMention => m.kind === 'actor')
      : undefined;
    if (!next || !party) continue;
    const syntax = syntaxOf(c.view);
    const w = syntax.words.findIndex((x) => x.start === c.view.tokens[c.last]?.start);
    if (w < 0) continue;
    const clause = syntax.clauses.find(
      (cl) =>
        cl.subject !== null &&
        cl.subject.first <= w &&
        w < cl.subject.last &&
        cl.subject.last + 1 === cl.verb.first &&
        cl.verb.voice === 'active' &&
        carriers().has(syntax.words[cl.verb.head]?.lower ?? ''),
    );
    const verb = clause ? syntax.words[clause.verb.head] : undefined;
    const phraseEnd = clause?.subject ? syntax.words[clause.subject.last]?.end : undefined;
    if (!clause || !verb || phraseEnd === undefined || party.span.end !== phraseEnd) continue;
    const actors = [mentionRef(party)];
    const recipients = uniqueRefs(clauseComplementsAt(c.view, verb.start).map((f) => f.ref)).filter(
      (r) => !actors.some((a) => a.code === r.code),
    );
    if (refCodes(actors) === refCodes(c.actors) && refCodes(recipients) === refCodes(c.recipients))
      continue;
    c.notes.push(
      `told by a relative clause with no "that" ("${c.trigger.text} ... ${verb.text}"): ${refCodes(actors)} -> ${refCodes(recipients)} (was ${refCodes(c.actors)} -> ${refCodes(c.recipients)})`,
    );
    c.actors = actors;
    c.recipients = recipients;
    // "... launched on Yian posts killed five": the main verb after it, left with no subject,
    // is the noun's act
    const k = syntax.clauses.indexOf(clause);
    for (const v of cands) {
      const roles = v.clause;
      if (v === c || v.view !== c.view || v.dropped || v.rolesFixed || v.passive) continue;
      if (!roles || roles.index !== k + 1 || roles.clause.subject !== null) continue;
      const own = v.recipients.filter((r) => !actors.some((a) => a.code === r.code));
      v.notes.push(
        `its subject is "${c.trigger.text}", told by a relative clause with no "that": ${refCodes(actors)} -> ${refCodes(own.length > 0 ? own : recipients)} (was ${refCodes(v.actors)} -> ${refCodes(v.recipients)})`,
      );
      v.actors = actors;
      v.recipients = own.length > 0 ? own : recipients;
    }
  }
  return cands;
}
