/** A source whose content cannot be read (malformed, truncated, wrongly encoded). */
export class SourceFormatError extends Error {
  constructor(
    readonly url: string,
    message: string,
  ) {
    super(message);
    this.name = 'SourceFormatError';
  }
}
