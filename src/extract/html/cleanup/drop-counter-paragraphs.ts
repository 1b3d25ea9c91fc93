import type { ParagraphRule } from './cleanup-rule.js';

const isCount = (p: string | undefined): boolean =>
  p !== undefined && /^\d{1,5}[kK]?$/.test(p.replace(/\s+/g, ' ').trim());
const isShort = (p: string | undefined): boolean => p !== undefined && p.trim().length < 25;

/**
 * Drops a lone small number between real paragraphs: a comment, share or like counter.
 * Numbers next to other short items are table cells or list numbers and stay.
 */
export const dropCounterParagraphs: ParagraphRule = {
  id: 'drop-counter-paragraphs',
  apply(paragraphs) {
    return paragraphs.filter(
      (p, i) => !(isCount(p) && !isShort(paragraphs[i - 1]) && !isShort(paragraphs[i + 1])),
    );
  },
};
