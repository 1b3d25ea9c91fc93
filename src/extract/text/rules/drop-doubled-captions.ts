import { squash, type TextRule } from '../text-rule.js';

/**
 * Drops a line that is immediately repeated: a photo's alt text followed by the same caption.
 * Real paragraphs are not written twice in a row.
 */
export const dropDoubledCaptions: TextRule = {
  id: 'drop-doubled-captions',
  apply(state) {
    const lines = state.lines.map(squash);
    const nonEmpty = lines.map((l, i) => ({ l, i })).filter((x) => x.l !== '');
    const drop = new Set<number>();
    for (let k = 1; k < nonEmpty.length; k += 1) {
      const a = nonEmpty[k - 1];
      const b = nonEmpty[k];
      if (a && b && a.l === b.l && a.l.length >= 20) {
        drop.add(a.i);
        drop.add(b.i);
      }
    }
    return { ...state, lines: state.lines.filter((_, i) => !drop.has(i)) };
  },
};
