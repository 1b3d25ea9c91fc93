import type { CleanupRule } from './cleanup-rule.js';
import { removeAdSlots } from './remove-ad-slots.js';
import { removeBylines } from './remove-bylines.js';
import { removeCaptions } from './remove-captions.js';
import { removeHidden } from './remove-hidden.js';
import { removeLinkParagraphs } from './remove-link-paragraphs.js';
import { removeLinkRows } from './remove-link-rows.js';
import { removeMoreLists } from './remove-more-lists.js';
import { removeNavigation } from './remove-navigation.js';
import { removeNewsletterPrompts } from './remove-newsletter-prompts.js';
import { removeRelatedLinks } from './remove-related-links.js';
import { removeShareBars } from './remove-share-bars.js';

/** DOM clean-up rules, applied in this order to readability's main-content element. */
export const CLEANUP_RULES: CleanupRule[] = [
  // Hidden first: hover cards would otherwise count as link text in the rules below.
  removeHidden,
  removeNavigation,
  removeCaptions,
  removeShareBars,
  removeAdSlots,
  removeNewsletterPrompts,
  removeBylines,
  // Related links last: once ads and share bars are gone, link density reflects real lists.
  removeMoreLists,
  removeRelatedLinks,
  removeLinkRows,
  removeLinkParagraphs,
];
