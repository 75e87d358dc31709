// unwrap() and the error classes: what a caller learns from a failed request,
// and that the API key never leaks into it.
import { describe, expect, it } from "vitest";
import {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UltravoxAPIError,
  UltravoxConnectionError,
  UltravoxError,
  UltravoxTimeoutError,
  UnprocessableEntityError,
  unwrap,
} from "../../src/index.js";
import {
  API_KEY,
  clientFor,
  closedPort,
  json,
  rejectionOf,
  startServer,
  useServers,
} from "../support/server.js";

useServers();

/** The error unwrap throws for GET /api/calls/{call_id} answered by `answer`. */
async function errorFor(
  answer: Parameters<typeof startServer>[0],
  callId = "abc",
): Promise<UltravoxAPIError> {
  const server = await startServer(answer);
  const result = await clientFor(server, { maxRetries: 0 }).GET("/api/calls/{call_id}", {
    params: { path: { call_id: callId } },
  });
  try {
    unwrap(result);
  } catch (error) {
    return error as UltravoxAPIError;
  }
  throw new Error("unwrap did not throw");
}

describe("unwrap", () => {
  it("returns data on success", async () => {
    const server = await startServer((_request, response) =>
      json(response, 200, { callId: "abc" }),
    );
    const result = await clientFor(server).GET("/api/calls/{call_id}", {
      params: { path: { call_id: "abc" } },
    });
    expect(unwrap(result)).toEqual({ callId: "abc" });
  });

  it("returns undefined for 204 No Content", async () => {
    const server = await startServer((_request, response) => void response.writeHead(204).end());
    const result = await clientFor(server).DELETE("/api/calls/{call_id}", {
      params: { path: { call_id: "abc" } },
    });
    expect(unwrap(result)).toBeUndefined();
  });

  it("throws for an error with an empty body, which openapi-fetch reports as no error", async () => {
    const server = await startServer(
      (_request, response) => void response.writeHead(401, { "content-length": "0" }).end(),
    );
    const result = await clientFor(server).GET("/api/calls/{call_id}", {
      params: { path: { call_id: "abc" } },
    });
    expect(result.error).toBeUndefined();
    expect(() => unwrap(result)).toThrow(AuthenticationError);
  });
});

describe("error bodies", () => {
  it("JSON with detail: detail, body, status, headers, method, url, message", async () => {
    const error = await errorFor((_request, response) =>
      json(response, 404, { detail: "Not found." }, { "x-trace": "t1" }),
    );
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toBeInstanceOf(UltravoxAPIError);
    expect(error).toBeInstanceOf(UltravoxError);
    expect(error.name).toBe("NotFoundError");
    expect(error.status).toBe(404);
    expect(error.detail).toBe("Not found.");
    expect(error.body).toEqual({ detail: "Not found." });
    expect(error.headers.get("x-trace")).toBe("t1");
    expect(error.method).toBe("GET");
    expect(error.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/calls\/abc$/);
    expect(error.message).toBe("GET /api/calls/abc failed with 404 Not Found: Not found.");
    expect(String(error)).toBe(
      "NotFoundError: GET /api/calls/abc failed with 404 Not Found: Not found.",
    );
  });

  it("JSON field errors become the message: POST /api/calls with a bad temperature", async () => {
    const server = await startServer((_request, response) =>
      json(response, 400, { temperature: ["must be between 0 and 1"] }),
    );
    const result = await clientFor(server).POST("/api/calls", { body: { temperature: 3 } });
    const error = await rejectionOf((async () => unwrap(result))());
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.message).toBe(
      "POST /api/calls failed with 400 Bad Request: temperature: must be between 0 and 1",
    );
    expect((error as BadRequestError).detail).toBeUndefined();
  });

  it("several fields are joined", async () => {
    const error = await errorFor((_request, response) =>
      json(response, 400, { temperature: ["too hot"], voice: "unknown voice", nested: { a: 1 } }),
    );
    expect(error.message).toBe(
      "GET /api/calls/abc failed with 400 Bad Request: temperature: too hot; voice: unknown voice",
    );
  });

  it("HTML: kept as raw text, left out of the message", async () => {
    const html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    const error = await errorFor((_request, response) => {
      response.writeHead(502, { "content-type": "text/html" });
      response.end(html);
    });
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.body).toBe(html);
    expect(error.detail).toBeUndefined();
    expect(error.message).toBe("GET /api/calls/abc failed with 502 Bad Gateway");
  });

  it("plain text: kept and quoted in the message", async () => {
    const error = await errorFor((_request, response) => {
      response.writeHead(503, { "content-type": "text/plain" });
      response.end("upstream connect error\n");
    });
    expect(error.body).toBe("upstream connect error\n");
    expect(error.message).toBe(
      "GET /api/calls/abc failed with 503 Service Unavailable: upstream connect error",
    );
  });

  it("empty: body is the empty string", async () => {
    const error = await errorFor((_request, response) => void response.writeHead(403).end());
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error.body).toBe("");
    expect(error.message).toBe("GET /api/calls/abc failed with 403 Forbidden");
  });

  it("invalid JSON: kept as raw text", async () => {
    const error = await errorFor((_request, response) => {
      response.writeHead(400, { "content-type": "application/json" });
      response.end('{"detail": "unterminated');
    });
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.body).toBe('{"detail": "unterminated');
    expect(error.detail).toBeUndefined();
  });
});

describe("the class matches the status", () => {
  const cases = [
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [501, InternalServerError],
    [425, UltravoxAPIError],
  ] as const;
  it.each(cases)("%i → %o", async (status, ErrorClass) => {
    const error = await errorFor((_request, response) => json(response, status, { detail: "x" }));
    expect(error.constructor).toBe(ErrorClass);
    expect(error.name).toBe(ErrorClass.name);
    expect(error.status).toBe(status);
  });

  it("RateLimitError carries Retry-After in milliseconds", async () => {
    const error = await errorFor((_request, response) =>
      json(response, 429, {}, { "retry-after": "90" }),
    );
    expect((error as RateLimitError).retryAfterMs).toBe(90_000);
  });
});

describe("the API key never appears in an error", () => {
  const leaks = (error: Error) =>
    [
      error.message,
      String(error),
      error.stack ?? "",
      JSON.stringify(error),
      String(error.cause ?? ""),
    ].some((text) => text.includes(API_KEY));

  it("not even when the API echoes it in a JSON error body", async () => {
    const error = await errorFor((request, response) =>
      json(response, 401, { detail: `Invalid API key: ${request.headers["x-api-key"]}` }),
    );
    expect(error.message).toBe(
      "GET /api/calls/abc failed with 401 Unauthorized: Invalid API key: [redacted]",
    );
    expect(leaks(error)).toBe(false);
    expect(JSON.stringify(error.body)).not.toContain(API_KEY);
    expect([...error.headers.values()].join()).not.toContain(API_KEY);
  });

  it("nor when it is echoed as text", async () => {
    const error = await errorFor((request, response) => {
      response.writeHead(500, { "content-type": "text/plain" });
      response.end(`bad key ${request.headers["x-api-key"]}`);
    });
    expect(error.body).toBe("bad key [redacted]");
    expect(leaks(error)).toBe(false);
  });

  it("nor in connection errors and timeouts", async () => {
    const port = await closedPort();
    const refused = await rejectionOf(
      clientFor({ origin: `http://127.0.0.1:${port}` }, { maxRetries: 0 }).GET("/api/calls"),
    );
    const server = await startServer(() => {});
    const timedOut = await rejectionOf(
      clientFor(server, { timeoutMs: 50, maxRetries: 0 }).GET("/api/calls"),
    );
    expect(refused).toBeInstanceOf(UltravoxConnectionError);
    expect(timedOut).toBeInstanceOf(UltravoxTimeoutError);
    expect(leaks(refused)).toBe(false);
    expect(leaks(timedOut)).toBe(false);
  });

  it("a successful body is left as the API sent it", async () => {
    const server = await startServer((request, response) =>
      json(response, 200, { callId: "abc", echo: request.headers["x-api-key"] }),
    );
    const result = await clientFor(server).GET("/api/calls/{call_id}", {
      params: { path: { call_id: "abc" } },
    });
    expect(unwrap(result)).toMatchObject({ echo: API_KEY });
  });
});
