export interface PlainTextExtraction {
  paragraphs: string[];
  title: string | null;
  section: string[];
  storeDate: string | null;
}

/** Placeholder split on blank lines; replaced by the plain-text rules. */
export function extractPlainText(text: string): PlainTextExtraction {
  return { paragraphs: text.split(/\n\s*\n/), title: null, section: [], storeDate: null };
}
