import type { CleanupRule } from './cleanup-rule.js';
import { removeWhere, signatureWords, textLength } from './element-signature.js';

const SHARE_WORDS = new Set([
  'share',
  'shares',
  'sharing',
  'sharebar',
  'social',
  'sociable',
  'addthis',
  'sharethis',
  'socials',
  'follow',
  'print',
  'tools',
  'toolbar',
]);

/** Share bars and social buttons: short blocks whose class says so. */
export const removeShareBars: CleanupRule = {
  id: 'remove-share-bars',
  apply(root) {
    removeWhere(
      root,
      (el) => signatureWords(el).some((w) => SHARE_WORDS.has(w)) && textLength(el) < 300,
    );
  },
};
