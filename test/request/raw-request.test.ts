// The escape hatch, `uv.request(method, path, init)`, against real servers: a path the spec
// does not have, or one built at run time, sent through the typed methods' transport, with
// each value of a segment list kept in its own segment.
import { describe, expect, it } from "vitest";
import {
  InternalServerError,
  NotFoundError,
  UltravoxParameterError,
  UltravoxTimeoutError,
  unwrap,
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

const echo = () =>
  startServer((request, response) =>
    json(response, 200, { method: request.method, url: request.url }),
  );

describe("uv.request", () => {
  it("a catch-all proxy: the caller's path, split into segments, each encoded into one", async () => {
    const server = await echo();
    const rest = "7b1f0f5c/scheduled_batches/x y ü";
    const result = await clientFor(server).request("GET", ["api", "agents", ...rest.split("/")], {
      params: { query: { pageSize: 5, agentIds: ["a", "b"] } },
    });
    expect(unwrap(result)).toEqual({
      method: "GET",
      url: "/api/agents/7b1f0f5c/scheduled_batches/x%20y%20%C3%BC?pageSize=5&agentIds=a&agentIds=b",
    });
    expect(server.requests[0]?.headers["x-api-key"]).toBe(API_KEY);
  });

  it("a path the spec does not have, as a template with params.path, with a JSON body", async () => {
    const server = await echo();
    const data = unwrap(
      await clientFor(server).request("POST", "/api/agents/{agent_id}/new_thing", {
        params: { path: { agent_id: "a 1" } },
        body: { note: "hi", count: 2 },
      }),
    );
    expect(data).toEqual({ method: "POST", url: "/api/agents/a%201/new_thing" });
    expect(JSON.parse(server.requests[0]!.body)).toEqual({ note: "hi", count: 2 });
    expect(server.requests[0]?.headers["content-type"]).toBe("application/json");
  });

  it("no value can change the route: dot segments, slashes and empty segments are refused unsent", async () => {
    const server = await echo();
    const uv = clientFor(server);
    const refusals: [Promise<unknown>, string, string][] = [
      [uv.request("GET", ["api", "agents", ".."]), "path[2]", "would change the route"],
      [uv.request("DELETE", ["api", "calls", "a/b"]), "path[2]", "would change the route"],
      [uv.request("GET", ["api", "calls", ""]), "path[2]", "is empty"],
      [uv.request("GET", ["api", "calls", "\ud800"]), "path[2]", "unpaired UTF-16 surrogate"],
      [uv.request("GET", []), "path", "has no segment"],
      [uv.request("GET", "/api/calls/../accounts/me"), "path", "is not an API path"],
      [uv.request("GET", "https://evil.example/api/calls"), "path", "is not an API path"],
      [
        uv.request("GET", ["api", "calls"], { params: { path: { call_id: "x" } } }),
        "params.path",
        "cannot be given with segments",
      ],
      [
        uv.request("TRACE" as "GET", ["api", "calls"]),
        "method",
        "must be one of GET, POST, PUT, PATCH, DELETE",
      ],
      [uv.request("GET", ["api", "calls"], { body: {} }), "init.body", "a GET sends no body"],
    ];
    for (const [call, parameter, problem] of refusals) {
      const error = await rejectionOf(call);
      expect(error).toBeInstanceOf(UltravoxParameterError);
      expect((error as UltravoxParameterError).parameter).toBe(parameter);
      expect(error.message).toContain(problem);
    }
    expect(server.requests).toEqual([]);
  });

  it("the same transport: typed errors by status, the key redacted, GET retried, POST not", async () => {
    const server = await startServer((request, response) =>
      request.url.startsWith("/api/missing")
        ? json(response, 404, { detail: `no such thing for ${API_KEY}` })
        : json(response, 500, { detail: "boom" }),
    );
    const uv = clientFor(server, { maxRetries: 1 });
    const missing = await rejectionOf(uv.request("GET", ["api", "missing"]).then(unwrap));
    expect(missing).toBeInstanceOf(NotFoundError);
    expect(missing.message).not.toContain(API_KEY);
    const failing = await uv.request("GET", ["api", "flaky"]);
    expect(() => unwrap(failing)).toThrow(InternalServerError);
    expect(server.requests.filter((request) => request.url === "/api/flaky")).toHaveLength(2);
    await uv.request("POST", ["api", "flaky", "create"], { body: {} });
    expect(server.requests.filter((request) => request.url === "/api/flaky/create")).toHaveLength(
      1,
    );
  });

  it("times out like a typed call", async () => {
    const server = await startServer(() => {});
    const error = await rejectionOf(
      clientFor(server, { maxRetries: 0 }).request("GET", ["api", "slow"], { timeoutMs: 50 }),
    );
    expect(error).toBeInstanceOf(UltravoxTimeoutError);
    expect(error.message).toContain("GET /api/slow");
  });

  it("parseAs gives the body as asked", async () => {
    const server = await echo();
    const { data } = await clientFor(server).request("GET", ["api", "calls"], { parseAs: "text" });
    expect(data).toBe('{"method":"GET","url":"/api/calls"}');
  });
});
