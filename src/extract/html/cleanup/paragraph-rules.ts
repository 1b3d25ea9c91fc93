import type { ParagraphRule } from './cleanup-rule.js';
import { dropBoilerplateLines } from './drop-boilerplate-lines.js';
import { dropBylineLines } from './drop-byline-lines.js';
import { dropCreditCaptions } from './drop-credit-captions.js';
import { dropEdgePrompts } from './drop-edge-prompts.js';
import { dropCounterParagraphs } from './drop-counter-paragraphs.js';
import { dropDateLines } from './drop-date-lines.js';
import { dropLeadingCrumbs } from './drop-leading-crumbs.js';
import { dropTitleRepeat } from './drop-title-repeat.js';

/** Paragraph clean-up rules, applied in this order after the text is collected. */
export const PARAGRAPH_RULES: ParagraphRule[] = [
  dropBoilerplateLines,
  dropDateLines,
  dropCounterParagraphs,
  dropCreditCaptions,
  dropEdgePrompts,
  dropBylineLines,
  dropTitleRepeat,
  // Crumbs last: they are only recognised at the very start, after the lines above are gone.
  dropLeadingCrumbs,
];
