// Hostile options: numbers that make no sense (NaN, negative, fractional retries, strings,
// timers beyond 2^31−1 ms, which setTimeout fires after 1 ms), a baseUrl with credentials,
// a query or another scheme, a fetch that is not a function, options that do not exist.
// Client options are checked when the client is created; per-call ones when the call is
// made, before anything is sent.
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createUltravoxClient, UltravoxParameterError, unwrap } from "../../src/index.js";
import { checkPolicy, DEFAULT_POLICY } from "../../src/options.js";
import { clientFor, json, rejectionOf, since, startServer, useServers } from "../support/server.js";

// Each property runs hundreds of cases (many over HTTP): far above vitest's 5 s default on a busy machine.
const PROPERTY_TIMEOUT = { timeout: 60_000 };

useServers();
afterEach(() => {
  vi.restoreAllMocks();
});

const MAX_TIMER = 2 ** 31 - 1;
const create = (options: object) => () =>
  createUltravoxClient({ apiKey: "k", ...options } as never);

/** The UltravoxParameterError `create` throws; fails the test when it throws anything else or nothing. */
function refusal(create: () => unknown): UltravoxParameterError {
  try {
    create();
  } catch (error) {
    expect(error).toBeInstanceOf(UltravoxParameterError);
    return error as UltravoxParameterError;
  }
  throw new Error("expected a refusal");
}
const RULES = {
  timeoutMs: `must be a number of ms above 0 and at most ${MAX_TIMER}, or Infinity for no timeout`,
  maxRetries: "must be a whole number, 0 or more",
  retryNonIdempotent: "must be a boolean",
  maxRetryAfterMs: `must be a number of ms from 0 to ${MAX_TIMER}`,
};

describe("numeric options at creation", () => {
  it.each([
    [
      "timeoutMs",
      [0, -1, Number.NaN, -Infinity, MAX_TIMER + 1, Number.MAX_SAFE_INTEGER, "5000", null, true],
    ],
    ["maxRetries", [-1, 1.5, Number.NaN, Infinity, 2 ** 53, "2", null]],
    ["retryNonIdempotent", ["false", 0, 1, null]],
    ["maxRetryAfterMs", [-1, Number.NaN, Infinity, MAX_TIMER + 1, "60000", null]],
  ] as const)("%s: refused with a message saying what it must be", (name, values) => {
    for (const value of values) {
      const error = refusal(create({ [name]: value }));
      expect(error.parameter, `${name}: ${String(value)}`).toBe(name);
      expect(error.message).toBe(`${name} ${RULES[name]}`);
    }
  });

  it("the limits themselves are accepted: Infinity and 2^31−1 ms, 0 retries, 0 ms of Retry-After", async () => {
    const server = await startServer((_request, response) => json(response, 200, { callId: "c1" }));
    for (const options of [
      { timeoutMs: Infinity, maxRetries: 0, maxRetryAfterMs: 0 },
      { timeoutMs: MAX_TIMER, maxRetryAfterMs: MAX_TIMER },
    ]) {
      const result = await clientFor(server, options).GET("/api/calls");
      expect(result.data).toEqual({ callId: "c1" });
    }
    expect(checkPolicy({ timeoutMs: Infinity }, DEFAULT_POLICY).timeoutMs).toBe(Infinity);
  });

  it("property: a timeoutMs is accepted exactly when above 0 and at most 2^31−1, or Infinity", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.double(), fc.integer({ min: -10, max: MAX_TIMER + 10 })),
        (timeoutMs) => {
          const valid = (timeoutMs > 0 && timeoutMs <= MAX_TIMER) || timeoutMs === Infinity;
          if (valid) expect(checkPolicy({ timeoutMs }, DEFAULT_POLICY).timeoutMs).toBe(timeoutMs);
          else expect(refusal(create({ timeoutMs })).parameter).toBe("timeoutMs");
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it(
    "property: maxRetries is accepted exactly when a whole number, 0 or more",
    PROPERTY_TIMEOUT,
    () => {
      fc.assert(
        fc.property(fc.oneof(fc.double(), fc.integer()), (maxRetries) => {
          if (Number.isSafeInteger(maxRetries) && maxRetries >= 0)
            expect(checkPolicy({ maxRetries }, DEFAULT_POLICY).maxRetries).toBe(maxRetries);
          else expect(refusal(create({ maxRetries })).parameter).toBe("maxRetries");
        }),
        { numRuns: 1_000 },
      );
    },
  );

  it("no timer longer than 2^31−1 ms is ever set: timeoutMs Infinity sets none, and a Retry-After beyond maxRetryAfterMs is not waited for", async () => {
    const timers = vi.spyOn(globalThis, "setTimeout");
    const server = await startServer((_request, response, index) =>
      index === 0
        ? json(response, 503, {}, { "retry-after": "99999999999" })
        : json(response, 200, { callId: "c1" }),
    );
    const start = performance.now();
    const result = await clientFor(server, { timeoutMs: Infinity, maxRetryAfterMs: MAX_TIMER }).GET(
      "/api/calls",
    );
    expect(result.response.status).toBe(503);
    expect(since(start)).toBeLessThan(1_000);
    const delays = timers.mock.calls.map(([, delay]) => Number(delay ?? 0));
    expect(delays.every((delay) => delay <= MAX_TIMER)).toBe(true);
  });
});

describe("per-call options, checked when the call is made", () => {
  it.each([
    [{ timeoutMs: 0 }, "init.timeoutMs", RULES.timeoutMs],
    [{ timeoutMs: MAX_TIMER + 1 }, "init.timeoutMs", RULES.timeoutMs],
    [{ maxRetries: 0.5 }, "init.maxRetries", RULES.maxRetries],
    [{ retryNonIdempotent: "yes" }, "init.retryNonIdempotent", RULES.retryNonIdempotent],
    [
      { parseAs: "formData" },
      "init.parseAs",
      "must be one of json, text, blob, arrayBuffer, stream",
    ],
    [{ parseAs: ["json"] }, "init.parseAs", "must be one of json, text, blob, arrayBuffer, stream"],
    [{ signal: "stop" }, "init.signal", "must be an AbortSignal"],
    [{ fetch: "fetch" }, "init.fetch", "must be a function"],
  ])("%j: rejected, nothing sent", async (init, parameter, rule) => {
    const server = await startServer((_request, response) => json(response, 200, {}));
    const error = await rejectionOf(clientFor(server).GET("/api/calls", init as never));
    expect(error).toBeInstanceOf(UltravoxParameterError);
    expect((error as UltravoxParameterError).parameter).toBe(parameter);
    expect(error.message).toBe(`${parameter} ${rule}`);
    expect(server.requests).toHaveLength(0);
  });
});

it("an init of null (plain JavaScript) is no init", async () => {
  const server = await startServer((_request, response) => json(response, 200, { results: [] }));
  const result = await clientFor(server).GET("/api/calls", null as never);
  expect(result.data).toEqual({ results: [] });
});

describe("baseUrl", () => {
  it.each([
    ["api.ultravox.ai", "no scheme"],
    ["ftp://api.ultravox.ai", "another scheme"],
    ["javascript:alert(1)", "another scheme"],
    ["https://user:secret-password@api.ultravox.ai", "credentials"],
    ["https://api.ultravox.ai/?region=eu", "a query"],
    ["https://api.ultravox.ai?", "an empty query"],
    ["https://api.ultravox.ai/#top", "a fragment"],
    ["", "empty"],
    [42, "a number"],
  ] as [unknown, string][])("%j (%s): refused without being quoted", (baseUrl) => {
    const error = refusal(create({ baseUrl }));
    expect(error.parameter).toBe("baseUrl");
    expect(error.message).toBe(
      "baseUrl must be an http(s) URL without credentials, query or fragment, such as https://api.ultravox.ai",
    );
  });

  it("a path prefix is kept: requests go below it", async () => {
    const server = await startServer((_request, response) => json(response, 200, { callId: "c1" }));
    const uv = createUltravoxClient({ apiKey: "k", baseUrl: `${server.origin}/proxy/ultravox/` });
    unwrap(await uv.GET("/api/calls/{call_id}", { params: { path: { call_id: "c1" } } }));
    expect(server.requests[0]?.url).toBe("/proxy/ultravox/api/calls/c1");
  });
});

describe("other options", () => {
  it.each([["fetch"], [{}], [null]])("fetch %j: refused", (fetch) => {
    const error = refusal(create({ fetch }));
    expect(error.parameter).toBe("fetch");
    expect(error.message).toBe("fetch must be a function");
  });

  it.each([["timeout"], ["apikey"], ["retries"]])(
    "an unknown option (%j) is refused, not ignored",
    (name) => {
      const error = refusal(create({ [name]: 1 }));
      expect(error.parameter).toBe(name);
      expect(error.message).toBe(
        `${name} is not an option; the options are apiKey, baseUrl, headers, userAgent, timeoutMs, maxRetries, retryNonIdempotent, maxRetryAfterMs, fetch, logger, logLevel, fetchOptions, dangerouslyAllowBrowser`,
      );
    },
  );
});
