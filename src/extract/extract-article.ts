import type { Article, KeptOf, PublishedSource, RawDocument } from '../model/index.js';
import { joinParagraphs } from './build-article.js';
import { MAX_PAGE_TEXT, cutLongText } from './cut-long-text.js';
import { findDatelineDate } from './dates/find-dateline-date.js';
import { findUrlDate } from './dates/find-url-date.js';
import { decodeBody } from './decode/decode-body.js';
import { detectFormat } from './detect-format.js';
import { detectLanguage } from './detect-language.js';
import { ExtractError } from './extract-error.js';
import { extractHtml } from './html/extract-html.js';
import { extractPlainText } from './text/extract-plain-text.js';

export interface ExtractOptions {
  /** Largest document accepted, in bytes (or UTF-16 units for text); default 10 MB. */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 10_000_000;

type Published = { value: string; source: PublishedSource } | null;

// A page that declares one language but is written in another was built from a template.
function chooseLang(declared: string | null, text: string): string | null {
  const detected = detectLanguage(text);
  if (!declared) return detected;
  return detected && detected !== declared ? detected : declared;
}

/** Runs decoding, format detection, and the HTML or plain-text path; fills the Article. */
export function extractArticleWith(raw: RawDocument, options: ExtractOptions = {}): Article {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const decoded = decodeBody(raw.body, {
    source: raw.source,
    contentType: raw.contentType,
    maxBytes,
  });
  if (decoded.trim() === '') {
    throw new ExtractError(
      'empty',
      raw.source,
      'the document is empty; check the file or the address',
    );
  }
  const format = raw.format ?? detectFormat(decoded);
  let paragraphs: string[];
  let title: string | null = null;
  let published: Published = null;
  let section: string[] = [];
  let byline: string | null = null;
  let siteName: string | null = null;
  let canonicalUrl: string | null = null;
  let declaredLang: string | null = null;
  let cutElements: KeptOf | null = null;
  let cutPageText: KeptOf | null = null;
  if (format === 'html') {
    const html = extractHtml(decoded, raw.url);
    paragraphs = html.paragraphs;
    ({ title, published, section, byline, siteName, canonicalUrl } = html.meta);
    declaredLang = html.meta.lang;
    cutElements = html.cutElements;
    cutPageText = html.cutText;
  } else {
    if (decoded.length > MAX_PAGE_TEXT)
      cutPageText = { kept: MAX_PAGE_TEXT, total: decoded.length };
    const text = extractPlainText(decoded.slice(0, MAX_PAGE_TEXT));
    paragraphs = text.paragraphs;
    ({ title, section } = text);
    const urlDate = raw.url ? findUrlDate(raw.url) : null;
    if (text.storeDate) published = { value: text.storeDate, source: 'store-marker' };
    else if (urlDate) published = { value: urlDate, source: 'url' };
    else if (text.headerDate) published = { value: text.headerDate, source: 'dateline' };
  }
  // The id hashes the whole text, so that two long pages that start alike stay apart.
  const joined = joinParagraphs(paragraphs);
  const { id } = joined;
  const { text, spans, cut: cutJoined } = cutLongText(joined.text, joined.spans);
  // Text dropped from the page before it was joined counts too.
  const cutChars =
    cutJoined || cutPageText
      ? { kept: text.length, total: Math.max(cutPageText?.total ?? 0, joined.text.length) }
      : null;
  if (text === '') {
    throw new ExtractError(
      'empty',
      raw.source,
      cutElements
        ? `no article text was found in the first ${cutElements.kept} of its ${cutElements.total} HTML elements (the per-document limit); check that it is a news page`
        : 'no article text was found in the document; check that it is a news page or its text',
    );
  }
  if (!published) {
    const dateline = findDatelineDate(text);
    if (dateline) published = { value: dateline, source: 'dateline' };
  }
  const supplied = raw.published?.trim();
  if (supplied) published = { value: supplied, source: 'supplied' };
  return {
    id,
    source: raw.source,
    url: raw.url ?? null,
    canonicalUrl,
    title: raw.title?.trim() || title,
    published: published?.value ?? null,
    publishedSource: published?.source ?? null,
    section,
    byline,
    siteName,
    lang: chooseLang(declaredLang, text),
    text,
    paragraphs: spans,
    ...(cutElements || cutChars
      ? {
          cut: {
            ...(cutElements ? { elements: cutElements } : {}),
            ...(cutChars ? { chars: cutChars } : {}),
          },
        }
      : {}),
  };
}
