// Type-level contract of the Calls group as users meet it through the client.
// These assertions are checked by `tsc --noEmit` (part of `npm test`); the
// runtime bodies never run against a server.
import { describe, expectTypeOf, it } from "vitest";
import type { RequestBody, Schema, UltravoxClient } from "../../src/index.js";

type CreateCallBody = RequestBody<"/api/calls", "post">;
declare const client: UltravoxClient;
const listCalls = () => client.GET("/api/calls");
type ListCallsPage = NonNullable<Awaited<ReturnType<typeof listCalls>>["data"]>;
type ListedCall = ListCallsPage["results"][number];

describe("Create Call request body", () => {
  it("accepts an empty body and a typical one", () => {
    expectTypeOf<{}>().toExtend<CreateCallBody>();
    expectTypeOf({
      systemPrompt: "You are a helpful assistant.",
      temperature: 0.4,
      medium: { twilio: {} },
    }).toExtend<CreateCallBody>();
  });

  it("rejects unknown keys and server-set fields", () => {
    const unknownKey: CreateCallBody = {
      systemPrompt: "hi",
      // @ts-expect-error `sytemPrompt` is not a Create Call field
      sytemPrompt: "typo",
    };
    const readOnlyField: CreateCallBody = {
      // @ts-expect-error `callId` is set by the server and never sent
      callId: "3c90c3cc-0d44-4b50-8888-8dd25736052a",
    };
    const nestedUnknownKey: CreateCallBody = {
      // @ts-expect-error medium variants are a closed set
      medium: { carrierPigeon: {} },
    };
    void unknownKey;
    void readOnlyField;
    void nestedUnknownKey;
  });

  it("is what client.POST accepts", () => {
    async function create(client: UltravoxClient) {
      await client.POST("/api/calls", {
        body: { medium: { serverWebSocket: { inputSampleRate: 8000 } } },
      });
      // @ts-expect-error `temperature` is a number
      await client.POST("/api/calls", { body: { temperature: "hot" } });
      const medium = { serverWebSocket: { inputSampleRate: "8k" } };
      // @ts-expect-error `inputSampleRate` is a number
      await client.POST("/api/calls", { body: { medium } });
    }
    expectTypeOf(create).toBeFunction();
  });
});

describe("Call response", () => {
  it("endReason is the union of its enum values or null", () => {
    expectTypeOf<ListedCall["endReason"]>().toEqualTypeOf<
      | "unjoined"
      | "hangup"
      | "agent_hangup"
      | "timeout"
      | "connection_error"
      | "system_error"
      | null
    >();
  });

  it("a List Calls item has callId: string", () => {
    expectTypeOf<ListedCall["callId"]>().toEqualTypeOf<string>();
  });

  it("write-only secrets are sent but never read back", () => {
    // The branches that set `sip`, then `outgoing` (the others forbid them).
    type SipMediumSent = Extract<NonNullable<CreateCallBody["medium"]>, { sip: unknown }>["sip"];
    type SipOutgoingSent = Extract<SipMediumSent, { outgoing: unknown }>["outgoing"];
    type SipOutgoingRead = NonNullable<
      NonNullable<NonNullable<ListedCall["medium"]>["sip"]>["outgoing"]
    >;
    expectTypeOf<SipOutgoingSent>().toHaveProperty("password");
    expectTypeOf<SipOutgoingRead>().not.toHaveProperty("password");
    expectTypeOf<CreateCallBody>().toHaveProperty("sharedSecrets");
  });

  it('Schema<"Call"> is the same shape the client returns', () => {
    expectTypeOf<Schema<"Call">>().toEqualTypeOf<ListedCall>();
  });
});
