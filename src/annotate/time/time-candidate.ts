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
