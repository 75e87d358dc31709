import type { Client, Middleware } from "openapi-fetch";
import type { paths } from "../../generated/schema.js";
import { attemptFetch, type AttemptRecord } from "./attempt.js";
import { idleTimeoutBody } from "./body-stream.js";
import { checkCall, checkMiddleware, type CallSettings } from "../request/call-init.js";
import {
  pathOf,
  UltravoxConnectionError,
  UltravoxError,
  UltravoxMalformedResponseError,
  UltravoxTimeoutError,
} from "../errors.js";
import type { Log } from "./log.js";
import { redactedError, SERVER_BUILD, startDeadline, wasNeverSent, type Send } from "./platform.js";
import { retryDecision, type RetryDecision } from "../retry.js";
import type { CallPolicy, FetchFunction, FetchInit } from "../options.js";
import { sleep } from "../utils/sleep.js";
import { refuseUsedBody } from "./used-body.js";

/** What a client's transport works with, checked and resolved by `createUltravoxClient`. */
export interface Transport {
  /** The client's policy, which each call's own options override. */
  policy: CallPolicy;
  /** Sends each attempt, unless a call passes its own `fetch`. */
  send: Send;
  /** The fetch options every request is built with (`fetchOptions`). */
  fetchOptions: FetchInit;
  /** Where the transport reports attempts, retries and failures; undefined when not logging. */
  log: Log | undefined;
  /** Replaces the API key in a text. */
  redact: (text: string) => string;
}

type Init = Record<string, unknown>;
type Result = { data?: unknown; error?: unknown; response: Response };
type Core = Client<paths>;
type Call = (method: string, path: string, init: Init) => Promise<Result>;

/**
 * Returns `core` (an openapi-fetch client) with every request method going through the
 * client's transport policy, the one place it lives:
 * - each attempt has `timeoutMs` from sending the request to the last byte of the body,
 *   which openapi-fetch reads inside the attempt, so a stalled body times out and can be
 *   retried; with `parseAs: "stream"`, `timeoutMs` bounds the wait for the headers, then
 *   each wait for the next chunk (see `idleTimeoutBody`);
 * - after each attempt, the retry policy (`retryDecision`, retry.ts) says whether another
 *   follows and after what wait, which the caller's signal cuts short;
 * - GET/HEAD redirects are followed without credentials once they leave the origin
 *   (`sendAttempt`), and error bodies have the API key redacted (`attemptFetch`);
 * - JSON bodies are parsed here rather than by openapi-fetch, so that one which is not
 *   JSON fails with `UltravoxMalformedResponseError`, not a `SyntaxError`;
 * - a read of `result.response`'s body, which the client read (into `data` or `error`),
 *   fails with an `UltravoxError` that says so (`refuseUsedBody`).
 *
 * Each call's init is checked first (`checkCall`), and may override the policy's options.
 * Middleware runs once per attempt.
 */
export function createTransport(core: Core, transport: Transport): Core {
  const { log, redact } = transport;

  const request: Call = async (method, path, init) => {
    const call = checkCall(method, path, init, transport);
    const { signal } = call;
    const send = call.fetch ? sendWith(call.fetch) : transport.send;
    for (let number = 1; ; number++) {
      signal?.throwIfAborted();
      const started = SERVER_BUILD && log ? performance.now() : 0;
      const attempt = await sendAttemptOf(core, { method, path, init, call, send, number, redact });
      const { result, failure, decision, label } = attempt;
      if (SERVER_BUILD && log)
        log.attempt(
          label(),
          failure ? failure.name : result!.response.status,
          performance.now() - started,
          !decision.retry && (!!failure || !result!.response.ok),
        );
      if (!decision.retry) {
        if (failure) throw failure;
        refuseUsedBody(result!.response);
        if (call.parseAs !== "json") return result!;
        return parsed(result!, method, attempt.record, label(), transport);
      }
      if (SERVER_BUILD) log?.retry(label(), decision.why, decision.waitMs);
      await sleep(decision.waitMs, signal);
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

/** One attempt of a call: what it needs, from the call and the loop. */
interface AttemptOf {
  method: string;
  path: string;
  init: Init;
  call: CallSettings;
  send: Send;
  /** 1 for the first attempt. */
  number: number;
  redact: (text: string) => string;
}

/** How an attempt ended: with a result or a failure, and what the retry policy makes of it. */
interface Attempt {
  result?: Result;
  failure?: UltravoxError;
  decision: RetryDecision;
  record: AttemptRecord;
  /** The attempt for messages: `GET /api/calls (attempt 2)`. */
  label: () => string;
}

/**
 * Sends one attempt through openapi-fetch, within the call's `timeoutMs` and ended by its
 * signal, and asks the retry policy what follows. Rethrows the caller's abort reason, and
 * an error that is not a failure to get a response (a middleware's, a redirect loop).
 */
async function sendAttemptOf(
  core: Core,
  { method, path, init, call, send, number, redact }: AttemptOf,
): Promise<Attempt> {
  const { policy, signal, parseAs } = call;
  const { timeoutMs } = policy;
  const record: AttemptRecord = {};
  const label = () => `${method} ${pathOf(record.request?.url ?? path)} (attempt ${number})`;
  const controller = new AbortController();
  const abort = () => controller.abort(signal!.reason);
  signal?.addEventListener("abort", abort);
  let timedOut = false;
  const cancelDeadline = startDeadline(timeoutMs, () => {
    timedOut = true;
    controller.abort(new UltravoxTimeoutError(`${label()} timed out after ${timeoutMs} ms`));
  });
  let streaming = false;
  try {
    const result = (await core.request(
      method as "get",
      path as never,
      {
        ...init,
        // The Request openapi-fetch builds follows this signal: given the caller's, the
        // platform's listener would stay on it for as long as the Request lives.
        signal: controller.signal,
        // JSON is read as text and parsed by `parsed`, which can tell a malformed body.
        parseAs: parseAs === "json" ? "text" : parseAs,
        fetch: attemptFetch(send, controller.signal, redact, record, call.fetchInit),
      } as never,
    )) as Result;
    const { response, data } = result;
    const decision = retryDecision(number, method, response, policy);
    if (!decision.retry && data instanceof ReadableStream) {
      // The body is read after the call returns: the stream takes over the controller.
      streaming = true;
      result.data = idleTimeoutBody(data, timeoutMs, controller, label(), () =>
        signal?.removeEventListener("abort", abort),
      );
    }
    return { result, decision, record, label };
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    const failure = timedOut
      ? (controller.signal.reason as UltravoxTimeoutError)
      : connectionFailure(error, record, label(), redact);
    if (!failure) throw error;
    const unsent = SERVER_BUILD && !timedOut && wasNeverSent(record.failure);
    const decision = retryDecision(
      number,
      method,
      { failure: timedOut ? "timeout" : unsent ? "unsent" : "connection" },
      policy,
    );
    return { failure, decision, record, label };
  } finally {
    cancelDeadline();
    if (!streaming) signal?.removeEventListener("abort", abort);
  }
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
