import { findDatelineDate } from '../../dates/find-dateline-date.js';
import { dropBoilerplateLines } from '../../html/cleanup/drop-boilerplate-lines.js';
import { dropDateLines } from '../../html/cleanup/drop-date-lines.js';
import type { PageMetadata } from '../../html/meta/read-page-metadata.js';
import { squash, type TextRule } from '../text-rule.js';

// Page widgets copied as text: skip links, back-to-top, font-size controls, rating prompts.
const WIDGETS = [
  /^(quick access to|direct access to|skip to|jump to)\b.{0,120}$/i,
  /^(back to top|all news|news flash|breaking news|live|listen( to (this )?article)?|font size|размер шрифта|schriftgröße|taille du texte|views?)$/i,
  /^[+\-−↺ ]*\d*\s*px$|^[+\-−↺]\s/,
  /^(photo|foto|image|picture|bild)\s*:\s*[\p{L} .&/-]{2,60}$/iu,
  /^what'?s your reaction\??$/i,
  /^[\p{L}\p{N} _.()-]{1,80}\.(png|jpe?g|gif|webp|svg)$/iu,
  /^(copyright|©|ⓒ)\b.{0,120}$/i,
  /\ball rights reserved\.?$/i,
];

const NO_META: PageMetadata = {
  title: null,
  published: null,
  section: [],
  byline: null,
  siteName: null,
  canonicalUrl: null,
  lang: null,
};

/** Drops page furniture lines: widgets, "Advertisement", share prompts, bare timestamps. */
export const dropPageFurniture: TextRule = {
  id: 'drop-page-furniture',
  apply(state) {
    let lines = state.lines.filter((l) => !WIDGETS.some((re) => re.test(squash(l))));
    // The HTML path's line rules apply unchanged to copied text (blank lines pass through).
    const kept = new Set(
      dropDateLines.apply(dropBoilerplateLines.apply(lines.map(squash), NO_META), NO_META),
    );
    const dropped = lines.filter((l) => squash(l) !== '' && !kept.has(squash(l)));
    lines = lines.filter((l) => squash(l) === '' || kept.has(squash(l)));
    // A timestamp line that goes is still the best evidence of the publication date.
    const headerDate =
      state.headerDate ?? dropped.map(findDatelineDate).find((d) => d !== null) ?? null;
    return { ...state, lines, headerDate };
  },
};
