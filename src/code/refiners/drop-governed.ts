import type { EventCandidate } from '../candidate.js';
import { syntaxOf, wordAt } from '../roles/clause-roles.js';
import { OBJECT_CONTROL } from '../../annotate/syntax/english.js';

const LINK = new Set(['to', 'that', 'on', 'for', 'not', 'it', 'will', 'would', 'should', 'must']);

// The irregular past forms of the verbs of object control (english.ts OBJECT_CONTROL).
const IRREGULAR_CONTROL = new Set(['led', 'sent', 'told', 'drove', 'driven', 'bade', 'bid']);

// A word that may be a verb of object control by its form: an inflection in -ed, -ing or -s, or
// an irregular past.
function mayBeVerbForm(word: string): boolean {
  return /(?:ed|ing|s)$/.test(word) || IRREGULAR_CONTROL.has(word) || OBJECT_CONTROL.has(word);
}

// "the shelling forced X to withdraw": the verb trigger's clause takes its subject from the object
// of a verb that governs it, and that verb is not the event `main` ("sent troops to support X":
// the troops' purpose is the sending's).
function controlledByOther(c: EventCandidate, main: EventCandidate): boolean {
  // another verb must stand between them: no word that may be one, no need to tag the sentence
  if (!c.view.tokens.slice(main.last + 1, c.first - 1).some((t) => mayBeVerbForm(t.lower)))
    return false;
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
