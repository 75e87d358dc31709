// The quickstart: `npm start` runs it against a local mock of the Ultravox API (Prism serving
// openapi.yaml, which checks every request against the spec). Against the real API, where it
// creates a call and an agent: ULTRAVOX_API_KEY=… npx tsx examples/quickstart.ts
import { createUltravoxClient, NotFoundError, signWebhook, verifyWebhook } from "ultravox-api";
import { agentCallIds, callCustomer, createSupportAgent } from "./agents.js";

const done = (what: string) => console.log(`✔ ${what}`);

// The key comes from ULTRAVOX_API_KEY (or pass { apiKey }); `npm start` sets ULTRAVOX_BASE_URL.
const uv = createUltravoxClient({ baseUrl: process.env["ULTRAVOX_BASE_URL"] });

// Create a call; your app then joins it at joinUrl with an Ultravox client SDK.
const call = await uv.calls.create({
  systemPrompt: "You are the receptionist of Acme Dental. Keep your answers short.",
  voice: "Mark",
  medium: { webRtc: {} },
  metadata: { source: "quickstart" },
});
done(`Created call ${call.callId}, join URL ${call.joinUrl}`);

const fetched = await uv.calls.get(call.callId);
done(
  `Got call ${fetched.callId}: created ${fetched.created}, ${fetched.ended ? `ended ${fetched.ended}` : "not ended yet"}`,
);

// A list method is iterated item by item across pages (or awaited for one page).
const recent: string[] = [];
for await (const item of uv.calls.list({ pageSize: 10 }, { maxItems: 10 }))
  recent.push(item.callId);
done(`Listed calls: ${recent.join(", ")}`);

const agentId = await createSupportAgent(uv);
const joinUrl = await callCustomer(uv, agentId, "Jane Smith");
done(`Created agent ${agentId} and a call from it for Jane Smith, join URL ${joinUrl}`);
done(`Listed the agent's calls: ${(await agentCallIds(uv, agentId)).join(", ")}`);

// Errors are classes by status. The real API answers 404 for an unknown call on its own;
// the mock answers 404 because the request asks it to with a `Prefer` header.
try {
  await uv.calls.get("00000000-0000-4000-8000-000000000000", {
    headers: { Prefer: "code=404" },
  });
  throw new Error("expected a 404 for an unknown call");
} catch (error) {
  if (!(error instanceof NotFoundError)) throw error;
  done(`Caught ${error.name}: ${error.message}`);
}

// Webhooks: verifyWebhook checks the signature Ultravox puts on each event (signWebhook
// makes the same headers, to test a handler) and returns the typed event.
const secret = "quickstart-webhook-secret";
const body = JSON.stringify({ event: "call.ended", call: fetched });
const { headers } = await signWebhook({ secret, body });
const event = await verifyWebhook({ secret, body, headers });
const forged = await verifyWebhook({ secret: "guessed", body, headers }).then(
  () => "accepted",
  (error: unknown) => (error instanceof Error ? error.name : "rejected"),
);
done(
  `Verified a signed ${event.event} webhook for call ${event.call.callId}; a forged one: ${forged}`,
);
