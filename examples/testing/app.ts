// A small backend, tested offline by the three test files beside it (Vitest, Jest, node:test)
// with ultravox-api/testing: it starts one support call per ticket, lists a ticket's calls,
// and records the summary of each call that ends, from Ultravox's webhooks.
import {
  paginate,
  unwrap,
  UltravoxWebhookError,
  verifyWebhook,
  type UltravoxClient,
} from "ultravox-api";

/** Starts the support call of a ticket, at most one even when the network fails; returns its join URL. */
export async function startSupportCall(uv: UltravoxClient, ticket: string) {
  const call = unwrap(
    await uv.POST("/api/calls", {
      body: { systemPrompt: "You help customers with their tickets.", metadata: { ticket } },
      createOnce: { key: `ticket-${ticket}` },
    }),
  );
  return call.joinUrl;
}

/** The IDs of a ticket's calls. */
export async function ticketCalls(uv: UltravoxClient, ticket: string) {
  const ids: string[] = [];
  const query = { metadata: { ticket } };
  for await (const call of paginate(uv, "/api/calls", { params: { query } })) ids.push(call.callId);
  return ids;
}

/** A webhook handler (Fetch API) that records each ended call's short summary in `summaries`. */
export function webhookHandler(secret: string, summaries: Map<string, string | null>) {
  return async (request: Request): Promise<Response> => {
    try {
      const event = await verifyWebhook({
        secret,
        body: await request.arrayBuffer(),
        headers: request.headers,
      });
      if (event.event === "call.ended") summaries.set(event.call.callId, event.call.shortSummary);
      return new Response(null, { status: 204 });
    } catch (error) {
      if (error instanceof UltravoxWebhookError) return new Response(null, { status: 401 });
      throw error;
    }
  };
}
