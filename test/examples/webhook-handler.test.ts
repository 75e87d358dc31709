// Runs examples/webhook-handler.ts on a real HTTP server on 127.0.0.1.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { webhookHandler } from "../../examples/webhook-handler.js";
import { signWebhook } from "../../src/index.js";

const SECRET = "example-secret";
const BODY =
  '{"event":"call.ended","call":{"callId":"c1","endReason":"hangup","shortSummary":"Grüße"}}';

let server: Server;
let url: string;

beforeAll(async () => {
  const handle = webhookHandler(SECRET);
  server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/ultravox`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

async function post(body: string, headers: Record<string, string>): Promise<number> {
  const response = await fetch(url, { method: "POST", body, headers });
  await response.arrayBuffer();
  return response.status;
}

describe("examples/webhook-handler.ts", () => {
  it("answers 204 to a signed event and handles it", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const { headers } = await signWebhook({ secret: SECRET, body: BODY });
    expect(await post(BODY, { ...headers, "content-type": "application/json" })).toBe(204);
    expect(log).toHaveBeenCalledWith("call c1 ended: hangup");
    log.mockRestore();
  });

  it("answers 401 to a tampered, unsigned, stale or wrongly signed request", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { headers } = await signWebhook({ secret: SECRET, body: BODY });
    expect(await post(BODY.replace("c1", "c2"), headers)).toBe(401);
    expect(await post(BODY, {})).toBe(401);
    const stale = await signWebhook({
      secret: SECRET,
      body: BODY,
      timestamp: new Date(Date.now() - 600_000),
    });
    expect(await post(BODY, stale.headers)).toBe(401);
    const forged = await signWebhook({ secret: "guessed", body: BODY });
    expect(await post(BODY, forged.headers)).toBe(401);
    expect(warn).toHaveBeenCalledTimes(4);
    warn.mockRestore();
  });

  it("answers 400 to a signed body that is not an event", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { headers } = await signWebhook({ secret: SECRET, body: "hello" });
    expect(await post("hello", headers)).toBe(400);
    warn.mockRestore();
  });
});
