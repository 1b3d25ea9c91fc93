import type { Article, Sentence, TimeMention } from '../../model/index.js';
import { dropNameDates } from './drop-name-dates.js';
import { dropUnanchored } from './drop-unanchored.js';
import { findChronoDates } from './find-chrono-dates.js';
import { readReferenceDate } from './reference-date.js';
import { resolvePastYear } from './resolve-past-year.js';
import { resolveVagueSpans } from './resolve-vague-spans.js';
import { resolveWeekdays } from './resolve-weekday.js';
import type { TimeCandidate } from './time-candidate.js';

type Refiner = (c: TimeCandidate[], reference: Date | null) => TimeCandidate[];

// Order: weekdays and missing years are resolved before vague spans reduce precision;
// dropUnanchored runs last so that it sees every resolved date.
const REFINERS: Refiner[] = [resolveWeekdays, resolvePastYear, resolveVagueSpans, dropUnanchored];

/**
 * Finds date phrases and resolves them against the publication date (no clock: an article without
 * a date leaves relative phrases unresolved).
 *
 * @example
 * findTimeMentions(article, sentences); // "on Monday" in a 2024-11-06 article -> 2024-11-04
 */
export function findTimeMentions(article: Article, sentences: Sentence[] = []): TimeMention[] {
  const reference = readReferenceDate(article.published);
  const found: TimeCandidate[] = [];
  if (sentences.length === 0)
    found.push(...findChronoDates(article.text, { start: 0, end: article.text.length }, reference));
  for (const s of sentences)
    for (const c of findChronoDates(article.text, s.span, reference)) found.push(c);
  let candidates = dropNameDates(found, article.text);
  for (const refine of REFINERS) candidates = refine(candidates, reference);
  return candidates.map((c) => ({
    kind: 'time',
    span: c.span,
    text: c.text,
    ruleId: c.ruleId,
    when:
      c.date === null ? null : { date: c.date, precision: c.precision, text: c.text, span: c.span },
  }));
}
