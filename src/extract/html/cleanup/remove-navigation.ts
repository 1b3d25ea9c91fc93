import type { CleanupRule } from './cleanup-rule.js';
import { removeWhere, signatureWords } from './element-signature.js';

const NAV_WORDS = new Set([
  'breadcrumb',
  'breadcrumbs',
  'crumbs',
  'nav',
  'navigation',
  'menu',
  'skip',
  'skiplink',
]);

/** Navigation inside the content: nav elements, breadcrumbs, menus, skip links. */
export const removeNavigation: CleanupRule = {
  id: 'remove-navigation',
  apply(root) {
    removeWhere(root, (el) => {
      const tag = el.tagName.toUpperCase();
      if (tag === 'NAV' || tag === 'FORM' || tag === 'FOOTER') return true;
      return signatureWords(el).some((w) => NAV_WORDS.has(w));
    });
  },
};
