import { requestLines, UltravoxConnectionError, UltravoxTimeoutError } from "./errors.js";
import { sendFollowingRedirects, wasNeverSent } from "./platform.js";
import { backoffMs, parseRetryAfter } from "./retry-timing.js";

/** A fetch function as openapi-fetch calls it. */
export type FetchFunction = (request: Request) => Promise<Response>;

/** Sends one request with extra init (the attempt's signal, the redirect mode). */
export type SendOnce = (request: Request, init: RequestInit) => Promise<Response>;

/** The transport policy of {@link createRetryingFetch}; the client's options of the same names. */
export interface RetryPolicy {
  /** The fetch that does the I/O. Default: the global `fetch`. */
  fetch?: FetchFunction | undefined;
  /** Per attempt, covering the response headers and the whole body. Default 60 000. */
  timeoutMs?: number | undefined;
  /** Attempts after the first. Default 2. */
  maxRetries?: number | undefined;
  /** Also retry POST and PATCH on failures after which the API may have processed them. Default false. */
  retryNonIdempotent?: boolean | undefined;
  /** A longer `Retry-After` is not waited for: the response is returned at once. Default 60 000. */
  maxRetryAfterMs?: number | undefined;
}

const RETRYABLE_STATUSES = [408, 429, 500, 502, 503, 504];
// The API's documented "not processed, retry later" answers: safe to repeat even for a create.
const NOT_PROCESSED_STATUSES = [429, 503];

/**
 * Wraps `policy.fetch` in the client's transport policy, the only place it lives:
 * - each attempt (a clone of the request) must deliver headers and the whole body within
 *   `timeoutMs`: the body is read into memory inside the attempt, so a stalled body times
 *   out and can be retried;
 * - GET, PUT and DELETE are retried on 408, 429, 5xx, connection errors and timeouts; POST
 *   and PATCH only on 429, 503 and connections never established (unless
 *   `retryNonIdempotent`); the wait is `Retry-After` when given, else jittered backoff;
 * - GET/HEAD redirects are followed here, dropping credential headers on another origin
 *   (fetch's own redirects would send `X-API-Key` to the storage host of a recording);
 *   redirects of other methods are returned as they are.
 *
 * `secret` (the API key) is replaced by `[redacted]` in error bodies, so no error or log can
 * carry it. The returned fetch resolves with the final response, whatever its status. It rejects with
 * {@link UltravoxTimeoutError} or {@link UltravoxConnectionError} when no allowed attempt got
 * a response, and with the signal's reason (the platform's `AbortError`) as soon as the
 * request's signal aborts, also during a backoff sleep.
 */
export function createRetryingFetch(policy: RetryPolicy, secret: string): FetchFunction {
  const {
    fetch: custom,
    timeoutMs = 60_000,
    maxRetries = 2,
    retryNonIdempotent,
    maxRetryAfterMs = 60_000,
  } = policy;
  // The global fetch takes the init itself (one Request fewer per attempt); a custom fetch
  // gets one Request carrying it, so that it cannot drop the timeout's signal.
  const sendOnce: SendOnce = custom
    ? (request, init) => custom(new Request(request, init))
    : (request, init) => fetch(request, init);
  let runtimeShowsRedirects = true;

  async function send(request: Request, signal: AbortSignal): Promise<Response> {
    const response =
      runtimeShowsRedirects && request.redirect === "follow"
        ? await sendFollowingRedirects(sendOnce, request, signal, () => {
            // This runtime hides a manual redirect's Location (a browser): let it follow redirects itself.
            runtimeShowsRedirects = false;
          })
        : await sendOnce(request, { signal });
    if (response.status < 200) return response; // opaque: nothing to read
    const bytes = await response.arrayBuffer();
    const body = !bytes.byteLength
      ? null
      : response.ok
        ? bytes
        : new TextDecoder().decode(bytes).replaceAll(secret, "[redacted]");
    const copy = new Response(body, response);
    Object.defineProperty(copy, "url", { value: response.url });
    requestLines.set(copy, request);
    return copy;
  }

  return async (request) => {
    const { signal, method } = request;
    const idempotent = retryNonIdempotent || !/^(POST|PATCH)$/.test(method);
    for (let attempt = 1; ; attempt++) {
      signal.throwIfAborted();
      const controller = new AbortController();
      const abort = () => controller.abort(signal.reason);
      signal.addEventListener("abort", abort);
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      let retryAfterMs: number | undefined;
      // Written as !(attempt <= maxRetries) so that a NaN maxRetries means no retries, not endless ones.
      try {
        // An attempt is a new Request made from `request`, which consumes only a body: a
        // request without one (GET, DELETE) is reused as it is, saving a clone per request.
        const response = await send(request.body ? request.clone() : request, controller.signal);
        retryAfterMs = parseRetryAfter(response.headers.get("retry-after"));
        const retryable = idempotent ? RETRYABLE_STATUSES : NOT_PROCESSED_STATUSES;
        if (
          !(attempt <= maxRetries) ||
          !retryable.includes(response.status) ||
          (retryAfterMs ?? 0) > maxRetryAfterMs
        ) {
          return response;
        }
      } catch (error) {
        if (signal.aborted) throw signal.reason;
        // undici and Deno wrap the socket error in `cause`; Bun throws it directly.
        const { code, message } = (Object(error).cause ?? Object(error)) as Record<string, unknown>;
        if (!(attempt <= maxRetries) || !(idempotent || wasNeverSent(code))) {
          const what = `${method} ${new URL(request.url).pathname} (attempt ${attempt})`;
          throw controller.signal.aborted
            ? new UltravoxTimeoutError(`${what} timed out after ${timeoutMs} ms`)
            : new UltravoxConnectionError(`${what}: connection failed: ${message}`, {
                cause: error,
              });
        }
      } finally {
        clearTimeout(timer);
        signal.removeEventListener("abort", abort);
      }
      await sleep(retryAfterMs ?? backoffMs(attempt - 1), signal);
    }
  };
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      if (signal.aborted) reject(signal.reason);
      else resolve();
    };
    const timer = setTimeout(done, signal.aborted ? 0 : ms);
    signal.addEventListener("abort", done);
  });
}
