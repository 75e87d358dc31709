// createUltravoxClient: the API key, headers, and that it is a plain openapi-fetch client.
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  createUltravoxClient,
  DEFAULT_BASE_URL,
  UltravoxParameterError,
  UltravoxTimeoutError,
  VERSION,
  type UltravoxClient,
} from "../../src/index.js";
import {
  API_KEY,
  clientFor,
  json,
  rejectionOf,
  startServer,
  useServers,
} from "../support/server.js";

useServers();
afterEach(() => {
  vi.unstubAllEnvs();
});

const answerOk = () => startServer((_request, response) => json(response, 200, { results: [] }));

describe("the API key", () => {
  it("missing: UltravoxParameterError for apiKey at construction, naming ULTRAVOX_API_KEY", () => {
    vi.stubEnv("ULTRAVOX_API_KEY", "");
    expect(() => createUltravoxClient()).toThrow(UltravoxParameterError);
    expect(() => createUltravoxClient()).toThrow(expect.objectContaining({ parameter: "apiKey" }));
    expect(() => createUltravoxClient()).toThrow(/ULTRAVOX_API_KEY/);
    expect(() => createUltravoxClient({ apiKey: "" })).toThrow(/ULTRAVOX_API_KEY/);
  });

  it("defaults to ULTRAVOX_API_KEY and is sent as X-API-Key", async () => {
    vi.stubEnv("ULTRAVOX_API_KEY", "from-env");
    const server = await answerOk();
    await createUltravoxClient({ baseUrl: server.origin }).GET("/api/calls");
    expect(server.requests[0]?.headers["x-api-key"]).toBe("from-env");
  });

  it("the apiKey option wins over the environment and over a header of that name", async () => {
    vi.stubEnv("ULTRAVOX_API_KEY", "from-env");
    const server = await answerOk();
    await clientFor(server, { headers: { "X-API-Key": "from-headers" } }).GET("/api/calls");
    expect(server.requests[0]?.headers["x-api-key"]).toBe(API_KEY);
  });
});

describe("headers", () => {
  it("User-Agent names the package, its version, the runtime and the userAgent suffix", async () => {
    const server = await answerOk();
    await clientFor(server, { userAgent: "my-app/1.2" }).GET("/api/calls");
    expect(server.requests[0]?.headers["user-agent"]).toBe(
      `ultravox-api/${VERSION} node/${process.versions.node} my-app/1.2`,
    );
  });

  it("custom headers are sent; a User-Agent given there is kept", async () => {
    const server = await answerOk();
    await clientFor(server, { headers: { "X-Team": "voice", "User-Agent": "mine/1" } }).GET(
      "/api/calls",
    );
    expect(server.requests[0]?.headers["x-team"]).toBe("voice");
    expect(server.requests[0]?.headers["user-agent"]).toBe("mine/1");
  });

  it("JSON bodies are sent with Content-Type: application/json", async () => {
    const server = await answerOk();
    await clientFor(server).POST("/api/calls", { body: { systemPrompt: "Hello" } });
    expect(server.requests[0]?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(server.requests[0]?.body ?? "")).toEqual({ systemPrompt: "Hello" });
  });
});

describe("an openapi-fetch client", () => {
  it("use() and eject() register and remove middleware", async () => {
    const server = await answerOk();
    const client: UltravoxClient = clientFor(server);
    const tagging = {
      onRequest({ request }: { request: Request }) {
        request.headers.set("X-Tag", "1");
        return request;
      },
    };
    client.use(tagging);
    await client.GET("/api/calls");
    client.eject(tagging);
    await client.GET("/api/calls");
    expect(server.requests.map((request) => request.headers["x-tag"])).toEqual(["1", undefined]);
  });

  it("results carry data, error and response as openapi-fetch documents", async () => {
    const server = await startServer((_request, response) =>
      json(response, 404, { detail: "Not found." }),
    );
    const result = await clientFor(server).GET("/api/calls/{call_id}", {
      params: { path: { call_id: "x" } },
    });
    expect(result.data).toBeUndefined();
    expect(result.error).toEqual({ detail: "Not found." });
    expect(result.response.status).toBe(404);
  });

  it("the fetch option is the one that sends (wrapped in the retry policy)", async () => {
    const server = await startServer((_request, response, index) =>
      index === 0
        ? json(response, 503, {}, { "retry-after": "0" })
        : json(response, 200, { results: [] }),
    );
    const sent: string[] = [];
    const client = clientFor(server, {
      fetch: (request) => {
        sent.push(request.method);
        return fetch(request);
      },
    });
    await client.GET("/api/calls");
    expect(sent).toEqual(["GET", "GET"]);
  });

  it("a custom fetch gets each attempt's signal and redirect mode on the Request itself", async () => {
    const server = await startServer(() => {
      // Never answers: only the attempt's timeout can end the request.
    });
    const seen: { redirect: string; aborted: () => boolean }[] = [];
    const client = clientFor(server, {
      timeoutMs: 100,
      maxRetries: 0,
      fetch: (request) => {
        seen.push({ redirect: request.redirect, aborted: () => request.signal.aborted });
        return fetch(request);
      },
    });
    const error = await rejectionOf(client.GET("/api/calls"));
    expect(error).toBeInstanceOf(UltravoxTimeoutError);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.redirect).toBe("manual");
    expect(seen[0]!.aborted()).toBe(true);
  });

  it("the base URL defaults to the production API", () => {
    expect(DEFAULT_BASE_URL).toBe("https://api.ultravox.ai");
  });
});

describe("VERSION", () => {
  it("equals package.json's version", () => {
    const manifest = JSON.parse(
      readFileSync(new URL("../../package.json", import.meta.url), "utf8"),
    ) as {
      version: string;
    };
    expect(VERSION).toBe(manifest.version);
  });
});
