import { findDatelineDate } from '../../dates/find-dateline-date.js';
import { squash, type TextRule } from '../text-rule.js';
import { splitCrumbs } from './split-crumbs.js';

/** How many opening lines may hold the headline and its repeats. */
const HEAD_LINES = 8;

const headlineLike = (l: string): boolean =>
  l.length >= 15 && l.length <= 250 && l.split(' ').length >= 3 && !/[.,;:]$/.test(l);

// Crumbs: a few capitalised words without sentence punctuation.
const crumbLike = (prefix: string): boolean =>
  /^[\p{Lu}\p{N}][\p{L}\p{N}&'’ >›»/|-]*$/u.test(prefix) && prefix.split(' ').length <= 8;

/**
 * The headline of a copied page is a line repeated among the opening lines, or the end of an
 * earlier line (navigation crumbs or a date before it). It becomes the title; its repeats,
 * and the crumb line (kept as the section path), leave the body.
 */
export const findRepeatedHeadline: TextRule = {
  id: 'find-repeated-headline',
  apply(state) {
    const lines = state.lines.map(squash);
    const opening = lines
      .map((l, i) => ({ l, i }))
      .filter((x) => x.l !== '')
      .slice(0, HEAD_LINES);
    for (const { l: candidate, i: at } of opening) {
      if (!headlineLike(candidate)) continue;
      const repeats = opening.filter((x) => x.l === candidate).length;
      const carrier = opening.find(
        (x) => x.i < at && x.l.length > candidate.length && x.l.endsWith(` ${candidate}`),
      );
      if (repeats < 2 && !carrier) continue;
      let { section, headerDate } = state;
      const drop = new Set<number>(lines.flatMap((l, i) => (l === candidate ? [i] : [])));
      if (carrier) {
        const prefix = carrier.l.slice(0, carrier.l.length - candidate.length).trim();
        if (crumbLike(prefix) && section.length === 0) section = splitCrumbs(prefix);
        headerDate = headerDate ?? findDatelineDate(prefix);
        drop.add(carrier.i);
      }
      return {
        ...state,
        title: state.title ?? candidate,
        section,
        headerDate,
        lines: state.lines.filter((_, i) => !drop.has(i)),
      };
    }
    return state;
  },
};
