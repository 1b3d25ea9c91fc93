import type { CleanupRule } from './cleanup-rule.js';
import { linkDensity, textLength } from './element-signature.js';

const MORE_HEADING =
  /^(more|related|read more|read also|also read|see also|more on this( story)?|recommended|you may also like|further reading|most read|latest)\s*:?$/i;

/**
 * A "More:" or "Related:" heading and the links that follow it (lists or one-link lines),
 * inserted between the story's paragraphs.
 */
export const removeMoreLists: CleanupRule = {
  id: 'remove-more-lists',
  apply(root) {
    for (const heading of Array.from(root.querySelectorAll('h2, h3, h4, h5, h6, p, strong, b'))) {
      if (
        !heading.parentNode ||
        !MORE_HEADING.test((heading.textContent ?? '').replace(/\s+/g, ' ').trim())
      )
        continue;
      // The heading may sit in a <p> or <strong>: walk from the outermost block that only holds it.
      let start: Element = heading;
      while (
        start.parentElement &&
        start.parentElement !== root &&
        textLength(start.parentElement) === textLength(start)
      ) {
        start = start.parentElement;
      }
      let next = start.nextElementSibling;
      start.remove();
      while (next && textLength(next) > 0 && textLength(next) < 300 && linkDensity(next) >= 0.8) {
        const after = next.nextElementSibling;
        next.remove();
        next = after;
      }
    }
  },
};
