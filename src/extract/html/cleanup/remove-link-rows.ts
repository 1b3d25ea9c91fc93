import type { CleanupRule } from './cleanup-rule.js';
import { linkDensity, removeWhere, textLength } from './element-signature.js';

/** Short rows made of several links and little else: share rows, tag rows, "next/previous". */
export const removeLinkRows: CleanupRule = {
  id: 'remove-link-rows',
  apply(root) {
    removeWhere(
      root,
      (el) =>
        /^(P|DIV|SPAN|SECTION)$/i.test(el.tagName) &&
        el.querySelectorAll('a').length >= 2 &&
        textLength(el) < 80 &&
        linkDensity(el) > 0.8,
    );
  },
};
