/** The first backoff ceiling: retries start around half a second. */
export const INITIAL_BACKOFF_MS = 500;
/** Backoff stops growing here. */
export const MAX_BACKOFF_MS = 8_000;

/**
 * How long to wait before retry number `retry` (0 for the first) when the API gave no
 * `Retry-After`: exponential from {@link INITIAL_BACKOFF_MS}, capped at {@link MAX_BACKOFF_MS},
 * with "equal jitter" (a uniformly random 50–100 % of that), so clients that failed together
 * spread out without any of them retrying at once. Never throws.
 */
export function backoffMs(retry: number, random = Math.random()): number {
  const ceiling = Math.min(INITIAL_BACKOFF_MS * 2 ** retry, MAX_BACKOFF_MS);
  return ceiling / 2 + (ceiling / 2) * random;
}

/**
 * Reads a `Retry-After` header value: delay-seconds (`"1"`, `"0.5"`) or an HTTP date
 * (`"Wed, 21 Oct 2026 07:28:00 GMT"`, counted from `now`). Returns milliseconds (0 for a
 * date in the past), or `undefined` when absent or unreadable. Never throws.
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value?.trim()) return undefined;
  const seconds = Number(value);
  if (!Number.isNaN(seconds)) return seconds >= 0 ? seconds * 1000 : undefined;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
