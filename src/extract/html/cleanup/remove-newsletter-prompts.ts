import type { CleanupRule } from './cleanup-rule.js';
import { removeWhere, signatureWords, textLength } from './element-signature.js';

const PROMPT_WORDS = new Set([
  'newsletter',
  'newsletters',
  'subscribe',
  'subscription',
  'signup',
  'paywall',
  'registration',
  'optin',
  'cta',
  'donate',
  'membership',
]);

/** Newsletter sign-ups and subscription prompts inside the article. */
export const removeNewsletterPrompts: CleanupRule = {
  id: 'remove-newsletter-prompts',
  apply(root) {
    removeWhere(
      root,
      (el) => signatureWords(el).some((w) => PROMPT_WORDS.has(w)) && textLength(el) < 600,
    );
  },
};
