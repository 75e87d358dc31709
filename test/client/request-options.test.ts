// Per-call transport options: timeoutMs, maxRetries, retryNonIdempotent and maxRetryAfterMs
// in a call's init override the client's for that call only.
import { describe, expect, it } from "vitest";
import { UltravoxParameterError, UltravoxTimeoutError, unwrap } from "../../src/index.js";
import { clientFor, json, rejectionOf, since, startServer, useServers } from "../support/server.js";

useServers();

const CALL = { callId: "c1" };
const params = { path: { call_id: "c1" } };

/** Answers the first `failures` requests with `status` and `Retry-After: 0`, then 200. */
const failThenSucceed = (failures: number, status: number) =>
  startServer((_request, response, index) =>
    index < failures
      ? json(response, status, { detail: "try later" }, { "retry-after": "0" })
      : json(response, 200, CALL),
  );

describe("timeoutMs per call", () => {
  it("a shorter timeout for one call cuts it off; the client's applies to the next", async () => {
    const server = await startServer(async (_request, response) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      json(response, 200, CALL);
    });
    const uv = clientFor(server, { timeoutMs: 5_000, maxRetries: 0 });
    const start = performance.now();
    const error = await rejectionOf(uv.GET("/api/calls/{call_id}", { params, timeoutMs: 100 }));
    expect(error).toBeInstanceOf(UltravoxTimeoutError);
    expect(error.message).toBe("GET /api/calls/c1 (attempt 1) timed out after 100 ms");
    expect(since(start)).toBeLessThan(290);
    expect(unwrap(await uv.GET("/api/calls/{call_id}", { params }))).toEqual(CALL);
  });

  it("a longer timeout for one call lets it finish", async () => {
    const server = await startServer(async (_request, response) => {
      await new Promise((resolve) => setTimeout(resolve, 200));
      json(response, 200, CALL);
    });
    const uv = clientFor(server, { timeoutMs: 50, maxRetries: 0 });
    const result = await uv.GET("/api/calls/{call_id}", { params, timeoutMs: 1_000 });
    expect(unwrap(result)).toEqual(CALL);
  });

  it("Infinity means no timeout", async () => {
    const server = await startServer(async (_request, response) => {
      await new Promise((resolve) => setTimeout(resolve, 150));
      json(response, 200, CALL);
    });
    const uv = clientFor(server, { timeoutMs: 50, maxRetries: 0 });
    const result = await uv.GET("/api/calls/{call_id}", { params, timeoutMs: Infinity });
    expect(unwrap(result)).toEqual(CALL);
  });
});

describe("maxRetries per call", () => {
  it("more retries for one call than the client allows", async () => {
    const server = await failThenSucceed(3, 503);
    const uv = clientFor(server, { maxRetries: 0 });
    const result = await uv.GET("/api/calls/{call_id}", { params, maxRetries: 3 });
    expect(unwrap(result)).toEqual(CALL);
    expect(server.requests).toHaveLength(4);
  });

  it("no retry for one call although the client retries", async () => {
    const server = await failThenSucceed(3, 503);
    const uv = clientFor(server, { maxRetries: 5 });
    const result = await uv.GET("/api/calls/{call_id}", { params, maxRetries: 0 });
    expect(result.response.status).toBe(503);
    expect(server.requests).toHaveLength(1);
  });
});

describe("retryNonIdempotent per call", () => {
  const body = { systemPrompt: "hi" };

  it("lets one POST be resent after a 500, once", async () => {
    const server = await failThenSucceed(1, 500);
    const uv = clientFor(server);
    const result = await uv.POST("/api/calls", { body, retryNonIdempotent: true });
    expect(result.response.status).toBe(200);
    expect(server.requests.map((request) => request.body)).toEqual([
      '{"systemPrompt":"hi"}',
      '{"systemPrompt":"hi"}',
    ]);
  });

  it("false for one POST overrides a client that allows it", async () => {
    const server = await failThenSucceed(1, 500);
    const uv = clientFor(server, { retryNonIdempotent: true });
    const result = await uv.POST("/api/calls", { body, retryNonIdempotent: false });
    expect(result.response.status).toBe(500);
    expect(server.requests).toHaveLength(1);
  });
});

describe("maxRetryAfterMs per call", () => {
  /** Answers the first request 429 asking for `seconds`, then 200. */
  const rateLimitedOnce = (seconds: string) =>
    startServer((_request, response, index) =>
      index === 0
        ? json(response, 429, { detail: "slow down" }, { "retry-after": seconds })
        : json(response, 200, CALL),
    );

  it("a call that cannot wait gets the 429 at once, though the client would wait", async () => {
    const server = await rateLimitedOnce("1");
    const uv = clientFor(server, { maxRetryAfterMs: 60_000 });
    const start = performance.now();
    const result = await uv.GET("/api/calls/{call_id}", { params, maxRetryAfterMs: 0 });
    expect(result.response.status).toBe(429);
    expect(since(start)).toBeLessThan(900);
    expect(server.requests).toHaveLength(1);
  });

  it("a call that may wait longer than the client allows waits", async () => {
    const server = await rateLimitedOnce("1");
    const uv = clientFor(server, { maxRetryAfterMs: 0 });
    const result = await uv.GET("/api/calls/{call_id}", { params, maxRetryAfterMs: 5_000 });
    expect(unwrap(result)).toEqual(CALL);
    expect(server.requests).toHaveLength(2);
  });

  it("is checked like the client's option", async () => {
    const server = await startServer((_request, response) => json(response, 200, CALL));
    const error = await rejectionOf(
      clientFor(server).GET("/api/calls/{call_id}", { params, maxRetryAfterMs: -5 }),
    );
    expect((error as UltravoxParameterError).parameter).toBe("init.maxRetryAfterMs");
    expect(server.requests).toHaveLength(0);
  });
});

describe("what the options are not", () => {
  it("they are not sent: no header, no query parameter, no body field", async () => {
    const server = await startServer((_request, response) => json(response, 200, CALL));
    await clientFor(server).POST("/api/calls", {
      body: { systemPrompt: "hi" },
      timeoutMs: 1_000,
      maxRetries: 1,
      retryNonIdempotent: false,
    });
    const [request] = server.requests;
    expect(request?.url).toBe("/api/calls");
    expect(request?.body).toBe('{"systemPrompt":"hi"}');
    expect(Object.keys(request?.headers ?? {}).join()).not.toMatch(/timeout|retr/i);
  });

  it("a value that makes no sense rejects the call before anything is sent", async () => {
    const server = await startServer((_request, response) => json(response, 200, CALL));
    const error = await rejectionOf(
      clientFor(server).GET("/api/calls/{call_id}", { params, maxRetries: -1 }),
    );
    expect(error).toBeInstanceOf(UltravoxParameterError);
    expect((error as UltravoxParameterError).parameter).toBe("init.maxRetries");
    expect(error.message).toBe("init.maxRetries must be a whole number, 0 or more");
    expect(server.requests).toHaveLength(0);
  });
});
