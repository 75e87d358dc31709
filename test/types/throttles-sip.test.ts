// Type-level contract of the operations the newer excerpts and pages/other added (call
// throttles, SIP) and of the fields folded in with them, on inline calls as users write
// them. Checked by `tsc --noEmit` (part of `npm test`).
import { describe, expectTypeOf, it } from "vitest";
import type { RequestBody, Schema, UltravoxClient } from "../../src/index.js";

declare const uv: UltravoxClient;

describe("call throttles", () => {
  it("Create Call Throttle takes a name and rules, and answers a CallThrottle", () => {
    async function create() {
      const { data } = await uv.POST("/api/call_throttles", {
        body: { name: "outbound-campaign", rules: [{ maxCalls: 50, windowSeconds: 60 }] },
      });
      expectTypeOf(data).toEqualTypeOf<Schema<"CallThrottle"> | undefined>();
      // @ts-expect-error a rule needs its window
      await uv.POST("/api/call_throttles", { body: { name: "x", rules: [{ maxCalls: 5 }] } });
    }
    expectTypeOf(create).toBeFunction();
  });

  it("Patch Call Throttle takes any subset; Create Call takes the throttle by name or ID", () => {
    async function use() {
      await uv.PATCH("/api/call_throttles/{throttle_id}", {
        params: { path: { throttle_id: "2d7e4c1a-9b3f-4a6e-8c5d-1f0a2b3c4d5e" } },
        body: { name: "spring-campaign" },
      });
      await uv.POST("/api/calls", {
        params: { query: { throttle: "outbound-campaign" } },
        body: { systemPrompt: "You are a helpful assistant." },
      });
    }
    expectTypeOf(use).toBeFunction();
  });
});

describe("server-set fields are not request fields", () => {
  it("rejects throttleId, domain and registrationId in bodies", () => {
    const throttle: RequestBody<"/api/call_throttles", "post"> = {
      name: "x",
      rules: [],
      // @ts-expect-error `throttleId` is set by the server
      throttleId: "2d7e4c1a-9b3f-4a6e-8c5d-1f0a2b3c4d5e",
    };
    const sip: RequestBody<"/api/sip", "patch"> = {
      // @ts-expect-error `domain` is set by the server
      domain: "example.com",
    };
    const registration: RequestBody<"/api/sip/registrations", "post"> = {
      username: "ultravox",
      proxy: "pbx.example.com",
      // @ts-expect-error `registrationId` is set by the server
      registrationId: "6c1d2e3f",
    };
    void throttle;
    void sip;
    void registration;
  });
});

describe("SIP", () => {
  it("Update Account SIP Configuration takes allowances and answers the domain", () => {
    async function update() {
      const { data } = await uv.PATCH("/api/sip", {
        body: {
          allowedCidrRanges: ["203.0.113.0/24"],
          allowedAgents: [
            { agentId: "7b1f0f5c-4d3a-4f0e-9a7d-2c51e8b6a9d4", toUserPattern: "support" },
          ],
          fallbackHandler: null,
        },
      });
      expectTypeOf(data?.domain).toEqualTypeOf<string | undefined>();
    }
    expectTypeOf(update).toBeFunction();
  });

  it("Create SIP Registration needs a username, a password and a proxy", () => {
    async function register() {
      await uv.POST("/api/sip/registrations", {
        body: { username: "ultravox", password: "s3cret-passw0rd", proxy: "pbx.example.com" },
      });
      // @ts-expect-error `proxy` is required
      await uv.POST("/api/sip/registrations", { body: { username: "ultravox", password: "pw" } });
      await uv.POST("/api/sip/registrations", {
        // @ts-expect-error `password` is required
        body: { username: "ultravox", proxy: "pbx.example.com" },
      });
    }
    expectTypeOf(register).toBeFunction();
  });
});

describe("fields folded in from the pages", () => {
  it("an agent's call template takes a data connection", () => {
    async function create() {
      await uv.POST("/api/agents", {
        body: {
          name: "support",
          callTemplate: { dataConnection: { websocketUrl: "wss://example.com/ultravox/data" } },
        },
      });
    }
    expectTypeOf(create).toBeFunction();
  });

  it("automatic parameters accept KNOWN_PARAM_CALL_STATE, and List Voices filters by language", () => {
    async function use() {
      await uv.POST("/api/tools", {
        body: {
          name: "save_state",
          definition: {
            automaticParameters: [
              {
                name: "state",
                location: "PARAMETER_LOCATION_BODY",
                knownValue: "KNOWN_PARAM_CALL_STATE",
              },
            ],
            http: { baseUrlPattern: "https://example.com/state", httpMethod: "POST" },
          },
        },
      });
      await uv.GET("/api/voices", { params: { query: { primaryLanguage: "en-US" } } });
    }
    expectTypeOf(use).toBeFunction();
  });
});
