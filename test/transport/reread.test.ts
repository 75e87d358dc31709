// A client method reads the body into `data` or `error`; `result.response` still reads it
// again, as code written for fetch expects (issue 22: it threw "Body is unusable").
import { describe, expect, it } from "vitest";
import { unwrap } from "../../src/index.js";
import { clientFor, json, startServer, useServers } from "../support/server.js";

useServers();

const CALL = '{ "callId": "c-1",\n  "metadata": { "ünïcode": "✓" } }';

describe("result.response after the client read the body", () => {
  it("a JSON success reads again as the text received, as JSON, bytes and a blob, any number of times", async () => {
    const server = await startServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(CALL);
    });
    const result = await clientFor(server).GET("/api/calls/{call_id}", {
      params: { path: { call_id: "c-1" } },
    });
    expect(unwrap(result).callId).toBe("c-1");
    const { response } = result;
    expect(response.bodyUsed).toBe(false);
    expect(await response.text()).toBe(CALL);
    expect(await response.text()).toBe(CALL);
    expect(await response.json()).toEqual(JSON.parse(CALL));
    expect(new TextDecoder().decode(await response.arrayBuffer())).toBe(CALL);
    const blob = await response.blob();
    expect(blob.type).toBe("application/json");
    expect(await blob.text()).toBe(CALL);
    expect(await new Response(response.body).text()).toBe(CALL);
    const clone = response.clone();
    expect([clone.status, clone.url, await clone.text()]).toEqual([200, response.url, CALL]);
    expect(response.url).toBe(`${server.origin}/api/calls/c-1`);
  });

  it("an error status reads again as the error body (what `error` holds), after unwrap threw", async () => {
    const server = await startServer((_request, response) =>
      json(response, 404, { detail: "No such call." }),
    );
    const result = await clientFor(server).GET("/api/calls/{call_id}", {
      params: { path: { call_id: "c-1" } },
    });
    expect(() => unwrap(result)).toThrow("No such call.");
    expect(await result.response.json()).toEqual({ detail: "No such call." });
    expect(await result.response.text()).toBe('{"detail":"No such call."}');
  });

  it("a non-JSON error body reads again as its text", async () => {
    const server = await startServer((_request, response) => {
      response.writeHead(502, { "content-type": "text/plain" });
      response.end("Bad gateway");
    });
    const { response, error } = await clientFor(server, { maxRetries: 0 }).GET("/api/calls");
    expect(error).toBe("Bad gateway");
    expect(await response.text()).toBe("Bad gateway");
  });

  it("parseAs text and arrayBuffer read again as `data`", async () => {
    const server = await startServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(CALL);
    });
    const uv = clientFor(server);
    const init = { params: { path: { call_id: "c-1" } } };
    const text = await uv.GET("/api/calls/{call_id}", { ...init, parseAs: "text" });
    expect(text.data).toBe(CALL);
    expect(await text.response.text()).toBe(CALL);
    const bytes = await uv.GET("/api/calls/{call_id}", { ...init, parseAs: "arrayBuffer" });
    expect(new TextDecoder().decode(await bytes.response.arrayBuffer())).toBe(CALL);
  });

  it("a body the client did not read (204, a stream) is left as the platform gives it", async () => {
    const server = await startServer((request, response) => {
      if (request.method === "DELETE") {
        response.writeHead(204);
        response.end();
      } else {
        response.writeHead(200, { "content-type": "application/json" });
        response.end(CALL);
      }
    });
    const uv = clientFor(server);
    const deleted = await uv.DELETE("/api/calls/{call_id}", {
      params: { path: { call_id: "c-1" } },
    });
    expect(Object.hasOwn(deleted.response, "text")).toBe(false);
    expect(await deleted.response.text()).toBe("");
    const streamed = await uv.GET("/api/calls/{call_id}", {
      params: { path: { call_id: "c-1" } },
      parseAs: "stream",
    });
    expect(Object.hasOwn(streamed.response, "text")).toBe(false);
    expect(await new Response(streamed.data).text()).toBe(CALL);
  });
});
