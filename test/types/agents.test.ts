// Type-level contract of the Agents, Scheduled Call Batches, Accounts and
// Telephony operations as users meet them through the client. Checked by
// `tsc --noEmit` (part of `npm test`); the runtime bodies never run against a server.
import { describe, expectTypeOf, it } from "vitest";
import type { RequestBody, Schema, UltravoxClient } from "../../src/index.js";

type CreateAgentBody = RequestBody<"/api/agents", "post">;
type UpdateAgentBody = RequestBody<"/api/agents/{agent_id}", "patch">;
type CreateAgentCallBody = RequestBody<"/api/agents/{agent_id}/calls", "post">;
type CreateBatchBody = RequestBody<"/api/agents/{agent_id}/scheduled_batches", "post">;
type UpdateBatchBody = RequestBody<"/api/agents/{agent_id}/scheduled_batches/{batch_id}", "patch">;
type SetTtsKeysBody = RequestBody<"/api/accounts/me/tts_api_keys", "patch">;
type CreateTwilioBody = RequestBody<"/api/telephony_configs/twilio", "post">;
type UpdateTwilioBody = RequestBody<"/api/telephony_configs/twilio", "patch">;

declare const client: UltravoxClient;
const getAgent = () =>
  client.GET("/api/agents/{agent_id}", { params: { path: { agent_id: "a" } } });
type FetchedAgent = NonNullable<Awaited<ReturnType<typeof getAgent>>["data"]>;

describe("Create Agent request body", () => {
  it("takes every field as optional, as the published schema does; unknown keys fail", () => {
    expectTypeOf({ name: "Support" }).toExtend<CreateAgentBody>();
    expectTypeOf({ name: "Support", callTemplate: {} }).toExtend<CreateAgentBody>();
    expectTypeOf<{ callTemplate: {} }>().toExtend<CreateAgentBody>();
    expectTypeOf<{ callTemplate: null }>().toExtend<CreateAgentBody>();
    const misspelt: CreateAgentBody = {
      // @ts-expect-error the field is `name`
      nme: "Support",
    };
    void misspelt;
  });

  it("the call template takes the call settings plus the template-only fields", () => {
    const body: CreateAgentBody = {
      name: "Support",
      callTemplate: {
        systemPrompt: "You are talking to {{customerName}}.",
        voice: "Jessica",
        temperature: 0.4,
        medium: { twilio: {} },
        firstSpeakerSettings: { agent: { text: "Hello!" } },
        inactivityMessages: [{ duration: "30s", message: "Are you still there?" }],
        selectedTools: [{ toolName: "orderStatus" }],
        contextSchema: { type: "object", properties: { customerName: { type: "string" } } },
        sharedSecrets: ["your-secret-at-least-16-chars"],
      },
    };
    void body;
  });

  it("rejects unknown keys and server-set template fields", () => {
    const typo: CreateAgentBody = {
      name: "Support",
      // @ts-expect-error `sytemPrompt` is not a call template field
      callTemplate: { sytemPrompt: "typo" },
    };
    const serverSet: CreateAgentBody = {
      name: "Support",
      // @ts-expect-error `created` is set by the server and never sent
      callTemplate: { created: "2025-06-02T09:10:11Z" },
    };
    void typo;
    void serverSet;
  });
});

describe("Update Agent request body", () => {
  it("has only optional fields, so {} and a partial template are accepted", () => {
    expectTypeOf<{}>().toExtend<UpdateAgentBody>();
    expectTypeOf({ name: "Renamed" }).toExtend<UpdateAgentBody>();
    expectTypeOf({ callTemplate: { temperature: 0.4 } }).toExtend<UpdateAgentBody>();
  });
});

describe("Create Agent Call request body", () => {
  it("templateContext is an object of unknown values", () => {
    type TemplateContext = NonNullable<CreateAgentCallBody["templateContext"]>;
    // Mutually assignable with Record<string, unknown>; the values are unknown, not any.
    expectTypeOf<TemplateContext>().toExtend<Record<string, unknown>>();
    expectTypeOf<Record<string, unknown>>().toExtend<TemplateContext>();
    expectTypeOf<TemplateContext[string]>().toBeUnknown();
    expectTypeOf({
      templateContext: { customerName: "Jane", visits: 3, vip: true, tags: ["a"] },
    }).toExtend<CreateAgentCallBody>();
  });

  it("takes the per-call overrides but not the template's own settings", () => {
    expectTypeOf<{}>().toExtend<CreateAgentCallBody>();
    const overrides: CreateAgentCallBody = {
      medium: { twilio: { outgoing: { to: "+15551234567", from: "+15559876543" } } },
      joinTimeout: "60s",
      maxDuration: "900s",
      recordingEnabled: false,
      initialOutputMedium: "MESSAGE_MEDIUM_TEXT",
      firstSpeakerSettings: { user: {} },
      metadata: { source: "website" },
      initialMessages: [{ role: "MESSAGE_ROLE_USER", text: "Hi" }],
      dataConnection: { websocketUrl: "wss://example.com/data" },
      experimentalSettings: {},
    };
    const templateOnly: CreateAgentCallBody = {
      // @ts-expect-error the prompt belongs to the agent's template
      systemPrompt: "You are a helpful assistant.",
    };
    void overrides;
    void templateOnly;
  });

  it("answers with a Call", () => {
    async function create() {
      const { data } = await client.POST("/api/agents/{agent_id}/calls", {
        params: { path: { agent_id: "7b1f0f5c-4d3a-4f0e-9a7d-2c51e8b6a9d4" } },
        body: { templateContext: { customerName: "Jane" } },
      });
      return data;
    }
    expectTypeOf<NonNullable<Awaited<ReturnType<typeof create>>>>().toEqualTypeOf<Schema<"Call">>();
  });
});

describe("Scheduled call batch request bodies", () => {
  it("Create requires calls; Update accepts a lone paused flag", () => {
    expectTypeOf({ calls: [{ medium: { webRtc: {} } }] }).toExtend<CreateBatchBody>();
    expectTypeOf<{ paused: true }>().not.toExtend<CreateBatchBody>();
    expectTypeOf({ paused: true }).toExtend<UpdateBatchBody>();
  });

  it("server-set batch fields are read-only", () => {
    const serverSet: UpdateBatchBody = {
      // @ts-expect-error `totalCount` is set by the server
      totalCount: 3,
    };
    void serverSet;
    expectTypeOf<Schema<"ScheduledCallBatch">["totalCount"]>().toEqualTypeOf<number>();
  });
});

describe("write-only secrets", () => {
  it("an agent's shared secrets are sent but never read back", () => {
    type TemplateSent = NonNullable<CreateAgentBody["callTemplate"]>;
    expectTypeOf<TemplateSent>().toHaveProperty("sharedSecrets");
    expectTypeOf<FetchedAgent["callTemplate"]>().not.toHaveProperty("sharedSecrets");
    expectTypeOf<Schema<"Agent">>().toEqualTypeOf<FetchedAgent>();
  });

  it("TTS keys are sent as strings and read back only as prefixes", () => {
    expectTypeOf<SetTtsKeysBody["elevenLabs"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<NonNullable<Schema<"TtsApiKeys">["elevenLabs"]>>().toEqualTypeOf<{
      prefix: string;
    }>();
  });

  it("telephony credentials are sent in full and read back only as prefixes", () => {
    expectTypeOf({ accountSid: "AC123", authToken: "secret" }).toExtend<CreateTwilioBody>();
    expectTypeOf<{ accountSid: string }>().not.toExtend<CreateTwilioBody>();
    expectTypeOf<{}>().toExtend<UpdateTwilioBody>();
    expectTypeOf<UpdateTwilioBody>().toHaveProperty("authToken");
    expectTypeOf<Schema<"TwilioConfig">>().not.toHaveProperty("authToken");
    expectTypeOf<Schema<"TwilioConfig">["authTokenPrefix"]>().toEqualTypeOf<{
      prefix: string;
    }>();
    expectTypeOf<Schema<"TelnyxConfig">>().not.toHaveProperty("apiKey");
    expectTypeOf<Schema<"PlivoConfig">>().not.toHaveProperty("authToken");
  });
});
