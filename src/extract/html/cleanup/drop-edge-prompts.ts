import type { ParagraphRule } from './cleanup-rule.js';

// Calls to action and notices that pages put before or after the story.
const PROMPT = [
  /\b(follow|like) (us|him|her|them|[\p{Lu}][\p{L}]+) on (twitter|facebook|instagram|x|youtube|tiktok|linkedin)\b/iu,
  /\b(sign up|subscribe) (for|to) (our|the)\b.{0,40}\b(newsletter|briefing|emails?|alerts?)\b/i,
  /\bmay be reached at\b|\bcan be reached at\b|\bhave a tip\??\b|\bsend (us )?your (tips|news)\b/i,
  /\bclick here (to|for)\b|\bdownload (our|the) app\b/i,
  /\b(this (post|article|page) (may )?contains? affiliate|affiliate links?\b.{0,40}\bdisclosure)/i,
  /\bretrieved \d{1,2} \w+ \d{4} from https?\b|\bthis document is subject to copyright\b/i,
  /^(copyright|©)\s|\ball rights reserved\b/i,
  /\bget access to\b.{0,80}\b(subscription|premium|pro)\b/i,
  /\b(this (web)?site uses cookies|we use cookies)\b/i,
  /\b(right )?(in|to) your inbox\b|\btell us what you think\b/i,
  /^about the author\b/i,
];
/** How far from each end prompts are looked for. */
const EDGE = 3;

/** Drops prompts and notices among the first and last few paragraphs. */
export const dropEdgePrompts: ParagraphRule = {
  id: 'drop-edge-prompts',
  apply(paragraphs) {
    const n = paragraphs.length;
    return paragraphs.filter((p, i) => {
      if (i >= EDGE && i < n - EDGE) return true;
      const t = p.replace(/\s+/g, ' ').trim();
      return t.length > 400 || !PROMPT.some((re) => re.test(t));
    });
  },
};
