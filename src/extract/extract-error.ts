/** Why a document cannot be extracted. */
export type ExtractErrorKind = 'empty' | 'binary' | 'too-large' | 'unreadable';

/**
 * A document that cannot become an article; the message says what is wrong and what to do.
 *
 * @example
 * try { extractArticle(raw); } catch (e) { if (e instanceof ExtractError) console.error(e.message); }
 */
export class ExtractError extends Error {
  readonly kind: ExtractErrorKind;
  readonly source: string;

  constructor(kind: ExtractErrorKind, source: string, message: string) {
    // The message leaves the source out: callers such as the CLI name the input themselves.
    super(message);
    this.name = 'ExtractError';
    this.kind = kind;
    this.source = source;
  }
}
