// Testing examples/testing/app.ts with node:test and ultravox-api/testing (run: node --test).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createUltravoxClient } from "ultravox-api";
import { createUltravoxSimulator, sendWebhook } from "ultravox-api/testing";
import { startSupportCall, ticketCalls, webhookHandler } from "./app.js";

describe("support calls", () => {
  it("one call per ticket, even when the create times out after the API created it", async () => {
    const sim = createUltravoxSimulator();
    const uv = createUltravoxClient({ apiKey: "test-key", fetch: sim.fetch, timeoutMs: 100 });
    sim.fault("POST /api/calls", { stall: "after" });

    const joinUrl = await startSupportCall(uv, "T-1");

    const [callId] = await ticketCalls(uv, "T-1");
    assert.ok(callId && joinUrl?.includes(callId));
    assert.equal(sim.requestsTo("POST /api/calls").length, 1);
  });

  it("records the summary of an ended call", async () => {
    const summaries = new Map<string, string | null>();
    const call = { callId: "c-1", shortSummary: "Refund issued." };
    const to = webhookHandler("whsec-test", summaries);

    const response = await sendWebhook("call.ended", { secret: "whsec-test", call, to });

    assert.equal(response.status, 204);
    assert.equal(summaries.get("c-1"), "Refund issued.");
  });
});
