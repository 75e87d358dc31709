// Receives Ultravox webhooks with Node's built-in HTTP server.
// Run: ULTRAVOX_WEBHOOK_SECRET=… npx tsx examples/webhook-handler.ts
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { UltravoxWebhookError, verifyWebhook } from "ultravox-api";

/** Returns a request handler that answers 204 to authentic events, 400/401 otherwise. */
export function webhookHandler(secret: string | string[]) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    try {
      // The raw bytes, never a parsed body: the signature covers them exactly.
      const event = await verifyWebhook({
        secret,
        body: Buffer.concat(chunks),
        headers: req.headers,
      });
      switch (event.event) {
        case "call.started":
        case "call.joined":
          console.log(`${event.event}: ${event.call.callId}`);
          break;
        case "call.ended":
          console.log(`call ${event.call.callId} ended: ${event.call.endReason}`);
          break;
        case "call.billed":
          console.log(`call ${event.call.callId} billed: ${event.call.billedDuration}`);
          break;
      }
      res.writeHead(204).end();
    } catch (error) {
      if (!(error instanceof UltravoxWebhookError)) throw error;
      console.warn(`Rejected webhook: ${error.message}`);
      res.writeHead(error.reason === "invalid_body" ? 400 : 401).end();
    }
  };
}

if (process.argv[1] === import.meta.filename) {
  const secret = process.env["ULTRAVOX_WEBHOOK_SECRET"];
  if (!secret) throw new Error("Set ULTRAVOX_WEBHOOK_SECRET to your webhook's secret.");
  const handle = webhookHandler(secret);
  createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      res.writeHead(500).end();
    });
  }).listen(Number(process.env["PORT"] ?? 3000));
}
