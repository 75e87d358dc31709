// Receives Ultravox webhooks in a Next.js route handler (App Router), such as
// app/webhooks/ultravox/route.ts. The body is read as bytes: the signature covers them exactly.
import { UltravoxWebhookError, verifyWebhook } from "ultravox-api";

export async function POST(request: Request): Promise<Response> {
  try {
    const event = await verifyWebhook({
      secret: process.env["ULTRAVOX_WEBHOOK_SECRET"] ?? "",
      body: new Uint8Array(await request.arrayBuffer()),
      headers: request.headers,
    });
    if (event.event === "call.ended") console.log(`call ${event.call.callId} ended`);
    return new Response(null, { status: 204 });
  } catch (error) {
    if (!(error instanceof UltravoxWebhookError)) throw error;
    return new Response(null, { status: error.reason === "invalid_body" ? 400 : 401 });
  }
}
