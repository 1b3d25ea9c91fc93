import type { CleanupRule } from './cleanup-rule.js';
import { linkDensity, removeWhere, textLength } from './element-signature.js';

/**
 * Paragraphs and headings that are nothing but a link: teasers for other stories set
 * between the paragraphs ("READ ALSO ...", a headline in capitals).
 */
export const removeLinkParagraphs: CleanupRule = {
  id: 'remove-link-paragraphs',
  apply(root) {
    removeWhere(
      root,
      (el) =>
        /^P$/i.test(el.tagName) &&
        el.querySelector('a') !== null &&
        linkDensity(el) >= 0.9 &&
        textLength(el) < 200 &&
        // A bare address is a cited source, kept as the author wrote it.
        !/https?:\/\/|www\./i.test(el.textContent ?? ''),
    );
  },
};
