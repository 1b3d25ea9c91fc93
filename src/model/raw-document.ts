import { z } from 'zod';

/**
 * What ingest hands to extraction: the bytes or text of one document and what is known of it
 * from outside (the HTTP header, the command line, a JSON Lines record).
 */
export const RawDocument = z.object({
  /** Names the input: a file path, a URL, `stdin`, or `file.jsonl#id`. */
  source: z.string().min(1),
  /** Record id where the input supplies one. */
  id: z.string().optional(),
  url: z.string().optional(),
  /** `html` or `text`; when absent, extraction sniffs it. */
  format: z.enum(['html', 'text']).optional(),
  /** HTTP Content-Type header, for the charset. */
  contentType: z.string().optional(),
  /** Decoded text, or the raw bytes (gzip or any charset) to decode. */
  body: z.union([
    z.string(),
    z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'expected text or bytes'),
  ]),
  /** Metadata supplied from outside, trusted over what the page says. */
  title: z.string().optional(),
  published: z.string().optional(),
});
export type RawDocument = z.infer<typeof RawDocument>;
