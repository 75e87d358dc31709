import type { Client, Middleware } from "openapi-fetch";
import type { paths } from "../generated/schema.js";
import { attemptFetch, type AttemptRecord } from "./attempt.js";
import { idleTimeoutBody } from "./body-stream.js";
import { checkCallInit, checkMiddleware } from "./call-init.js";
import {
  pathOf,
  UltravoxConnectionError,
  UltravoxError,
  UltravoxMalformedResponseError,
  UltravoxTimeoutError,
} from "./errors.js";
import type { Log } from "./log.js";
import { check, checkOneOf, checkTypeOf } from "./parameter-error.js";
import { checkPathTemplate } from "./path.js";
import { redactedError, SERVER_BUILD, startDeadline, wasNeverSent, type Send } from "./platform.js";
import { backoffMs, parseRetryAfter } from "./retry-timing.js";
import { checkPolicy, type CallPolicy, type FetchFunction } from "./transport-options.js";

/** What a client's transport works with, checked and resolved by `createUltravoxClient`. */
export interface Transport {
  /** The client's policy, which each call's own options override. */
  policy: CallPolicy;
  /** Sends each attempt, unless a call passes its own `fetch`. */
  send: Send;
  /** Where the transport reports attempts, retries and failures; undefined when not logging. */
  log: Log | undefined;
  /** Replaces the API key in a text. */
  redact: (text: string) => string;
}

type Init = {
  [key: string]: unknown;
  signal?: AbortSignal | null;
  parseAs?: string;
  redirect?: RequestRedirect;
  fetch?: FetchFunction;
  timeoutMs?: number;
  maxRetries?: number;
  retryNonIdempotent?: boolean;
};
type Result = { data?: unknown; error?: unknown; response: Response };
type Core = Client<paths>;
type Call = (method: string, path: string, init: Init) => Promise<Result>;

const RETRYABLE_STATUSES = [408, 429, 500, 502, 503, 504];
// The API's documented "not processed, retry later" answers: safe to repeat even for a create.
const NOT_PROCESSED_STATUSES = [429, 503];
const PARSE_AS = ["json", "text", "blob", "arrayBuffer", "stream"];

/**
 * Returns `core` (an openapi-fetch client) with every request method going through the
 * client's transport policy, the one place it lives:
 * - each attempt has `timeoutMs` from sending the request to the last byte of the body,
 *   which openapi-fetch reads inside the attempt, so a stalled body times out and can be
 *   retried; with `parseAs: "stream"`, `timeoutMs` bounds the wait for the headers, then
 *   each wait for the next chunk (see `idleTimeoutBody`);
 * - GET, PUT and DELETE are retried on 408, 429, 5xx, connection failures and timeouts;
 *   POST and PATCH only on 429, 503 and connections never established (unless
 *   `retryNonIdempotent`); the wait is `Retry-After` when it is valid, else jittered
 *   backoff; an answer asking for more than `maxRetryAfterMs` is returned at once;
 * - GET/HEAD redirects are followed without credentials once they leave the origin
 *   (`sendAttempt`), and error bodies have the API key redacted (`attemptFetch`);
 * - JSON bodies are parsed here rather than by openapi-fetch, so that one which is not
 *   JSON fails with `UltravoxMalformedResponseError`, not a `SyntaxError`.
 *
 * Each call's init may override `timeoutMs`, `maxRetries` and `retryNonIdempotent`, and
 * its `signal` ends the call at once, even during a backoff wait. Middleware runs once per
 * attempt.
 */
export function createTransport(core: Core, transport: Transport): Core {
  const { policy, log, redact } = transport;

  const request: Call = async (method, path, init) => {
    checkCallInit(init, method);
    checkPathTemplate(path, init.params as { path?: unknown } | undefined);
    const { signal, parseAs, fetch } = init;
    const { timeoutMs, maxRetries, retryNonIdempotent, maxRetryAfterMs } =
      init.timeoutMs !== undefined ||
      init.maxRetries !== undefined ||
      init.retryNonIdempotent !== undefined
        ? checkPolicy(init, policy, "init.")
        : policy;
    checkOneOf(parseAs ?? "json", PARSE_AS, "init.parseAs");
    check(
      signal == null ||
        (typeof signal.addEventListener === "function" &&
          typeof signal.throwIfAborted === "function"),
      "init.signal",
      "must be an AbortSignal",
    );
    checkTypeOf(fetch, "function", "init.fetch");
    const send = fetch ? sendWith(fetch) : transport.send;
    const json = parseAs === undefined || parseAs === "json";
    const idempotent = retryNonIdempotent || !(method === "POST" || method === "PATCH");

    for (let attempt = 1; ; attempt++) {
      signal?.throwIfAborted();
      const record: AttemptRecord = {};
      const label = () => `${method} ${pathOf(record.request?.url ?? path)} (attempt ${attempt})`;
      const controller = new AbortController();
      const abort = () => controller.abort(signal!.reason);
      signal?.addEventListener("abort", abort);
      let timedOut = false;
      const cancelDeadline = startDeadline(timeoutMs, () => {
        timedOut = true;
        controller.abort(new UltravoxTimeoutError(`${label()} timed out after ${timeoutMs} ms`));
      });
      const started = SERVER_BUILD && log ? performance.now() : 0;
      let result: Result | undefined;
      let failure: UltravoxError | undefined;
      let streaming = false;
      let why = "";
      let retryAfterMs: number | undefined;
      try {
        result = (await core.request(
          method as "get",
          path as never,
          {
            ...init,
            // The Request openapi-fetch builds follows this signal: given the caller's, the
            // platform's listener would stay on it for as long as the Request lives.
            signal: controller.signal,
            parseAs: json ? "text" : parseAs,
            fetch: attemptFetch(send, controller.signal, redact, record),
          } as never,
        )) as Result;
        const { response, data } = result;
        const { status } = response;
        const retryable = idempotent ? RETRYABLE_STATUSES : NOT_PROCESSED_STATUSES;
        if (
          attempt <= maxRetries &&
          retryable.includes(status) &&
          !(
            ((retryAfterMs = parseRetryAfter(response.headers.get("retry-after"))) ?? 0) >
            maxRetryAfterMs
          )
        ) {
          why = `got ${status}`;
        } else if (data instanceof ReadableStream) {
          // The body is read after the call returns: the stream takes over the controller.
          streaming = true;
          result.data = idleTimeoutBody(data, timeoutMs, controller, label(), () =>
            signal?.removeEventListener("abort", abort),
          );
        }
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        failure = timedOut
          ? (controller.signal.reason as UltravoxTimeoutError)
          : connectionFailure(error, record, label(), redact);
        if (!failure) throw error;
        if (
          attempt <= maxRetries &&
          (idempotent || (SERVER_BUILD && !timedOut && wasNeverSent(record.failure)))
        )
          why = timedOut ? "timed out" : "connection failed";
      } finally {
        cancelDeadline();
        if (!streaming) signal?.removeEventListener("abort", abort);
      }
      if (SERVER_BUILD && log)
        log.attempt(
          label(),
          failure ? failure.name : result!.response.status,
          performance.now() - started,
          !why && (!!failure || !result!.response.ok),
        );
      if (!why) {
        if (failure) throw failure;
        return json ? parsed(result!, method, record, label(), transport) : result!;
      }
      const waitMs = retryAfterMs ?? backoffMs(attempt - 1);
      if (SERVER_BUILD) log?.retry(label(), why, waitMs);
      await sleep(waitMs, signal);
    }
  };

  const client = { ...core } as Record<string, unknown>;
  // openapi-fetch's own check throws a plain Error; this one says which entry is wrong.
  client["use"] = (...middleware: Middleware[]) => {
    checkMiddleware(middleware, "middleware");
    core.use(...middleware);
  };
  client["request"] = (method: string, path: string, init?: Init | null) =>
    request(String(method).toUpperCase(), path, init ?? {});
  // openapi-fetch names its request methods in upper case: GET, PUT, POST, DELETE, …
  for (const method in core)
    if (method === method.toUpperCase())
      client[method] = (path: string, init?: Init | null) => request(method, path, init ?? {});
  return client as unknown as Core;
}

/**
 * How attempts are sent with `fetch`: it gets one `Request` carrying the attempt's init, so
 * that it cannot drop the attempt's signal. Without `fetch`, the global fetch takes the init
 * itself (one `Request` fewer per attempt), looked up at each call so that a fetch patched
 * in after the client was created is used.
 */
export function sendWith(fetch: FetchFunction | undefined): Send {
  return fetch
    ? (request, init) => fetch(new Request(request, init))
    : (request, init) => globalThis.fetch(request, init);
}

/**
 * The error an attempt's failure is reported as: what the attempt's fetch threw (sending,
 * or reading an error body), or a failure while openapi-fetch read a success body, as an
 * {@link UltravoxConnectionError} whose `cause` is the platform's error. Undefined when the
 * error is not a connection failure: an `UltravoxError` (a redirect loop, say) or a
 * middleware's error, which are thrown as they are.
 */
function connectionFailure(
  error: unknown,
  record: AttemptRecord,
  label: string,
  redact: (text: string) => string,
): UltravoxConnectionError | undefined {
  if (error instanceof UltravoxError) return undefined;
  if (error !== record.failure && !record.response?.bodyUsed) return undefined;
  // undici and Deno wrap the socket error in `cause`; Bun throws it directly.
  const { message } = Object(Object(error).cause ?? error) as { message?: unknown };
  // The browser build redacts nothing (the key is public in a page).
  return new UltravoxConnectionError(
    `${label}: connection failed: ${SERVER_BUILD ? redact(String(message)) : message}`,
    { cause: SERVER_BUILD ? redactedError(error, redact) : error },
  );
}

/** The result with its text `data` parsed as JSON (`undefined` when empty). */
function parsed(
  result: Result,
  method: string,
  record: AttemptRecord,
  label: string,
  { log, redact }: Transport,
): Result {
  const { response, data } = result;
  if (!response.ok || typeof data !== "string") return result;
  try {
    result.data = data ? JSON.parse(data) : undefined;
    return result;
  } catch {
    const error = new UltravoxMalformedResponseError(
      response.status,
      redact(response.headers.get("content-type") ?? ""),
      redact(data).slice(0, 200),
      // No request was sent when a middleware answered in its place.
      { method, url: record.request?.url ?? "" },
    );
    if (SERVER_BUILD) log?.failed(label, error.name);
    throw error;
  }
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
function sleep(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      if (signal?.aborted) reject(signal.reason);
      else resolve();
    };
    const timer = setTimeout(done, signal?.aborted ? 0 : ms);
    signal?.addEventListener("abort", done);
  });
}
