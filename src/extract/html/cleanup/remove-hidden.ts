import type { CleanupRule } from './cleanup-rule.js';
import { removeWhere, signatureWords } from './element-signature.js';

// Pop-ups shown only on hover or click: person cards, tooltips, modals.
const POPUP_WORDS = new Set([
  'tooltip',
  'popover',
  'popup',
  'rollover',
  'hovercard',
  'modal',
  'lightbox',
  'overlay',
  'dropdown',
]);

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** Hidden elements (hover cards, collapsed widgets) are not part of what a reader sees. */
export const removeHidden: CleanupRule = {
  id: 'remove-hidden',
  apply(root) {
    removeWhere(
      root,
      (el) =>
        el.hasAttribute('hidden') ||
        el.getAttribute('aria-hidden') === 'true' ||
        HIDDEN_STYLE.test(el.getAttribute('style') ?? '') ||
        signatureWords(el).some((w) => POPUP_WORDS.has(w)),
    );
  },
};
