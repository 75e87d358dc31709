// Query strings as the API reads them: repeated keys for arrays, metadata.<key> pairs.
import { describe, expect, it } from "vitest";
import { serializeQuery } from "../../src/index.js";
import { clientFor, json, startServer, useServers } from "./server.js";

useServers();

describe("serializeQuery", () => {
  it("repeats array keys, writes objects as name.key pairs, drops null and undefined", () => {
    expect(
      serializeQuery({
        agentIds: ["a1", "a2"],
        metadata: { customer: "1234", "order id": "x&y=z" },
        pageSize: 10,
        enabled: false,
        cursor: undefined,
        search: null,
      }),
    ).toBe(
      "agentIds=a1&agentIds=a2&metadata.customer=1234&metadata.order+id=x%26y%3Dz&pageSize=10&enabled=false",
    );
  });

  it("an empty query, or an empty metadata object (no filter), is the empty string", () => {
    expect(serializeQuery({})).toBe("");
    expect(serializeQuery({ metadata: {} })).toBe("");
  });
});

describe("the client sends it", () => {
  it("List Calls with metadata, agentIds and dates", async () => {
    const server = await startServer((_request, response) => json(response, 200, { results: [] }));
    await clientFor(server).GET("/api/calls", {
      params: {
        query: {
          agentIds: ["a1", "a2"],
          metadata: { customer: "1234" },
          fromDate: "2025-01-01",
          pageSize: 50,
        },
      },
    });
    expect(server.requests[0]?.url).toBe(
      "/api/calls?agentIds=a1&agentIds=a2&metadata.customer=1234&fromDate=2025-01-01&pageSize=50",
    );
    const parsed = new URL(server.requests[0]?.url ?? "", "http://x").searchParams;
    expect(parsed.getAll("agentIds")).toEqual(["a1", "a2"]);
    expect(parsed.get("metadata.customer")).toBe("1234");
  });

  it("List Deleted Calls with metadata", async () => {
    const server = await startServer((_request, response) => json(response, 200, { results: [] }));
    await clientFor(server).GET("/api/deleted_calls", {
      params: { query: { metadata: { team: "sales" } } },
    });
    expect(server.requests[0]?.url).toBe("/api/deleted_calls?metadata.team=sales");
  });
});
