import type { ParagraphRule } from './cleanup-rule.js';

const key = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Drops short opening paragraphs that only name the section ("Entertainment", "Home News
 * Science") before the article's first sentence.
 */
export const dropLeadingCrumbs: ParagraphRule = {
  id: 'drop-leading-crumbs',
  apply(paragraphs, meta) {
    const sections = new Set(meta.section.map(key));
    let start = 0;
    while (start < Math.min(3, paragraphs.length - 1)) {
      const p = key(paragraphs[start] ?? '');
      const words = p.split(' ');
      const isSection = sections.has(p) || (words[0] === 'home' && words.length <= 6);
      if (!isSection) break;
      start += 1;
    }
    return paragraphs.slice(start);
  },
};
