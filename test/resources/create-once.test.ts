// Create-once through resource methods: `uv.calls.create(body, { createOnce })` and
// `uv.agents.calls.create(agentId, body, { createOnce })` take the option the path-style
// client takes, send through the same layer, and only those two methods accept it.
import { describe, expect, it } from "vitest";
import { createOnceReport, UltravoxParameterError, type CallOptions } from "ultravox-api";
import { rejectionOf, useServers } from "../support/server.js";
import { simulated } from "../support/simulator.js";

useServers();

const body = { systemPrompt: "Call the customer back." };

describe("create-once through resource methods", () => {
  it("uv.calls.create: the key is stamped; the answer is the call; the report is on it", async () => {
    const { sim, uv, sent } = simulated();
    const call = await uv.calls.create(body, { createOnce: { key: "order-1" } });
    expect(call.metadata).toEqual({ createOnceKey: "order-1" });
    expect(createOnceReport(call)).toEqual({
      key: "order-1",
      outcome: "created",
      creates: 1,
      lookups: 0,
    });
    expect(sent()).toEqual(["POST /api/calls"]);
    expect(sim.stored("Call")).toEqual([call]);
  });

  it("uv.calls.create: a lost answer is looked up by the key, not created twice", async () => {
    const { sim, uv, sent } = simulated();
    sim.fault("POST /api/calls", { drop: "after" });
    const { data: call, response } = await uv.calls
      .create(body, { createOnce: { key: "order-2", lookupWindowMs: 100 } })
      .withResponse();
    expect(createOnceReport(call)).toMatchObject({ outcome: "found", creates: 1, lookups: 1 });
    expect(createOnceReport(response)).toBe(createOnceReport(call));
    expect(sim.stored("Call")).toEqual([call]);
    expect(sent()).toEqual(["POST /api/calls", "GET /api/calls"]);
    expect(sim.requests[1]!.query.get("metadata.createOnceKey")).toBe("order-2");
  });

  it("uv.agents.calls.create: createOnce: true beside a query; found after a reset", async () => {
    const { sim, uv, sent } = simulated();
    const agent = await uv.agents.create({ name: "sales" });
    sim.fault("POST /api/agents/{agent_id}/calls", { drop: "after" });
    const call = await uv.agents.calls.create(
      agent.agentId,
      { templateContext: { customer: "Jane" }, metadata: { team: "sales" } },
      { createOnce: true, query: { throttle: "outbound" } },
    );
    expect(call.agentId).toBe(agent.agentId);
    expect(call.metadata).toMatchObject({ team: "sales" });
    expect(createOnceReport(call)).toMatchObject({ outcome: "found", lookups: 1 });
    expect(sim.stored("Call")).toEqual([call]);
    expect(sent().slice(1)).toEqual([`POST /api/agents/${agent.agentId}/calls`, "GET /api/calls"]);
    expect(sim.requests[1]!.query.get("throttle")).toBe("outbound");
  });

  it("without createOnce a resource create carries no key and has no report", async () => {
    const { uv } = simulated();
    const call = await uv.calls.create(body);
    expect(call.metadata ?? {}).toEqual({});
    expect(createOnceReport(call)).toBeUndefined();
  });

  it("other methods refuse createOnce, in types and at run time, before sending", async () => {
    const { uv, sent } = simulated();
    const parameter = async (promise: Promise<unknown>) =>
      ((await rejectionOf(promise)) as UltravoxParameterError).parameter;
    // @ts-expect-error: only Create Call and Create Agent Call take createOnce
    expect(await parameter(uv.calls.get("c1", { createOnce: true }))).toBe("init.createOnce");
    // @ts-expect-error: only Create Call and Create Agent Call take createOnce
    expect(await parameter(uv.agents.create({ name: "x" }, { createOnce: true }))).toBe(
      "init.createOnce",
    );
    expect(
      // @ts-expect-error: `kye` is not an option of createOnce
      await parameter(uv.calls.create(body, { createOnce: { kye: "k" } })),
    ).toBe("init.createOnce.kye");
    expect(sent()).toEqual([]);
  });

  it("options kept in a variable compile with createOnce for a create", () => {
    const options = { createOnce: { key: "order-3" }, maxRetries: 1 } as const;
    const { uv } = simulated();
    const typed = () => uv.calls.create(body, options);
    expect(typeof typed).toBe("function");
    // CallOptions, shared by every method, does not carry it.
    // @ts-expect-error: createOnce is an option of the two creates only
    const shared: CallOptions = { createOnce: true };
    expect(shared).toBeDefined();
  });
});
