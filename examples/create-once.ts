// Creating a call once, even when the answer is lost (a timeout, a dropped connection, a 5xx).
import { createOnceReport, type UltravoxClient } from "ultravox-api";

/** Calls a customer back about an order: one call per order, however the network fails. */
export async function callBack(uv: UltravoxClient, orderId: string) {
  const call = await uv.calls.create(
    {
      systemPrompt: "You call customers back about their orders.",
      medium: { twilio: {} },
      metadata: { orderId },
    },
    // The key goes into the call's metadata; after a lost answer the client looks it up.
    { createOnce: { key: `callback-${orderId}` } },
  );
  // "created", "found" (the answer was lost; the call it made was found) or "recreated".
  console.log(`call ${call.callId}: ${createOnceReport(call)?.outcome}`);
  return call;
}
