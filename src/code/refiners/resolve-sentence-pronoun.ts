import { isPluralPhrase, type SentenceSyntax } from '../../annotate/syntax/find-clauses.js';
import type { EventCandidate } from '../candidate.js';
import { uniqueRefs } from '../roles/role-search.js';

const PRONOUNS = new Set(['they']);

// The main clause a clause hangs on, climbing its governors.
function topClause(syntax: SentenceSyntax, index: number): number {
  let k = index;
  for (let steps = 0; steps < 8; steps++) {
    const parent = syntax.clauses[k]?.parent;
    if (parent === null || parent === undefined) return k;
    k = parent;
  }
  return k;
}

/**
 * "Xian forces shelled the post on Monday. They also used drones to drop bombs on it": a
 * sentence whose main clause opens with "they" and names the doer nowhere else goes on telling of
 * the doer of the sentence before, the party of that sentence's main-clause subject, where that
 * subject is plural ("it" is not read: "It provides that ..." is a text's); over one sentence between that gives no act a
 * party ("This escalated to attacks on ..."). An act no role rule gave a doer takes that party;
 * it is then not its own target.
 */
export function resolveSentencePronoun(cands: EventCandidate[]): EventCandidate[] {
  for (const c of cands) {
    if (c.dropped || c.rolesFixed || c.actors.length > 0 || !c.clause || c.view.index === 0)
      continue;
    const { syntax, index } = c.clause;
    const top = syntax.clauses[topClause(syntax, index)];
    const subject = top?.subject;
    if (!top || !subject || subject.first !== subject.last || top.link !== 'main') continue;
    const word = syntax.words[subject.head];
    if (!word || !PRONOUNS.has(word.lower) || word.pos !== 'PRON') continue;
    // the pronoun opens the sentence (over quote marks and a sentence adverb)
    if (syntax.words.slice(0, subject.first).some((w) => /\p{L}/u.test(w.text) && w.pos !== 'ADV'))
      continue;
    // the doer of the sentence before: a main-clause act whose own subject named its party
    // (over up to one sentence between that tells of no party's act: "This escalated to ...")
    const told = (d: EventCandidate, back: number): boolean => {
      if (d.view.index !== c.view.index - back || d.dropped || d.actors.length === 0) return false;
      const roles = d.clause;
      const own = roles?.clause.subject;
      if (!roles || roles.clause.parent !== null || roles.clause.subjectFrom !== 'own' || !own)
        return false;
      // "they" stands for a plural ("Xian forces", "X and Y")
      return isPluralPhrase(roles.syntax, own);
    };
    const between = cands.some((d) => d.view.index === c.view.index - 1 && d.actors.length > 0);
    const before =
      cands.find((d) => told(d, 1)) ?? (between ? undefined : cands.find((d) => told(d, 2)));
    if (!before) continue;
    c.actors = uniqueRefs(before.actors);
    const codes = new Set(c.actors.map((a) => a.code));
    c.recipients = c.recipients.filter((r) => !codes.has(r.code));
    c.notes.push(
      `actors: ${c.actors.map((a) => a.code).join('+')} — "${word.text}" opens the sentence: the doer of "${before.trigger.text}" in the sentence before`,
    );
  }
  return cands;
}
