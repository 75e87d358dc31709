// Signed webhook deliveries from ultravox-api/testing: what verifyWebhook accepts, to a Fetch
// API handler and to a real server on 127.0.0.1 (examples/webhook-handler.ts).
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it, vi } from "vitest";
import { UltravoxParameterError, verifyWebhook, type WebhookEvent } from "ultravox-api";
import { webhookHandler } from "../../examples/webhook-handler.js";
import { sendWebhook, webhookRequest } from "../../src/testing/index.js";
import { validate, webhookBodySchema } from "../spec/spec.js";

const secret = "test-webhook-secret";

describe("webhook deliveries", () => {
  it.each(["call.started", "call.joined", "call.ended", "call.billed"] as const)(
    "%s: a signed request verifyWebhook accepts, its body valid against the spec",
    async (event) => {
      const request = await webhookRequest(event, { secret });
      expect(request.method).toBe("POST");
      const body = await request.text();
      expect(validate(webhookBodySchema(event) as object, JSON.parse(body))).toEqual([]);
      const verified = await verifyWebhook({ secret, body, headers: request.headers });
      expect(verified.event).toBe(event);
    },
  );

  it("the call given overrides the example's fields; a wrong secret fails verification", async () => {
    const request = await webhookRequest("call.ended", {
      secret,
      call: { callId: "c-42", endReason: "hangup" },
      timestamp: "2026-01-02T03:04:05.000Z",
    });
    const body = await request.text();
    const event = (await verifyWebhook({
      secret,
      body,
      headers: request.headers,
      now: Date.parse("2026-01-02T03:04:06Z"),
    })) as WebhookEvent<"call.ended">;
    expect(event.call).toMatchObject({ callId: "c-42", endReason: "hangup" });
    expect(request.headers.get("x-ultravox-webhook-timestamp")).toBe("2026-01-02T03:04:05.000Z");
    await expect(
      verifyWebhook({
        secret: "other",
        body,
        headers: request.headers,
        toleranceSeconds: Infinity,
      }),
    ).rejects.toMatchObject({ reason: "invalid_signature" });
  });

  it("sent to a Fetch API handler, which gets the request and answers", async () => {
    const seen: string[] = [];
    const response = await sendWebhook("call.joined", {
      secret,
      call: { callId: "c-7" },
      to: async (request) => {
        const event = await verifyWebhook({
          secret,
          body: await request.arrayBuffer(),
          headers: request.headers,
        });
        seen.push(`${event.event} ${event.call.callId}`);
        return new Response(null, { status: 204 });
      },
    });
    expect(response.status).toBe(204);
    expect(seen).toEqual(["call.joined c-7"]);
  });

  it("sent to a URL: the webhook handler example on 127.0.0.1 accepts it", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const handle = webhookHandler(secret);
    const server = createServer((req, res) => void handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const to = `http://127.0.0.1:${port}/webhooks/ultravox`;
      const ok = await sendWebhook("call.ended", { secret, call: { callId: "c-9" }, to });
      expect(ok.status).toBe(204);
      expect(log).toHaveBeenCalledWith(expect.stringMatching(/^call c-9 ended: /));
      const forged = await sendWebhook("call.ended", { secret: "not-the-secret", to });
      expect(forged.status).toBe(401);
    } finally {
      log.mockRestore();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("an event, call, URL or target that makes no sense is refused", async () => {
    const refused = async (make: () => Promise<unknown>) =>
      ((await make().catch((error: unknown) => error)) as UltravoxParameterError).parameter;
    // @ts-expect-error: not an event of the spec
    expect(await refused(() => webhookRequest("call.over", { secret }))).toBe("event");
    expect(await refused(() => webhookRequest("call.ended", { secret: " " }))).toBe("secret");
    expect(await refused(() => webhookRequest("call.ended", { secret, url: "/x" }))).toBe("url");
    expect(
      await refused(() => sendWebhook("call.ended", { secret, to: "nowhere" as string })),
    ).toBe("to");
  });
});
