// Type-level contract of UltravoxClient's strict methods and of paginate/pages, on inline
// calls as users write them. Checked by `tsc --noEmit` (part of `npm test`); `uv` exists
// only for the compiler. The generated cases are in inline-calls.test.ts.
import { describe, expectTypeOf, it } from "vitest";
import {
  paginate,
  pages,
  unwrap,
  type RequestBody,
  type RequestInitFor,
  type RequestOptions,
  type RequestSchema,
  type Schema,
  type UltravoxClient,
} from "../../src/index.js";

declare const uv: UltravoxClient;
declare const call_id: string;
/** Type-checks `body` without running it. */
const typeOnly = (body: () => unknown) => expectTypeOf(body).toBeFunction();

describe("the init object", () => {
  it("is required exactly when the operation has path parameters or a required body", () => {
    typeOnly(async () => {
      await uv.GET("/api/calls");
      await uv.GET("/api/accounts/me");
      await uv.POST("/api/calls", { body: {} });
      // @ts-expect-error call_id is a required path parameter
      await uv.GET("/api/calls/{call_id}");
      // @ts-expect-error Create Agent requires a body
      await uv.POST("/api/agents");
    });
  });

  it("takes the transport's RequestOptions, typed, and openapi-fetch's per-call options", () => {
    expectTypeOf<keyof RequestOptions>().toEqualTypeOf<
      "timeoutMs" | "maxRetries" | "retryNonIdempotent" | "maxRetryAfterMs"
    >();
    typeOnly(async () => {
      const controller = new AbortController();
      await uv.POST("/api/calls", {
        body: { systemPrompt: "Hi" },
        timeoutMs: 5_000,
        maxRetries: 0,
        retryNonIdempotent: false,
        signal: controller.signal,
        headers: { "X-Request-Source": "test" },
        middleware: [{ onRequest: ({ request }) => request }],
      });
      // @ts-expect-error timeoutMs is a number of milliseconds
      await uv.GET("/api/calls", { timeoutMs: "5s" });
      // @ts-expect-error `timeoutMS` is not an option (it is `timeoutMs`)
      await uv.GET("/api/calls", { timeoutMS: 5_000 });
      // @ts-expect-error the method called sets the method
      await uv.GET("/api/calls", { method: "DELETE" });
      // @ts-expect-error the client serialises every query itself
      await uv.GET("/api/calls", { querySerializer: () => "pageSize=1" });
      const params = { path: { agent_id: "a" } };
      // @ts-expect-error the client serialises every path itself
      await uv.DELETE("/api/agents/{agent_id}", { params, pathSerializer: () => "/api/agents" });
    });
  });

  it("is what RequestInitFor names, for an init built apart from the call", () => {
    typeOnly(async () => {
      const init: RequestInitFor<"/api/calls/{call_id}", "get"> = {
        params: { path: { call_id } },
        timeoutMs: 5_000,
      };
      expectTypeOf(unwrap(await uv.GET("/api/calls/{call_id}", init))).toEqualTypeOf<
        Schema<"Call">
      >();
    });
  });

  it("rejects a misspelt path or query parameter", () => {
    typeOnly(async () => {
      // @ts-expect-error `callId` is not the path parameter's name (it is `call_id`)
      await uv.GET("/api/calls/{call_id}", { params: { path: { callId: call_id } } });
      // @ts-expect-error `page_size` is not a List Calls parameter (it is `pageSize`)
      await uv.GET("/api/calls", { params: { query: { page_size: 10 } } });
    });
  });

  it("does not accept a path with the ID already in it", () => {
    typeOnly(async () => {
      // @ts-expect-error paths are the spec's templates; the ID goes in params.path
      await uv.GET(`/api/calls/${call_id}`);
    });
  });
});

describe("results", () => {
  it("type data by parseAs, as openapi-fetch does", () => {
    typeOnly(async () => {
      const params = { path: { call_id } };
      const json = await uv.GET("/api/calls/{call_id}", { params });
      expectTypeOf(json.data).toEqualTypeOf<Schema<"Call"> | undefined>();
      expectTypeOf(json.error).toEqualTypeOf<Schema<"Error"> | undefined>();
      expectTypeOf(json.response).toEqualTypeOf<Response>();
      const audio = await uv.GET("/api/calls/{call_id}/recording", {
        params,
        parseAs: "arrayBuffer",
      });
      expectTypeOf(audio.data).toEqualTypeOf<ArrayBuffer | undefined>();
      const text = await uv.GET("/api/calls/{call_id}", { params, parseAs: "text" });
      expectTypeOf(text.data).toEqualTypeOf<string | undefined>();
      const blob = await uv.GET("/api/calls/{call_id}/recording", { params, parseAs: "blob" });
      expectTypeOf(blob.data).toEqualTypeOf<Blob | undefined>();
      const stream = await uv.GET("/api/calls/{call_id}/recording", { params, parseAs: "stream" });
      expectTypeOf(stream.data).toEqualTypeOf<Response["body"] | undefined>();
      // @ts-expect-error not a way to read a body
      await uv.GET("/api/calls/{call_id}", { params, parseAs: "xml" });
    });
  });

  it("read IDs and creation times the API always answers without a guard", () => {
    typeOnly(async () => {
      const corpus = unwrap(await uv.POST("/api/corpora", { body: { name: "docs" } }));
      expectTypeOf(corpus.corpusId).toEqualTypeOf<string>();
      expectTypeOf(corpus.created).toEqualTypeOf<string>();
      const params = { path: { corpus_id: corpus.corpusId } };
      const source = unwrap(
        await uv.POST("/api/corpora/{corpus_id}/sources", {
          params,
          body: { crawl: { startUrls: ["https://example.com"] } },
        }),
      );
      expectTypeOf(source.sourceId).toEqualTypeOf<string>();
      expectTypeOf<Schema<"CorpusDocument">["documentId"]>().toEqualTypeOf<string>();
      expectTypeOf<Schema<"ScheduledCall">["batchId"]>().toEqualTypeOf<string>();
      expectTypeOf<Schema<"CallEvent">["callTimestamp"]>().toEqualTypeOf<string>();
    });
  });
});

describe("exactly-one-of and at-most-one-of objects", () => {
  it("reject a body that sets two of them", () => {
    typeOnly(async () => {
      await uv.POST("/api/calls", { body: { medium: { twilio: {} } } });
      // @ts-expect-error at most one medium: `twilio` beside `webRtc`
      await uv.POST("/api/calls", { body: { medium: { webRtc: {}, twilio: {} } } });
      await uv.POST("/api/calls", {
        // @ts-expect-error exactly one of `user` and `agent`
        body: { firstSpeakerSettings: { user: {}, agent: {} } },
      });
      // @ts-expect-error exactly one of them: none is not enough
      await uv.POST("/api/calls", { body: { firstSpeakerSettings: {} } });
      const toolId = "7f1e3b78-c71e-4b1f-9c4a-b83f7683f0d2";
      await uv.POST("/api/calls", {
        // @ts-expect-error a selected tool is `toolId`, `toolName` or `temporaryTool`, not two
        body: { selectedTools: [{ toolId, toolName: "x" }] },
      });
      await uv.POST("/api/corpora/{corpus_id}/sources", {
        params: { path: { corpus_id: "c" } },
        // @ts-expect-error a source is a crawl or an upload, not both
        body: { crawl: { startUrls: ["https://example.com"] }, upload: { documentIds: ["d"] } },
      });
      await uv.POST("/api/tools", {
        // @ts-expect-error one implementation: `http` or `client`
        body: { name: "t", definition: { client: {}, http: { baseUrlPattern: "https://x" } } },
      });
      await uv.POST("/api/calls", {
        // @ts-expect-error one provider per external voice
        body: { externalVoice: { cartesia: { voiceId: "a" }, lmnt: { voiceId: "b" } } },
      });
    });
  });

  it("stay readable on responses without narrowing", () => {
    expectTypeOf<NonNullable<Schema<"Call">["medium"]>["twilio"]>().toEqualTypeOf<
      Schema<"TwilioMedium"> | undefined
    >();
    expectTypeOf<Schema<"Call">["firstSpeakerSettings"]["agent"]>().toEqualTypeOf<
      Schema<"AgentFirstSpeakerSettings"> | undefined
    >();
  });
});

describe("RequestSchema: a piece of a body built apart from the call", () => {
  it("is the write shape, where Schema is the read shape", () => {
    expectTypeOf<Schema<"CallTemplate">>().toHaveProperty("created");
    expectTypeOf<RequestSchema<"CallTemplate">["created"]>().toEqualTypeOf<undefined>();
    expectTypeOf<RequestSchema<"CallTemplate">>().toHaveProperty("sharedSecrets");
    expectTypeOf<Schema<"CallTemplate">>().not.toHaveProperty("sharedSecrets");
    expectTypeOf<RequestSchema<"CreateCallRequest">>().toEqualTypeOf<
      RequestBody<"/api/calls", "post">
    >();
  });

  it("with `satisfies`, keeps enum values literal so the piece fits the call", () => {
    typeOnly(async () => {
      const lookup = {
        modelToolName: "lookupOrder",
        dynamicParameters: [
          { name: "order", location: "PARAMETER_LOCATION_BODY", schema: { type: "string" } },
        ],
        http: { baseUrlPattern: "https://example.com/orders", httpMethod: "POST" },
      } satisfies RequestSchema<"BaseToolDefinition">;
      await uv.POST("/api/tools", { body: { name: "lookupOrder", definition: lookup } });
      const widened = {
        dynamicParameters: [{ name: "order", location: "PARAMETER_LOCATION_BODY" }],
      };
      // @ts-expect-error without `satisfies`, location widens to string
      await uv.POST("/api/tools", { body: { name: "lookupOrder", definition: widened } });
      const misspelt = {
        // @ts-expect-error `satisfies` checks every key where it is written
        modelToolNme: "lookupOrder",
      } satisfies RequestSchema<"BaseToolDefinition">;
      void misspelt;
    });
  });
});

describe("paginate and pages", () => {
  it("take the same strict init, without parseAs (pages are JSON)", () => {
    typeOnly(() => {
      paginate(uv, "/api/calls", { params: { query: { pageSize: 10 } }, timeoutMs: 5_000 });
      pages(uv, "/api/calls/{call_id}/messages", { params: { path: { call_id } } });
      // @ts-expect-error `pageSze` is not a List Calls parameter
      paginate(uv, "/api/calls", { params: { query: { pageSze: 10 } } });
      // @ts-expect-error `cal_id` is not the path parameter's name
      pages(uv, "/api/calls/{call_id}/messages", { params: { path: { cal_id: call_id } } });
      // @ts-expect-error pages are read as JSON
      paginate(uv, "/api/calls", { parseAs: "text" });
      // @ts-expect-error `maxRetry` is not an option (it is `maxRetries`)
      pages(uv, "/api/calls", { maxRetry: 1 });
    });
  });
});
