import type { CleanupRule } from './cleanup-rule.js';
import { removeWhere, signatureWords } from './element-signature.js';

const CAPTION_WORDS = new Set([
  'caption',
  'captions',
  'credit',
  'credits',
  'copyright',
  'figcaption',
  'imagecaption',
  'photocredit',
  'wp-caption-text',
]);

/** Photo captions and credits: figcaption, caption/credit classes, figures without paragraphs. */
export const removeCaptions: CleanupRule = {
  id: 'remove-captions',
  apply(root) {
    removeWhere(root, (el) => {
      const tag = el.tagName.toUpperCase();
      if (tag === 'FIGCAPTION') return true;
      if (tag === 'FIGURE')
        return el.querySelector('p') === null || el.querySelectorAll('p').length < 2;
      return signatureWords(el).some((w) => CAPTION_WORDS.has(w));
    });
  },
};
