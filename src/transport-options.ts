import { check, checkTypeOf, isCount, isNumberIn } from "./utils/checks.js";
import type { RequestOptions } from "./request-options.js";

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

/** How the client sends requests: timeouts, retries, the fetch that does the I/O, and logging. */
export interface TransportOptions extends RequestOptions {
  /**
   * The longest `Retry-After` the client waits for, in milliseconds (0 to 2 147 483 647);
   * an answer asking for longer is returned at once. Default 60 000.
   */
  maxRetryAfterMs?: number;
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

/** The largest delay `setTimeout` honours; a longer one fires after 1 ms. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** The resolved per-call policy: every option of {@link RequestOptions} and `maxRetryAfterMs`, checked. */
export type CallPolicy = Required<RequestOptions> & { maxRetryAfterMs: number };

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
  options: RequestOptions & { maxRetryAfterMs?: number | undefined },
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
