import type { CleanupRule } from './cleanup-rule.js';
import { removeWhere, signatureWords, textLength } from './element-signature.js';

const BYLINE_WORDS = new Set([
  'byline',
  'bylines',
  'author',
  'authors',
  'dateline',
  'timestamp',
  'published',
  'updated',
  'pubdate',
  'date',
  'time',
  'meta',
  'postmeta',
  'metadata',
  'posted',
]);

const BIO_WORDS = new Set(['bio', 'biography', 'authorbio', 'author-bio']);

/** Bylines, timestamps and article meta lines that readability leaves inside the body. */
export const removeBylines: CleanupRule = {
  id: 'remove-bylines',
  apply(root) {
    removeWhere(root, (el) => {
      const tag = el.tagName.toUpperCase();
      if (tag === 'TIME')
        return textLength(el) < 80 && el.parentElement?.tagName.toUpperCase() !== 'P';
      const words = signatureWords(el);
      // Author biographies run longer than a byline.
      if (words.some((w) => BIO_WORDS.has(w))) return textLength(el) < 800;
      if (!words.some((w) => BYLINE_WORDS.has(w))) return false;
      return textLength(el) < (tag === 'P' ? 120 : 200);
    });
  },
};
