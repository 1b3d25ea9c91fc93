import type { ParagraphRule } from './cleanup-rule.js';

const MONTH = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b/i;
const TIME = /\b\d{1,2}[:.]\d{2}\s*(am|pm|a\.m\.|p\.m\.)?\b|\b\d{1,2}\s*(am|pm)\b/i;
const STAMP_WORD =
  /^(updated|posted|published|last updated|first published|modified|created|date)\b/i;
const AGO =
  /^(published|updated|posted)?\s*\d+\s+(second|minute|hour|day|week|month|year)s?\s+ago$/i;

// A word that is not part of a date or time.
const isPlainWord = (w: string): boolean =>
  /[a-z]{3,}/i.test(w) &&
  !MONTH.test(w) &&
  !/^(am|pm|at|on|est|edt|gmt|utc|bst|cet|ist|posted|updated|published|mon|tue|wed|thu|fri|sat|sun)[a-z]*[.,;:]?$/i.test(
    w,
  );

/** Drops short paragraphs that are only a timestamp ("Updated Nov 19, 9:41 AM; Posted ..."). */
export const dropDateLines: ParagraphRule = {
  id: 'drop-date-lines',
  apply(paragraphs) {
    return paragraphs.filter((p) => {
      const t = p.replace(/\s+/g, ' ').trim();
      if (t.length > 120) return true;
      if (AGO.test(t)) return false;
      const dated = MONTH.test(t) || /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/.test(t);
      // A stamp word then a date or time with little else ("Posted: May 3, 2024 at 4:20 pm").
      const rest = t.replace(STAMP_WORD, '').split(/\s+/).filter(isPlainWord);
      if (STAMP_WORD.test(t) && (dated || TIME.test(t)) && rest.length <= 3) return false;
      // Mostly date and time tokens, few other words: a bare timestamp line.
      const words = t.split(/\s+/).filter(isPlainWord);
      if (dated && TIME.test(t) && words.length <= 2) return false;
      // A date alone on its line ("July 1, 2025").
      return !(dated && words.length === 0 && t.length <= 40);
    });
  },
};
