// Get Call Recording and Get SIP Logs answer 302 to a storage host. fetch's own
// redirects would carry X-API-Key there; the client follows them itself.
import { describe, expect, it } from "vitest";
import { UltravoxAPIError, UltravoxError, unwrap } from "../../src/index.js";
import {
  API_KEY,
  clientFor,
  rejectionOf,
  startServer,
  useServers,
  type TestServer,
} from "../support/server.js";

useServers();

const AUDIO = Buffer.from("RIFF....WAVEfmt ");
const recording = { params: { path: { call_id: "c1" } }, parseAs: "arrayBuffer" } as const;

function storage(): Promise<TestServer> {
  return startServer((_request, response) => {
    response.writeHead(200, { "content-type": "audio/wav" });
    response.end(AUDIO);
  });
}

function redirectingTo(location: (index: number) => string, status = 302): Promise<TestServer> {
  return startServer((_request, response, index) => {
    response.writeHead(status, { location: location(index) });
    response.end();
  });
}

describe("redirects", () => {
  it("to another origin: followed without X-API-Key", async () => {
    const store = await storage();
    const api = await redirectingTo(() => `${store.origin}/recordings/c1.wav?sig=s1`);
    const result = await clientFor(api, { headers: { Authorization: "Bearer t" } }).GET(
      "/api/calls/{call_id}/recording",
      recording,
    );
    expect(Buffer.from(unwrap(result))).toEqual(AUDIO);
    expect(api.requests[0]?.headers["x-api-key"]).toBe(API_KEY);
    expect(store.requests).toHaveLength(1);
    expect(store.requests[0]?.url).toBe("/recordings/c1.wav?sig=s1");
    expect(store.requests[0]?.headers["x-api-key"]).toBeUndefined();
    expect(store.requests[0]?.headers["authorization"]).toBeUndefined();
    expect(store.requests[0]?.method).toBe("GET");
    expect(result.response.url).toBe(`${store.origin}/recordings/c1.wav?sig=s1`);
  });

  it("within the origin: followed with the key; once it has left the origin, the key stays off", async () => {
    const store = await startServer((_request, response, index) => {
      if (index === 0) return void response.writeHead(307, { location: "/final" }).end();
      response.writeHead(200).end(AUDIO);
    });
    const api = await startServer((request, response) => {
      const location =
        request.url === "/api/calls/c1/sip_logs" ? "/moved/sip_logs" : `${store.origin}/logs`;
      response.writeHead(301, { location }).end();
    });
    const result = await clientFor(api).GET("/api/calls/{call_id}/sip_logs", {
      params: { path: { call_id: "c1" } },
      parseAs: "text",
    });
    expect(result.response.status).toBe(200);
    expect(api.requests.map((request) => [request.url, request.headers["x-api-key"]])).toEqual([
      ["/api/calls/c1/sip_logs", API_KEY],
      ["/moved/sip_logs", API_KEY],
    ]);
    expect(store.requests.map((request) => [request.url, request.headers["x-api-key"]])).toEqual([
      ["/logs", undefined],
      ["/final", undefined],
    ]);
  });

  it("a redirect loop stops after 10 hops with an UltravoxError naming the limit, not retried", async () => {
    const api = await redirectingTo((index) => `/loop/${index}`);
    const error = await rejectionOf(
      clientFor(api).GET("/api/calls/{call_id}/recording", recording),
    );
    expect(error).toBeInstanceOf(UltravoxError);
    expect(error.message).toBe(
      "GET /api/calls/c1/recording: more than 10 redirects (the limit), probably a redirect loop",
    );
    expect(api.requests).toHaveLength(11);
  });

  it("a redirected POST is returned, not followed, so the key is not resent anywhere", async () => {
    const store = await storage();
    const api = await redirectingTo(() => `${store.origin}/api/calls`, 307);
    const result = await clientFor(api).POST("/api/calls", { body: {} });
    expect(result.response.status).toBe(307);
    expect(() => unwrap(result)).toThrow(UltravoxAPIError);
    expect(store.requests).toHaveLength(0);
  });

  it('redirect: "manual" hands the 302 to the caller', async () => {
    const store = await storage();
    const api = await redirectingTo(() => `${store.origin}/r.wav`);
    const result = await clientFor(api).GET("/api/calls/{call_id}/recording", {
      ...recording,
      redirect: "manual",
    });
    expect(result.response.status).toBe(302);
    expect(result.response.headers.get("location")).toBe(`${store.origin}/r.wav`);
    expect(store.requests).toHaveLength(0);
  });
});
