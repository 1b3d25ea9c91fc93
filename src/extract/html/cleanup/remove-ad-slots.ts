import type { CleanupRule } from './cleanup-rule.js';
import { removeWhere, signatureWords, textLength } from './element-signature.js';

const AD_WORDS = new Set([
  'ad',
  'ads',
  'adv',
  'advert',
  'adverts',
  'advertisement',
  'advertising',
  'adslot',
  'adunit',
  'dfp',
  'gpt',
  'sponsor',
  'sponsored',
  'promo',
  'promoted',
  'outbrain',
  'taboola',
  'commercial',
]);

/** Advertising slots and sponsored blocks. */
export const removeAdSlots: CleanupRule = {
  id: 'remove-ad-slots',
  apply(root) {
    removeWhere(
      root,
      (el) => signatureWords(el).some((w) => AD_WORDS.has(w)) && textLength(el) < 400,
    );
  },
};
