import type { ParagraphRule } from './cleanup-rule.js';

// How captions end or begin: a credit after the description.
const CREDIT = [
  /(credit|credits|image|photo|picture|foto|source)\s*:\s*[^.!?]{2,80}$/i,
  /\((image|photo|picture)( credit)?:[^)]*\)$/i,
  /\|\s*[\p{L} .'’-]{2,40}\/\s*[\p{L} .'’-]{2,40}$/u,
  /\b(getty images|shutterstock|afp via getty|istock)\s*\)?$/i,
  /^(file|file photo|photo|image|picture)\s*[:|]/i,
];

/** Drops photo captions that readability keeps as paragraphs, recognised by their credit. */
export const dropCreditCaptions: ParagraphRule = {
  id: 'drop-credit-captions',
  apply(paragraphs) {
    return paragraphs.filter((p) => {
      const t = p.replace(/\s+/g, ' ').trim();
      return t.length > 400 || !CREDIT.some((re) => re.test(t));
    });
  },
};
