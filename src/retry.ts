import { requestLines, UltravoxConnectionError, UltravoxTimeoutError } from "./errors.js";
import { backoffMs, parseRetryAfter } from "./retry-timing.js";

/** A fetch function as openapi-fetch calls it. */
export type FetchFunction = (request: Request) => Promise<Response>;

/** The transport policy of {@link createRetryingFetch}; `createUltravoxClient` fills it from its options. */
export interface RetryPolicy {
  /** The fetch that does the I/O. */
  fetch: FetchFunction;
  /** Per attempt, covering the response headers and the whole body. */
  timeoutMs: number;
  /** Attempts after the first. */
  maxRetries: number;
  /** Also retry POST and PATCH on errors after which the request may have been processed. */
  retryNonIdempotent: boolean;
  /** A longer `Retry-After` is not waited for: the response is returned at once. */
  maxRetryAfterMs: number;
  /** Replaced by `[redacted]` in error bodies, so no error message or log can carry it (the API key). */
  secret: string;
}

const RETRYABLE_STATUSES = [408, 429, 500, 502, 503, 504];
// The API's documented "not processed, retry later" answers: safe to repeat even for a create.
const NOT_PROCESSED_STATUSES = [429, 503];
const REDIRECT_STATUSES = [301, 302, 303, 307, 308];
const MAX_REDIRECTS = 10;
const CREDENTIAL_HEADERS = ["x-api-key", "x-unsafe-api-key", "authorization", "cookie"];
// Codes (undici, Bun) of connections that were never established: the request cannot have been processed.
const NEVER_SENT_CODES =
  /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH|UND_ERR_CONNECT_TIMEOUT|ConnectionRefused)$/;

type Failure = { cause: unknown; timedOut: boolean; maybeProcessed: boolean };

/**
 * Wraps `policy.fetch` in the client's transport policy, the only place it lives:
 * - every attempt (a clone of the request) must deliver headers and body within `timeoutMs`;
 *   the body is read into memory inside the attempt, so a stalled body times out and is retried;
 * - retries with backoff or `Retry-After`: GET, PUT, DELETE on 408/429/5xx, connection errors
 *   and timeouts; POST and PATCH only on 429/503 and on connections never established
 *   (unless `retryNonIdempotent`);
 * - redirects of GET/HEAD are followed here, without credential headers on another origin.
 *
 * The returned fetch resolves with the final response, whatever its status. It rejects with
 * {@link UltravoxTimeoutError} or {@link UltravoxConnectionError} when no attempt got a response,
 * and with the signal's reason (the platform's `AbortError`) when the caller's signal aborts,
 * also during a backoff sleep.
 */
export function createRetryingFetch(policy: RetryPolicy): FetchFunction {
  const { timeoutMs, maxRetries, maxRetryAfterMs, secret } = policy;
  let runtimeShowsRedirects = true;

  async function send(request: Request, signal: AbortSignal): Promise<Response> {
    const follow =
      request.redirect === "follow" &&
      runtimeShowsRedirects &&
      (request.method === "GET" || request.method === "HEAD");
    let hop = new Request(request, { signal, redirect: follow ? "manual" : request.redirect });
    for (let hops = 0; ; hops++) {
      const response = await policy.fetch(hop);
      if (follow && response.type === "opaqueredirect") {
        // Browsers hide a manual redirect's Location; there the browser's redirect rules apply.
        runtimeShowsRedirects = false;
        return policy.fetch(new Request(request, { signal }));
      }
      const location = response.headers.get("location");
      if (
        !follow ||
        !location ||
        !REDIRECT_STATUSES.includes(response.status) ||
        hops === MAX_REDIRECTS
      ) {
        return response;
      }
      await response.body?.cancel();
      // fetch's own redirects keep custom headers such as X-API-Key even towards another host.
      const target = new URL(location, hop.url);
      const headers = new Headers(hop.headers);
      if (target.origin !== new URL(request.url).origin) {
        for (const name of CREDENTIAL_HEADERS) headers.delete(name);
      }
      hop = new Request(target, { method: request.method, headers, signal, redirect: "manual" });
    }
  }

  async function buffer(response: Response, request: Request): Promise<Response> {
    if (response.status < 200) return response; // an opaque response cannot be rebuilt
    let body: ArrayBuffer | string | null = [204, 205, 304].includes(response.status)
      ? null
      : await response.arrayBuffer();
    if (!response.ok && body) {
      const text = new TextDecoder().decode(body);
      if (text.includes(secret)) body = text.replaceAll(secret, "[redacted]");
    }
    const headers = new Headers(response.headers);
    if (headers.has("content-encoding")) {
      // The body is decoded now; these described the encoded bytes.
      headers.delete("content-encoding");
      headers.delete("content-length");
    }
    const copy = new Response(body, {
      status: response.status,
      statusText: response.statusText,
      headers,
    });
    Object.defineProperty(copy, "url", { value: response.url });
    requestLines.set(copy, { method: request.method, url: request.url });
    return copy;
  }

  async function attempt(request: Request): Promise<Response | Failure> {
    const caller = request.signal;
    caller.throwIfAborted();
    const controller = new AbortController();
    const abort = () => controller.abort(caller.reason);
    caller.addEventListener("abort", abort);
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let response: Response | undefined;
    try {
      response = await send(request.clone(), controller.signal);
      return await buffer(response, request);
    } catch (cause) {
      if (caller.aborted) throw caller.reason;
      const neverSent = !response && NEVER_SENT_CODES.test(String(errorCode(cause)));
      return { cause, timedOut: controller.signal.aborted, maybeProcessed: !neverSent };
    } finally {
      clearTimeout(timer);
      caller.removeEventListener("abort", abort);
    }
  }

  return async (request) => {
    const idempotent =
      policy.retryNonIdempotent || (request.method !== "POST" && request.method !== "PATCH");
    for (let retry = 0; ; retry++) {
      const outcome = await attempt(request);
      const last = retry >= maxRetries;
      if (outcome instanceof Response) {
        const retryAfterMs = parseRetryAfter(outcome.headers.get("retry-after"));
        const statuses = idempotent ? RETRYABLE_STATUSES : NOT_PROCESSED_STATUSES;
        if (last || !statuses.includes(outcome.status) || (retryAfterMs ?? 0) > maxRetryAfterMs) {
          return outcome;
        }
        await sleep(retryAfterMs ?? backoffMs(retry), request.signal);
      } else {
        if (last || (outcome.maybeProcessed && !idempotent))
          throw failureError(request, outcome, retry + 1);
        await sleep(backoffMs(retry), request.signal);
      }
    }
  };

  function failureError(request: Request, { cause, timedOut }: Failure, attempts: number) {
    const line = `${request.method} ${new URL(request.url).pathname}`;
    const tries = `${attempts} attempt${attempts > 1 ? "s" : ""}`;
    if (timedOut) {
      return new UltravoxTimeoutError(
        `${line} timed out: no complete response within ${timeoutMs} ms (${tries})`,
      );
    }
    const root = (cause as { cause?: unknown } | undefined)?.cause ?? cause;
    const reason = root instanceof Error ? root.message : String(root);
    return new UltravoxConnectionError(`${line} failed: no response (${reason}; ${tries})`, {
      cause,
    });
  }
}

function errorCode(error: unknown): unknown {
  const { code, cause } = (error ?? {}) as { code?: unknown; cause?: { code?: unknown } };
  return cause?.code ?? code;
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", abort);
      resolve();
    }, ms);
    const abort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener("abort", abort, { once: true });
  });
}
