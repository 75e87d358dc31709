// Testing examples/testing/app.ts with Jest (ts-jest) and ultravox-api/testing.
import { describe, expect, it } from "@jest/globals";
import { createUltravoxClient } from "ultravox-api";
import { createUltravoxSimulator, sendWebhook } from "ultravox-api/testing";
import { startSupportCall, ticketCalls, webhookHandler } from "./app";

describe("support calls", () => {
  it("one call per ticket, even when the API answers 500 after creating it", async () => {
    const sim = createUltravoxSimulator();
    const uv = createUltravoxClient({ apiKey: "test-key", fetch: sim.fetch });
    sim.fault("POST /api/calls", { status: 500, when: "after" });

    const joinUrl = await startSupportCall(uv, "T-1");

    const [callId] = await ticketCalls(uv, "T-1");
    expect(joinUrl).toContain(callId);
    expect(sim.requestsTo("POST /api/calls")).toHaveLength(1);
  });

  it("records the summary of an ended call", async () => {
    const summaries = new Map<string, string | null>();
    const call = { callId: "c-1", shortSummary: "Refund issued." };
    const to = webhookHandler("whsec-test", summaries);

    const response = await sendWebhook("call.ended", { secret: "whsec-test", call, to });

    expect(response.status).toBe(204);
    expect(summaries.get("c-1")).toBe("Refund issued.");
  });
});
