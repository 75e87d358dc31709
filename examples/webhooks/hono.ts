// Receives Ultravox webhooks in a Hono app (Node, Bun, Deno, Cloudflare Workers). The body is
// read as bytes: the signature covers them exactly.
import { Hono } from "hono";
import { UltravoxWebhookError, verifyWebhook } from "ultravox-api";

export function webhookApp(secret: string) {
  const app = new Hono();
  app.post("/webhooks/ultravox", async (c) => {
    try {
      const event = await verifyWebhook({
        secret,
        body: new Uint8Array(await c.req.arrayBuffer()),
        headers: c.req.raw.headers,
      });
      if (event.event === "call.ended") console.log(`call ${event.call.callId} ended`);
      return c.body(null, 204);
    } catch (error) {
      if (!(error instanceof UltravoxWebhookError)) throw error;
      return c.body(null, error.reason === "invalid_body" ? 400 : 401);
    }
  });
  return app;
}
