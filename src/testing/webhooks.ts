// Webhook deliveries as Ultravox makes them, for testing a handler: the event's JSON body,
// signed with the secret the handler verifies (signWebhook), as a `Request`, or sent to a
// handler function or a URL.
import { EXAMPLES, WEBHOOK_CALLS } from "../../generated/simulator.js";
import { check } from "../utils/checks.js";
import type { Schema } from "../types.js";
import { signWebhook, type WebhookEventName } from "../webhooks.js";
import { copy } from "./store.js";

/** Options for {@link webhookRequest}. */
export interface WebhookDeliveryOptions {
  /** The secret to sign with: the one your handler passes to `verifyWebhook`. */
  secret: string;
  /**
   * The call the event is about: its fields over the spec's example call for the event.
   * Pass a call your code created through the simulator to deliver that one.
   */
  call?: Partial<Schema<"Call">>;
  /** The URL the request is for. Default `https://example.com/ultravox-webhook`. */
  url?: string;
  /** The send time it is signed with. Default now (so `verifyWebhook` accepts it). */
  timestamp?: Date | string;
}

/** A handler as Fetch API servers take them (Hono, Next.js route handlers, Deno, Workers). */
export type WebhookHandler = (request: Request) => Response | Promise<Response>;

/** Options for {@link sendWebhook}: those of {@link webhookRequest} and where it goes. */
export interface SendWebhookOptions extends WebhookDeliveryOptions {
  /** A Fetch API handler, called with the request, or a URL to POST it to (with `fetch`). */
  to: WebhookHandler | string;
}

/**
 * Builds the POST request Ultravox sends a webhook for `event`: the body
 * `{ "event": event, "call": call }` and the `X-Ultravox-Webhook-Signature` and
 * `X-Ultravox-Webhook-Timestamp` headers, signed with `secret` (see `signWebhook`), so that
 * `verifyWebhook({ secret, body, headers })` accepts it.
 *
 * @example const request = await webhookRequest("call.ended", { secret, call: { callId } });
 * @throws {UltravoxParameterError} for an event that is not one of the spec's, a blank secret,
 *   a `call` that is not an object, a `url` that is not one, or a `timestamp` that is neither
 *   a valid `Date` nor a string.
 */
export async function webhookRequest<Name extends WebhookEventName>(
  event: Name,
  options: WebhookDeliveryOptions,
): Promise<Request> {
  const { secret, call = {}, url = "https://example.com/ultravox-webhook", timestamp } = options;
  const example = WEBHOOK_CALLS[event];
  check(
    example !== undefined,
    "event",
    `is not a webhook event; they are ${Object.keys(WEBHOOK_CALLS).join(", ")}`,
  );
  check(typeof call === "object" && call !== null, "call", "must be an object (a call's fields)");
  check(URL.canParse(url), "url", "must be an absolute URL");
  const body = JSON.stringify({ event, call: { ...copy(EXAMPLES[example] as object), ...call } });
  const signed = await signWebhook({ secret, body, ...(timestamp && { timestamp }) });
  return new Request(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...signed.headers },
    body,
  });
}

/**
 * Sends a signed webhook delivery of `event` (see {@link webhookRequest}) to `to`: calls a
 * Fetch API handler with it, or POSTs it to a URL with the global `fetch` (your server on
 * 127.0.0.1, say). Resolves with the handler's or server's response.
 *
 * @throws {UltravoxParameterError} as {@link webhookRequest} does, or when `to` is neither a
 *   function nor a URL; rejects with what the handler or `fetch` throws.
 */
export async function sendWebhook<Name extends WebhookEventName>(
  event: Name,
  options: SendWebhookOptions,
): Promise<Response> {
  const { to, ...delivery } = options;
  check(
    typeof to === "function" || (typeof to === "string" && URL.canParse(to)),
    "to",
    "must be a handler function or an absolute URL",
  );
  const url = typeof to === "string" ? to : delivery.url;
  const request = await webhookRequest(event, { ...delivery, ...(url && { url }) });
  return typeof to === "string" ? fetch(request) : to(request);
}
