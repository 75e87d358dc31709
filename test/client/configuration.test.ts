// Configuration users expect from their environment and their network: the base URL from
// ULTRAVOX_BASE_URL, fetch options for every request (a proxy's dispatcher) or one call, and
// the browser build's explicit opt-in.
import { Agent, type Dispatcher } from "undici";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  createUltravoxClient,
  UltravoxParameterError,
  unwrap,
  type UltravoxClientOptions,
} from "../../src/index.js";
import { checkClientOptions } from "../../src/options.js";
import { API_KEY, json, startServer, useServers } from "../support/server.js";

useServers();
afterEach(() => vi.unstubAllEnvs());

const CALL = { callId: "c1" };
const params = { path: { call_id: "c1" } };

/** An undici Agent that counts the requests it sends, as a proxy's dispatcher would carry them. */
class CountingAgent extends Agent {
  sent: string[] = [];
  override dispatch(options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandler) {
    this.sent.push(`${options.method} ${options.path}`);
    return super.dispatch(options, handler);
  }
}

/** The error `create` throws, which must be an UltravoxParameterError. */
function refusal(create: () => unknown): UltravoxParameterError {
  try {
    create();
  } catch (error) {
    expect(error).toBeInstanceOf(UltravoxParameterError);
    return error as UltravoxParameterError;
  }
  throw new Error("not refused");
}

describe("ULTRAVOX_BASE_URL", () => {
  it("is the base URL when no baseUrl is given", async () => {
    const server = await startServer((_request, response) => json(response, 200, CALL));
    vi.stubEnv("ULTRAVOX_BASE_URL", server.origin);
    const uv = createUltravoxClient({ apiKey: API_KEY });
    expect(unwrap(await uv.GET("/api/calls/{call_id}", { params }))).toEqual(CALL);
    expect(server.requests[0]!.url).toBe("/api/calls/c1");
  });

  it("gives way to baseUrl", async () => {
    const server = await startServer((_request, response) => json(response, 200, CALL));
    vi.stubEnv("ULTRAVOX_BASE_URL", "http://127.0.0.1:9/nowhere");
    const uv = createUltravoxClient({ apiKey: API_KEY, baseUrl: server.origin });
    expect(unwrap(await uv.GET("/api/calls/{call_id}", { params }))).toEqual(CALL);
  });

  it("is checked like baseUrl, and named in the error without its value", () => {
    vi.stubEnv("ULTRAVOX_BASE_URL", "ftp://user:secret@example.com");
    const error = refusal(() => createUltravoxClient({ apiKey: API_KEY }));
    expect(error.parameter).toBe("ULTRAVOX_BASE_URL");
    expect(error.message).not.toContain("secret");
  });

  it("an empty ULTRAVOX_BASE_URL is no setting", () => {
    vi.stubEnv("ULTRAVOX_BASE_URL", "");
    expect(() => createUltravoxClient({ apiKey: API_KEY })).not.toThrow();
  });
});

describe("fetchOptions", () => {
  it("a dispatcher sends every request of the client, redirected ones too", async () => {
    const storage = await startServer((_request, response) => {
      response.writeHead(200, { "content-type": "audio/wav" });
      response.end("RIFF");
    });
    const api = await startServer((request, response) => {
      if (request.url.endsWith("/recording"))
        response.writeHead(302, { location: `${storage.origin}/recording.wav` }).end();
      else json(response, 200, CALL);
    });
    const dispatcher = new CountingAgent();
    const uv = createUltravoxClient({
      apiKey: API_KEY,
      baseUrl: api.origin,
      fetchOptions: { dispatcher },
    });
    unwrap(await uv.GET("/api/calls/{call_id}", { params }));
    const recording = await uv.GET("/api/calls/{call_id}/recording", {
      params,
      parseAs: "text",
    });
    expect(recording.data).toBe("RIFF");
    expect(dispatcher.sent).toEqual([
      "GET /api/calls/c1",
      "GET /api/calls/c1/recording",
      "GET /recording.wav",
    ]);
    // The key stays with the API's origin, whoever carries the request.
    expect(storage.requests[0]!.headers["x-api-key"]).toBeUndefined();
    await dispatcher.close();
  });

  it("a call's own dispatcher takes precedence over the client's", async () => {
    const server = await startServer((_request, response) => json(response, 200, CALL));
    const clients = new CountingAgent();
    const calls = new CountingAgent();
    const uv = createUltravoxClient({
      apiKey: API_KEY,
      baseUrl: server.origin,
      fetchOptions: { dispatcher: clients },
    });
    await uv.GET("/api/calls/{call_id}", { params, dispatcher: calls });
    expect(calls.sent).toHaveLength(1);
    expect(clients.sent).toHaveLength(0);
    await Promise.all([clients.close(), calls.close()]);
  });

  it("fetch's own options are passed on (keepalive, priority)", async () => {
    const server = await startServer((_request, response) => json(response, 200, CALL));
    const uv = createUltravoxClient({
      apiKey: API_KEY,
      baseUrl: server.origin,
      fetchOptions: { keepalive: true, priority: "high" },
    });
    expect(unwrap(await uv.GET("/api/calls/{call_id}", { params }))).toEqual(CALL);
  });

  it.each([
    [{ fetchOptions: "proxy" }, "fetchOptions", /must be an object/],
    [{ fetchOptions: { method: "POST" } }, "fetchOptions.method", /not a fetch option/],
    [{ fetchOptions: { headers: {} } }, "fetchOptions.headers", /not a fetch option/],
    [{ fetchOptions: { signal: null } }, "fetchOptions.signal", /not a fetch option/],
    [{ fetchOptions: { mode: "sideways" } }, "fetchOptions.mode", /not a value fetch takes/],
    [{ fetchOptions: { dispatcher: "http://proxy" } }, "fetchOptions.dispatcher", /Dispatcher/],
  ])("refuses %j", (options, parameter, problem) => {
    const error = refusal(() =>
      createUltravoxClient({ apiKey: API_KEY, ...(options as UltravoxClientOptions) }),
    );
    expect(error.parameter).toBe(parameter);
    expect(error.message).toMatch(problem);
  });

  it("a call's dispatcher that is not an object is refused before sending", async () => {
    const server = await startServer((_request, response) => json(response, 200, CALL));
    const uv = createUltravoxClient({ apiKey: API_KEY, baseUrl: server.origin });
    const call = uv.GET("/api/calls/{call_id}", {
      params,
      dispatcher: "proxy" as unknown as object,
    });
    await expect(call).rejects.toMatchObject({ parameter: "init.dispatcher" });
    expect(server.requests).toHaveLength(0);
  });
});

describe("dangerouslyAllowBrowser", () => {
  const check = (options: UltravoxClientOptions, browser: boolean) =>
    checkClientOptions(
      { apiKey: API_KEY, ...options },
      "X-Unsafe-API-Key",
      () => undefined,
      browser,
    );

  it("the browser build refuses a client without it, saying why", () => {
    const error = refusal(() => check({}, true));
    expect(error.parameter).toBe("dangerouslyAllowBrowser");
    expect(error.message).toMatch(/anyone who opens the page can read the API key/);
    expect(error.message).not.toContain(API_KEY);
    expect(() => check({ dangerouslyAllowBrowser: false }, true)).toThrow(UltravoxParameterError);
  });

  it("the browser build creates a client with it", () => {
    expect(check({ dangerouslyAllowBrowser: true }, true).headers.get("x-unsafe-api-key")).toBe(
      API_KEY,
    );
  });

  it("the server build ignores it, but it must be a boolean", () => {
    expect(() => check({}, false)).not.toThrow();
    expect(() =>
      createUltravoxClient({ apiKey: API_KEY, dangerouslyAllowBrowser: true }),
    ).not.toThrow();
    const error = refusal(() =>
      createUltravoxClient({
        apiKey: API_KEY,
        dangerouslyAllowBrowser: "yes" as unknown as boolean,
      }),
    );
    expect(error.parameter).toBe("dangerouslyAllowBrowser");
  });
});
