// Hostile redirects: a loop or too many hops ends in an UltravoxError that says so and
// names the limit; a Location that is not an http(s) URL is refused; none is retried.
import { describe, expect, it } from "vitest";
import { UltravoxAPIError, UltravoxError, unwrap } from "../../src/index.js";
import { clientFor, rejectionOf, startServer, useServers } from "../support/server.js";

useServers();

const recording = { params: { path: { call_id: "c1" } }, parseAs: "arrayBuffer" } as const;
const LIMIT_MESSAGE =
  "GET /api/calls/c1/recording: more than 10 redirects (the limit), probably a redirect loop";

/** A server that redirects its first `hops` requests (to `location(index)`), then answers 200. */
function redirecting(
  hops: number,
  location: (index: number) => string = (index) => `/hop/${index}`,
) {
  return startServer((_request, response, index) => {
    if (index < hops) return void response.writeHead(302, { location: location(index) }).end();
    response.writeHead(200, { "content-type": "audio/wav" }).end("RIFF");
  });
}

describe("redirect limits", () => {
  it("a loop to the same URL: an UltravoxError naming the limit after 10 hops, not retried", async () => {
    const server = await redirecting(Infinity, () => "/api/calls/c1/recording");
    const error = await rejectionOf(
      clientFor(server).GET("/api/calls/{call_id}/recording", recording),
    );
    expect(error).toBeInstanceOf(UltravoxError);
    expect(error).not.toBeInstanceOf(UltravoxAPIError);
    expect(error.message).toBe(LIMIT_MESSAGE);
    expect(server.requests).toHaveLength(11);
  });

  it("10 hops are followed", async () => {
    const server = await redirecting(10);
    const result = await clientFor(server).GET("/api/calls/{call_id}/recording", recording);
    expect(Buffer.from(unwrap(result)).toString()).toBe("RIFF");
    expect(server.requests).toHaveLength(11);
  });

  it("11 hops are too many", async () => {
    const server = await redirecting(11);
    const error = await rejectionOf(
      clientFor(server).GET("/api/calls/{call_id}/recording", recording),
    );
    expect(error.message).toBe(LIMIT_MESSAGE);
    expect(server.requests).toHaveLength(11);
  });
});

describe("Location values", () => {
  it.each([
    ["file:///etc/passwd"],
    ["ftp://storage.example/c1.wav"],
    ["data:audio/wav;base64,UklGRg=="],
    ["javascript:alert(1)"],
    ["http://[::1"],
  ])("%j: refused with an UltravoxError, nothing fetched from it", async (location) => {
    const server = await redirecting(1, () => location);
    const error = await rejectionOf(
      clientFor(server).GET("/api/calls/{call_id}/recording", recording),
    );
    expect(error).toBeInstanceOf(UltravoxError);
    expect(error.message).toBe(
      "GET /api/calls/c1/recording: redirected to a Location that is not an http(s) URL",
    );
    expect(server.requests).toHaveLength(1);
  });

  it("a redirect without Location is the answer: unwrap throws UltravoxAPIError with its status", async () => {
    const server = await startServer((_request, response) => void response.writeHead(302).end());
    const result = await clientFor(server).GET("/api/calls/{call_id}/recording", recording);
    expect(result.response.status).toBe(302);
    expect(() => unwrap(result)).toThrow(UltravoxAPIError);
  });
});
