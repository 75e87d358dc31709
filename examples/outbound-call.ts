// Outbound phone calls through Twilio, two ways: Ultravox dials through the Twilio account
// you configured in Ultravox (an `outgoing` medium), or you dial with Twilio's REST API and
// connect the answered call to Ultravox's join URL. Telnyx and Plivo work the same way
// (`medium: { telnyx: … }`, `medium: { plivo: … }`).
import type { UltravoxClient } from "ultravox-api";

/** One reminder call to place. */
export interface Reminder {
  appointmentId: string;
  customerName: string;
  /** The number to call, in E.164 form (`+15551234567`). */
  phone: string;
}

/**
 * Has Ultravox call the customer from the agent, through your Twilio account (set up once
 * with `uv.telephonyConfigs.twilio.create`). One call per appointment, however the network
 * fails: a lost answer is looked up by its key instead of dialling the customer twice.
 *
 * @throws the SDK's errors (`BadRequestError` for a body the API refuses, …).
 */
export async function callWithReminder(
  uv: UltravoxClient,
  agentId: string,
  callerId: string,
  { appointmentId, customerName, phone }: Reminder,
) {
  const call = await uv.agents.calls.create(
    agentId,
    {
      templateContext: { customerName },
      medium: { twilio: { outgoing: { to: phone, from: callerId } } },
      // The person who picks up speaks first; if they stay silent, the agent opens.
      firstSpeakerSettings: {
        user: { fallback: { delay: "3s", text: "Hello, this is Acme Dental." } },
      },
      metadata: { appointmentId },
    },
    { createOnce: { key: `reminder-${appointmentId}` } },
  );
  return call.callId;
}

/** A Twilio account to dial from: its SID and auth token, and Twilio's API origin. */
export interface TwilioAccount {
  accountSid: string;
  authToken: string;
  /** Default `https://api.twilio.com`. */
  baseUrl?: string;
}

/** Twilio refused to place the call; `status` and `message` are Twilio's. */
export class TwilioCallError extends Error {
  override name = "TwilioCallError";
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Creates an Ultravox call for Twilio and has Twilio dial `to`, streaming the answered call to
 * Ultravox; resolves with both calls' IDs.
 *
 * @throws {TwilioCallError} when Twilio refuses the call (the Ultravox call then ends by
 *   itself once its join timeout passes).
 * @throws the SDK's errors for the Ultravox call.
 */
export async function dialWithTwilio(
  uv: UltravoxClient,
  twilio: TwilioAccount,
  { to, from }: { to: string; from: string },
) {
  const { accountSid, authToken, baseUrl = "https://api.twilio.com" } = twilio;
  const call = await uv.calls.create({
    systemPrompt: "You are Anna from Acme Dental. You call to confirm tomorrow's appointment.",
    voice: "Jessica",
    medium: { twilio: {} },
    firstSpeakerSettings: { user: {} },
    joinTimeout: "30s", // ends the call if Twilio never connects it
  });
  if (!call.joinUrl) throw new Error(`Ultravox call ${call.callId} came without a join URL`);
  const twiml = `<Response><Connect><Stream url="${escapeXml(call.joinUrl)}"/></Connect></Response>`;
  // Twilio's own API and credentials: a plain fetch, which never carries the Ultravox key.
  const response = await fetch(
    `${baseUrl}/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Calls.json`,
    {
      method: "POST",
      headers: { authorization: `Basic ${btoa(`${accountSid}:${authToken}`)}` },
      body: new URLSearchParams({ To: to, From: from, Twiml: twiml }),
    },
  );
  const answer = (await response.json().catch(() => ({}))) as { sid?: string; message?: string };
  if (!response.ok || !answer.sid)
    throw new TwilioCallError(
      response.status,
      `Twilio did not place the call to ${to} (${response.status}): ${answer.message ?? "no message"}`,
    );
  return { callId: call.callId, twilioCallSid: answer.sid };
}

const XML_ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (char) => XML_ENTITIES[char]!);
