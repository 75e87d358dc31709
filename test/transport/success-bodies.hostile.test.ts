// Hostile success answers: a body that is not the JSON it claims, an HTML page with status
// 200, a truncated body. Each becomes UltravoxMalformedResponseError (status, content type,
// a bounded excerpt) or, when the connection drops mid-body, UltravoxConnectionError;
// never a raw SyntaxError.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  UltravoxConnectionError,
  UltravoxError,
  UltravoxMalformedResponseError,
  unwrap,
} from "../../src/index.js";
import {
  clientFor,
  rejectionOf,
  startServer,
  useServers,
  type Handler,
} from "../support/server.js";

// Each property runs hundreds of cases (many over HTTP): far above vitest's 5 s default on a busy machine.
const PROPERTY_TIMEOUT = { timeout: 60_000 };

useServers();

const params = { path: { call_id: "c1" } };

/** The rejection of a Get Call answered by `handler`, and the server. */
async function getCallFailure(handler: Handler) {
  const server = await startServer(handler);
  const error = await rejectionOf(clientFor(server).GET("/api/calls/{call_id}", { params }));
  return { error: error as UltravoxMalformedResponseError, server };
}

const answer =
  (status: number, contentType: string, body: string): Handler =>
  (_request, response) => {
    response.writeHead(status, { "content-type": contentType });
    response.end(body);
  };

describe("a success status with a body that is not JSON", () => {
  it("invalid JSON: UltravoxMalformedResponseError with status, content type and excerpt, not retried", async () => {
    const { error, server } = await getCallFailure(
      answer(200, "application/json", '{"callId": c1}'),
    );
    expect(error).toBeInstanceOf(UltravoxMalformedResponseError);
    expect(error).toBeInstanceOf(UltravoxError);
    expect(error.name).toBe("UltravoxMalformedResponseError");
    expect(error.status).toBe(200);
    expect(error.contentType).toBe("application/json");
    expect(error.excerpt).toBe('{"callId": c1}');
    expect(error.method).toBe("GET");
    expect(error.url).toBe(`${server.origin}/api/calls/c1`);
    expect(error.message).toBe(
      'GET /api/calls/c1 answered 200 with a body that is not valid JSON (content-type "application/json"), starting "{\\"callId\\": c1}"',
    );
    expect(server.requests).toHaveLength(1);
  });

  it("an HTML page with status 200 (a captive portal, a proxy's login page)", async () => {
    const page = `<!doctype html><html><head><title>Sign in to the Wi-Fi</title></head><body>${"x".repeat(5_000)}</body></html>`;
    const { error } = await getCallFailure(answer(200, "text/html; charset=utf-8", page));
    expect(error).toBeInstanceOf(UltravoxMalformedResponseError);
    expect(error.contentType).toBe("text/html; charset=utf-8");
    expect(error.excerpt).toBe(page.slice(0, 200));
    expect(error.message).toBe(
      `GET /api/calls/c1 answered 200 with a body that is not valid JSON (content-type "text/html; charset=utf-8"), starting ${JSON.stringify(page.slice(0, 60))}`,
    );
  });

  it("a body cut short that ends cleanly (chunked): malformed", async () => {
    const { error } = await getCallFailure((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.write('{"callId":"c1","created":"2025-');
      response.end();
    });
    expect(error).toBeInstanceOf(UltravoxMalformedResponseError);
    expect(error.excerpt).toBe('{"callId":"c1","created":"2025-');
  });

  it("a body cut short by a dropped connection (fewer bytes than Content-Length): a connection failure, retried for GET", async () => {
    const server = await startServer((_request, response, index) => {
      if (index === 0) {
        response.writeHead(200, { "content-type": "application/json", "content-length": "100" });
        response.write('{"callId":');
        return void setTimeout(() => response.socket?.destroy(), 20);
      }
      response.writeHead(200, { "content-type": "application/json" });
      response.end('{"callId":"c1"}');
    });
    const call = unwrap(await clientFor(server).GET("/api/calls/{call_id}", { params }));
    expect(call).toEqual({ callId: "c1" });
    expect(server.requests).toHaveLength(2);
  });

  it("the same on POST: UltravoxConnectionError, not resent", async () => {
    const server = await startServer((_request, response) => {
      response.writeHead(201, { "content-type": "application/json", "content-length": "100" });
      response.write('{"callId":');
      setTimeout(() => response.socket?.destroy(), 20);
    });
    const error = await rejectionOf(clientFor(server).POST("/api/calls", { body: {} }));
    expect(error).toBeInstanceOf(UltravoxConnectionError);
    expect(server.requests).toHaveLength(1);
  });

  it("a malformed 201 on POST is not resent either", async () => {
    const server = await startServer(answer(201, "application/json", "<html>"));
    const error = await rejectionOf(clientFor(server).POST("/api/calls", { body: {} }));
    expect(error).toBeInstanceOf(UltravoxMalformedResponseError);
    expect(server.requests).toHaveLength(1);
  });
});

describe("an answer no server sent", () => {
  it("a middleware answering in place of the server with a body that is not JSON: the same error", async () => {
    const server = await startServer((_request, response) => void response.end());
    const uv = clientFor(server);
    uv.use({
      onRequest: () => new Response("<html>", { headers: { "content-type": "text/html" } }),
    });
    const error = await rejectionOf(uv.GET("/api/calls/{call_id}", { params }));
    expect(error).toBeInstanceOf(UltravoxMalformedResponseError);
    expect((error as UltravoxMalformedResponseError).excerpt).toBe("<html>");
    expect(server.requests).toHaveLength(0);
  });
});

describe("a status HTTP does not define", () => {
  it.each([600, 999])("%i: an UltravoxError saying so, not retried", async (status) => {
    const { error, server } = await getCallFailure(answer(status, "application/json", "{}"));
    expect(error).toBeInstanceOf(UltravoxError);
    expect(error.message).toBe(
      `GET /api/calls/c1: answered with status ${status}, which HTTP does not define`,
    );
    expect(server.requests).toHaveLength(1);
  });
});

describe("what is not malformed", () => {
  it("an empty success body is undefined data", async () => {
    const server = await startServer(answer(200, "application/json", ""));
    const result = await clientFor(server).GET("/api/calls/{call_id}", { params });
    expect(result.response.status).toBe(200);
    expect(result.data).toBeUndefined();
  });

  it("a byte order mark before the JSON is ignored", async () => {
    const server = await startServer(answer(200, "application/json", '\ufeff{"callId":"c1"}'));
    expect(unwrap(await clientFor(server).GET("/api/calls/{call_id}", { params }))).toEqual({
      callId: "c1",
    });
  });

  it('parseAs: "text" hands any body over as it is', async () => {
    const server = await startServer(answer(200, "text/html", "<html>"));
    const result = await clientFor(server).GET("/api/calls/{call_id}", { params, parseAs: "text" });
    expect(unwrap(result)).toBe("<html>");
  });

  it("an error status with a body that is not JSON keeps the text as the error body", async () => {
    const server = await startServer(answer(502, "text/html", "<html>Bad gateway</html>"));
    const result = await clientFor(server, { maxRetries: 0 }).GET("/api/calls/{call_id}", {
      params,
    });
    expect(result.error).toBe("<html>Bad gateway</html>");
  });
});

describe("property", () => {
  it(
    "any 200 body is the data it parses to, or UltravoxMalformedResponseError with its first 200 characters",
    PROPERTY_TIMEOUT,
    async () => {
      let body = "";
      const server = await startServer((_request, response) => {
        response.writeHead(200, { "content-type": "application/json" });
        response.end(body);
      });
      const uv = clientFor(server, { maxRetries: 0 });
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(fc.json(), fc.string({ unit: "binary", maxLength: 300 })),
          async (text) => {
            body = text;
            // The body as fetch decodes it: UTF-8 (a lone surrogate becomes U+FFFD), BOM dropped.
            const sent = new TextDecoder().decode(new TextEncoder().encode(text));
            let expected: unknown;
            let parses = true;
            try {
              expected = sent ? JSON.parse(sent) : undefined;
            } catch {
              parses = false;
            }
            if (parses) {
              const result = await uv.GET("/api/calls/{call_id}", { params });
              expect(result.data).toEqual(expected);
            } else {
              const error = await rejectionOf(uv.GET("/api/calls/{call_id}", { params }));
              expect(error).toBeInstanceOf(UltravoxMalformedResponseError);
              expect((error as UltravoxMalformedResponseError).excerpt).toBe(sent.slice(0, 200));
            }
          },
        ),
        { numRuns: 150 },
      );
    },
  );
});
