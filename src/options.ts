// Every option, in one place: the client's (`createUltravoxClient`), the transport's, and
// those one call may override; their defaults; the runtime lists of their names, which the
// compiler checks against the types (a forgotten name does not compile); and their checks.
import type { FetchOptions } from "openapi-fetch";
import { clientHeaders } from "./request/headers.js";
import { check, checkTypeOf, isCount, isNumberIn } from "./utils/checks.js";
import { httpUrl } from "./utils/http-url.js";

/** The production API origin; every path in the spec starts with `/api/`. */
export const DEFAULT_BASE_URL = "https://api.ultravox.ai";

/** A fetch function as the client calls it: one `Request` in, its `Response` out. */
export type FetchFunction = (request: Request) => Promise<Response>;

/** How much the client logs, from nothing (`"off"`) to a line per attempt (`"debug"`). */
export type LogLevel = "off" | "error" | "warn" | "info" | "debug";

/** Where log lines go: `console` or any object with the same four methods. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

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
  /**
   * The longest `Retry-After` the client waits for, in milliseconds (0 to 2 147 483 647);
   * an answer asking for longer is returned at once. Default 60 000.
   */
  maxRetryAfterMs?: number;
}

/** How the client sends requests: timeouts, retries, the fetch that does the I/O, and logging. */
export interface TransportOptions extends RequestOptions {
  /** The fetch to send each attempt with (a proxy agent, instrumentation). Default: the global `fetch`. */
  fetch?: FetchFunction;
  /** Where log lines go. Default: `console`. */
  logger?: Logger;
  /**
   * What is logged: `"debug"` a line per attempt, `"info"` a line per retry, `"warn"` calls that
   * end with an error status, `"error"` calls that end without a usable answer. Never the API
   * key, a body or query values. Default: `ULTRAVOX_LOG` where `process` exists, else `"off"`.
   */
  logLevel?: LogLevel;
}

/** Options for `createUltravoxClient`. All are optional. */
export interface UltravoxClientOptions extends TransportOptions {
  /**
   * The API key, sent as `X-API-Key` (`X-Unsafe-API-Key` by the browser build). Defaults to
   * `process.env.ULTRAVOX_API_KEY` where `process` exists. Leading and trailing whitespace
   * (a newline read from a file) is removed.
   */
  apiKey?: string;
  /**
   * The API's URL: http(s), optionally with a path prefix, without credentials, query or
   * fragment. Defaults to {@link DEFAULT_BASE_URL}.
   */
  baseUrl?: string;
  /** Headers sent with every request (string values only). */
  // What `new Headers()` takes, named so that it compiles for Node projects without the DOM
  // library too (their types have no global `HeadersInit`).
  headers?: ConstructorParameters<typeof Headers>[0];
  /** Appended to the `User-Agent` header, such as `"my-app/1.2"` (sent in Node, Bun and Deno; browsers set their own). */
  userAgent?: string;
}

// The runtime lists of option names, each checked by the compiler against the option types
// (as ky does): an option added to a type and not to its list does not compile.

/** A compile error names the members of `Unlisted`, unless there are none. */
type EveryOptionListed<Unlisted extends never> = Unlisted;

const CLIENT_OPTIONS = [
  "apiKey",
  "baseUrl",
  "headers",
  "userAgent",
  "timeoutMs",
  "maxRetries",
  "retryNonIdempotent",
  "maxRetryAfterMs",
  "fetch",
  "logger",
  "logLevel",
] as const satisfies readonly (keyof UltravoxClientOptions)[];
export type ClientOptionsListed = EveryOptionListed<
  Exclude<keyof UltravoxClientOptions, (typeof CLIENT_OPTIONS)[number]>
>;

/** Every key a call's `init` may have, as openapi-fetch and the transport type them. */
type CallOptionName = keyof FetchOptions<Record<string, never>> | keyof RequestOptions;

/**
 * The keys of a call's `init` by who handles them: the call itself (`params`, `body`,
 * `signal`, …, which openapi-fetch and the transport read), the transport's
 * {@link RequestOptions} (`policy`), fetch's own RequestInit options (`fetch`, checked by
 * building a `Request` with them), and what the client sets itself and so refuses in a call
 * (`client`: openapi-fetch sets the method from the method called, the client serialises
 * every path and query itself, and `window` means nothing outside a browser's document).
 */
export const CALL_OPTIONS = {
  call: [
    "params",
    "body",
    "bodySerializer",
    "headers",
    "signal",
    "parseAs",
    "fetch",
    "middleware",
    "baseUrl",
  ],
  policy: ["timeoutMs", "maxRetries", "retryNonIdempotent", "maxRetryAfterMs"],
  fetch: [
    "redirect",
    "credentials",
    "mode",
    "cache",
    "keepalive",
    "integrity",
    "referrer",
    "referrerPolicy",
    "priority",
  ],
  client: ["method", "querySerializer", "pathSerializer", "window"],
} as const satisfies Record<string, readonly CallOptionName[]>;
export type CallOptionsListed = EveryOptionListed<
  | Exclude<CallOptionName, (typeof CALL_OPTIONS)[keyof typeof CALL_OPTIONS][number]>
  | Exclude<keyof RequestOptions, (typeof CALL_OPTIONS)["policy"][number]>
>;

/** The largest delay `setTimeout` honours; a longer one fires after 1 ms. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** The resolved per-call policy: every option of {@link RequestOptions}, checked. */
export type CallPolicy = Required<RequestOptions>;

/** The defaults of the transport options, the one place they are set. */
export const DEFAULT_POLICY: CallPolicy = {
  timeoutMs: 60_000,
  maxRetries: 2,
  retryNonIdempotent: false,
  maxRetryAfterMs: 60_000,
};

/**
 * Returns `options`' values of the policy's keys over `base`, each checked. `prefix` is
 * how the caller reaches the options: `""` for the client's, `"init."` for one call's.
 *
 * @throws {UltravoxParameterError} whose `parameter` is the first option that makes no
 *   sense, prefixed by `prefix` (`timeoutMs`, `init.maxRetries`).
 */
export function checkPolicy(
  options: RequestOptions,
  base: CallPolicy,
  prefix: "" | "init." = "",
): CallPolicy {
  const {
    timeoutMs = base.timeoutMs,
    maxRetries = base.maxRetries,
    retryNonIdempotent = base.retryNonIdempotent,
    maxRetryAfterMs = base.maxRetryAfterMs,
  } = options;
  check(
    timeoutMs === Infinity || (isNumberIn(timeoutMs, 0, MAX_TIMER_MS) && timeoutMs > 0),
    `${prefix}timeoutMs`,
    `must be a number of ms above 0 and at most ${MAX_TIMER_MS}, or Infinity for no timeout`,
  );
  check(isCount(maxRetries), `${prefix}maxRetries`, "must be a whole number, 0 or more");
  checkTypeOf(retryNonIdempotent, "boolean", `${prefix}retryNonIdempotent`);
  check(
    isNumberIn(maxRetryAfterMs, 0, MAX_TIMER_MS),
    `${prefix}maxRetryAfterMs`,
    `must be a number of ms from 0 to ${MAX_TIMER_MS}`,
  );
  return { timeoutMs, maxRetries, retryNonIdempotent, maxRetryAfterMs };
}

/**
 * Checks the options of `createUltravoxClient` that are not transport options, and builds
 * the headers every request carries: `headers`, then the API key (`envKey`, the value of
 * `ULTRAVOX_API_KEY`, when `apiKey` is absent; whitespace around it removed) under
 * `keyHeader`. Returns the key as sent, the headers and the base URL. Error messages name
 * the option at fault, never its value.
 *
 * @throws {UltravoxParameterError} whose `parameter` is the option at fault: an unknown
 *   option (its own name); a missing API key (`apiKey`), or one that is not a valid header
 *   value (`apiKey`, or `ULTRAVOX_API_KEY` when read from there); a header whose value is not
 *   a string, or whose name or value is not valid HTTP (`headers["X-Team"]`); a `baseUrl`
 *   that is not an http(s) URL or has credentials, a query or a fragment; a `userAgent` that
 *   is not a string; a `fetch` that is not a function.
 */
export function checkClientOptions(
  options: UltravoxClientOptions,
  keyHeader: string,
  envKey?: string,
): { apiKey: string; headers: Headers; baseUrl: string } {
  const names: readonly string[] = CLIENT_OPTIONS;
  for (const name in options)
    check(names.includes(name), name, `is not an option; the options are ${names.join(", ")}`);
  const { apiKey: given, baseUrl = DEFAULT_BASE_URL, userAgent, fetch } = options;
  const source = given === undefined ? "ULTRAVOX_API_KEY" : "apiKey";
  const apiKey = given === undefined ? (envKey ?? "") : given;
  check(typeof apiKey === "string", "apiKey", "must be a string");
  check(apiKey.trim(), "apiKey", "is missing: pass { apiKey } or set ULTRAVOX_API_KEY");
  const headers = clientHeaders(options.headers, keyHeader, apiKey.trim(), source);
  checkTypeOf(userAgent, "string", "userAgent");
  checkTypeOf(fetch, "function", "fetch");
  return { apiKey: apiKey.trim(), headers, baseUrl: checkBaseUrl(baseUrl, "baseUrl") };
}

/**
 * Returns `baseUrl` as a URL's text once it is known to be an http(s) URL without
 * credentials, query or fragment (a path prefix is allowed).
 *
 * @throws {UltravoxParameterError} for `parameter` otherwise, without quoting the value.
 */
export function checkBaseUrl(baseUrl: unknown, parameter: string): string {
  const url = typeof baseUrl === "string" ? httpUrl(baseUrl) : undefined;
  check(
    url && !url.username && !url.password && !/[?#]/.test(baseUrl as string),
    parameter,
    `must be an http(s) URL without credentials, query or fragment, such as ${DEFAULT_BASE_URL}`,
  );
  return url.href;
}
