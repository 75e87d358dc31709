// Type-level contract of the Tools, Corpora, Voices and Webhooks groups as users
// meet them through the client. Checked by `tsc --noEmit` (part of `npm test`).
import { describe, expectTypeOf, it } from "vitest";
import type {
  RequestBody,
  RequestSchema,
  Schema,
  UltravoxClient,
  webhooks,
} from "../../src/index.js";

// Create Tool takes a JSON definition or a multipart OpenAPI file; these are the JSON bodies.
type CreateToolBody = Extract<RequestBody<"/api/tools", "post">, { definition: unknown }>;
type ToolDefinition = CreateToolBody["definition"];
type CreateCallBody = RequestBody<"/api/calls", "post">;
type CreateSourceBody = RequestBody<"/api/corpora/{corpus_id}/sources", "post">;
type CreateWebhookBody = RequestBody<"/api/webhooks", "post">;

/** Every webhook body Ultravox may POST, built from the spec's `webhooks` section (read shapes). */
type WebhookEvent = {
  [Event in keyof webhooks]: NonNullable<
    webhooks[Event]["post"]["requestBody"]
  >["content"]["application/json"];
}[keyof webhooks];

describe("tool definition (Create Tool body)", () => {
  it("accepts an HTTP tool and a client tool", () => {
    const httpTool: CreateToolBody = {
      name: "stock_price",
      definition: {
        description: "Get the current stock price for a given symbol.",
        dynamicParameters: [
          {
            name: "symbol",
            location: "PARAMETER_LOCATION_QUERY",
            schema: { type: "string" },
            required: true,
          },
        ],
        automaticParameters: [
          {
            name: "callId",
            location: "PARAMETER_LOCATION_BODY",
            knownValue: "KNOWN_PARAM_CALL_ID",
          },
        ],
        timeout: "5s",
        http: { baseUrlPattern: "https://api.example.com/price", httpMethod: "GET" },
      },
    };
    const clientTool: CreateToolBody = {
      name: "showProduct",
      definition: { client: {}, defaultReaction: "AGENT_REACTION_LISTENS" },
    };
    void httpTool;
    void clientTool;
  });

  it("requires name and definition, and rejects misspelt keys, bad enums and server-set fields", () => {
    // @ts-expect-error `definition` is required
    const noDefinition: CreateToolBody = { name: "stock_price" };
    const misspelt: CreateToolBody = {
      name: "stock_price",
      // @ts-expect-error `modelToolNme` is not a tool definition field
      definition: { modelToolNme: "stockPrice" },
    };
    const shorthand: CreateToolBody = {
      name: "stock_price",
      definition: {
        // @ts-expect-error location is PARAMETER_LOCATION_BODY, not "body"
        dynamicParameters: [{ name: "symbol", location: "body" }],
      },
    };
    const serverSet: CreateToolBody = {
      name: "stock_price",
      definition: {},
      // @ts-expect-error `toolId` is set by the server and never sent
      toolId: "7f1e3b78-c71e-4b1f-9c4a-b83f7683f0d2",
    };
    void noDefinition;
    void misspelt;
    void shorthand;
    void serverSet;
  });

  it("is the same type as a call's temporaryTool", () => {
    // The branch of the selected-tool union that sets `temporaryTool` (the others forbid it).
    type TemporaryTool = Extract<
      NonNullable<CreateCallBody["selectedTools"]>[number],
      { temporaryTool: unknown }
    >["temporaryTool"];
    expectTypeOf<TemporaryTool>().toEqualTypeOf<RequestSchema<"BaseToolDefinition">>();
    // Required in Create Tool (so built differently), hence compared both ways.
    expectTypeOf<TemporaryTool>().toExtend<ToolDefinition>();
    expectTypeOf<ToolDefinition>().toExtend<TemporaryTool>();
  });

  it("Update Tool (PUT) takes the same complete body", () => {
    expectTypeOf<RequestBody<"/api/tools/{tool_id}", "put">>().toEqualTypeOf<CreateToolBody>();
  });

  it("a listed tool has its server-set fields", () => {
    expectTypeOf<Schema<"Tool">["toolId"]>().toEqualTypeOf<string>();
    expectTypeOf<Schema<"Tool">["ownership"]>().toEqualTypeOf<"public" | "private">();
  });
});

describe("crawl source (Create Corpus Source body)", () => {
  it("accepts a crawl with start URLs and limits", () => {
    const crawl: CreateSourceBody = {
      name: "Website Docs",
      crawl: {
        startUrls: ["https://docs.example.com"],
        maxDocuments: 100,
        maxDepth: 3,
        relevantDocumentTypes: { include: { mimeTypes: ["text/html"] } },
      },
    };
    void crawl;
  });

  it("rejects wrong types, misspelt keys and server-set fields", () => {
    const depthAsText: CreateSourceBody = {
      // @ts-expect-error `maxDepth` is a number
      crawl: { startUrls: ["https://docs.example.com"], maxDepth: "3" },
    };
    const misspelt: CreateSourceBody = {
      // @ts-expect-error `startUrl` is not a crawl field (it is `startUrls`)
      crawl: { startUrl: "https://docs.example.com" },
    };
    const serverSet: CreateSourceBody = {
      crawl: { startUrls: ["https://docs.example.com"] },
      // @ts-expect-error `stats` is set by the server and never sent
      stats: { numDocs: 1 },
    };
    void depthAsText;
    void misspelt;
    void serverSet;
  });

  it("is what client.POST accepts", () => {
    async function create(client: UltravoxClient) {
      const { data } = await client.POST("/api/corpora/{corpus_id}/sources", {
        params: { path: { corpus_id: "5e8d3a1c-7b2f-4c9e-a6d1-0f3b2c4d5e6f" } },
        body: { name: "Price list", upload: { documentIds: ["1f2e3d4c"] } },
      });
      if (data) expectTypeOf(data.sourceId).toEqualTypeOf<string>();
    }
    expectTypeOf(create).toBeFunction();
  });
});

describe("webhook event (a body Ultravox POSTs to your server)", () => {
  it("narrows on `event` to the matching body", () => {
    function handle(body: WebhookEvent) {
      switch (body.event) {
        case "call.billed":
          expectTypeOf(body).toEqualTypeOf<Schema<"CallBilledEvent">>();
          break;
        case "call.ended":
          expectTypeOf(body).toEqualTypeOf<Schema<"CallEndedEvent">>();
          expectTypeOf(body.call.endReason).toEqualTypeOf<Schema<"Call">["endReason"]>();
          break;
        case "call.joined":
        case "call.started":
          expectTypeOf(body.call.callId).toEqualTypeOf<string>();
          break;
        default:
          expectTypeOf(body).toBeNever();
      }
    }
    expectTypeOf(handle).toBeFunction();
  });

  it("`event` is exactly the documented event names, which webhooks subscribe to", () => {
    expectTypeOf<WebhookEvent["event"]>().toEqualTypeOf<Schema<"WebhookEventName">>();
    expectTypeOf<NonNullable<CreateWebhookBody["events"]>[number]>().toEqualTypeOf<
      Schema<"WebhookEventName">
    >();
  });

  it("a webhook's secrets are sent and read back (Ultravox returns generated ones)", () => {
    expectTypeOf<CreateWebhookBody>().toHaveProperty("secrets");
    expectTypeOf<Schema<"Webhook">>().toHaveProperty("secrets");
    const misspelt: CreateWebhookBody = {
      url: "https://example.com/ultravox",
      events: ["call.ended"],
      // @ts-expect-error the field is `secrets`, an array
      secret: "whsec",
    };
    const unknownEvent: CreateWebhookBody = {
      url: "https://example.com/ultravox",
      // @ts-expect-error `call.completed` is not an Ultravox event
      events: ["call.completed"],
    };
    void misspelt;
    void unknownEvent;
  });
});

describe("voices", () => {
  it("Create Voice takes a multipart clone or a JSON external definition", () => {
    type CreateVoiceBody = RequestBody<"/api/voices", "post">;
    const clone: CreateVoiceBody = { file: new Blob([]), name: "My Custom Voice" };
    const external: CreateVoiceBody = {
      name: "sarah-inworld",
      definition: { inworld: { voiceId: "Sarah", modelId: "inworld-tts-2" } },
    };
    void clone;
    void external;
  });

  it("a voice's definition is the call's externalVoice type", () => {
    expectTypeOf<NonNullable<Schema<"Voice">["definition"]>>().toEqualTypeOf<
      NonNullable<Schema<"Call">["externalVoice"]>
    >();
  });
});
