import { squash, type TextRule } from '../text-rule.js';

/** Drops lone small numbers on a line of their own: comment and share counters. */
export const dropCounterLines: TextRule = {
  id: 'drop-counter-lines',
  apply(state) {
    return { ...state, lines: state.lines.filter((l) => !/^\d{1,5}[kK]?$/.test(squash(l))) };
  },
};
