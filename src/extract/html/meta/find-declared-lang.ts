import { metaContent } from './meta-content.js';

/** The two-letter language the page declares (<html lang>, Content-Language, og:locale), or null. */
export function findDeclaredLang(doc: Document): string | null {
  const declared =
    doc.documentElement?.getAttribute('lang') ??
    metaContent(doc, ['content-language', 'og:locale', 'language', 'dc.language']) ??
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ??
    null;
  const code = /^\s*([a-z]{2})(?:[-_][a-z]{2,4})?\s*$/i.exec(declared ?? '')?.[1];
  return code ? code.toLowerCase() : null;
}
