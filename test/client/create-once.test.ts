// Create-once, branch by branch: with the simulator's faults, and with a real server on
// 127.0.0.1 that resets, stalls or fails on purpose. Each branch checks what the caller gets,
// what createOnceReport says, how many calls exist, and how many requests it cost.
import type { ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import {
  createOnceReport,
  createUltravoxClient,
  InternalServerError,
  UltravoxConnectionError,
  UltravoxCreateOnceError,
  UltravoxParameterError,
  UltravoxTimeoutError,
  unwrap,
  type RequestInitFor,
} from "ultravox-api";
import { createUltravoxSimulator } from "../../src/testing/index.js";
import {
  clientFor,
  json,
  rejectionOf,
  startServer,
  useServers,
  type RecordedRequest,
} from "../support/server.js";
import { simulated } from "../support/simulator.js";

useServers();

const body = { systemPrompt: "Call the customer back." };
// Short windows keep the tests fast; the lookups' schedule is the same at any length.
const createOnce = { lookupWindowMs: 100 };

describe("create-once with the simulator's faults", () => {
  it("created: the create answered; no extra request; the key is in the call's metadata", async () => {
    const { sim, uv, sent } = simulated();
    const result = await uv.POST("/api/calls", { body, createOnce: { key: "order-1" } });
    const call = unwrap(result);
    expect(call.metadata).toEqual({ createOnceKey: "order-1" });
    expect(createOnceReport(result)).toEqual({
      key: "order-1",
      outcome: "created",
      creates: 1,
      lookups: 0,
    });
    expect(createOnceReport(call)).toBe(createOnceReport(result));
    expect(sent()).toEqual(["POST /api/calls"]);
    expect(sim.stored("Call")).toHaveLength(1);
  });

  it("found after a reset once the server handled the create: one lookup, no second create", async () => {
    const { sim, uv, sent } = simulated();
    sim.fault("POST /api/calls", { drop: "after" });
    const result = await uv.POST("/api/calls", { body, createOnce });
    const call = unwrap(result);
    expect(createOnceReport(call)).toMatchObject({ outcome: "found", creates: 1, lookups: 1 });
    expect(sim.stored("Call")).toEqual([call]);
    expect(sent()).toEqual(["POST /api/calls", "GET /api/calls"]);
    const key = createOnceReport(call)!.key;
    expect(sim.requests[1]!.query.get("metadata.createOnceKey")).toBe(key);
  });

  it("found after a timeout once the request was sent (the server handled it and stalled)", async () => {
    const { sim, uv, sent } = simulated();
    sim.fault("POST /api/calls", { stall: "after" });
    const call = unwrap(await uv.POST("/api/calls", { body, createOnce }));
    expect(createOnceReport(call)).toMatchObject({ outcome: "found", creates: 1, lookups: 1 });
    expect(sim.stored("Call")).toEqual([call]);
    expect(sent()).toEqual(["POST /api/calls", "GET /api/calls"]);
  });

  it("found after a 5xx once the server handled the create", async () => {
    const { sim, uv, sent } = simulated();
    sim.fault("POST /api/calls", { status: 500, when: "after" });
    const call = unwrap(await uv.POST("/api/calls", { body, createOnce }));
    expect(createOnceReport(call)).toMatchObject({ outcome: "found", lookups: 1 });
    expect(sim.stored("Call")).toEqual([call]);
    expect(sent()).toEqual(["POST /api/calls", "GET /api/calls"]);
  });

  it("a 503 before handling is not looked up: the transport retries it, and the result says created", async () => {
    const { sim, uv, sent } = simulated();
    sim.fault("POST /api/calls", { status: 503, retryAfter: 0 });
    const call = unwrap(await uv.POST("/api/calls", { body, createOnce }));
    expect(createOnceReport(call)).toMatchObject({ outcome: "created", creates: 1, lookups: 0 });
    expect(sent()).toEqual(["POST /api/calls", "POST /api/calls"]);
    expect(sim.stored("Call")).toHaveLength(1);
  });

  it("rejected: a 503 on every attempt, or a 400, costs no lookup", async () => {
    const { sim, uv, sent } = simulated();
    sim.fault("POST /api/calls", { status: 503, retryAfter: 0, times: 3 });
    const result = await uv.POST("/api/calls", { body, createOnce });
    expect(result.response.status).toBe(503);
    expect(createOnceReport(result)).toMatchObject({ outcome: "rejected", lookups: 0 });
    sim.fault("POST /api/calls", { status: 400 });
    const invalid = await uv.POST("/api/calls", { body, createOnce });
    expect(createOnceReport(invalid)).toMatchObject({ outcome: "rejected", lookups: 0 });
    expect(sent().filter((line) => line.startsWith("GET"))).toEqual([]);
    expect(sim.stored("Call")).toEqual([]);
  });

  it("recreated: a reset before handling made nothing; after the window the create is sent again", async () => {
    const { sim, uv, sent } = simulated();
    sim.fault("POST /api/calls", { drop: "before" });
    const started = performance.now();
    const call = unwrap(await uv.POST("/api/calls", { body, createOnce }));
    expect(performance.now() - started).toBeGreaterThanOrEqual(100);
    // Lookups at 0 ms and at the end of the 100 ms window (the next wait, 500 ms, is longer).
    expect(createOnceReport(call)).toMatchObject({ outcome: "recreated", creates: 2, lookups: 2 });
    expect(sim.stored("Call")).toEqual([call]);
    expect(sent()).toEqual([
      "POST /api/calls",
      "GET /api/calls",
      "GET /api/calls",
      "POST /api/calls",
    ]);
  });

  it("the lookup itself failing: UltravoxCreateOnceError (lookup_failed), and no second create", async () => {
    const { sim, uv, sent } = simulated();
    sim.fault("POST /api/calls", { drop: "after" });
    sim.fault("GET /api/calls", { status: 500, times: 10 });
    const error = await rejectionOf(
      uv.POST("/api/calls", { body, createOnce: { key: "order-2", lookupWindowMs: 0 } }),
    );
    expect(error).toBeInstanceOf(UltravoxCreateOnceError);
    expect(error).toMatchObject({ reason: "lookup_failed", key: "order-2" });
    expect((error as UltravoxCreateOnceError).createFailure).toBeInstanceOf(
      UltravoxConnectionError,
    );
    expect(error.cause).toBeInstanceOf(InternalServerError);
    expect(error.message).toContain("metadata.createOnceKey=order-2");
    // The lookup is a GET: the transport retried it (maxRetries 2) before create-once gave up.
    expect(sent()).toEqual([
      "POST /api/calls",
      "GET /api/calls",
      "GET /api/calls",
      "GET /api/calls",
    ]);
    expect(sim.stored("Call")).toHaveLength(1);
  });

  it("a listing that lags: the call is found by a later lookup", async () => {
    const { sim, uv } = simulated();
    sim.fault("POST /api/calls", { drop: "after" });
    let lookups = 0;
    sim.on("GET /api/calls", async ({ next }) =>
      ++lookups < 3 ? { results: [], next: null, previous: null, total: 0 } : next(),
    );
    const call = unwrap(
      await uv.POST("/api/calls", { body, createOnce: { lookupWindowMs: 2_000 } }),
    );
    // Lookups at 0, 0.5 s and 1.5 s: the third one sees the call.
    expect(createOnceReport(call)).toMatchObject({ outcome: "found", creates: 1, lookups: 3 });
    expect(sim.stored("Call")).toEqual([call]);
  });

  it("a listing that lags longer than the window: the create is sent again, and two calls carry the key (the stated limit)", async () => {
    const { sim, uv } = simulated();
    sim.fault("POST /api/calls", { drop: "after" });
    let hidden = true;
    sim.on("GET /api/calls", async ({ next }) =>
      hidden ? { results: [], next: null, previous: null, total: 0 } : next(),
    );
    const call = unwrap(await uv.POST("/api/calls", { body, createOnce }));
    expect(createOnceReport(call)).toMatchObject({ outcome: "recreated", creates: 2 });
    hidden = false;
    const key = createOnceReport(call)!.key;
    const both = unwrap(
      await uv.GET("/api/calls", { params: { query: { metadata: { createOnceKey: key } } } }),
    );
    expect(both.total).toBe(2);
  });

  it("not_created: none found and no retry left (maxRetries: 0) after a failure without an answer", async () => {
    const { sim, uv, sent } = simulated();
    sim.fault("POST /api/calls", { drop: "before" });
    const error = await rejectionOf(
      uv.POST("/api/calls", { body, createOnce: { lookupWindowMs: 0 }, maxRetries: 0 }),
    );
    expect(error).toMatchObject({ name: "UltravoxCreateOnceError", reason: "not_created" });
    expect(sent()).toEqual(["POST /api/calls", "GET /api/calls"]);
    expect(sim.stored("Call")).toEqual([]);
  });

  it("a 5xx that made nothing, with no retry left: its result, reported rejected after the lookups", async () => {
    const { sim, uv } = simulated();
    sim.fault("POST /api/calls", { status: 502 });
    const result = await uv.POST("/api/calls", {
      body,
      createOnce: { lookupWindowMs: 0 },
      maxRetries: 0,
    });
    expect(result.response.status).toBe(502);
    expect(createOnceReport(result)).toMatchObject({ outcome: "rejected", lookups: 1 });
  });

  it("a client with retryNonIdempotent: the transport does not resend the create; create-once looks it up", async () => {
    const sim = createUltravoxSimulator({ examples: false });
    const uv = createUltravoxClient({ apiKey: "k", fetch: sim.fetch, retryNonIdempotent: true });
    sim.fault("POST /api/calls", { drop: "after" });
    const call = unwrap(await uv.POST("/api/calls", { body, createOnce }));
    expect(createOnceReport(call)).toMatchObject({ outcome: "found", creates: 1 });
    expect(sim.requestsTo("POST /api/calls")).toHaveLength(1);
    expect(sim.stored("Call")).toEqual([call]);
  });

  it("Create Agent Call: found after a reset, through List Calls", async () => {
    const { sim, uv, sent } = simulated();
    const agent = unwrap(await uv.POST("/api/agents", { body: { name: "sales" } }));
    sim.fault("POST /api/agents/{agent_id}/calls", { drop: "after" });
    const call = unwrap(
      await uv.POST("/api/agents/{agent_id}/calls", {
        params: { path: { agent_id: agent.agentId } },
        body: { templateContext: { customer: "Jane" }, metadata: { team: "sales" } },
        createOnce: true,
      }),
    );
    expect(call.agentId).toBe(agent.agentId);
    expect(call.metadata).toMatchObject({ team: "sales" });
    expect(createOnceReport(call)).toMatchObject({ outcome: "found", lookups: 1 });
    expect(sim.stored("Call")).toEqual([call]);
    expect(sent().slice(1)).toEqual([`POST /api/agents/${agent.agentId}/calls`, "GET /api/calls"]);
  });

  it("the caller's body is left as it is, and the caller's signal ends the lookups", async () => {
    const { sim, uv } = simulated();
    const mine = { systemPrompt: "x", metadata: { team: "a" } };
    await uv.POST("/api/calls", { body: mine, createOnce });
    expect(mine).toEqual({ systemPrompt: "x", metadata: { team: "a" } });
    sim.fault("POST /api/calls", { drop: "before" });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("stop")), 50);
    const error = await rejectionOf(
      uv.POST("/api/calls", {
        body,
        createOnce: { lookupWindowMs: 10_000 },
        signal: controller.signal,
      }),
    );
    expect(error.message).toBe("stop");
  });

  it("options that make no sense are refused before anything is sent", async () => {
    const { uv, sent } = simulated();
    const parameter = async (promise: Promise<unknown>) =>
      ((await rejectionOf(promise)) as UltravoxParameterError).parameter;
    // @ts-expect-error: only Create Call and Create Agent Call take createOnce
    expect(await parameter(uv.GET("/api/calls", { createOnce: true }))).toBe("init.createOnce");
    expect(
      // @ts-expect-error: only Create Call and Create Agent Call take createOnce
      await parameter(uv.POST("/api/agents", { body: { name: "x" }, createOnce: true })),
    ).toBe("init.createOnce");
    // @ts-expect-error: not an option of createOnce
    expect(await parameter(uv.POST("/api/calls", { body, createOnce: { keys: "x" } }))).toBe(
      "init.createOnce.keys",
    );
    expect(await parameter(uv.POST("/api/calls", { body, createOnce: { key: "" } }))).toBe(
      "init.createOnce.key",
    );
    expect(
      await parameter(uv.POST("/api/calls", { body, createOnce: { lookupWindowMs: -1 } })),
    ).toBe("init.createOnce.lookupWindowMs");
    expect(
      await parameter(
        uv.POST("/api/calls", {
          body: { ...body, metadata: { createOnceKey: "other" } },
          createOnce: { key: "mine" },
        }),
      ),
    ).toBe("body.metadata.createOnceKey");
    expect(sent()).toEqual([]);
  });

  it("compiles in an init kept in a variable (satisfies RequestInitFor), and only for the two creates", async () => {
    const { uv } = simulated();
    const init = {
      body: { systemPrompt: "x" },
      createOnce: { key: "k-1", lookupWindowMs: 0 },
    } satisfies RequestInitFor<"/api/calls", "post">;
    expect(createOnceReport(unwrap(await uv.POST("/api/calls", init)))?.key).toBe("k-1");
    const agentInit = {
      params: { path: { agent_id: "a" } },
      body: {},
      createOnce: true,
    } satisfies RequestInitFor<"/api/agents/{agent_id}/calls", "post">;
    expect(agentInit.createOnce).toBe(true);
    // @ts-expect-error: Create Agent takes no createOnce
    const agent: RequestInitFor<"/api/agents", "post"> = { body: { name: "x" }, createOnce: true };
    expect(agent).toBeDefined();
  });

  it("createOnce: false sends the create as usual, unstamped", async () => {
    const { uv } = simulated();
    const result = await uv.POST("/api/calls", { body, createOnce: false });
    expect(unwrap(result).metadata).toEqual({});
    expect(createOnceReport(result)).toBeUndefined();
  });
});

/**
 * A real server on 127.0.0.1 that creates calls (stamped with their metadata), lists them
 * filtered by `metadata.<key>`, and does what `onCreate` says with each create once it is
 * stored: answer 201, reset the connection, stall, or answer a 5xx.
 */
async function callsServer(
  onCreate: (index: number) => "answer" | "reset" | "stall" | 500 | "503 before",
  onList: (index: number) => "answer" | 500 = () => "answer",
) {
  const calls: { callId: string; metadata: Record<string, string> }[] = [];
  let creates = 0;
  let lists = 0;
  const server = await startServer((request: RecordedRequest, response: ServerResponse) => {
    const url = new URL(request.url, "http://127.0.0.1");
    if (request.method === "GET" && url.pathname === "/api/calls") {
      if (onList(lists++) === 500) return json(response, 500, { detail: "listing failed" });
      const wanted = [...url.searchParams].filter(([name]) => name.startsWith("metadata."));
      const results = calls.filter((call) =>
        wanted.every(([name, value]) => call.metadata[name.slice(9)] === value),
      );
      return json(response, 200, { results, next: null, previous: null, total: results.length });
    }
    const what = onCreate(creates++);
    if (what === "503 before")
      return json(response, 503, { detail: "busy" }, { "retry-after": "0" });
    const { metadata } = JSON.parse(request.body) as { metadata: Record<string, string> };
    const call = { callId: `call-${calls.length + 1}`, metadata };
    calls.push(call);
    if (what === "answer") return json(response, 201, call);
    if (what === "reset") return void response.socket?.destroy();
    if (what === 500) return json(response, 500, { detail: "failed after creating" });
    // "stall": never answers; the client's timeout ends the attempt.
  });
  const requests = () =>
    server.requests.map(
      (request) => `${request.method} ${new URL(request.url, "http://x").pathname}`,
    );
  return { server, calls, requests };
}

describe("create-once against a real server on 127.0.0.1", () => {
  it("a reset after the server handled the create: found, one call", async () => {
    const { server, calls, requests } = await callsServer(() => "reset");
    const uv = clientFor(server);
    const call = unwrap(await uv.POST("/api/calls", { body, createOnce }));
    expect(call).toEqual(calls[0]);
    expect(calls).toHaveLength(1);
    expect(createOnceReport(call)).toMatchObject({ outcome: "found", creates: 1, lookups: 1 });
    expect(requests()).toEqual(["POST /api/calls", "GET /api/calls"]);
  });

  it("a timeout after sending (the server handled it and never answered): found, one call", async () => {
    const { server, calls, requests } = await callsServer(() => "stall");
    const uv = clientFor(server, { timeoutMs: 200 });
    const call = unwrap(await uv.POST("/api/calls", { body, createOnce }));
    expect(call).toEqual(calls[0]);
    expect(calls).toHaveLength(1);
    expect(requests()).toEqual(["POST /api/calls", "GET /api/calls"]);
  });

  it("without create-once, the same timeout throws and the caller cannot tell", async () => {
    const { server, calls } = await callsServer(() => "stall");
    const uv = clientFor(server, { timeoutMs: 200 });
    const error = await rejectionOf(uv.POST("/api/calls", { body }));
    expect(error).toBeInstanceOf(UltravoxTimeoutError);
    expect(calls).toHaveLength(1);
  });

  it("a 5xx after the server handled the create: found, one call", async () => {
    const { server, calls, requests } = await callsServer(() => 500);
    const call = unwrap(await clientFor(server).POST("/api/calls", { body, createOnce }));
    expect(call).toEqual(calls[0]);
    expect(requests()).toEqual(["POST /api/calls", "GET /api/calls"]);
  });

  it("a 503 before handling: retried by the transport, no lookup, one call", async () => {
    const { server, calls, requests } = await callsServer((index) =>
      index === 0 ? "503 before" : "answer",
    );
    const call = unwrap(await clientFor(server).POST("/api/calls", { body, createOnce }));
    expect(call).toEqual(calls[0]);
    expect(createOnceReport(call)).toMatchObject({ outcome: "created", lookups: 0 });
    expect(requests()).toEqual(["POST /api/calls", "POST /api/calls"]);
  });

  it("the lookup itself failing: UltravoxCreateOnceError, and the one call is not duplicated", async () => {
    const { server, calls, requests } = await callsServer(
      () => "reset",
      () => 500,
    );
    const uv = clientFor(server, { maxRetries: 0 });
    const error = await rejectionOf(
      uv.POST("/api/calls", { body, createOnce: { lookupWindowMs: 0 } }),
    );
    expect(error).toMatchObject({ name: "UltravoxCreateOnceError", reason: "lookup_failed" });
    expect((error as UltravoxCreateOnceError).key).toBe(calls[0]!.metadata["createOnceKey"]);
    expect(calls).toHaveLength(1);
    expect(requests()).toEqual(["POST /api/calls", "GET /api/calls"]);
  });

  it("a lookup that fails at first and then answers: found", async () => {
    const { server, calls } = await callsServer(
      () => "reset",
      (index) => (index === 0 ? 500 : "answer"),
    );
    const uv = clientFor(server, { maxRetries: 0 });
    const call = unwrap(await uv.POST("/api/calls", { body, createOnce: { lookupWindowMs: 600 } }));
    expect(call).toEqual(calls[0]);
    expect(createOnceReport(call)).toMatchObject({ outcome: "found", lookups: 2 });
  });
});
