// The transport policy (src/retry.ts) against real servers: which failures are
// retried for which methods, Retry-After, timeouts that cover the body, abort.
import { describe, expect, it } from "vitest";
import {
  InternalServerError,
  RateLimitError,
  UltravoxConnectionError,
  UltravoxTimeoutError,
  unwrap,
} from "../../src/index.js";
import {
  clientFor,
  closedPort,
  json,
  rejectionOf,
  since,
  startServer,
  useServers,
  API_KEY,
} from "../support/server.js";

useServers();

const CALL = { callId: "c1" };
const getCall = { params: { path: { call_id: "c1" } } };

/** Answers the first `failures` requests with `status` (and headers), then 200. */
function failThenSucceed(failures: number, status: number, headers: Record<string, string> = {}) {
  return startServer((_request, response, index) =>
    index < failures
      ? json(response, status, { detail: "try later" }, headers)
      : json(response, 200, CALL),
  );
}

describe("Retry-After", () => {
  it("429 with Retry-After: 1, then 200: waits about a second, then succeeds", async () => {
    const server = await failThenSucceed(1, 429, { "retry-after": "1" });
    const start = performance.now();
    const call = unwrap(await clientFor(server).GET("/api/calls/{call_id}", getCall));
    expect(since(start)).toBeGreaterThanOrEqual(990);
    expect(since(start)).toBeLessThan(1_900);
    expect(call).toEqual(CALL);
    expect(server.requests).toHaveLength(2);
  });

  it("reads an HTTP date: one two minutes ahead is beyond maxRetryAfterMs, so not waited for", async () => {
    const inTwoMinutes = new Date(Date.now() + 120_000).toUTCString();
    const server = await failThenSucceed(1, 429, { "retry-after": inTwoMinutes });
    const start = performance.now();
    const result = await clientFor(server).GET("/api/calls/{call_id}", getCall);
    const error = await rejectionOf((async () => unwrap(result))());
    expect(since(start)).toBeLessThan(1_000);
    expect((error as RateLimitError).retryAfterMs).toBeGreaterThan(118_000);
    expect((error as RateLimitError).retryAfterMs).toBeLessThanOrEqual(120_000);
    expect(server.requests).toHaveLength(1);
  });

  it("reads an HTTP date in the past as: retry now", async () => {
    const aMinuteAgo = new Date(Date.now() - 60_000).toUTCString();
    const server = await failThenSucceed(1, 503, { "retry-after": aMinuteAgo });
    unwrap(await clientFor(server).GET("/api/calls/{call_id}", getCall));
    expect(server.requests).toHaveLength(2);
  });

  it("does not wait beyond maxRetryAfterMs: RateLimitError at once, with retryAfterMs", async () => {
    const server = await failThenSucceed(1, 429, { "retry-after": "120" });
    const client = clientFor(server, { maxRetryAfterMs: 60_000 });
    const start = performance.now();
    const result = await client.GET("/api/calls/{call_id}", getCall);
    const error = await rejectionOf((async () => unwrap(result))());
    expect(since(start)).toBeLessThan(500);
    expect(result.response.status).toBe(429);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(120_000);
    expect(server.requests).toHaveLength(1);
  });
});

describe("which statuses are retried", () => {
  it("a 500 on POST /api/calls is not retried: the server sees exactly one request", async () => {
    const server = await failThenSucceed(1, 500, { "retry-after": "0" });
    const result = await clientFor(server).POST("/api/calls", { body: { systemPrompt: "hi" } });
    expect(() => unwrap(result)).toThrow(InternalServerError);
    expect(server.requests).toHaveLength(1);
  });

  it("a 500 on GET is retried (with jittered backoff from 0.5 s)", async () => {
    const server = await failThenSucceed(1, 500);
    const start = performance.now();
    const call = unwrap(await clientFor(server).GET("/api/calls/{call_id}", getCall));
    expect(call).toEqual(CALL);
    expect(server.requests).toHaveLength(2);
    expect(since(start)).toBeGreaterThanOrEqual(245);
    expect(since(start)).toBeLessThan(1_000);
  });

  it.each([408, 429, 500, 502, 503, 504])("GET retries %i up to maxRetries", async (status) => {
    const server = await failThenSucceed(2, status, { "retry-after": "0" });
    unwrap(await clientFor(server, { maxRetries: 2 }).GET("/api/calls/{call_id}", getCall));
    expect(server.requests).toHaveLength(3);
  });

  it("DELETE is retried on 502", async () => {
    const server = await startServer((_request, response, index) => {
      if (index === 0) return json(response, 502, {}, { "retry-after": "0" });
      response.writeHead(204).end();
    });
    const result = await clientFor(server).DELETE("/api/calls/{call_id}", getCall);
    expect(unwrap(result)).toBeUndefined();
    expect(server.requests.map((request) => request.method)).toEqual(["DELETE", "DELETE"]);
  });

  it.each([429, 503])("POST is retried on %i (the API did not process it)", async (status) => {
    const server = await failThenSucceed(1, status, { "retry-after": "0" });
    const result = await clientFor(server).POST("/api/calls", { body: { systemPrompt: "hi" } });
    expect(result.response.status).toBe(200);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]?.body).toBe('{"systemPrompt":"hi"}');
  });

  it("retryNonIdempotent: true retries a POST on 500, resending the body", async () => {
    const server = await failThenSucceed(1, 500, { "retry-after": "0" });
    const client = clientFor(server, { retryNonIdempotent: true });
    await client.POST("/api/calls", { body: { systemPrompt: "hi" } });
    expect(server.requests.map((request) => request.body)).toEqual([
      '{"systemPrompt":"hi"}',
      '{"systemPrompt":"hi"}',
    ]);
  });

  it("4xx other than 408/429 is not retried", async () => {
    const server = await failThenSucceed(1, 404, { "retry-after": "0" });
    const result = await clientFor(server).GET("/api/calls/{call_id}", getCall);
    expect(result.response.status).toBe(404);
    expect(server.requests).toHaveLength(1);
  });

  it("gives up after maxRetries and returns the last answer", async () => {
    const server = await failThenSucceed(10, 503, { "retry-after": "0" });
    const result = await clientFor(server, { maxRetries: 3 }).GET("/api/calls/{call_id}", getCall);
    expect(() => unwrap(result)).toThrow(InternalServerError);
    expect(server.requests).toHaveLength(4);
  });

  it("maxRetries: 0 sends once", async () => {
    const server = await failThenSucceed(1, 503, { "retry-after": "0" });
    await clientFor(server, { maxRetries: 0 }).GET("/api/calls/{call_id}", getCall);
    expect(server.requests).toHaveLength(1);
  });
});

describe("connection failures", () => {
  /** A fetch that counts attempts and sends them for real. */
  function countingFetch() {
    const attempts: string[] = [];
    const fetchFn = (request: Request) => {
      attempts.push(`${request.method} ${request.url}`);
      return fetch(request);
    };
    return { attempts, fetch: fetchFn };
  }

  it("connection refused: retried, then UltravoxConnectionError with the cause", async () => {
    const port = await closedPort();
    const counter = countingFetch();
    const client = clientFor(
      { origin: `http://127.0.0.1:${port}` },
      {
        maxRetries: 1,
        fetch: counter.fetch,
      },
    );
    const error = await rejectionOf(client.GET("/api/calls/{call_id}", getCall));
    expect(error).toBeInstanceOf(UltravoxConnectionError);
    expect(error.name).toBe("UltravoxConnectionError");
    expect(error.message).toMatch(
      /^GET \/api\/calls\/c1 \(attempt 2\): connection failed: connect ECONNREFUSED 127\.0\.0\.1:\d+$/,
    );
    expect(error.cause).toBeInstanceOf(TypeError);
    expect(counter.attempts).toHaveLength(2);
  });

  it("connection refused on POST is retried too: the request never left", async () => {
    const port = await closedPort();
    const counter = countingFetch();
    const client = clientFor(
      { origin: `http://127.0.0.1:${port}` },
      {
        maxRetries: 1,
        fetch: counter.fetch,
      },
    );
    const error = await rejectionOf(client.POST("/api/calls", { body: {} }));
    expect(error).toBeInstanceOf(UltravoxConnectionError);
    expect(counter.attempts).toEqual([
      `POST http://127.0.0.1:${port}/api/calls`,
      `POST http://127.0.0.1:${port}/api/calls`,
    ]);
  });

  it("a connection dropped after the request was sent: POST is not retried", async () => {
    const server = await startServer((_request, response) => void response.socket?.destroy());
    const error = await rejectionOf(clientFor(server).POST("/api/calls", { body: {} }));
    expect(error).toBeInstanceOf(UltravoxConnectionError);
    expect(server.requests).toHaveLength(1);
  });

  it("a connection dropped mid-body: POST is not retried", async () => {
    const server = await startServer((_request, response) => {
      response.writeHead(201, { "content-type": "application/json" });
      response.write('{"callId":');
      setTimeout(() => response.socket?.destroy(), 20);
    });
    const error = await rejectionOf(clientFor(server).POST("/api/calls", { body: {} }));
    expect(error).toBeInstanceOf(UltravoxConnectionError);
    expect(server.requests).toHaveLength(1);
  });

  it("a connection dropped after the request was sent: GET is retried", async () => {
    const server = await startServer((_request, response, index) =>
      index === 0 ? void response.socket?.destroy() : json(response, 200, CALL),
    );
    const call = unwrap(await clientFor(server).GET("/api/calls/{call_id}", getCall));
    expect(call).toEqual(CALL);
    expect(server.requests).toHaveLength(2);
  });
});

describe("timeouts", () => {
  /** Sends the status line and headers, then never finishes the body. */
  const stallBody = (response: import("node:http").ServerResponse) => {
    response.writeHead(200, { "content-type": "application/json" });
    response.write('{"callId":');
  };

  it("headers then a stalled body: times out, is retried, then UltravoxTimeoutError", async () => {
    const server = await startServer((_request, response) => stallBody(response));
    const client = clientFor(server, { timeoutMs: 150, maxRetries: 1 });
    const start = performance.now();
    const error = await rejectionOf(client.GET("/api/calls/{call_id}", getCall));
    const elapsed = since(start);
    expect(error).toBeInstanceOf(UltravoxTimeoutError);
    expect(error.name).toBe("UltravoxTimeoutError");
    expect(error.message).toBe("GET /api/calls/c1 (attempt 2) timed out after 150 ms");
    expect(server.requests).toHaveLength(2);
    // (maxRetries + 1) × timeoutMs + one backoff of at most 500 ms
    expect(elapsed).toBeGreaterThanOrEqual(2 * 150 + 245);
    expect(elapsed).toBeLessThan(2 * 150 + 500 + 800);
  });

  it("a stalled body, then a complete answer on the retry: succeeds", async () => {
    const server = await startServer((_request, response, index) =>
      index === 0 ? stallBody(response) : json(response, 200, CALL),
    );
    const client = clientFor(server, { timeoutMs: 150 });
    expect(unwrap(await client.GET("/api/calls/{call_id}", getCall))).toEqual(CALL);
    expect(server.requests).toHaveLength(2);
  });

  it("no answer at all: a POST times out once and is not retried", async () => {
    const server = await startServer(() => {});
    const client = clientFor(server, { timeoutMs: 150 });
    const error = await rejectionOf(client.POST("/api/calls", { body: {} }));
    expect(error).toBeInstanceOf(UltravoxTimeoutError);
    expect(error.message).toMatch(/\(attempt 1\) timed out/);
    expect(server.requests).toHaveLength(1);
  });

  it("the stalled attempt's connection is closed", async () => {
    const server = await startServer((_request, response) => stallBody(response));
    await rejectionOf(
      clientFor(server, { timeoutMs: 100, maxRetries: 0 }).GET("/api/calls/{call_id}", getCall),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.abandoned).toBe(1);
  });
});

describe("the caller's AbortSignal", () => {
  it("aborting during a backoff sleep rejects promptly with the platform's AbortError", async () => {
    const server = await failThenSucceed(5, 503, { "retry-after": "10" });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const start = performance.now();
    const error = await rejectionOf(
      clientFor(server).GET("/api/calls/{call_id}", { ...getCall, signal: controller.signal }),
    );
    expect(since(start)).toBeLessThan(1_000); // the wait would be 10 s
    expect(error).toBeInstanceOf(DOMException);
    expect(error.name).toBe("AbortError");
    expect(server.requests).toHaveLength(1);
  });

  it("aborting mid-body is an AbortError, not a timeout, and is not retried", async () => {
    const server = await startServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.write("[");
    });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const error = await rejectionOf(
      clientFor(server, { timeoutMs: 5_000 }).GET("/api/calls/{call_id}", {
        ...getCall,
        signal: controller.signal,
      }),
    );
    expect(error.name).toBe("AbortError");
    expect(error).not.toBeInstanceOf(UltravoxTimeoutError);
    expect(server.requests).toHaveLength(1);
  });

  it("aborting with no retries left is still an AbortError, not a timeout", async () => {
    const server = await startServer(() => {});
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await rejectionOf(
      clientFor(server, { maxRetries: 0 }).POST("/api/calls", {
        body: {},
        signal: controller.signal,
      }),
    );
    expect(error.name).toBe("AbortError");
  });

  it("an already aborted signal sends nothing; its reason is what is thrown", async () => {
    const server = await failThenSucceed(0, 200);
    const reason = new Error("user navigated away");
    const error = await rejectionOf(
      clientFor(server).GET("/api/calls/{call_id}", {
        ...getCall,
        signal: AbortSignal.abort(reason),
      }),
    );
    expect(error).toBe(reason);
    expect(server.requests).toHaveLength(0);
  });
});

describe("total time", () => {
  it("is bounded by (maxRetries + 1) × timeoutMs + backoff", async () => {
    const server = await startServer(() => {});
    const client = clientFor(server, { timeoutMs: 100, maxRetries: 2 });
    const start = performance.now();
    await rejectionOf(client.GET("/api/calls/{call_id}", getCall));
    // 3 × 100 ms + at most 500 ms + 1 000 ms of backoff
    expect(since(start)).toBeLessThan(3 * 100 + 1_500 + 700);
    expect(server.requests).toHaveLength(3);
  });
});

it("sends the API key on every attempt", async () => {
  const server = await failThenSucceed(1, 503, { "retry-after": "0" });
  await clientFor(server).GET("/api/calls/{call_id}", getCall);
  expect(server.requests.map((request) => request.headers["x-api-key"])).toEqual([
    API_KEY,
    API_KEY,
  ]);
});
