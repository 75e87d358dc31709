// Properties of signWebhook/verifyWebhook over generated inputs (fast-check).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  signWebhook,
  UltravoxWebhookError,
  verifyWebhook,
  type WebhookErrorReason,
} from "../../src/index.js";

// Each property runs hundreds of cases (many over HTTP): far above vitest's 5 s default on a busy machine.
const PROPERTY_TIMEOUT = { timeout: 60_000 };

const RUNS = 200;

/** Any secret a user could configure: arbitrary Unicode, not blank. */
const secret = fc.string({ unit: "binary", minLength: 1 }).filter((s) => s.trim() !== "");
/** Send times from 1970 to 2200, verified at exactly that moment. */
const sentAt = fc.date({
  min: new Date(0),
  max: new Date("2200-01-01T00:00:00Z"),
  noInvalidDate: true,
});
/** A webhook event with arbitrary call contents, serialised with arbitrary indentation. */
const eventBody = fc
  .record({
    event: fc.constantFrom("call.started", "call.joined", "call.ended", "call.billed"),
    call: fc.dictionary(fc.string({ unit: "binary" }), fc.jsonValue()),
  })
  .chain((event) =>
    fc
      .constantFrom(undefined, 0, 2, "\t")
      .map((indent) => ({ event, text: JSON.stringify(event, null, indent) })),
  );
const encode = (text: string) => new TextEncoder().encode(text);

async function reasonOf(promise: Promise<unknown>): Promise<WebhookErrorReason | "verified"> {
  try {
    await promise;
    return "verified";
  } catch (error) {
    if (error instanceof UltravoxWebhookError) return error.reason;
    throw error;
  }
}

describe("verifyWebhook(signWebhook(x)) round-trips", () => {
  it(
    "for any event, sent as a string, bytes or an ArrayBuffer, with any secret among others",
    PROPERTY_TIMEOUT,
    async () => {
      await fc.assert(
        fc.asyncProperty(
          eventBody,
          fc.constantFrom("string", "bytes", "arrayBuffer"),
          secret,
          fc.array(secret, { maxLength: 2 }),
          sentAt,
          async ({ event, text }, form, key, otherKeys, at) => {
            const body =
              form === "string" ? text : form === "bytes" ? encode(text) : encode(text).buffer;
            const { headers } = await signWebhook({ secret: key, body, timestamp: at });
            const verified = await verifyWebhook({
              secret: [...otherKeys, key],
              body,
              headers,
              now: at,
            });
            expect(verified).toEqual(JSON.parse(text));
            expect(verified.event).toBe(event.event);
          },
        ),
        { numRuns: RUNS },
      );
    },
  );

  it(
    "for any bytes or Unicode string: the signature always verifies (non-events are invalid_body)",
    PROPERTY_TIMEOUT,
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.uint8Array({ maxLength: 512 }),
            fc.string({ unit: "binary", maxLength: 256 }),
          ),
          secret,
          sentAt,
          async (body, key, at) => {
            const { headers } = await signWebhook({ secret: key, body, timestamp: at });
            const reason = await reasonOf(verifyWebhook({ secret: key, body, headers, now: at }));
            expect(["verified", "invalid_body"]).toContain(reason);
          },
        ),
        { numRuns: RUNS },
      );
    },
  );
});

describe("any single-byte change is rejected", () => {
  /** A signed request and a position plus a replacement value for one of its bytes. */
  const tampering = fc.record({
    body: fc.oneof(
      fc.uint8Array({ minLength: 1, maxLength: 256 }),
      eventBody.map(({ text }) => encode(text)),
    ),
    key: secret,
    at: sentAt,
    change: fc.oneof(
      fc.record({ target: fc.constant("body" as const), value: fc.integer({ min: 0, max: 255 }) }),
      // Header values are visible ASCII or spaces; HTTP stacks refuse anything else.
      fc.record({
        target: fc.constantFrom("timestamp" as const, "signature" as const),
        value: fc.integer({ min: 0x20, max: 0x7e }),
      }),
    ),
    position: fc.nat(),
  });

  it("in the body, the timestamp or the signature", PROPERTY_TIMEOUT, async () => {
    let changedBody = 0;
    await fc.assert(
      fc.asyncProperty(tampering, async ({ body, key, at, change, position }) => {
        const { signature, timestamp } = await signWebhook({ secret: key, body, timestamp: at });
        const changed = { body: body.slice(), timestamp, signature };
        const { target, value } = change;
        if (target === "body") {
          const i = position % body.length;
          fc.pre(body[i] !== value);
          changed.body[i] = value;
          changedBody++;
        } else {
          const text = changed[target];
          const i = position % text.length;
          fc.pre(text.charCodeAt(i) !== value);
          changed[target] = text.slice(0, i) + String.fromCharCode(value) + text.slice(i + 1);
        }
        const reason = await reasonOf(
          verifyWebhook({
            secret: key,
            body: changed.body,
            headers: {
              "X-Ultravox-Webhook-Signature": changed.signature,
              "X-Ultravox-Webhook-Timestamp": changed.timestamp,
            },
            now: at,
          }),
        );
        expect(
          target === "timestamp"
            ? ["invalid_signature", "invalid_timestamp"]
            : ["invalid_signature"],
        ).toContain(reason);
      }),
      { numRuns: RUNS },
    );
    expect(changedBody).toBeGreaterThan(0);
  });
});
