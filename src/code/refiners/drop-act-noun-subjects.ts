import type { EventCandidate } from '../candidate.js';
import { refCodes, uniqueRefs } from '../roles/role-search.js';

// Acts of force may be told as the subject of another ("the blockade starved the town"); an act
// of words or diplomacy (a withdrawal of envoys, an agreement, a request) harms no one itself.
const FORCE_TYPES = new Set(['ASSAULT', 'COERCE', 'THREATEN', 'MOBILIZE']);

// Words that may stand before the event noun in its phrase: a determiner or a possessive mark.
const BEFORE_NOUN = new Set(['the', 'a', 'an', 'this', 'that', "'s", '’s', 's', "'", '’']);

/**
 * "Xia's withdrawal of its envoy injured a soldier" is a misread clause: an act of force whose
 * subject is headed by the noun of an act that harms no one (a withdrawal, an agreement) has no
 * doer in it; the parties of that noun's phrase are its parties, not the attack's. The attack
 * keeps only the parties after its verb (as acted on) and may join the event told beside it.
 */
export function dropActNounSubjects(cands: EventCandidate[]): EventCandidate[] {
  for (const c of cands) {
    if (c.dropped || c.type !== 'ASSAULT' || c.entry.pos !== 'verb' || c.rolesFixed) continue;
    const roles = c.clause;
    const subject = roles?.clause.subject;
    if (!roles || !subject || roles.clause.subjectFrom !== 'own' || c.actors.length === 0) continue;
    const words = roles.syntax.words;
    const start = words[subject.first]?.start ?? -1;
    const end = words[subject.last]?.end ?? -1;
    // the first act noun in the subject, with only a party, a determiner or "'s" before it
    const noun = cands.find(
      (n) =>
        n !== c &&
        n.view === c.view &&
        n.entry.pos === 'noun' &&
        n.trigger.span.start >= start &&
        n.trigger.span.end <= end,
    );
    if (!noun || FORCE_TYPES.has(noun.type)) continue;
    const tokens = c.view.tokens;
    let opensPhrase = true;
    for (let k = 0; k < noun.first; k++) {
      const t = tokens[k];
      if (!t || t.end <= start) continue;
      const isParty = (c.view.mentionAt.get(k) ?? []).some((m) => m.kind === 'actor');
      if (!isParty && !BEFORE_NOUN.has(t.lower)) opensPhrase = false;
    }
    // the noun heads the subject: the phrase ends with it or goes on with its "of" ("Xia-backed
    // rebels" is rebels, not a backing)
    const next = tokens[noun.last + 1];
    const heads =
      noun.trigger.span.end >= end ||
      next?.lower === 'of' ||
      words[subject.head]?.start === noun.trigger.span.start;
    if (!opensPhrase || !heads) continue;
    const recipients = uniqueRefs(roles.after.map((f) => f.ref));
    c.notes.push(
      `subject "${roles.doer ?? ''}" is the act "${noun.trigger.text}", which harms no one: no doer (was ${refCodes(c.actors)} -> ${refCodes(c.recipients)}, now - -> ${refCodes(recipients)})`,
    );
    c.actors = [];
    c.recipients = recipients;
  }
  return cands;
}
