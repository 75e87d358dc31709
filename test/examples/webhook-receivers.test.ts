// The webhook receivers of examples/webhooks/ (Express, a Next.js route handler, Hono), each
// served on a real HTTP server on 127.0.0.1 and sent deliveries as Ultravox sends them.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it, vi } from "vitest";
import { webhookApp as expressApp } from "../../examples/webhooks/express.js";
import { webhookApp as honoApp } from "../../examples/webhooks/hono.js";
import { POST } from "../../examples/webhooks/next-route.js";
import { signWebhook } from "../../src/index.js";
import { sendWebhook } from "../../src/testing/index.js";

const SECRET = "whsec_recipes";
const servers: Server[] = [];
afterAll(() => Promise.all(servers.map((server) => new Promise((done) => server.close(done)))));

/** Listens on 127.0.0.1 and returns the webhook URL. */
async function listen(server: Server): Promise<string> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/ultravox`;
}

/** A Fetch API handler (Next.js, Hono) served by Node's HTTP server, as their adapters do. */
function serveFetch(handle: (request: Request) => Response | Promise<Response>): Server {
  return createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers))
      if (typeof value === "string") headers.set(name, value);
    const response = await handle(
      new Request(`http://127.0.0.1${req.url}`, {
        method: req.method,
        headers,
        body: Buffer.concat(chunks),
      }),
    );
    res.writeHead(response.status).end(Buffer.from(await response.arrayBuffer()));
  });
}

const receivers: [string, () => Promise<string>][] = [
  ["Express", () => listen(createServer(expressApp(SECRET)))],
  [
    "Next.js route handler",
    () => {
      vi.stubEnv("ULTRAVOX_WEBHOOK_SECRET", SECRET);
      return listen(serveFetch(POST));
    },
  ],
  ["Hono", () => listen(serveFetch((request) => honoApp(SECRET).fetch(request)))],
];

describe.each(receivers)("examples/webhooks: %s", (_name, start) => {
  it("answers 204 to a signed event and handles it; 401 to a forged or altered one; 400 to a signed non-event", async () => {
    const url = await start();
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    try {
      const signed = await sendWebhook("call.ended", {
        secret: SECRET,
        to: url,
        call: { callId: "c7" },
      });
      expect(signed.status).toBe(204);
      expect(log).toHaveBeenCalledWith("call c7 ended");

      const forged = await sendWebhook("call.ended", { secret: "not-the-secret", to: url });
      expect(forged.status).toBe(401);

      const body = '{"event":"call.ended","call":{"callId":"c7"}}';
      const { headers } = await signWebhook({ secret: SECRET, body });
      const altered = await fetch(url, { method: "POST", headers, body: body.replace("c7", "c8") });
      expect(altered.status).toBe(401);

      const notAnEvent = '{"hello":"world"}';
      const signedOther = await signWebhook({ secret: SECRET, body: notAnEvent });
      const other = await fetch(url, {
        method: "POST",
        headers: signedOther.headers,
        body: notAnEvent,
      });
      expect(other.status).toBe(400);
      expect(log).toHaveBeenCalledTimes(1);
    } finally {
      log.mockRestore();
      vi.unstubAllEnvs();
    }
  });
});
