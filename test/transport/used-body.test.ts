// A client method reads the body into `data` or `error`; reading `result.response`'s body
// again fails with the SDK's error saying where the body is (issue 22: it was the platform's
// bare "Body is unusable").
import { describe, expect, it } from "vitest";
import { UltravoxError, unwrap } from "../../src/index.js";
import { clientFor, json, rejectionOf, startServer, useServers } from "../support/server.js";

useServers();

const CALL = { callId: "c-1" };
const WHERE =
  'it is result.data (result.error for an error status), as parseAs asked; with parseAs: "stream", result.data is the body itself';

describe("result.response after the client read its body", () => {
  it("each body reader of a success rejects with an UltravoxError that says where the body is", async () => {
    const server = await startServer((_request, response) => json(response, 200, CALL));
    const result = await clientFor(server).GET("/api/calls/{call_id}", {
      params: { path: { call_id: "c-1" } },
    });
    expect(unwrap(result)).toEqual(CALL);
    const { response } = result;
    for (const read of [
      () => response.text(),
      () => response.json(),
      () => response.arrayBuffer(),
      () => response.blob(),
      () => response.formData(),
    ]) {
      const error = await rejectionOf(read());
      expect(error).toBeInstanceOf(UltravoxError);
      expect(error.message).toBe(
        `GET /api/calls/c-1: the client has read this response's body: ${WHERE}`,
      );
    }
    expect(() => response.clone()).toThrow(UltravoxError);
    // The rest of the response is as it was.
    expect([response.status, response.ok, response.url, response.bodyUsed]).toEqual([
      200,
      true,
      `${server.origin}/api/calls/c-1`,
      true,
    ]);
    expect(response).toBeInstanceOf(Response);
    expect(response.headers.get("content-type")).toBe("application/json");
  });

  it("an error status's body: the same, after unwrap threw with it", async () => {
    const server = await startServer((_request, response) =>
      json(response, 404, { detail: "No such call." }),
    );
    const result = await clientFor(server).DELETE("/api/calls/{call_id}", {
      params: { path: { call_id: "c-1" } },
    });
    expect(() => unwrap(result)).toThrow("No such call.");
    expect(result.error).toEqual({ detail: "No such call." });
    const error = await rejectionOf(result.response.text());
    expect(error.message).toMatch(/^DELETE \/api\/calls\/c-1: the client has read/);
  });

  it("a body the client did not read (204, a stream) is left as the platform gives it", async () => {
    const server = await startServer((request, response) => {
      if (request.method === "DELETE") {
        response.writeHead(204);
        response.end();
      } else json(response, 200, CALL);
    });
    const uv = clientFor(server);
    const deleted = await uv.DELETE("/api/calls/{call_id}", {
      params: { path: { call_id: "c-1" } },
    });
    expect(await deleted.response.text()).toBe("");
    const streamed = await uv.GET("/api/calls/{call_id}", {
      params: { path: { call_id: "c-1" } },
      parseAs: "stream",
    });
    expect(Object.getPrototypeOf(streamed.response)).toBe(Response.prototype);
    expect(JSON.parse(await new Response(streamed.data).text())).toEqual(CALL);
  });
});
