import { collectParagraphs } from '../collect-paragraphs.js';

/**
 * The deepest element nesting kept as it is. Real news pages nest 25 to 50 deep; readability's
 * walks over a deeper tree grow faster than its size (1,000 nested divs took 13 s).
 */
export const MAX_NESTING_DEPTH = 100;

/**
 * Flattens whatever is nested deeper than {@link MAX_NESTING_DEPTH}: the element at that depth
 * keeps its text as plain paragraphs (`<p>`), one per block, and loses the markup below it.
 * Returns how many elements were flattened (0 for an ordinary page).
 *
 * @example
 * flattenDeepNesting(document); // <div> x 5,000 around <p>text</p> -> 100 divs around <p>text</p>
 */
export function flattenDeepNesting(doc: Document, maxDepth = MAX_NESTING_DEPTH): number {
  const root = doc.documentElement;
  if (!root) return 0;
  let flattened = 0;
  const todo: [Element, number][] = [[root, 0]];
  while (todo.length > 0) {
    const next = todo.pop();
    if (!next) break;
    const [element, depth] = next;
    if (depth < maxDepth) {
      for (let c = element.firstElementChild; c; c = c.nextElementSibling)
        todo.push([c, depth + 1]);
    } else if (element.firstElementChild) {
      const paragraphs = collectParagraphs(element).map((text) => {
        const p = doc.createElement('p');
        p.textContent = text;
        return p;
      });
      element.replaceChildren(...paragraphs);
      flattened += 1;
    }
  }
  return flattened;
}
