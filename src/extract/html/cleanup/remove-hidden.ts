import type { CleanupRule } from './cleanup-rule.js';
import { removeWhere } from './element-signature.js';

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
        HIDDEN_STYLE.test(el.getAttribute('style') ?? ''),
    );
  },
};
