import { httpUrl } from "./http-url.js";
import { check, checkTypeOf, UltravoxParameterError } from "./parameter-error.js";
import type { TransportOptions } from "./transport-options.js";

/** The production API origin; every path in the spec starts with `/api/`. */
export const DEFAULT_BASE_URL = "https://api.ultravox.ai";

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

// Marked pure: bundlers keep a top-level call otherwise, even in a program that only
// verifies webhooks.
const OPTIONS =
  /* @__PURE__ */ "apiKey baseUrl headers userAgent timeoutMs maxRetries retryNonIdempotent maxRetryAfterMs fetch logger logLevel".split(
    " ",
  );

/**
 * Sets (or with `append`, adds) a header, reporting a malformed one by the option it came
 * from: the platform's own `Headers` errors quote the value, which may be a secret.
 *
 * @throws {UltravoxParameterError} for `option` when the value is not a string, or the name
 *   or value is not valid HTTP: a control character other than tab (a line break, NUL, DEL),
 *   a character beyond U+00FF, a name that is not a token.
 */
export function setHeader(
  headers: Headers,
  name: unknown,
  value: unknown,
  option: string,
  append?: boolean,
): void {
  check(typeof value === "string", option, "must be a string");
  try {
    // Headers refuses only NUL, CR and LF: the other control characters are refused here.
    if (/[\0-\x08\n-\x1f\x7f]/.test(value)) throw value;
    headers[append ? "append" : "set"](name as string, value);
  } catch {
    throw new UltravoxParameterError(
      option,
      "is not a valid HTTP header: check for a line break or control character",
    );
  }
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
  for (const name in options)
    check(OPTIONS.includes(name), name, `is not an option; the options are ${OPTIONS.join(", ")}`);
  const { apiKey: given, baseUrl = DEFAULT_BASE_URL, userAgent, fetch } = options;
  const source = given === undefined ? "ULTRAVOX_API_KEY" : "apiKey";
  const apiKey = given === undefined ? (envKey ?? "") : given;
  check(typeof apiKey === "string", "apiKey", "must be a string");
  check(apiKey.trim(), "apiKey", "is missing: pass { apiKey } or set ULTRAVOX_API_KEY");
  const headers = new Headers();
  const init = Object(options.headers ?? {}) as object;
  for (const entry of Symbol.iterator in init
    ? (init as Iterable<unknown>)
    : Object.entries(init)) {
    const [name, value] = Array.isArray(entry) ? entry : [];
    setHeader(headers, name, value, `headers[${JSON.stringify(name)}]`, true);
  }
  setHeader(headers, keyHeader, apiKey.trim(), source);
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
