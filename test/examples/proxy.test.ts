// examples/proxy.ts against a real CONNECT proxy on 127.0.0.1: the API sees the request, and
// the proxy saw it go through.
import { createServer } from "node:http";
import { connect, type AddressInfo, type Socket } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createProxiedClient } from "../../examples/proxy.js";
import { unwrap } from "../../src/index.js";
import { API_KEY, json, startServer, useServers } from "../support/server.js";

useServers();
afterEach(() => vi.unstubAllEnvs());

/** A proxy that tunnels CONNECT requests, recording their targets. */
async function startProxy() {
  const tunnels: string[] = [];
  const sockets = new Set<Socket>();
  const proxy = createServer().on("connect", (request, client: Socket, head: Buffer) => {
    tunnels.push(request.url ?? "");
    const [host, port] = (request.url ?? "").split(":");
    const upstream = connect(Number(port), host, () => {
      client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      upstream.write(head);
      upstream.pipe(client).pipe(upstream);
    });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("error", () => [client, upstream].forEach((end) => end.destroy()));
    }
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
    tunnels,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => proxy.close(() => resolve()));
    },
  };
}

describe("examples/proxy.ts", () => {
  it("sends the client's requests through the proxy", async () => {
    const api = await startServer((_request, response) => json(response, 200, { callId: "c1" }));
    const proxy = await startProxy();
    try {
      vi.stubEnv("ULTRAVOX_API_KEY", API_KEY);
      vi.stubEnv("ULTRAVOX_BASE_URL", api.origin);
      const uv = createProxiedClient(proxy.url);
      const call = unwrap(
        await uv.GET("/api/calls/{call_id}", { params: { path: { call_id: "c1" } } }),
      );
      expect(call.callId).toBe("c1");
      expect(proxy.tunnels).toEqual([`127.0.0.1:${api.port}`]);
      expect(api.requests[0]!.headers["x-api-key"]).toBe(API_KEY);
    } finally {
      await proxy.close();
    }
  });
});
