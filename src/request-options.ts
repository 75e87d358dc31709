/**
 * Transport options one call may override, given in the same `init` object as `params`
 * and `body` (for example `uv.GET(path, { params, timeoutMs: 5_000 })`). Each defaults to
 * the client option of the same name; a value that makes no sense rejects the call with
 * `UltravoxParameterError` (its `parameter` is `init.timeoutMs`, …) before anything is sent.
 */
export interface RequestOptions {
  /**
   * How long one attempt may take, in milliseconds: from sending the request to the last
   * byte of the body (with `parseAs: "stream"`, to the response headers, then between
   * chunks). Above 0 and at most 2 147 483 647, or `Infinity` for no limit. Default 60 000.
   */
  timeoutMs?: number;
  /** How many times a failed request is retried (a whole number, 0 or more). Default 2. */
  maxRetries?: number;
  /**
   * Also retry POST and PATCH after 5xx answers, timeouts and dropped connections, when the
   * API may already have processed them (a retried Create Call can then create two calls).
   * Default false: they are retried only on 429 and 503 and when no connection was made.
   */
  retryNonIdempotent?: boolean;
}
