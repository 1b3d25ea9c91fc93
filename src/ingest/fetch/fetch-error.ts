/** Why a fetch failed; `retryable` says whether trying again later may help. */
export type FetchErrorKind =
  | 'blocked'
  | 'scheme'
  | 'robots'
  | 'timeout'
  | 'too-large'
  | 'http'
  | 'network'
  | 'truncated'
  | 'encoding'
  | 'redirects'
  | 'stopped';

/** A failed fetch of one URL, with a message that says what to do. */
export class FetchError extends Error {
  constructor(
    readonly kind: FetchErrorKind,
    readonly url: string,
    message: string,
    readonly details: { status?: number; retryAfterMs?: number; retryable?: boolean } = {},
  ) {
    super(message);
    this.name = 'FetchError';
  }

  get retryable(): boolean {
    if (this.details.retryable !== undefined) return this.details.retryable;
    return this.kind === 'timeout' || this.kind === 'network' || this.kind === 'truncated';
  }
}
