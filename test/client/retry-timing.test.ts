import { describe, expect, it } from "vitest";
import { backoffMs, parseRetryAfter } from "../../src/retry-timing.js";

describe("parseRetryAfter", () => {
  const now = Date.parse("2026-01-01T00:00:00Z");
  it.each([
    ["1", 1_000],
    ["0", 0],
    ["Thu, 01 Jan 2026 00:00:30 GMT", 30_000],
    ["Wed, 31 Dec 2025 23:59:00 GMT", 0],
  ])("%j → %i ms", (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });

  it.each([[null], [""], ["-1"], ["soon"], ["0.5"], [" 2 "]])("%j → undefined", (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined();
  });
});

describe("backoffMs", () => {
  it("doubles from 0.5 s up to 8 s, jittered between half and all of that", () => {
    expect([0, 1, 2, 3, 4, 5, 9].map((retry) => backoffMs(retry, 1))).toEqual([
      500, 1_000, 2_000, 4_000, 8_000, 8_000, 8_000,
    ]);
    expect([0, 1, 4].map((retry) => backoffMs(retry, 0))).toEqual([250, 500, 4_000]);
    expect(backoffMs(2, 0.5)).toBe(1_500);
  });
});
