// Retry-After is read strictly as RFC 9110 defines it: delay-seconds (digits only) or an
// HTTP-date in one of its three formats. Anything else falls back to the jittered backoff:
// never an instant retry, never a 16-second surprise.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { unwrap } from "../../src/index.js";
import { parseHttpDate, parseRetryAfter } from "../../src/retry.js";
import { clientFor, json, since, startServer, useServers } from "../support/server.js";

// Each property runs hundreds of cases (many over HTTP): far above vitest's 5 s default on a busy machine.
const PROPERTY_TIMEOUT = { timeout: 60_000 };

useServers();

const NOW = Date.parse("2026-11-21T12:00:00Z");
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(" ");
const two = (n: number) => String(n).padStart(2, "0");

/** A time, whole seconds, written in each HTTP-date format. */
function formats(time: number) {
  const date = new Date(time);
  const clock = `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}`;
  const day = DAYS[date.getUTCDay()]!;
  const month = MONTHS[date.getUTCMonth()]!;
  const dd = date.getUTCDate();
  return {
    imf: date.toUTCString(),
    rfc850: `${day}, ${two(dd)}-${month}-${two(date.getUTCFullYear() % 100)} ${clock} GMT`,
    asctime: `${day.slice(0, 3)} ${month} ${String(dd).padStart(2, " ")} ${clock} ${date.getUTCFullYear()}`,
  };
}

describe("parseRetryAfter", () => {
  it.each([
    ["0", 0],
    ["1", 1_000],
    ["120", 120_000],
    ["007", 7_000],
    ["Sat, 21 Nov 2026 12:00:30 GMT", 30_000],
    ["Saturday, 21-Nov-26 12:00:30 GMT", 30_000],
    ["Sat Nov 21 12:00:30 2026", 30_000],
    ["Sat, 21 Nov 2026 11:59:00 GMT", 0], // in the past: retry now
  ])("%j → %i ms", (value, ms) => {
    expect(parseRetryAfter(value, NOW)).toBe(ms);
  });

  it.each([
    ["1.5", "a fraction"],
    ["16.0", "a fraction"],
    ["16e0", "an exponent (Number() reads 16)"],
    ["1e3", "an exponent"],
    ["-1", "a sign"],
    ["+5", "a sign"],
    ["0x10", "hexadecimal"],
    [" 5", "a space"],
    ["5 ", "a space"],
    ["", "empty"],
    ["Infinity", "a word Number() reads"],
    ["١٢", "non-ASCII digits"],
    ["soon", "a word"],
    ["Sat, 21 Nov 2026 12:00:30 UTC", "a zone other than GMT"],
    ["Sat, 21 Nov 2026 12:00:30 gmt", "lower-case GMT"],
    ["sat, 21 nov 2026 12:00:30 GMT", "lower-case names"],
    ["Sat, 1 Nov 2026 12:00:30 GMT", "a one-digit day in IMF-fixdate"],
    ["Sun, 21 Nov 2026 12:00:30 GMT", "a weekday that does not match the date"],
    ["Sat, 31 Feb 2026 12:00:30 GMT", "a date that does not exist"],
    ["Sat, 21 Nov 2026 24:00:30 GMT", "hour 24"],
    ["2026-11-21T12:00:30Z", "ISO 8601"],
    ["Sat Nov 21 2026 12:00:30 GMT+0000 (Coordinated Universal Time)", "Date.prototype.toString"],
    ["21 Nov 2026 12:00:30 GMT", "no weekday"],
  ])("%j (%s) → undefined, so the backoff applies", (value) => {
    expect(parseRetryAfter(value, NOW)).toBeUndefined();
  });

  it("no header (null) → undefined", () => {
    expect(parseRetryAfter(null, NOW)).toBeUndefined();
  });

  it(
    "property: every second from 1970 to 2100 reads back in each of the three formats",
    PROPERTY_TIMEOUT,
    () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 4_102_444_799 }), (seconds) => {
          const time = seconds * 1000;
          const { imf, rfc850, asctime } = formats(time);
          expect(parseHttpDate(imf, NOW)).toBe(time);
          expect(parseHttpDate(asctime, NOW)).toBe(time);
          // RFC 850's two-digit year means the latest such year at most 50 years from now.
          const year = new Date(time).getUTCFullYear();
          if (year > 1976 && year <= 2076) expect(parseHttpDate(rfc850, NOW)).toBe(time);
        }),
        { numRuns: 1_000 },
      );
    },
  );

  it("property: any other string reads as undefined", PROPERTY_TIMEOUT, () => {
    const digits = /^\d+$/;
    const httpDate =
      /^[A-Z][a-z]{2}(?:, \d\d [A-Z][a-z]{2} \d{4} | [A-Z][a-z]{2} [ \d]\d )|^[A-Z][a-z]+day, \d\d-/;
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (value) => {
        const read = parseRetryAfter(value, NOW);
        if (read !== undefined) expect(digits.test(value) || httpDate.test(value)).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  it("a two-digit RFC 850 year more than 50 years ahead is the century before", () => {
    expect(new Date(parseHttpDate("Sunday, 06-Nov-94 08:49:37 GMT", NOW)!).getUTCFullYear()).toBe(
      1994,
    );
    expect(new Date(parseHttpDate("Tuesday, 06-Nov-74 08:49:37 GMT", NOW)!).getUTCFullYear()).toBe(
      2074,
    );
  });
});

describe("against a server", () => {
  /** A 503 with `retryAfter`, then 200; resolves with the wait between the two requests. */
  async function waitFor(retryAfter: string): Promise<number> {
    const at: number[] = [];
    const server = await startServer((_request, response, index) => {
      at.push(performance.now());
      if (index === 0)
        return json(response, 503, { detail: "busy" }, { "retry-after": retryAfter });
      json(response, 200, { callId: "c1" });
    });
    const start = performance.now();
    unwrap(
      await clientFor(server).GET("/api/calls/{call_id}", { params: { path: { call_id: "c1" } } }),
    );
    expect(since(start)).toBeLessThan(3_000);
    expect(at).toHaveLength(2);
    return at[1]! - at[0]!;
  }

  it.each([
    ["16e0"],
    ["0.5"],
    ["-1"],
    ["Sat, 21 Nov 2026 12:00:30 UTC"],
    ["Wed, 01 Jan 1997 00:00:00 EST"],
    ["nonsense"],
  ])(
    "Retry-After %j: the first backoff step (250–500 ms), neither at once nor 16 s",
    async (value) => {
      const waited = await waitFor(value);
      expect(waited).toBeGreaterThanOrEqual(240);
      expect(waited).toBeLessThan(1_000);
    },
  );

  it.each(["imf", "rfc850", "asctime"] as const)(
    "an HTTP-date about a second ahead (%s) is waited for",
    async (format) => {
      const target = Math.ceil((Date.now() + 1_200) / 1000) * 1000;
      const waited = await waitFor(formats(target)[format]);
      expect(waited).toBeGreaterThanOrEqual(150);
      expect(waited).toBeLessThan(2_500);
    },
  );
});
