// Receives Ultravox webhooks in an Express app. The route reads the body raw (express.raw):
// the signature covers the exact bytes, which a JSON body parser would not keep.
import express from "express";
import { UltravoxWebhookError, verifyWebhook } from "ultravox-api";

export function webhookApp(secret: string) {
  const app = express();
  app.post("/webhooks/ultravox", express.raw({ type: "*/*" }), async (req, res) => {
    try {
      const event = await verifyWebhook({ secret, body: req.body as Buffer, headers: req.headers });
      if (event.event === "call.ended") console.log(`call ${event.call.callId} ended`);
      res.sendStatus(204);
    } catch (error) {
      if (!(error instanceof UltravoxWebhookError)) throw error;
      res.sendStatus(error.reason === "invalid_body" ? 400 : 401);
    }
  });
  return app;
}
