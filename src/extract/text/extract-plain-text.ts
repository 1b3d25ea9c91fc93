import { TEXT_RULES } from './text-rules.js';
import type { TextState } from './text-rule.js';

export interface PlainTextExtraction {
  paragraphs: string[];
  title: string | null;
  section: string[];
  storeDate: string | null;
  headerDate: string | null;
}

/** Cleans text copied from a page: each non-empty line is a paragraph once the clutter is gone. */
export function extractPlainText(text: string): PlainTextExtraction {
  let state: TextState = {
    lines: text.replace(/\r\n?/g, '\n').split('\n'),
    title: null,
    section: [],
    storeDate: null,
    headerDate: null,
  };
  for (const rule of TEXT_RULES) state = rule.apply(state);
  return {
    paragraphs: state.lines.filter((l) => l.trim() !== ''),
    title: state.title,
    section: state.section,
    storeDate: state.storeDate,
    headerDate: state.headerDate,
  };
}
