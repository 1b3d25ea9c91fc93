import { dropCounterLines } from './rules/drop-counter-lines.js';
import { dropDoubledCaptions } from './rules/drop-doubled-captions.js';
import { dropPageFurniture } from './rules/drop-page-furniture.js';
import { dropPhotoCredits } from './rules/drop-photo-credits.js';
import { dropRelatedLists } from './rules/drop-related-lists.js';
import { findRepeatedHeadline } from './rules/find-repeated-headline.js';
import { takeLeadingHeadline } from './rules/take-leading-headline.js';
import { takeStoreMarker } from './rules/take-store-marker.js';
import type { TextRule } from './text-rule.js';

/** Plain-text clean-up rules, in order. */
export const TEXT_RULES: TextRule[] = [
  // The marker shares the first line with the page's words: take it off before reading lines.
  takeStoreMarker,
  // Related lists before furniture: furniture would drop the "Read more" line that opens the list.
  dropRelatedLists,
  // Furniture before the headline: widgets between repeats would hide that they repeat.
  dropPageFurniture,
  dropCounterLines,
  dropPhotoCredits,
  findRepeatedHeadline,
  dropDoubledCaptions,
  // Last: only when nothing better named the headline.
  takeLeadingHeadline,
];
