import { squash, type TextRule } from '../text-rule.js';

// A heading that opens a list of other stories.
const LIST_HEADING =
  /^(read more|read also|also read|related( news| stories| articles| coverage)?|more (news|stories|from|on this)|most (read|popular|viewed)|latest( news)?|top stories|you may also like|recommended|see also|trending( now)?|what to read next)\b.{0,60}$/i;

const sentenceLike = (l: string): boolean => /[.!?"”»)]$/.test(l) && l.split(' ').length > 12;

/**
 * Drops a "Read more"/"Related" heading and the headline list after it: the lines up to the
 * next sentence-like paragraph (or the end).
 */
export const dropRelatedLists: TextRule = {
  id: 'drop-related-lists',
  apply(state) {
    const out: string[] = [];
    let inList = false;
    for (const raw of state.lines) {
      const l = squash(raw);
      if (LIST_HEADING.test(l)) {
        inList = true;
        continue;
      }
      if (inList && l !== '' && sentenceLike(l)) inList = false;
      if (!inList) out.push(raw);
    }
    return { ...state, lines: out };
  },
};
