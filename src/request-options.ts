/**
 * Transport options one call may override, given in the same `init` object as `params`
 * and `body` (for example `uv.GET(path, { params, timeoutMs: 5_000 })`). Each defaults to
 * the client option of the same name.
 */
export interface RequestOptions {
  /** How long one attempt of this call may take, in milliseconds (see the client's `timeoutMs`). */
  timeoutMs?: number;
  /** How many times this call is retried (see the client's `maxRetries`). */
  maxRetries?: number;
  /** Whether this POST or PATCH may be resent after it may have run (see the client's `retryNonIdempotent`). */
  retryNonIdempotent?: boolean;
}
