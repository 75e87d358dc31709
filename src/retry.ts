// The retry policy, in one place: which answers and failures are retried, for which
// methods, and how long to wait. The transport asks `retryDecision` after every attempt
// and does what it says; nothing else decides a retry.

/** Statuses worth another attempt of an idempotent request: the server may answer differently next time. */
export const RETRYABLE_STATUSES: readonly number[] = [408, 429, 500, 502, 503, 504];

/**
 * The API's documented "not processed, retry later" answers (rate and concurrency limits,
 * priority allotment): safe to repeat even for a create.
 */
export const NOT_PROCESSED_STATUSES: readonly number[] = [429, 503];

/** The first backoff ceiling: retries start around half a second. */
export const INITIAL_BACKOFF_MS = 500;
/** Backoff stops growing here. */
export const MAX_BACKOFF_MS = 8_000;

/**
 * How long to wait before retry number `retry` (0 for the first) when the API gave no
 * usable `Retry-After`: exponential from {@link INITIAL_BACKOFF_MS}, capped at
 * {@link MAX_BACKOFF_MS}, with "equal jitter" (a uniformly random 50–100 % of that), so
 * clients that failed together spread out without any of them retrying at once. Never throws.
 */
export function backoffMs(retry: number, random = Math.random()): number {
  const ceiling = Math.min(INITIAL_BACKOFF_MS * 2 ** retry, MAX_BACKOFF_MS);
  return ceiling / 2 + (ceiling / 2) * random;
}

/**
 * Reads an HTTP-date in any of its three formats (RFC 9110 section 5.6.7): IMF-fixdate
 * (`Sun, 06 Nov 1994 08:49:37 GMT`), RFC 850 (`Sunday, 06-Nov-94 08:49:37 GMT`, its
 * two-digit year read as the latest year with those digits at most 50 years after
 * `now`'s) and asctime (`Sun Nov  6 08:49:37 1994`). Returns milliseconds since the epoch,
 * or `undefined` for anything else, including a date that does not exist (31 Feb, 25:00,
 * a weekday that does not match). Never throws.
 */
export function parseHttpDate(value: string, now = Date.now()): number | undefined {
  // Each format is rewritten as IMF-fixdate, which JavaScript both parses and prints
  // (toUTCString) in every engine: a date that prints back the same is valid.
  const rfc850 = /^(\w{3})(?:|s|nes|rs|ur)day, (\d\d)-(\w{3})-(\d\d)( \S{8} GMT)$/.exec(value);
  const asctime = /^(\w{3}) (\w{3}) ([ \d]\d) (\S{8}) (\d{4})$/.exec(value);
  let imf = value;
  if (rfc850) {
    const [, day, date, month, yy, time] = rfc850;
    const thisYear = new Date(now).getUTCFullYear();
    let year = thisYear - (thisYear % 100) + Number(yy);
    if (year > thisYear + 50) year -= 100;
    imf = `${day}, ${date} ${month} ${year}${time}`;
  } else if (asctime) {
    const [, day, month, date, time, year] = asctime;
    imf = `${day}, ${date!.replace(" ", "0")} ${month} ${year} ${time} GMT`;
  }
  const time = Date.parse(imf);
  return new Date(time).toUTCString() === imf ? time : undefined;
}

/**
 * Reads a `Retry-After` header value as RFC 9110 defines it: delay-seconds (digits only,
 * such as `"120"`) or an HTTP-date (counted from `now`; 0 for a date in the past).
 * Returns milliseconds, or `undefined` when absent or anything else (`"1.5"`, `"-1"`,
 * `"1e3"`, `" 5"`, a date in another format), so that the caller falls back to its
 * jittered backoff. Never throws.
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = parseHttpDate(value, now);
  return date === undefined ? undefined : Math.max(0, date - now);
}

/** The options a retry decision depends on (the client's, or a call's own over them). */
export interface RetryPolicy {
  /** How many retries one call may make after its first attempt. */
  maxRetries: number;
  /** Whether POST and PATCH are retried like the other methods (they may have run). */
  retryNonIdempotent: boolean;
  /** The longest `Retry-After` worth waiting for; a longer one ends the call with its answer. */
  maxRetryAfterMs: number;
}

/**
 * How an attempt ended, as the policy sees it: with a status (and its `Retry-After`), or
 * without a response: it timed out, its connection failed after the request may have
 * left, or its connection failed in a way that proves the request never left (`unsent`).
 */
export type AttemptOutcome =
  | { status: number; headers: Pick<Headers, "get"> }
  | { failure: "timeout" | "connection" | "unsent" };

/** What follows an attempt: another one after `waitMs`, or none; `why` names the rule that decided. */
export type RetryDecision =
  { retry: true; waitMs: number; why: string } | { retry: false; why: string };

/**
 * Whether attempt number `attempt` (1 for the first) of a `method` request, which ended
 * with `outcome`, is followed by another, and after how long. The rules:
 * - no more than `maxRetries` retries;
 * - GET, PUT, DELETE (and POST/PATCH with `retryNonIdempotent`) are retried on
 *   {@link RETRYABLE_STATUSES}, timeouts and failed connections;
 * - POST and PATCH, which may have run, only on {@link NOT_PROCESSED_STATUSES} and when
 *   the request never left;
 * - the wait is `Retry-After` when it is valid, else {@link backoffMs}; an answer asking
 *   for more than `maxRetryAfterMs` is not retried (the caller gets it at once).
 * Pure: `now` and `random` default to the clock and `Math.random`, and the headers are read
 * only when the status is retried. Never throws.
 */
export function retryDecision(
  attempt: number,
  method: string,
  outcome: AttemptOutcome,
  policy: RetryPolicy,
  now?: number,
  random?: number,
): RetryDecision {
  if (attempt > policy.maxRetries) return { retry: false, why: "no retries left" };
  const idempotent = policy.retryNonIdempotent || !(method === "POST" || method === "PATCH");
  if ("failure" in outcome) {
    const { failure } = outcome;
    if (!idempotent && failure !== "unsent") return { retry: false, why: `${method} may have run` };
    const why = failure === "timeout" ? "timed out" : "connection failed";
    return { retry: true, waitMs: backoffMs(attempt - 1, random), why };
  }
  const { status } = outcome;
  if (!(idempotent ? RETRYABLE_STATUSES : NOT_PROCESSED_STATUSES).includes(status))
    return { retry: false, why: `${status} is not retried for ${method}` };
  const retryAfterMs = parseRetryAfter(outcome.headers.get("retry-after"), now);
  if ((retryAfterMs ?? 0) > policy.maxRetryAfterMs)
    return { retry: false, why: "Retry-After asks for more than maxRetryAfterMs" };
  return {
    retry: true,
    waitMs: retryAfterMs ?? backoffMs(attempt - 1, random),
    why: `got ${status}`,
  };
}
