import type { TimeCandidate } from './time-candidate.js';

// Months that are also words or names ("May", "March", "August"): a date only where nothing names them.
const NAME_MONTH = /^(?:May|March|August|June|April)\b/;
// Capitalised words that may stand right before a date ("Monday May 1", "On May 1").
const BEFORE_DATE =
  /^(?:On|In|By|Since|From|Until|Till|Before|After|During|Early|Late|Mid|Last|Next|This|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun)$/;

/**
 * "the vessel Unaiza May 1": a month name right after a capitalised word that is no date word
 * ends a name, not a date.
 */
export function dropNameDates(candidates: TimeCandidate[], text: string): TimeCandidate[] {
  return candidates.filter((c) => {
    if (!NAME_MONTH.test(c.text)) return true;
    const before = /([A-Z][\p{L}'’-]*)[ \t]+$/u.exec(
      text.slice(Math.max(0, c.span.start - 30), c.span.start),
    );
    if (!before?.[1]) return true;
    // the first word of a sentence is capitalised anyway
    const head = text.slice(0, c.span.start - before[0].length).trimEnd();
    if (head === '' || /[.!?:"“”'’\n]$/.test(head)) return true;
    return BEFORE_DATE.test(before[1]);
  });
}
