// Read, change, send back: `toRequestSchema` against a real server, and the copy it makes.
import { describe, expect, it } from "vitest";
import { toRequestSchema, UltravoxParameterError, unwrap, type Schema } from "../../src/index.js";
import { readOnlyPlans } from "../../generated/read-only-plans.js";
import { clientFor, json, startServer, useServers } from "../support/server.js";

useServers();

const TOOL = {
  toolId: "5e8d3a1c-7b2f-4c9e-a6d1-0f3b2c4d5e6f",
  name: "lookupOrder",
  created: "2025-06-02T09:10:11.482913Z",
  ownership: "private",
  definition: {
    modelToolName: "lookupOrder",
    description: "Looks up an order.",
    dynamicParameters: [
      { name: "orderNumber", location: "PARAMETER_LOCATION_BODY", schema: { type: "string" } },
    ],
    http: { baseUrlPattern: "https://example.com/orders", httpMethod: "POST" },
  },
};

const AGENT = {
  agentId: "7b1f0f5c-4d3a-4f0e-9a7d-2c51e8b6a9d4",
  name: "support",
  created: "2025-06-02T09:10:11.482913Z",
  callTemplate: {
    systemPrompt: "Help the caller.",
    created: "2025-06-02T09:10:11.482913Z",
    updated: "2025-06-03T09:10:11.482913Z",
    selectedTools: [{ toolName: "hangUp" }],
  },
};

describe("toRequestSchema", () => {
  it("a tool read with GET, changed and sent back with PUT: the body has no read-only key", async () => {
    const server = await startServer((request, response) =>
      json(response, 200, request.method === "GET" ? TOOL : JSON.parse(request.body)),
    );
    const uv = clientFor(server);
    const params = { path: { tool_id: TOOL.toolId } };
    const tool = unwrap(await uv.GET("/api/tools/{tool_id}", { params }));
    const body = toRequestSchema("Tool", tool);
    body.definition.description = "Looks up an order by its number.";
    unwrap(await uv.PUT("/api/tools/{tool_id}", { params, body }));
    const sent = JSON.parse(server.requests[1]!.body);
    expect(sent).toEqual({
      name: "lookupOrder",
      definition: { ...TOOL.definition, description: "Looks up an order by its number." },
    });
    expect(tool.definition.description).toBe("Looks up an order.");
  });

  it("drops read-only keys at every depth (an agent's call template), and copies deeply", () => {
    const agent = structuredClone(AGENT) as Schema<"Agent">;
    const body = toRequestSchema("Agent", agent);
    expect(body).toEqual({
      name: "support",
      callTemplate: { systemPrompt: "Help the caller.", selectedTools: [{ toolName: "hangUp" }] },
    });
    expect(body.callTemplate).not.toBe(agent.callTemplate);
    expect(body.callTemplate?.selectedTools).not.toBe(agent.callTemplate?.selectedTools);
    expect(agent).toEqual(AGENT);
  });

  it("walks pages and arrays, and keeps keys the spec does not name as they are", () => {
    const page = { results: [AGENT, AGENT], next: null, extra: { created: "kept" } };
    const body = toRequestSchema("AgentPage", page as never) as unknown as typeof page;
    expect(body.results.map((agent) => Object.keys(agent))).toEqual([
      ["name", "callTemplate"],
      ["name", "callTemplate"],
    ]);
    expect(body.extra).toEqual({ created: "kept" });
  });

  it("a `__proto__` key from JSON stays a plain key of the copy", () => {
    const value = JSON.parse('{ "name": "x", "__proto__": { "polluted": true } }');
    const body = toRequestSchema("CorpusRequest", value) as Record<string, unknown>;
    expect(Object.getPrototypeOf(body)).toBe(Object.prototype);
    expect(Object.hasOwn(body, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("refuses a name that is no schema's, and a value that contains itself", () => {
    const refusal = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error as UltravoxParameterError;
      }
      throw new Error("expected a refusal");
    };
    const name = refusal(() => toRequestSchema("Tol" as "Tool", TOOL as never));
    expect(name).toBeInstanceOf(UltravoxParameterError);
    expect([name.parameter, name.message]).toEqual([
      "name",
      'name is not the name of a schema of the API, such as "Tool" (hover a value to see its type)',
    ]);
    const looped: Record<string, unknown> = { name: "x" };
    looped["callTemplate"] = { selectedTools: [looped] };
    const loop = refusal(() => toRequestSchema("Agent", looped as never));
    expect(loop.parameter).toBe("value.callTemplate.selectedTools[0]");
  });

  it("the generated plans know every schema, and the tool's read-only keys", () => {
    expect(readOnlyPlans.Tool).toEqual({ drop: ["created", "ownership", "toolId"] });
    expect(readOnlyPlans.CallDefinition).toBe(0);
    expect(Object.keys(readOnlyPlans)).toContain("WebhookRequest");
  });
});
