import { z } from 'zod';
import { Span } from './common.js';

export const PublishedSource = z.enum([
  'supplied',
  'json-ld',
  'meta',
  'time-element',
  'url',
  'dateline',
  'store-marker',
]);
export type PublishedSource = z.infer<typeof PublishedSource>;

/** How much of something was kept, out of how much there was. */
export const KeptOf = z.object({
  kept: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type KeptOf = z.infer<typeof KeptOf>;

/** A clean article: the main text with paragraphs separated by a blank line, and its metadata. */
export const Article = z.object({
  /** Content hash of the normalised text (hex), stable across runs. */
  id: z.string(),
  source: z.string(),
  url: z.string().nullable(),
  canonicalUrl: z.string().nullable(),
  title: z.string().nullable(),
  /** ISO 8601 date or date-time as the page gives it (`2024-11-06`, `2024-11-06T11:36:00Z`, `2024-11`). */
  published: z.string().nullable(),
  publishedSource: PublishedSource.nullable(),
  /** Section path, e.g. `["World", "Live", "International Crisis"]`. */
  section: z.array(z.string()),
  byline: z.string().nullable(),
  siteName: z.string().nullable(),
  /** ISO 639-1. */
  lang: z.string().nullable(),
  text: z.string(),
  paragraphs: z.array(Span),
  /**
   * Present when the document was larger than Sitrep reads whole: only its start was analysed
   * (`elements`: HTML elements parsed, `chars`: characters of text annotated; kept of total).
   */
  cut: z.object({ elements: KeptOf.optional(), chars: KeptOf.optional() }).optional(),
});
export type Article = z.infer<typeof Article>;
