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
