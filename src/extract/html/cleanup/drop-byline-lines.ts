import type { ParagraphRule } from './cleanup-rule.js';

const NAME = "[A-Z][\\p{L}'’.-]+";
// "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Von Max Muster".
const BY = new RegExp(
  `^([Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Оо]т)\\s+${NAME}(\\s+${NAME}){0,3}((\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)${NAME}(\\s+${NAME}){0,3})*(\\s*[,||-]\\s*[\\p{L} .]{0,40})?$`,
  'u',
);

/** Drops byline paragraphs inside the body ("By Jane Doe, Reuters") and the page's own byline. */
export const dropBylineLines: ParagraphRule = {
  id: 'drop-byline-lines',
  apply(paragraphs, meta) {
    const byline = meta.byline?.toLowerCase();
    return paragraphs.filter((p) => {
      const t = p.replace(/\s+/g, ' ').trim();
      if (t.length > 100) return true;
      if (byline && (t.toLowerCase() === byline || t.toLowerCase() === `by ${byline}`))
        return false;
      return !BY.test(t);
    });
  },
};
