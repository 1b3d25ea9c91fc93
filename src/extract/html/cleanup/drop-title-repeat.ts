import type { ParagraphRule } from './cleanup-rule.js';

const key = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Drops the headline where it is repeated inside the body (the body is what follows it). */
export const dropTitleRepeat: ParagraphRule = {
  id: 'drop-title-repeat',
  apply(paragraphs, meta) {
    if (!meta.title) return paragraphs;
    const title = key(meta.title);
    if (title.length === 0) return paragraphs;
    return paragraphs.filter((p) => key(p) !== title);
  },
};
