import type { webhooks } from "../generated/schema.js";
import { check, isNumberIn, isPlainObject, kindOf } from "./utils/checks.js";
import { UltravoxWebhookError, type WebhookErrorReason } from "./errors.js";

/** The name of an event Ultravox sends to webhooks (`"call.ended"`, …). */
export type WebhookEventName = keyof webhooks;

/**
 * A webhook event as Ultravox sends it: `{ event, call }`, where `call` is the
 * call as Get Call returns it. Without a type argument, the union of every
 * event, narrowable on `event`.
 *
 * @example if (event.event === "call.ended") console.log(event.call.endReason);
 */
export type WebhookEvent<Name extends WebhookEventName = WebhookEventName> = {
  [N in Name]: webhooks[N]["post"]["requestBody"]["content"]["application/json"];
}[Name];

/** Options for {@link verifyWebhook}. */
export interface VerifyWebhookOptions {
  /**
   * The webhook's secret, or several during a rotation: the request is
   * authentic if any of its signatures matches any of these secrets.
   */
  secret: string | readonly string[];
  /**
   * The raw request body exactly as received; a string is encoded as UTF-8.
   * Never a parsed and re-serialised object: any changed byte fails.
   */
  body: string | Uint8Array | ArrayBuffer;
  /**
   * The request headers: a `Headers`, or a plain object such as Node's
   * `req.headers` (names case-insensitive, values may be arrays).
   */
  headers: Headers | Record<string, string | readonly string[] | undefined>;
  /**
   * How far, in seconds, the signed timestamp may be from `now`, either way:
   * a number >= 0, or `Infinity` to accept any age (only for re-checking stored
   * deliveries: it lets a captured request be replayed forever). Default 300. The
   * signature already proves the request is Ultravox's; this window only bounds how
   * long a captured request can be replayed. One
   * minute (the guide's example) rejects authentic deliveries when this
   * host's clock is off by tens of seconds or a request waits behind a cold
   * start or a slow proxy, and as each retry is stamped with its own send
   * time, a skewed clock would lose the event for good. Five minutes is the
   * common choice (Stripe, Slack, Svix); handlers must be idempotent anyway,
   * since Ultravox retries deliveries, which also defuses replays in the window.
   */
  toleranceSeconds?: number;
  /** The current time, as a `Date` or epoch milliseconds. Defaults to the clock; for tests. */
  now?: Date | number;
}

/** Options for {@link signWebhook}. */
export interface SignWebhookOptions {
  /** The secret to sign with. */
  secret: string;
  /** The body to sign, exactly as it will be sent; a string is encoded as UTF-8. */
  body: string | Uint8Array | ArrayBuffer;
  /** The send time; defaults to now. A string is used verbatim (e.g. to replay a captured request). */
  timestamp?: Date | string;
}

/** A signature made by {@link signWebhook}, and the headers that carry it. */
export interface SignedWebhook {
  /** Lowercase hex HMAC-SHA256 of the body followed by `timestamp`. */
  signature: string;
  /** The timestamp that was signed (ISO 8601). */
  timestamp: string;
  /** Both headers, ready to send with the body. */
  headers: { "X-Ultravox-Webhook-Signature": string; "X-Ultravox-Webhook-Timestamp": string };
}

const SIGNATURE = "X-Ultravox-Webhook-Signature";
const TIMESTAMP = "X-Ultravox-Webhook-Timestamp";
// Ultravox sends one signature per secret of the webhook: one, two during a rotation.
// Bounds on what an attacker may make us parse; each entry is 64 hex digits.
const MAX_SIGNATURES = 16;
const MAX_SIGNATURE_HEADER_LENGTH = 2048;

/**
 * Proves a webhook request came from Ultravox and returns its event: checks
 * that a signature in `X-Ultravox-Webhook-Signature` is the HMAC-SHA256 of the
 * raw body followed by `X-Ultravox-Webhook-Timestamp` (computed once per secret
 * with Web Crypto, however many signatures the header holds, and compared with
 * each in constant time), that the timestamp is within `toleranceSeconds` of
 * `now`, and only then parses the body. Works in Node, Deno, Bun, workers and
 * browsers. The signature is checked before the time, so
 * `timestamp_out_of_tolerance` means an authentic but stale (or future)
 * request: a replay, or a wrong clock.
 *
 * @throws {UltravoxWebhookError} when the request is not authentic, recent and
 *   a JSON `{ event, call }` object; `reason` says which check failed. A
 *   signature header of more than 16 entries or 2048 characters is
 *   `invalid_signature`, refused before any HMAC is computed.
 * @throws {UltravoxParameterError} on a programming error: no secret, a blank
 *   secret, a body that is not raw bytes or a string, `headers` that are not an
 *   object, a tolerance that is not a number >= 0 (`Infinity` is allowed), or a
 *   `now` that is not a valid `Date` or a finite number.
 */
export async function verifyWebhook(options: VerifyWebhookOptions): Promise<WebhookEvent> {
  const { headers, toleranceSeconds = 300, now = Date.now() } = options;
  const secrets = [options.secret].flat();
  if (!secrets.length) checkSecret("");
  secrets.forEach(checkSecret);
  check(
    isNumberIn(toleranceSeconds, 0, Infinity),
    "toleranceSeconds",
    "must be a number of seconds, 0 or more (Infinity accepts any age)",
  );
  const nowMs = typeof now === "number" || now instanceof Date ? Number(now) : NaN;
  check(Number.isFinite(nowMs), "now", "must be a valid Date or a finite number of epoch ms");
  const body = checkBody(options.body);
  check(
    typeof headers === "object" && headers !== null,
    "headers",
    `is ${kindOf(headers)}: pass the request's headers`,
  );
  const signatureHeader = readHeader(headers, SIGNATURE)?.trim();
  if (!signatureHeader) throw missing("missing_signature", SIGNATURE);
  const entries = signatureHeader.split(",", MAX_SIGNATURES + 1);
  if (signatureHeader.length > MAX_SIGNATURE_HEADER_LENGTH || entries.length > MAX_SIGNATURES) {
    throw new UltravoxWebhookError(
      "invalid_signature",
      `${SIGNATURE} holds more than ${MAX_SIGNATURES} signatures or ${MAX_SIGNATURE_HEADER_LENGTH} characters; none was checked.`,
    );
  }
  const timestamp = readHeader(headers, TIMESTAMP);
  if (!timestamp) throw missing("missing_timestamp", TIMESTAMP);
  const sentAt = parseTimestamp(timestamp);
  if (Number.isNaN(sentAt)) {
    throw new UltravoxWebhookError(
      "invalid_timestamp",
      `${TIMESTAMP} is not an ISO 8601 date-time.`,
    );
  }
  // A candidate equal to a MAC is 64 lowercase hex digits: others can only fail to match.
  const candidates = entries.map((entry) => entry.trim());
  const message = await signedMessage(body, timestamp);
  // One HMAC per secret, compared with every candidate: an attacker's extra
  // signatures cost a 64-character comparison each, not another pass over the body.
  const expected = await Promise.all(secrets.map((secret) => hmacHex(secret, message)));
  if (!expected.some((mac) => candidates.some((candidate) => sameText(mac, candidate)))) {
    throw new UltravoxWebhookError(
      "invalid_signature",
      "No signature matches: check the secret and pass the raw, unparsed body.",
    );
  }
  const age = nowMs - sentAt;
  if (Math.abs(age) > toleranceSeconds * 1000) {
    throw new UltravoxWebhookError(
      "timestamp_out_of_tolerance",
      `Signed ${Math.round(Math.abs(age) / 1000)} s ${age > 0 ? "ago" : "ahead"}: a replay, or a wrong clock.`,
    );
  }
  let event: unknown;
  try {
    event = JSON.parse(
      typeof body === "string" ? body : new TextDecoder("utf-8", { fatal: true }).decode(body),
    );
  } catch {
    // Not UTF-8 or not JSON: reported as `invalid_body` below.
  }
  if (
    !isPlainObject(event) ||
    typeof event["event"] !== "string" ||
    !isPlainObject(event["call"])
  ) {
    throw new UltravoxWebhookError(
      "invalid_body",
      "The body is not a JSON { event, call } object.",
    );
  }
  return event as unknown as WebhookEvent;
}

/**
 * Signs a body as Ultravox does, so you can test your webhook handler: send
 * the body with `headers` and `verifyWebhook` accepts it.
 *
 * @throws {UltravoxParameterError} when the secret is blank, the body is not a string or
 *   bytes, or `timestamp` is neither a valid `Date` nor a string.
 */
export async function signWebhook(options: SignWebhookOptions): Promise<SignedWebhook> {
  const { secret, body, timestamp: time = new Date() } = options;
  checkSecret(secret);
  check(
    typeof time === "string" || (time instanceof Date && !Number.isNaN(time.getTime())),
    "timestamp",
    "must be a valid Date or a string",
  );
  const timestamp = typeof time === "string" ? time : time.toISOString();
  const signature = await hmacHex(secret, await signedMessage(checkBody(body), timestamp));
  return {
    signature,
    timestamp,
    headers: {
      "X-Ultravox-Webhook-Signature": signature,
      "X-Ultravox-Webhook-Timestamp": timestamp,
    },
  };
}

function missing(reason: WebhookErrorReason, header: string): UltravoxWebhookError {
  return new UltravoxWebhookError(reason, `Missing ${header} header.`);
}

function checkSecret(secret: unknown): void {
  check(
    typeof secret === "string" && secret.trim(),
    "secret",
    "is missing or blank: pass the webhook's secret",
  );
}

/** The lowercase hex HMAC-SHA256 of `message` keyed by `secret` (as UTF-8). */
async function hmacHex(secret: string, message: ArrayBuffer): Promise<string> {
  const key = await crypto.subtle.importKey(
    "raw",
    new TextEncoder().encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, message));
  return Array.from(mac, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** Whether two strings of the same length are equal, in a time that does not depend on where they differ. */
function sameText(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

function checkBody(body: unknown): SignWebhookOptions["body"] {
  check(
    typeof body === "string" || ArrayBuffer.isView(body) || body instanceof ArrayBuffer,
    "body",
    `must be the raw request body (a string, Uint8Array or ArrayBuffer), not ${kindOf(body)}`,
  );
  return body as SignWebhookOptions["body"];
}

/** The signed bytes: the raw body (a string as UTF-8) immediately followed by the timestamp header value. */
function signedMessage(body: SignWebhookOptions["body"], timestamp: string): Promise<ArrayBuffer> {
  return new Blob([body as BlobPart, timestamp]).arrayBuffer();
}

function readHeader(headers: VerifyWebhookOptions["headers"], name: string): string | undefined {
  if (typeof headers.get === "function") return (headers as Headers).get(name) ?? undefined;
  // Several values (or keys differing in case) are joined as `Headers.get` does;
  // a joined timestamp is then rejected as invalid rather than picked from.
  const values = Object.entries(headers)
    .filter(([key]) => key.toLowerCase() === name.toLowerCase())
    .flatMap(([, value]) => value ?? []);
  return values.length ? values.join(", ") : undefined;
}

/**
 * Epoch ms of an ISO 8601 date-time, or NaN for anything else (`Date.parse` alone
 * also takes other formats). A value without an offset is read as UTC, not local
 * time: the guide's own sample compares the header with a naive datetime.
 */
function parseTimestamp(value: string): number {
  const iso = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?$/.exec(value);
  return iso ? Date.parse(iso[2] ? value : `${value}Z`) : NaN;
}
