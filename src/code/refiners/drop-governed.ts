import type { EventCandidate } from '../candidate.js';
import { syntaxOf, wordAt } from '../roles/clause-roles.js';

const LINK = new Set(['to', 'that', 'on', 'for', 'not', 'it', 'will', 'would', 'should', 'must']);

// "the shelling forced X to withdraw": the verb trigger's clause takes its subject from the object
// of a verb that governs it, and that verb is not the event `main` ("sent troops to support X":
// the troops' purpose is the sending's).
function controlledByOther(c: EventCandidate, main: EventCandidate): boolean {
  const syntax = syntaxOf(c.view);
  const w = wordAt(syntax, c.trigger.span.start);
  const clause = syntax.clauses.find((cl) => cl.verb.head === w);
  if (clause?.subjectFrom !== 'controller' || clause.parent === null) return false;
  const governing = syntax.words[syntax.clauses[clause.parent]?.verb.head ?? -1];
  return governing !== undefined && governing.start !== main.trigger.span.start;
}

/**
 * A trigger inside the complement of a governing one ("threatened to ban", "agreed to
 * withdraw", "demanded that X release") is part of that speech act, not an event of its own.
 */
export function dropGoverned(cands: EventCandidate[]): EventCandidate[] {
  const governors = cands.filter((g) => g.entry.governs === true);
  return cands.filter((c) => {
    // "began a hunger strike to demand X": a purpose clause belongs to the event before it; not
    // the "to"-clause of another verb whose object acts ("the shelling forced X to withdraw")
    if (c.view.tokens[c.first - 1]?.lower === 'to' && c.entry.pos === 'verb') {
      const main = cands.find(
        (p) =>
          p !== c &&
          p.view === c.view &&
          p.last < c.first - 1 &&
          p.entry.governs !== true &&
          c.first - p.last <= 10,
      );
      if (main && !controlledByOther(c, main)) {
        main.notes.push(`"${c.trigger.text}" is its purpose, not coded apart`);
        return false;
      }
    }
    const gov = governors.find(
      (g) => g !== c && g.view === c.view && g.last < c.first && c.first - g.last <= 8,
    );
    if (!gov) return true;
    const between = c.view.tokens.slice(gov.last + 1, c.first).map((t) => t.lower);
    if (!between.some((w) => LINK.has(w))) return true;
    gov.notes.push(`"${c.trigger.text}" is its complement, not coded apart`);
    return false;
  });
}
