// ultravox-api/testing's simulator through the client, as users test with it: every operation
// of the spec answered from its examples, what a test creates read back, listed and deleted,
// typed overrides, faults, the requests received.
import { describe, expect, it } from "vitest";
import {
  AuthenticationError,
  createUltravoxClient,
  NotFoundError,
  paginate,
  pages,
  RateLimitError,
  UltravoxConnectionError,
  UltravoxMalformedResponseError,
  UltravoxParameterError,
  UltravoxTimeoutError,
  unwrap,
  type Schema,
} from "ultravox-api";
import { createUltravoxSimulator, type UltravoxSimulatorOptions } from "../../src/testing/index.js";
import { validRequests, type ContractRequest, type LooseClient } from "../contract/requests.js";
import { listOperations, responseSchema, validate } from "../spec/spec.js";
import { rejectionOf } from "../support/server.js";

const EXAMPLE_CALL_ID = "3c90c3cc-0d44-4b50-8888-8dd25736052a";
const EXAMPLE_AGENT_ID = "7b1f0f5c-4d3a-4f0e-9a7d-2c51e8b6a9d4";

function simulated(options: UltravoxSimulatorOptions = {}) {
  const sim = createUltravoxSimulator(options);
  const uv = createUltravoxClient({ apiKey: "test-key", fetch: sim.fetch, maxRetries: 0 });
  return { sim, uv };
}

describe("every operation of the spec, answered from its examples", () => {
  const requests = validRequests();

  it("walks all 100 operations", () => {
    const operations = listOperations().map(({ operation }) => operation.operationId);
    expect(operations).toHaveLength(100);
    expect(new Set(requests.map((request) => request.operationId))).toEqual(new Set(operations));
  });

  it.each(requests.map((request): [string, ContractRequest] => [request.name, request]))(
    "%s",
    async (_name, request) => {
      const { sim, uv } = simulated();
      const client = uv as unknown as LooseClient;
      const { data, response } = await client[request.method](request.path, request.init);
      expect(response.status).toBe(request.status);
      if (request.mediaType === "application/json")
        expect(validate(responseSchema(request.operationId) as object, data)).toEqual([]);
      else if (request.mediaType?.startsWith("audio/"))
        expect(response.headers.get("content-type")).toBe("audio/wav");
      else if (request.mediaType === undefined) expect(data).toBeUndefined();
      const [received] = sim.requests;
      expect(received?.operation).toBe(`${request.method} ${request.path}`);
      expect(received?.outcome).toBe(request.status);
    },
  );

  it("a read answers the spec's example as given", async () => {
    const { uv } = simulated();
    const call = unwrap(
      await uv.GET("/api/calls/{call_id}", { params: { path: { call_id: EXAMPLE_CALL_ID } } }),
    );
    expect(call.callId).toBe(EXAMPLE_CALL_ID);
    expect(call.systemPrompt).toBe("You are a helpful assistant.");
    const account = unwrap(await uv.GET("/api/accounts/me"));
    expect(validate(responseSchema("getAccount") as object, account)).toEqual([]);
  });
});

describe("resources a test creates", () => {
  it("calls: created from the body, read back, found by metadata, deleted", async () => {
    const { sim, uv } = simulated();
    const body = { systemPrompt: "Be brief.", metadata: { ticket: "T-1" } };
    const created = await uv.POST("/api/calls", { body });
    expect(created.response.status).toBe(201);
    const call = unwrap(created);
    expect(call).toMatchObject(body);
    expect(call.callId).not.toBe(EXAMPLE_CALL_ID);
    expect(call.joinUrl).toContain(call.callId);
    const path = { call_id: call.callId };
    expect(unwrap(await uv.GET("/api/calls/{call_id}", { params: { path } }))).toEqual(call);
    const found = unwrap(
      await uv.GET("/api/calls", { params: { query: { metadata: { ticket: "T-1" } } } }),
    );
    expect(found).toEqual({ results: [call], next: null, previous: null, total: 1 });
    expect(sim.stored("Call").filter((stored) => stored.callId === call.callId)).toEqual([call]);
    expect((await uv.DELETE("/api/calls/{call_id}", { params: { path } })).response.status).toBe(
      204,
    );
    const gone = await uv.GET("/api/calls/{call_id}", { params: { path } });
    expect(() => unwrap(gone)).toThrow(NotFoundError);
    const calls = unwrap(await uv.GET("/api/calls"));
    expect(calls.results.map((listed) => listed.callId)).not.toContain(call.callId);
  });

  it.each([
    ["/api/agents", "agent_id", "agentId", { name: "support" }],
    ["/api/tools", "tool_id", "toolId", { name: "lookup", definition: { modelToolName: "x" } }],
    ["/api/corpora", "corpus_id", "corpusId", { name: "faq" }],
    ["/api/webhooks", "webhook_id", "webhookId", { url: "https://example.com/hook" }],
  ] as const)("%s: created, read back, listed and deleted", async (path, param, id, body) => {
    const { uv } = simulated({ examples: false });
    const client = uv as unknown as LooseClient;
    const empty = { params: { path: {}, query: {} } };
    const created = unwrap(await client.POST(path, { ...empty, body })) as Record<string, unknown>;
    expect(created).toMatchObject(body);
    const itemPath = `${path}/{${param}}`;
    const params = { path: { [param]: created[id] }, query: {} };
    expect(unwrap(await client.GET(itemPath, { params }))).toEqual(created);
    expect(unwrap(await client.GET(path, empty))).toEqual({
      results: [created],
      next: null,
      previous: null,
      total: 1,
    });
    expect((await client.DELETE(itemPath, { params })).response.status).toBe(204);
    expect((await client.GET(itemPath, { params })).response.status).toBe(404);
    expect(unwrap(await client.GET(path, empty))).toMatchObject({ results: [], total: 0 });
  });

  it("agents: PATCH changes the fields given", async () => {
    const { uv } = simulated();
    const path = { agent_id: EXAMPLE_AGENT_ID };
    const agent = unwrap(
      await uv.PATCH("/api/agents/{agent_id}", { params: { path }, body: { name: "renamed" } }),
    );
    expect(agent.name).toBe("renamed");
    expect(unwrap(await uv.GET("/api/agents/{agent_id}", { params: { path } })).name).toBe(
      "renamed",
    );
  });

  it("lists page as the API does: { results, next, previous, total } with cursor links", async () => {
    const { uv } = simulated({ examples: false, pageSize: 2 });
    for (const n of [1, 2, 3, 4, 5])
      await uv.POST("/api/calls", { body: { systemPrompt: `call ${n}` } });
    const first = unwrap(await uv.GET("/api/calls"));
    expect(first.results).toHaveLength(2);
    expect(first.total).toBe(5);
    expect(first.previous).toBeNull();
    const next = new URL(first.next!);
    expect(next.origin + next.pathname).toBe("https://api.ultravox.ai/api/calls");
    expect(next.searchParams.get("cursor")).toBeTruthy();
    const prompts = [];
    for await (const call of paginate(uv, "/api/calls")) prompts.push(call.systemPrompt);
    expect(prompts).toEqual(["call 1", "call 2", "call 3", "call 4", "call 5"]);
    const sizes = [];
    for await (const page of pages(uv, "/api/calls", { params: { query: { pageSize: 3 } } }))
      sizes.push(page.results.length);
    expect(sizes).toEqual([3, 2]);
    const last = unwrap(
      await uv.GET("/api/calls", {
        params: { query: { cursor: next.searchParams.get("cursor")! } },
      }),
    );
    expect(last.previous).toMatch(/cursor=/);
    const invalid = await uv.GET("/api/calls", { params: { query: { cursor: "nonsense" } } });
    expect(invalid.response.status).toBe(400);
  });

  it("an agent's calls: created under the agent, listed there, and 404 for an agent that does not exist", async () => {
    const { uv } = simulated();
    const agent = unwrap(await uv.POST("/api/agents", { body: { name: "sales" } }));
    const path = { agent_id: agent.agentId };
    const call = unwrap(
      await uv.POST("/api/agents/{agent_id}/calls", { params: { path }, body: {} }),
    );
    expect(call.agentId).toBe(agent.agentId);
    const listed = unwrap(await uv.GET("/api/agents/{agent_id}/calls", { params: { path } }));
    expect(listed.results.map((item) => item.callId)).toEqual([call.callId]);
    const byFilter = unwrap(
      await uv.GET("/api/calls", { params: { query: { agentIds: [agent.agentId] } } }),
    );
    expect(byFilter.results).toEqual([call]);
    const missing = { agent_id: "00000000-0000-4000-8000-000000000000" };
    const result = await uv.POST("/api/agents/{agent_id}/calls", {
      params: { path: missing },
      body: {},
    });
    expect(result.response.status).toBe(404);
    const messages = await uv.GET("/api/calls/{call_id}/messages", {
      params: { path: { call_id: missing.agent_id } },
    });
    expect(messages.response.status).toBe(404);
  });

  it("examples: false starts empty; reset() goes back to the start", async () => {
    const { sim, uv } = simulated({ examples: false });
    expect(unwrap(await uv.GET("/api/calls")).results).toEqual([]);
    const example = await uv.GET("/api/calls/{call_id}", {
      params: { path: { call_id: EXAMPLE_CALL_ID } },
    });
    expect(example.response.status).toBe(404);
    await uv.POST("/api/calls", { body: { systemPrompt: "x" } });
    expect(sim.stored("Call")).toHaveLength(1);
    sim.reset();
    expect(sim.stored("Call")).toEqual([]);
    expect(sim.requests).toEqual([]);
  });

  it("newId makes the IDs", async () => {
    let n = 0;
    const { uv } = simulated({ newId: () => `id-${++n}` });
    expect(unwrap(await uv.POST("/api/calls", { body: { systemPrompt: "x" } })).callId).toBe(
      "id-1",
    );
  });
});

describe("requests the API would refuse", () => {
  it("no API key, or another than apiKey: 401", async () => {
    const sim = createUltravoxSimulator({ apiKey: "right" });
    const wrong = createUltravoxClient({ apiKey: "wrong", fetch: sim.fetch });
    const wrongResult = await wrong.GET("/api/calls");
    expect(() => unwrap(wrongResult)).toThrow(AuthenticationError);
    const none = await sim.fetch("https://api.ultravox.ai/api/calls");
    expect(none.status).toBe(401);
    expect(await none.json()).toEqual({ detail: "Authentication credentials were not provided." });
    const right = createUltravoxClient({ apiKey: "right", fetch: sim.fetch });
    expect((await right.GET("/api/calls")).response.status).toBe(200);
  });

  it("a path the API does not have: 404; a method it does not take there: 405", async () => {
    const { sim } = simulated();
    const headers = { "x-api-key": "k" };
    expect((await sim.fetch("https://x.test/api/nothing", { headers })).status).toBe(404);
    const put = await sim.fetch("https://x.test/api/calls", { method: "PUT", headers });
    expect(put.status).toBe(405);
    expect(sim.requests.map((request) => request.operation)).toEqual([undefined, undefined]);
  });
});

describe("typed overrides", () => {
  it("a handler gets the typed body and returns a typed answer, a status or a Response", async () => {
    const { sim, uv } = simulated();
    const remove = sim.on("POST /api/calls", async ({ body, next, query }) => {
      if (body.systemPrompt === "busy") return 429;
      if (body.systemPrompt === "raw") return Response.json({ detail: "teapot" }, { status: 418 });
      expect(query.get("enableGreetingPrompt")).toBe("false");
      const call = await next();
      return { ...call, joinUrl: `wss://example.test/${call.callId}` };
    });
    const call = unwrap(
      await uv.POST("/api/calls", {
        params: { query: { enableGreetingPrompt: false } },
        body: { systemPrompt: "hi" },
      }),
    );
    expect(call.joinUrl).toBe(`wss://example.test/${call.callId}`);
    expect(sim.stored("Call").some((stored) => stored.callId === call.callId)).toBe(true);
    const busy = await uv.POST("/api/calls", { body: { systemPrompt: "busy" } });
    expect(() => unwrap(busy)).toThrow(RateLimitError);
    expect(await rejectionOf(Promise.resolve().then(() => unwrap(busy)))).toMatchObject({
      body: { detail: "Request was throttled. Expected available in 1 second." },
    });
    const raw = await uv.POST("/api/calls", { body: { systemPrompt: "raw" } });
    expect(raw.response.status).toBe(418);
    remove();
    expect((await uv.POST("/api/calls", { body: { systemPrompt: "busy" } })).response.status).toBe(
      201,
    );
  });

  it("handlers are checked against the spec's types", () => {
    const sim = createUltravoxSimulator();
    sim.on("GET /api/calls/{call_id}", ({ path }) => ({
      ...sim.stored("Call")[0]!,
      callId: path.call_id,
    }));
    sim.on("POST /api/agents", ({ body }) => {
      const name: string | undefined = body.name;
      // @ts-expect-error: Create Agent has no `systemPrompt` at the top of its body
      void body.systemPrompt;
      return 400 + (name ? 0 : 4);
    });
    // @ts-expect-error: a Call has no `callID`; the answer must be a Call
    sim.on("GET /api/calls/{call_id}", () => ({ callID: "x" }));
    // @ts-expect-error: not an operation of the spec
    expect(() => sim.on("GET /api/call", () => 200)).toThrow(UltravoxParameterError);
    const answer: Schema<"Call"> | undefined = undefined;
    expect(answer).toBeUndefined();
  });
});

describe("faults on demand", () => {
  const callPath = { params: { path: { call_id: EXAMPLE_CALL_ID } } };

  it("a status with Retry-After: the client waits and retries", async () => {
    const sim = createUltravoxSimulator();
    const uv = createUltravoxClient({ apiKey: "k", fetch: sim.fetch });
    sim.fault("GET /api/calls/{call_id}", { status: 503, retryAfter: 0, times: 2 });
    expect(unwrap(await uv.GET("/api/calls/{call_id}", callPath)).callId).toBe(EXAMPLE_CALL_ID);
    expect(sim.requests.map((request) => request.outcome)).toEqual([503, 503, 200]);
    sim.fault("GET /api/calls/{call_id}", { status: 429, retryAfter: 120 });
    const limited = await uv.GET("/api/calls/{call_id}", callPath);
    expect(limited.response.headers.get("retry-after")).toBe("120");
    const error = await rejectionOf(Promise.resolve().then(() => unwrap(limited)));
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(120_000);
  });

  it("a dropped connection before handling creates nothing; after handling, the call exists", async () => {
    const { sim, uv } = simulated({ examples: false });
    sim.fault("POST /api/calls", { drop: "before" });
    sim.fault("POST /api/calls", { drop: "after" });
    for (const _ of [1, 2]) {
      const error = await rejectionOf(uv.POST("/api/calls", { body: { systemPrompt: "x" } }));
      expect(error).toBeInstanceOf(UltravoxConnectionError);
    }
    expect(sim.stored("Call")).toHaveLength(1);
    expect(sim.requests.map((request) => request.outcome)).toEqual(["dropped", "dropped"]);
  });

  it("a refused connection: the request never left, so the client sends a POST again", async () => {
    const sim = createUltravoxSimulator({ examples: false });
    const uv = createUltravoxClient({ apiKey: "k", fetch: sim.fetch });
    sim.fault("POST /api/calls", { refuse: true });
    unwrap(await uv.POST("/api/calls", { body: { systemPrompt: "x" } }));
    expect(sim.requests.map((request) => request.outcome)).toEqual(["refused", 201]);
    expect(sim.stored("Call")).toHaveLength(1);
  });

  it("a stall: the attempt times out (and a GET is retried); a stall of ms answers late", async () => {
    const sim = createUltravoxSimulator();
    const uv = createUltravoxClient({ apiKey: "k", fetch: sim.fetch, timeoutMs: 50 });
    sim.fault("GET /api/calls/{call_id}", { stall: "before" });
    expect(unwrap(await uv.GET("/api/calls/{call_id}", callPath)).callId).toBe(EXAMPLE_CALL_ID);
    expect(sim.requests.map((request) => request.outcome)).toEqual(["aborted", 200]);
    sim.fault("POST /api/calls", { stall: "after" });
    const error = await rejectionOf(uv.POST("/api/calls", { body: { systemPrompt: "late" } }));
    expect(error).toBeInstanceOf(UltravoxTimeoutError);
    expect(sim.stored("Call").filter((call) => call.systemPrompt === "late")).toHaveLength(1);
    sim.fault("GET /api/calls/{call_id}", { stall: "before", ms: 10 });
    expect((await uv.GET("/api/calls/{call_id}", callPath)).response.status).toBe(200);
  });

  it("a stalled body times out while the body is read", async () => {
    const sim = createUltravoxSimulator();
    const uv = createUltravoxClient({ apiKey: "k", fetch: sim.fetch, timeoutMs: 50 });
    sim.fault("GET /api/calls/{call_id}", { stall: "body" });
    const error = await rejectionOf(uv.GET("/api/calls/{call_id}", { ...callPath, maxRetries: 0 }));
    expect(error).toBeInstanceOf(UltravoxTimeoutError);
    sim.fault("GET /api/calls/{call_id}", { stall: "body", ms: 5 });
    expect(unwrap(await uv.GET("/api/calls/{call_id}", callPath)).callId).toBe(EXAMPLE_CALL_ID);
  });

  it("a malformed body: UltravoxMalformedResponseError, after the request was handled", async () => {
    const { sim, uv } = simulated({ examples: false });
    sim.fault("POST /api/calls", { malformed: true });
    const error = await rejectionOf(uv.POST("/api/calls", { body: { systemPrompt: "x" } }));
    expect(error).toBeInstanceOf(UltravoxMalformedResponseError);
    expect(sim.stored("Call")).toHaveLength(1);
  });

  it("a fault that makes no sense is refused, naming what is wrong", () => {
    const sim = createUltravoxSimulator();
    const refused = (fault: unknown) => {
      try {
        sim.fault("GET /api/calls", fault as never);
      } catch (error) {
        return (error as UltravoxParameterError).parameter;
      }
      return undefined;
    };
    expect(refused({})).toBe("fault");
    expect(refused({ drop: "before", refuse: true })).toBe("fault");
    expect(refused({ status: 200 })).toBe("fault.status");
    expect(refused({ drop: "later" })).toBe("fault.drop");
    expect(refused({ stall: "body", ms: -1 })).toBe("fault.ms");
    expect(refused({ malformed: true, times: 0 })).toBe("fault.times");
    // @ts-expect-error: one kind per fault
    expect(() => sim.fault("GET /api/calls", { drop: "before", malformed: true })).toThrow();
  });
});

describe("the requests received", () => {
  it("are recorded with their operation, parameters, headers, body and outcome", async () => {
    const { sim, uv } = simulated();
    await uv.POST("/api/agents/{agent_id}/calls", {
      params: { path: { agent_id: EXAMPLE_AGENT_ID } },
      body: { templateContext: { customer: "Jane" } },
    });
    const [request] = sim.requestsTo("POST /api/agents/{agent_id}/calls");
    expect(request).toMatchObject({
      method: "POST",
      path: { agent_id: EXAMPLE_AGENT_ID },
      body: { templateContext: { customer: "Jane" } },
      outcome: 201,
    });
    expect(request!.headers.get("x-api-key")).toBe("test-key");
    const customer: unknown = request!.body?.templateContext?.["customer"];
    expect(customer).toBe("Jane");
    expect(sim.requestsTo("GET /api/calls")).toEqual([]);
  });
});
