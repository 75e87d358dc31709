// Runs examples/types.ts against a real HTTP server on 127.0.0.1: the tool defined apart
// from the call (with `satisfies`) is sent as written, and the templated path is filled in.
import { describe, expect, it } from "vitest";
import { endReasonOf, orderLookup, startOrderCall } from "../../examples/types.js";
import { clientFor, json, startServer, useServers } from "../support/server.js";

useServers();

describe("examples/types.ts", () => {
  it("startOrderCall sends the tool definition as written and returns the call", async () => {
    const server = await startServer((_request, response) =>
      json(response, 201, { callId: "3c90c3cc-0d44-4b50-8888-8dd25736052a" }),
    );
    const call = await startOrderCall(clientFor(server));
    expect(call.callId).toBe("3c90c3cc-0d44-4b50-8888-8dd25736052a");
    const [request] = server.requests;
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe("/api/calls");
    expect(JSON.parse(request?.body ?? "")).toEqual({
      systemPrompt: "You help callers with their orders.",
      selectedTools: [{ temporaryTool: orderLookup }],
    });
    expect(orderLookup.dynamicParameters[0]?.location).toBe("PARAMETER_LOCATION_BODY");
  });

  it("endReasonOf fills the call ID into the templated path", async () => {
    const server = await startServer((_request, response) =>
      json(response, 200, { callId: "c1", endReason: "hangup" }),
    );
    expect(await endReasonOf(clientFor(server), "3c90c3cc-0d44-4b50-8888-8dd25736052a")).toBe(
      "hangup",
    );
    expect(server.requests[0]?.url).toBe("/api/calls/3c90c3cc-0d44-4b50-8888-8dd25736052a");
  });
});
