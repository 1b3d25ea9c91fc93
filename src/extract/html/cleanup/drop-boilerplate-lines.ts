import type { ParagraphRule } from './cleanup-rule.js';

// Whole paragraphs that are page furniture, in the languages of the corpus.
const FURNITURE = [
  /^(advertisement|advertising|advert|anzeige|publicité|publicidad|pubblicità|реклама|sponsored( content)?)$/i,
  /^(continue reading( below)?|story continues below( advertisement)?|article continues below|scroll to continue( with content)?|skip to (main )?content)$/i,
  /^(read more|read the full (story|article)|more on this story|related( articles| stories| coverage)?|see also|also read|you may also like|recommended( for you)?)\b.{0,200}$/i,
  /^(share|share this( article| story)?|share on \w+|tweet|email|print|comments?|\d+ comments?|sign in|sign up|log ?in|subscribe( now)?)$/i,
  /^image (copyright|caption)\b/i,
  /^(this (slideshow|video|content|page) requires javascript|please enable javascript)\b.{0,80}$/i,
  // WordPress shortcodes the page failed to render ("[button link=...]Send us...[/button]").
  /^\[\w+[^\]]*\].*\[\/\w+\]$/,
  /^(share( this( article| story)?)?|partager|teilen|compartir|condividi|поделиться)\s*:.{0,80}$/i,
  /^(photo|image|picture|video|file photo)( credit)?:/i,
  /^(getty images|reuters|ap photo|afp|epa)(\s*\/\s*[\w .]+)?$/i,
];

/** Drops paragraphs that are only "Advertisement", "Read more", share prompts and the like. */
export const dropBoilerplateLines: ParagraphRule = {
  id: 'drop-boilerplate-lines',
  apply(paragraphs) {
    return paragraphs.filter((p) => {
      const t = p.replace(/\s+/g, ' ').trim();
      return !FURNITURE.some((re) => re.test(t));
    });
  },
};
