import type { CleanupRule } from './cleanup-rule.js';
import { linkDensity, removeWhere, signatureWords, textLength } from './element-signature.js';

const RELATED_WORDS = new Set([
  'related',
  'recommended',
  'recommendations',
  'recirc',
  'readmore',
  'read',
  'more',
  'trending',
  'popular',
  'mostread',
  'also',
  'suggested',
  'teaser',
  'teasers',
  'next',
  'previous',
  'pagination',
  'tags',
  'tag',
  'topics',
  'playlist',
  'rail',
]);

const TEASER_WORDS = new Set([
  'teaser',
  'teasers',
  'rail',
  'related',
  'recommended',
  'trending',
  'mostread',
  'popular',
  'promo',
]);

/** Related-links and read-more blocks: by class, or lists made almost entirely of links. */
export const removeRelatedLinks: CleanupRule = {
  id: 'remove-related-links',
  apply(root) {
    removeWhere(root, (el) => {
      const words = signatureWords(el);
      // Teaser rails link through an empty overlay anchor, so link density cannot tell them.
      if (words.some((w) => TEASER_WORDS.has(w)) && el.querySelector('a') && textLength(el) < 300)
        return true;
      if (words.some((w) => RELATED_WORDS.has(w)) && textLength(el) < 1500 && linkDensity(el) > 0.5)
        return true;
      const tag = el.tagName.toUpperCase();
      if (tag !== 'UL' && tag !== 'OL') return false;
      // A list of headlines: several items, each almost all link text.
      const items = Array.from(el.children).filter((c) => c.tagName.toUpperCase() === 'LI');
      return items.length >= 2 && linkDensity(el) > 0.8;
    });
  },
};
