// Every option, in one place: the client's (`createUltravoxClient`), the transport's, and
// those one call may override; their defaults; the runtime lists of their names, which the
// compiler checks against the types (a forgotten name does not compile); and their checks.
import type { FetchOptions } from "openapi-fetch";
import { clientHeaders } from "./request/headers.js";
import { UltravoxParameterError } from "./errors.js";
import { check, checkTypeOf, isCount, isNumberIn, isPlainObject } from "./utils/checks.js";
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

/**
 * Options of fetch itself that a client gives every request (`fetchOptions`), or one call
 * gives its own (next to `params`): fetch's RequestInit options (`keepalive`, `cache`,
 * `credentials`, `mode`, `priority`, `referrerPolicy`, …) and Node's (undici's) `dispatcher`,
 * which routes requests through a proxy or a connection pool of your own. The SDK sets the
 * method, headers, body and signal itself.
 */
// `dispatcher` and `duplex` are left out of RequestInit too: Node's own types (@types/node)
// declare both on it, the first as undici's Dispatcher, which would clash with this one; the
// SDK sends the body, and so sets `duplex`.
export interface FetchInit extends Omit<
  RequestInit,
  "method" | "headers" | "body" | "signal" | "window" | "dispatcher" | "duplex"
> {
  /**
   * Node only: an undici `Dispatcher` (an `Agent`, `ProxyAgent`, `EnvHttpProxyAgent`, …) that
   * sends the requests, redirected ones included. Other runtimes ignore it.
   */
  dispatcher?: object;
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
   * fragment. Defaults to `process.env.ULTRAVOX_BASE_URL` where `process` exists, else
   * {@link DEFAULT_BASE_URL}.
   */
  baseUrl?: string;
  /** Headers sent with every request (string values only). */
  // What `new Headers()` takes, named so that it compiles for Node projects without the DOM
  // library too (their types have no global `HeadersInit`).
  headers?: ConstructorParameters<typeof Headers>[0];
  /** Appended to the `User-Agent` header, such as `"my-app/1.2"` (sent in Node, Bun and Deno; browsers set their own). */
  userAgent?: string;
  /**
   * Fetch options every request is sent with, such as `{ dispatcher: new ProxyAgent(url) }`
   * to go through a proxy (see {@link FetchInit}); a call's own fetch options take precedence.
   */
  fetchOptions?: FetchInit;
  /**
   * Lets the browser build create a client. Off by default, because a key used in a web
   * page can be read by anyone who opens it: keep keys on a server, and give a page only
   * what your server returns (a call's `joinUrl`). Set it for a local demo or an internal
   * tool with a key you can revoke; the key is then sent as `X-Unsafe-API-Key`, the header
   * the API admits from browsers. The server build ignores it.
   */
  dangerouslyAllowBrowser?: boolean;
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
  "fetchOptions",
  "dangerouslyAllowBrowser",
] as const satisfies readonly (keyof UltravoxClientOptions)[];
export type ClientOptionsListed = EveryOptionListed<
  Exclude<keyof UltravoxClientOptions, (typeof CLIENT_OPTIONS)[number]>
>;

/**
 * Every key a call's `init` may have, as openapi-fetch and the transport type them; but
 * `duplex`, which only Node's types (@types/node) declare on RequestInit, and which a call
 * does not set (it is refused as an unknown option).
 */
type CallOptionName = Exclude<
  keyof FetchOptions<Record<string, never>> | keyof RequestOptions | keyof FetchInit,
  "duplex"
>;

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
    "dispatcher",
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
 * the headers every request carries: `headers`, then the API key (from `apiKey`, else
 * `ULTRAVOX_API_KEY` read with `env`; whitespace around it removed) under `keyHeader`.
 * Returns the key as sent, the headers, the base URL (`baseUrl`, else `ULTRAVOX_BASE_URL`,
 * else {@link DEFAULT_BASE_URL}) and the fetch options. In a `browser` build, refuses to
 * create a client unless `dangerouslyAllowBrowser` is true. Error messages name the option
 * at fault, never its value.
 *
 * @throws {UltravoxParameterError} whose `parameter` is the option at fault: an unknown
 *   option (its own name); a missing API key (`apiKey`), or one that is not a valid header
 *   value (`apiKey`, or `ULTRAVOX_API_KEY` when read from there); a header whose value is not
 *   a string, or whose name or value is not valid HTTP (`headers["X-Team"]`); a base URL
 *   that is not an http(s) URL or has credentials, a query or a fragment (`baseUrl` or
 *   `ULTRAVOX_BASE_URL`); a `userAgent` that is not a string; a `fetch` that is not a
 *   function; `fetchOptions` that are not fetch's (`fetchOptions.mode`, …); a browser client
 *   without `dangerouslyAllowBrowser: true`.
 */
export function checkClientOptions(
  options: UltravoxClientOptions,
  keyHeader: string,
  env: (name: string) => string | undefined,
  browser: boolean,
): { apiKey: string; headers: Headers; baseUrl: string; fetchOptions: FetchInit } {
  const names: readonly string[] = CLIENT_OPTIONS;
  for (const name in options)
    check(names.includes(name), name, `is not an option; the options are ${names.join(", ")}`);
  const { apiKey: given, userAgent, fetch, fetchOptions = {}, dangerouslyAllowBrowser } = options;
  checkTypeOf(dangerouslyAllowBrowser, "boolean", "dangerouslyAllowBrowser");
  check(
    !browser || dangerouslyAllowBrowser === true,
    "dangerouslyAllowBrowser",
    "must be true for a client in a browser, where anyone who opens the page can read the API key: keep keys on servers (README: Browsers)",
  );
  const source = given === undefined ? "ULTRAVOX_API_KEY" : "apiKey";
  const apiKey = given === undefined ? (env("ULTRAVOX_API_KEY") ?? "") : given;
  check(typeof apiKey === "string", "apiKey", "must be a string");
  check(apiKey.trim(), "apiKey", "is missing: pass { apiKey } or set ULTRAVOX_API_KEY");
  const headers = clientHeaders(options.headers, keyHeader, apiKey.trim(), source);
  checkTypeOf(userAgent, "string", "userAgent");
  checkTypeOf(fetch, "function", "fetch");
  check(isPlainObject(fetchOptions), "fetchOptions", "must be an object");
  for (const name in fetchOptions)
    check(
      (CALL_OPTIONS.fetch as readonly string[]).includes(name),
      `fetchOptions.${name}`,
      `is not a fetch option the client passes on; they are ${CALL_OPTIONS.fetch.join(", ")}`,
    );
  checkFetchInit(fetchOptions, "fetchOptions.");
  const baseUrl =
    options.baseUrl === undefined && env("ULTRAVOX_BASE_URL") !== undefined
      ? checkBaseUrl(env("ULTRAVOX_BASE_URL"), "ULTRAVOX_BASE_URL")
      : checkBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL, "baseUrl");
  return { apiKey: apiKey.trim(), headers, baseUrl, fetchOptions };
}

/**
 * Checks the fetch options in `init` (a client's `fetchOptions`, or a call's init, whose
 * other keys are left alone) by building a `Request` with them, as openapi-fetch will, and
 * that a `dispatcher` is an object. `prefix` is how the caller reaches them (`init.`).
 *
 * @throws {UltravoxParameterError} naming the first option fetch refuses (`init.mode`).
 */
export function checkFetchInit(init: Record<string, unknown>, prefix: string): void {
  const { dispatcher } = init;
  check(
    dispatcher == null || typeof dispatcher === "object",
    `${prefix}dispatcher`,
    "must be an undici Dispatcher (an Agent or ProxyAgent, say)",
  );
  const given = CALL_OPTIONS.fetch.filter((name) => init[name] !== undefined);
  const request = (names: string[]) => {
    try {
      new Request("http://localhost/", Object.fromEntries(names.map((name) => [name, init[name]])));
      return true;
    } catch {
      return false;
    }
  };
  if (!given.length || request(given)) return;
  // The first that fails on its own, else the last (`cache: "only-if-cached"` needs a `mode`).
  const culprit = given.find((name) => !request([name])) ?? given.at(-1)!;
  throw new UltravoxParameterError(
    `${prefix}${culprit}`,
    "is not a value fetch takes (alone or with the other fetch options given)",
  );
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
