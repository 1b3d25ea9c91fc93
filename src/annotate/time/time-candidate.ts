import type { DatePrecision, Span } from '../../model/index.js';

/** A date phrase found in the text, before and after its refiners. */
export interface TimeCandidate {
  span: Span;
  text: string;
  /** Resolved date at `precision`, or null when it cannot be resolved. */
  date: string | null;
  precision: DatePrecision;
  ruleId: string;
  /** What the parser knew for certain: the refiners read these. */
  known: { year: boolean; month: boolean; day: boolean; weekday: boolean };
  /** The words just before the phrase ("late last", "next", "since"). */
  before: string;
}

/** How much of the text before a date phrase its `before` keeps. */
const BEFORE_CHARS = 16;

/** A candidate's `before`: the text just before `start`, in lower case. */
export function textBefore(text: string, start: number): string {
  return text.slice(Math.max(0, start - BEFORE_CHARS), start).toLowerCase();
}

/** A candidate, written out field by field: one object shape for every rule, and no spread. */
export function timeCandidate(
  span: Span,
  text: string,
  date: string | null,
  precision: DatePrecision,
  ruleId: string,
  known: TimeCandidate['known'],
  before: string,
): TimeCandidate {
  return { span, text, date, precision, ruleId, known, before };
}

/** `c` with another date, precision and rule (a refiner's reading). */
export function resolveCandidate(
  c: TimeCandidate,
  date: string | null,
  precision: DatePrecision,
  ruleId: string,
): TimeCandidate {
  return timeCandidate(c.span, c.text, date, precision, ruleId, c.known, c.before);
}
