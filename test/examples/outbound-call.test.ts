// examples/outbound-call.ts: the exact requests sent to the API (a real server on 127.0.0.1,
// or the simulator for a lost answer) and to a local stand-in for Twilio's REST API.
import { describe, expect, it } from "vitest";
import { createUltravoxClient } from "ultravox-api";
import { createUltravoxSimulator } from "ultravox-api/testing";
import { callWithReminder, dialWithTwilio, TwilioCallError } from "../../examples/outbound-call.js";
import {
  API_KEY,
  clientFor,
  json,
  rejectionOf,
  startServer,
  useServers,
} from "../support/server.js";

useServers();

const REMINDER = { appointmentId: "apt-7", customerName: "Jane Smith", phone: "+15551234567" };
const TWILIO = { accountSid: "AC123", authToken: "twilio-token" };
const JOIN_URL = "wss://voice.example/calls/c1/telephony?token=a&b=c";

describe("examples/outbound-call.ts", () => {
  it("callWithReminder: Create Agent Call with the outgoing Twilio medium and a create-once key", async () => {
    const api = await startServer((_request, response) =>
      json(response, 201, { callId: "c1", joinUrl: null }),
    );
    expect(await callWithReminder(clientFor(api), "agent-1", "+15559876543", REMINDER)).toBe("c1");
    expect(api.requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      "POST /api/agents/agent-1/calls",
    ]);
    expect(JSON.parse(api.requests[0]!.body)).toEqual({
      templateContext: { customerName: "Jane Smith" },
      medium: { twilio: { outgoing: { to: "+15551234567", from: "+15559876543" } } },
      firstSpeakerSettings: {
        user: { fallback: { delay: "3s", text: "Hello, this is Acme Dental." } },
      },
      metadata: { appointmentId: "apt-7", createOnceKey: "reminder-apt-7" },
    });
  });

  it("callWithReminder: a lost answer is found by its key; the customer is dialled once", async () => {
    const sim = createUltravoxSimulator({ examples: false });
    const uv = createUltravoxClient({ apiKey: API_KEY, fetch: sim.fetch });
    const agent = await uv.agents.create({ name: "reminders" });
    sim.fault("POST /api/agents/{agent_id}/calls", { drop: "after" });
    const callId = await callWithReminder(uv, agent.agentId, "+15559876543", REMINDER);
    const calls = sim.stored("Call");
    expect(calls.map((call) => call.callId)).toEqual([callId]);
    expect(sim.requestsTo("POST /api/agents/{agent_id}/calls")).toHaveLength(1);
    expect(sim.requestsTo("GET /api/calls")[0]!.query.get("metadata.createOnceKey")).toBe(
      "reminder-apt-7",
    );
  });

  it("dialWithTwilio: an Ultravox call for Twilio, then Twilio's Create Call with TwiML that streams to it", async () => {
    const api = await startServer((_request, response) =>
      json(response, 201, { callId: "c1", joinUrl: JOIN_URL }),
    );
    const twilio = await startServer((_request, response) =>
      json(response, 201, { sid: "CA42", status: "queued" }),
    );
    const result = await dialWithTwilio(
      clientFor(api),
      { ...TWILIO, baseUrl: twilio.origin },
      { to: "+15551234567", from: "+15559876543" },
    );
    expect(result).toEqual({ callId: "c1", twilioCallSid: "CA42" });
    expect(JSON.parse(api.requests[0]!.body)).toEqual({
      systemPrompt: "You are Anna from Acme Dental. You call to confirm tomorrow's appointment.",
      voice: "Jessica",
      medium: { twilio: {} },
      firstSpeakerSettings: { user: {} },
      joinTimeout: "30s",
    });
    const [dial] = twilio.requests;
    expect([dial!.method, dial!.url]).toEqual(["POST", "/2010-04-01/Accounts/AC123/Calls.json"]);
    expect(dial!.headers.authorization).toBe(
      `Basic ${Buffer.from("AC123:twilio-token").toString("base64")}`,
    );
    expect(dial!.headers["content-type"]).toBe("application/x-www-form-urlencoded;charset=UTF-8");
    expect(Object.fromEntries(new URLSearchParams(dial!.body))).toEqual({
      To: "+15551234567",
      From: "+15559876543",
      Twiml:
        '<Response><Connect><Stream url="wss://voice.example/calls/c1/telephony?token=a&amp;b=c"/></Connect></Response>',
    });
    expect(dial!.headers["x-api-key"]).toBeUndefined();
    expect(JSON.stringify(dial)).not.toContain(API_KEY);
  });

  it("dialWithTwilio: Twilio's refusal is a TwilioCallError with Twilio's message, not its token", async () => {
    const api = await startServer((_request, response) =>
      json(response, 201, { callId: "c1", joinUrl: JOIN_URL }),
    );
    const twilio = await startServer((_request, response) =>
      json(response, 400, { code: 21211, message: "The 'To' number is not a valid phone number." }),
    );
    const error = await rejectionOf(
      dialWithTwilio(
        clientFor(api),
        { ...TWILIO, baseUrl: twilio.origin },
        { to: "+1555", from: "+15559876543" },
      ),
    );
    expect(error).toBeInstanceOf(TwilioCallError);
    expect((error as TwilioCallError).status).toBe(400);
    expect(error.message).toBe(
      "Twilio did not place the call to +1555 (400): The 'To' number is not a valid phone number.",
    );
    expect(error.message).not.toContain("twilio-token");
  });
});
