// The retry policy (src/retry.ts) as pure functions, without a server: the decision after
// each attempt and the backoff. Retry-After parsing: retry-after.hostile.test.ts; the
// policy against real servers: retry.test.ts.
import { describe, expect, it } from "vitest";
import { backoffMs, retryDecision } from "../../src/retry.js";

describe("backoffMs", () => {
  it("doubles from 0.5 s up to 8 s, jittered between half and all of that", () => {
    expect([0, 1, 2, 3, 4, 5, 9].map((retry) => backoffMs(retry, 1))).toEqual([
      500, 1_000, 2_000, 4_000, 8_000, 8_000, 8_000,
    ]);
    expect([0, 1, 4].map((retry) => backoffMs(retry, 0))).toEqual([250, 500, 4_000]);
    expect(backoffMs(2, 0.5)).toBe(1_500);
  });
});

describe("retryDecision", () => {
  const policy = { maxRetries: 2, retryNonIdempotent: false, maxRetryAfterMs: 60_000 };
  const now = Date.parse("2026-01-01T00:00:00Z");
  const answer = (status: number, retryAfter?: string) => ({
    status,
    headers: new Headers(retryAfter === undefined ? {} : { "retry-after": retryAfter }),
  });
  const decide = (
    outcome: Parameters<typeof retryDecision>[2],
    method = "GET",
    attempt = 1,
    options = policy,
  ) => retryDecision(attempt, method, outcome, options, now, 1);

  it.each([408, 429, 500, 502, 503, 504])("retries %i for GET, PUT and DELETE", (status) => {
    for (const method of ["GET", "PUT", "DELETE"])
      expect(decide(answer(status), method)).toEqual({
        retry: true,
        waitMs: 500,
        why: `got ${status}`,
      });
  });

  it.each([200, 201, 204, 301, 400, 401, 403, 404, 409, 422, 501, 505])("stops at %i", (status) => {
    expect(decide(answer(status))).toMatchObject({ retry: false });
  });

  it("retries POST and PATCH only on 429 and 503, unless retryNonIdempotent", () => {
    for (const method of ["POST", "PATCH"]) {
      expect(decide(answer(429), method)).toMatchObject({ retry: true });
      expect(decide(answer(503), method)).toMatchObject({ retry: true });
      for (const status of [408, 500, 502, 504])
        expect(decide(answer(status), method)).toEqual({
          retry: false,
          why: `${status} is not retried for ${method}`,
        });
      const anyway = { ...policy, retryNonIdempotent: true };
      expect(decide(answer(500), method, 1, anyway)).toMatchObject({ retry: true });
    }
  });

  it("retries a timeout or a failed connection only when the request cannot have run twice", () => {
    for (const failure of ["timeout", "connection", "unsent"] as const)
      expect(decide({ failure })).toMatchObject({ retry: true });
    expect(decide({ failure: "timeout" }, "POST")).toEqual({
      retry: false,
      why: "POST may have run",
    });
    expect(decide({ failure: "connection" }, "PATCH")).toMatchObject({ retry: false });
    expect(decide({ failure: "unsent" }, "POST")).toEqual({
      retry: true,
      waitMs: 500,
      why: "connection failed",
    });
    expect(decide({ failure: "timeout" })).toMatchObject({ why: "timed out" });
  });

  it("stops after maxRetries retries", () => {
    expect(decide(answer(503), "GET", 2)).toMatchObject({ retry: true });
    expect(decide(answer(503), "GET", 3)).toEqual({ retry: false, why: "no retries left" });
    expect(decide({ failure: "unsent" }, "GET", 1, { ...policy, maxRetries: 0 })).toMatchObject({
      retry: false,
    });
  });

  it("waits what Retry-After asks (seconds or a date), else the jittered backoff of that retry", () => {
    expect(decide(answer(429, "3"))).toMatchObject({ waitMs: 3_000 });
    expect(decide(answer(503, "Thu, 01 Jan 2026 00:00:30 GMT"))).toMatchObject({ waitMs: 30_000 });
    expect(decide(answer(503, "1.5"), "GET", 2)).toMatchObject({ waitMs: 1_000 });
  });

  it("returns an answer asking for more than maxRetryAfterMs at once", () => {
    expect(decide(answer(429, "61"))).toEqual({
      retry: false,
      why: "Retry-After asks for more than maxRetryAfterMs",
    });
    expect(decide(answer(429, "60"))).toMatchObject({ retry: true, waitMs: 60_000 });
  });
});
