/** What the plain-text rules work on: the lines still in the body and what was learnt so far. */
export interface TextState {
  lines: string[];
  title: string | null;
  section: string[];
  storeDate: string | null;
  /** A date seen in a header line that was dropped (e.g. before the headline). */
  headerDate: string | null;
}

/** One plain-text clean-up rule. */
export interface TextRule {
  id: string;
  apply(state: TextState): TextState;
}

/** A line trimmed with inner whitespace collapsed. */
export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
