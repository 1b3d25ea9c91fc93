import type { PageMetadata } from '../meta/read-page-metadata.js';

/** A clean-up rule over the main-content element that readability returns; it edits in place. */
export interface CleanupRule {
  id: string;
  apply(root: Element, meta: PageMetadata): void;
}

/** A clean-up rule over the collected paragraphs. */
export interface ParagraphRule {
  id: string;
  apply(paragraphs: string[], meta: PageMetadata): string[];
}

/** Removes every element under root that matches the selector (root itself is kept). */
export function removeAll(root: Element, selector: string): void {
  for (const el of Array.from(root.querySelectorAll(selector))) el.remove();
}
