// Runs examples/configs.ts, read-modify-write.ts and catch-all-proxy.ts against real HTTP servers on
// 127.0.0.1: a constant config is sent as written, a tool read is sent back without its
// read-only keys, and the proxy forwards a path built at run time segment by segment.
import { describe, expect, it } from "vitest";
import {
  lookupTools,
  salesTemplate,
  startSupportCall,
  supportCall,
} from "../../examples/configs.js";
import { proxyAgents } from "../../examples/catch-all-proxy.js";
import { describeTool } from "../../examples/read-modify-write.js";
import { clientFor, json, startServer, useServers } from "../support/server.js";

useServers();

describe("examples/configs.ts", () => {
  it("startSupportCall sends the constant, spread, with the call's own medium", async () => {
    const server = await startServer((_request, response) => json(response, 201, { callId: "c1" }));
    expect((await startSupportCall(clientFor(server))).callId).toBe("c1");
    expect(JSON.parse(server.requests[0]!.body)).toEqual({
      ...supportCall,
      medium: { twilio: {} },
    });
  });

  it("the template holds the mapped tools and the constant's", () => {
    expect(lookupTools).toEqual([{ toolName: "lookupOrder" }, { toolName: "lookupCustomer" }]);
    expect(salesTemplate.selectedTools).toHaveLength(3);
  });
});

describe("examples/read-modify-write.ts", () => {
  it("describeTool sends the tool back with the new description and no read-only key", async () => {
    const tool = {
      toolId: "t1",
      name: "lookupOrder",
      created: "2025-06-02T09:10:11.482913Z",
      ownership: "private",
      definition: { modelToolName: "lookupOrder", description: "Old.", client: {} },
    };
    const server = await startServer((request, response) =>
      json(response, 200, request.method === "GET" ? tool : { ...tool, name: "echo" }),
    );
    await describeTool(clientFor(server), "t1", "New.");
    expect(server.requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      "GET /api/tools/t1",
      "PUT /api/tools/t1",
    ]);
    expect(JSON.parse(server.requests[1]!.body)).toEqual({
      name: "lookupOrder",
      definition: { modelToolName: "lookupOrder", description: "New.", client: {} },
    });
  });
});

describe("examples/catch-all-proxy.ts", () => {
  it("forwards the path segment by segment, and the API's answer as it came", async () => {
    const server = await startServer((request, response) =>
      request.url.endsWith("/missing")
        ? json(response, 404, { detail: "Not found." })
        : json(response, 200, { url: request.url }),
    );
    const uv = clientFor(server);
    const found = await proxyAgents(uv, "a1/scheduled_batches/b 2");
    expect([found.status, await found.json()]).toEqual([
      200,
      { url: "/api/agents/a1/scheduled_batches/b%202" },
    ]);
    const missing = await proxyAgents(uv, "missing");
    expect([missing.status, await missing.text()]).toEqual([404, '{"detail":"Not found."}']);
    const refused = await proxyAgents(uv, "a1/../../accounts/me");
    expect(refused.status).toBe(400);
    expect((await refused.json()).detail).toContain("path[3]");
    expect(server.requests).toHaveLength(2);
  });
});
