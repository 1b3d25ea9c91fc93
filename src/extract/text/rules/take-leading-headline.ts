import { findDatelineDate } from '../../dates/find-dateline-date.js';
import { squash, type TextRule } from '../text-rule.js';

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const LEADING_DATES = new RegExp(
  `^(?:(?:\\d{1,2}/\\d{1,2}/\\d{4}|\\d{4}-\\d{2}-\\d{2}|${MONTH} \\d{1,2},? \\d{4}|\\d{1,2} ${MONTH},? \\d{4})\\s+)+`,
  'i',
);
const headlineLike = (l: string): boolean =>
  l.length >= 20 && l.length <= 200 && l.split(' ').length >= 4 && !/[.,;:!"”]$/.test(l);
const paragraphLike = (l: string): boolean => l.length >= 80 && /[.!?"”»)]$/.test(l);

/**
 * When no repeated headline was found, a short opening line without sentence punctuation
 * followed by a real paragraph is the headline.
 */
export const takeLeadingHeadline: TextRule = {
  id: 'take-leading-headline',
  apply(state) {
    if (state.title) return state;
    const idx = state.lines.map((l, i) => ({ l: squash(l), i })).filter((x) => x.l !== '');
    const opening = idx[0];
    if (!opening) return state;
    // A date stamp copied in front of the headline ("10/18/2024 October 18, 2024 Headline").
    const stamp = LEADING_DATES.exec(opening.l)?.[0] ?? '';
    const first = { l: opening.l.slice(stamp.length).trim(), i: opening.i };
    if (!headlineLike(first.l)) return state;
    // A headline is followed, within a few short lines (dateline, credit), by a real paragraph.
    if (!idx.slice(1, 4).some((x) => paragraphLike(x.l))) return state;
    const headerDate = state.headerDate ?? (stamp ? findDatelineDate(stamp) : null);
    return {
      ...state,
      title: first.l,
      headerDate,
      lines: state.lines.filter((_, i) => i !== first.i),
    };
  },
};
