// Testing examples/testing/app.ts with Vitest and ultravox-api/testing: no network, no server.
import { describe, expect, it } from "vitest";
import { createUltravoxClient } from "ultravox-api";
import { createUltravoxSimulator, sendWebhook } from "ultravox-api/testing";
import { startSupportCall, ticketCalls, webhookHandler } from "./app.js";

describe("support calls", () => {
  it("one call per ticket, even when the connection drops after the API created it", async () => {
    const sim = createUltravoxSimulator();
    const uv = createUltravoxClient({ apiKey: "test-key", fetch: sim.fetch });
    sim.fault("POST /api/calls", { drop: "after" });

    const joinUrl = await startSupportCall(uv, "T-1");

    const [callId] = await ticketCalls(uv, "T-1");
    expect(joinUrl).toContain(callId);
    expect(sim.requestsTo("POST /api/calls")).toHaveLength(1);
  });

  it("records the summary of an ended call, and refuses a forged webhook", async () => {
    const summaries = new Map<string, string | null>();
    const handler = webhookHandler("whsec-test", summaries);
    const call = { callId: "c-1", shortSummary: "Refund issued." };

    const ended = await sendWebhook("call.ended", { secret: "whsec-test", call, to: handler });
    const forged = await sendWebhook("call.ended", { secret: "guess", call, to: handler });

    expect(ended.status).toBe(204);
    expect(summaries.get("c-1")).toBe("Refund issued.");
    expect(forged.status).toBe(401);
  });
});

describe("when the API refuses", () => {
  it("a 429 from the API surfaces as an error", async () => {
    const sim = createUltravoxSimulator();
    const uv = createUltravoxClient({ apiKey: "test-key", fetch: sim.fetch, maxRetries: 0 });
    sim.on("POST /api/calls", () => 429);
    await expect(startSupportCall(uv, "T-2")).rejects.toMatchObject({ status: 429 });
  });
});
