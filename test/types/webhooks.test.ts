// Type-level contract of the webhook helpers, checked by `tsc --noEmit`.
import type { IncomingHttpHeaders } from "node:http";
import { describe, expectTypeOf, it } from "vitest";
import {
  signWebhook,
  verifyWebhook,
  type Schema,
  type UltravoxError,
  type UltravoxWebhookError,
  type VerifyWebhookOptions,
  type WebhookErrorReason,
  type WebhookEvent,
  type WebhookEventName,
} from "../../src/index.js";

describe("WebhookEvent", () => {
  it("is the union of the spec's webhook events, named by `event`", () => {
    expectTypeOf<WebhookEventName>().toEqualTypeOf<
      "call.started" | "call.joined" | "call.ended" | "call.billed"
    >();
    expectTypeOf<WebhookEvent["event"]>().toEqualTypeOf<WebhookEventName>();
    expectTypeOf<WebhookEvent<"call.billed">>().toEqualTypeOf<{
      event: "call.billed";
      call: Schema<"Call">;
    }>();
  });

  it("narrows on `event` and carries the call as the API returns it", () => {
    const handle = (event: WebhookEvent) => {
      if (event.event === "call.ended") {
        expectTypeOf(event).toEqualTypeOf<WebhookEvent<"call.ended">>();
        expectTypeOf(event.call.callId).toEqualTypeOf<string>();
      }
      // @ts-expect-error not an event Ultravox sends
      if (event.event === "call.paused") return;
    };
    void handle;
  });

  it("is what verifyWebhook resolves to", () => {
    expectTypeOf(verifyWebhook).returns.toEqualTypeOf<Promise<WebhookEvent>>();
  });
});

describe("verifyWebhook options", () => {
  it("accept Node's and Fetch's headers, and every raw body form", () => {
    expectTypeOf<IncomingHttpHeaders>().toExtend<VerifyWebhookOptions["headers"]>();
    expectTypeOf<Headers>().toExtend<VerifyWebhookOptions["headers"]>();
    expectTypeOf<Buffer>().toExtend<VerifyWebhookOptions["body"]>();
    expectTypeOf<ArrayBuffer>().toExtend<VerifyWebhookOptions["body"]>();
    expectTypeOf<readonly string[]>().toExtend<VerifyWebhookOptions["secret"]>();
    // @ts-expect-error a parsed body cannot be verified
    expectTypeOf<{ event: string }>().toExtend<VerifyWebhookOptions["body"]>();
  });
});

describe("UltravoxWebhookError", () => {
  it("is an UltravoxError with a reason", () => {
    expectTypeOf<UltravoxWebhookError>().toExtend<UltravoxError>();
    expectTypeOf<UltravoxWebhookError["reason"]>().toEqualTypeOf<WebhookErrorReason>();
  });
});

describe("signWebhook", () => {
  it("returns headers that verifyWebhook and fetch accept", () => {
    type Signed = Awaited<ReturnType<typeof signWebhook>>;
    expectTypeOf<Signed["headers"]>().toExtend<VerifyWebhookOptions["headers"]>();
    expectTypeOf<Signed["headers"]>().toExtend<HeadersInit>();
  });
});
