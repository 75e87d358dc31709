// Contract tests: the SDK against Prism, a mock that validates every request against
// openapi.yaml. Every operation is called with a valid request built from the spec's
// examples (Prism must accept it, and its answer must match the response schema), and
// a handful of requests that break the spec must be rejected for the stated reason.
// One Prism process serves the whole file.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MOCK_API_KEY, startMockServer, type MockServer } from "../../scripts/mock-server.mjs";
import {
  AuthenticationError,
  BadRequestError,
  createUltravoxClient,
  InternalServerError,
  NotFoundError,
  pages,
  PermissionDeniedError,
  RateLimitError,
  UltravoxAPIError,
  unwrap,
  type UltravoxClient,
} from "ultravox-api";
import { listOperations, responseSchema, validate } from "../spec/spec.js";
import { toFormData, validRequests, type ContractRequest, type LooseClient } from "./requests.js";

/** How many operations openapi.yaml has; change it together with the spec. */
const OPERATION_COUNT = 100;

let mock: MockServer;
let uv: UltravoxClient;

beforeAll(async () => {
  mock = await startMockServer();
  uv = createUltravoxClient({ apiKey: MOCK_API_KEY, baseUrl: mock.url, maxRetries: 0 });
}, 60_000);

afterAll(async () => {
  await mock?.stop();
});

interface Violation {
  location: string[];
  severity: string;
  code: string | number;
  message: string;
}

/** What Prism found wrong: the `sl-violations` header, or the body of its own 422. */
function violationsOf(response: Response, error: unknown): Violation[] {
  const header = response.headers.get("sl-violations");
  if (header) return JSON.parse(header) as Violation[];
  const problem = error as { validation?: Violation[] } | undefined;
  return problem?.validation ?? [];
}

const requests = validRequests();

describe("every operation, with a valid request built from the spec's examples", () => {
  it(`covers all ${OPERATION_COUNT} operations of openapi.yaml`, () => {
    const inSpec = listOperations().map(({ operation }) => operation.operationId);
    expect(inSpec).toHaveLength(OPERATION_COUNT);
    expect(new Set(requests.map((request) => request.operationId))).toEqual(new Set(inSpec));
  });

  it.each(requests.map((request): [string, ContractRequest] => [request.name, request]))(
    "%s",
    async (_name, request) => {
      const client = uv as unknown as LooseClient;
      const { data, error, response } = await client[request.method](request.path, request.init);

      expect(violationsOf(response, error), "Prism's violations").toEqual([]);
      expect(response.status).toBe(request.status);
      if (request.mediaType === undefined) {
        expect(data).toBeUndefined();
      } else if (request.mediaType === "application/json") {
        expect(data).toBeDefined();
        expect(validate(responseSchema(request.operationId) as object, data)).toEqual([]);
      } else if (request.mediaType.startsWith("text/")) {
        expect(typeof data).toBe("string");
      } else {
        expect(response.headers.get("content-type")).toMatch(/^audio\//);
        expect(data).toBeInstanceOf(ArrayBuffer);
      }

      const page = data as { results?: unknown; next?: unknown } | undefined;
      if (request.method === "GET" && page && Array.isArray(page.results) && "next" in page) {
        // The examples end the listing (`next: null`), so paginating a mock terminates.
        const walk = (pages as unknown as (...args: unknown[]) => AsyncIterable<unknown>)(
          uv,
          request.path,
          { params: request.init.params },
          { maxPages: 3 },
        );
        let count = 0;
        for await (const _page of walk) count++;
        expect(count).toBe(1);
      }
    },
  );
});

describe("requests that break the spec are rejected", () => {
  const callId = "3c90c3cc-0d44-4b50-8888-8dd25736052a";

  async function rejection(
    sent: Promise<{ error?: unknown; response: Response }>,
  ): Promise<{ status: number; violations: string[] }> {
    const { error, response } = await sent;
    const violations = violationsOf(response, error)
      .filter((violation) => violation.severity === "Error")
      .map((violation) => `${violation.location.join(".")} ${violation.code}`);
    return { status: response.status, violations };
  }

  it.each([
    [
      "an unknown enum value",
      () =>
        uv.POST("/api/calls", {
          body: {
            systemPrompt: "Hi",
            firstSpeaker: "FIRST_SPEAKER_NOBODY" as "FIRST_SPEAKER_AGENT",
          },
        }),
      "request.body.firstSpeaker enum",
    ],
    [
      "a string where a number goes",
      () =>
        uv.POST("/api/calls", {
          body: { systemPrompt: "Hi", temperature: "hot" as unknown as number },
        }),
      "request.body.temperature type",
    ],
    [
      "a number above its maximum",
      () => uv.POST("/api/calls", { body: { systemPrompt: "Hi", temperature: 1.5 } }),
      "request.body.temperature maximum",
    ],
    [
      "two mediums",
      () =>
        uv.POST("/api/calls", {
          body: { systemPrompt: "Hi", medium: { webRtc: {}, twilio: {} } as { webRtc: object } },
        }),
      "request.body.medium oneOf",
    ],
    [
      "a missing required field",
      () =>
        uv.POST("/api/sip/registrations", {
          body: { username: "ultravox", proxy: "pbx.example.com" } as {
            username: string;
            proxy: string;
            password: string;
          },
        }),
      "request.body required",
    ],
    [
      "a required field missing under allOf",
      () =>
        uv.POST("/api/webhooks", {
          body: { url: "https://example.com/hook" } as { url: string; events: [] },
        }),
      "request.body required",
    ],
    [
      "an unknown webhook event",
      () =>
        uv.POST("/api/webhooks", {
          body: { url: "https://example.com/hook", events: ["call.exploded" as "call.ended"] },
        }),
      "request.body.events.0 enum",
    ],
    [
      "a data message of no known type",
      () =>
        uv.POST("/api/calls/{call_id}/send_data_message", {
          params: { path: { call_id: callId } },
          body: { type: "shout" } as unknown as { type: "hang_up" },
        }),
      "request.body oneOf",
    ],
    [
      "a path parameter that is not a UUID",
      () => uv.GET("/api/calls/{call_id}", { params: { path: { call_id: "call-1" } } }),
      "path.call_id format",
    ],
    [
      "a page size below its minimum",
      () => uv.GET("/api/calls", { params: { query: { pageSize: 0 } } }),
      "request.query.pagesize minimum",
    ],
    [
      "a date filter that is no date",
      () => uv.GET("/api/calls", { params: { query: { fromDate: "yesterday" } } }),
      "request.query.fromdate anyOf",
    ],
    [
      "a voice clone without its recording",
      () =>
        uv.POST("/api/voices", {
          body: { name: "My Voice" } as { name: string; file: Blob },
          bodySerializer: toFormData,
        }),
      "request.body required",
    ],
  ])("%s", async (_name, send, expected) => {
    const { status, violations } = await rejection(send());
    expect([400, 422]).toContain(status);
    expect(violations).toContain(expected);
  });
});

describe("the error responses the spec declares become typed errors", () => {
  const call_id = "3c90c3cc-0d44-4b50-8888-8dd25736052a";
  // Prism answers with the status a request asks for in `Prefer: code=…`, using the
  // spec's example (or schema) for the body and headers.
  const ask = (status: number) => ({ headers: { Prefer: `code=${status}` } });

  it.each([
    [400, "POST /api/calls", BadRequestError],
    [401, "GET /api/calls/{call_id}", AuthenticationError],
    [403, "GET /api/calls/{call_id}", PermissionDeniedError],
    [404, "GET /api/calls/{call_id}", NotFoundError],
    [425, "GET /api/calls/{call_id}/recording", UltravoxAPIError],
    [429, "GET /api/calls/{call_id}", RateLimitError],
    [503, "GET /api/calls/{call_id}", InternalServerError],
  ])("%i from %s", async (status, _operation, errorClass) => {
    const sent =
      status === 400
        ? uv.POST("/api/calls", { body: { systemPrompt: "Hi" }, ...ask(status) })
        : status === 425
          ? uv.GET("/api/calls/{call_id}/recording", {
              params: { path: { call_id } },
              parseAs: "arrayBuffer",
              ...ask(status),
            })
          : uv.GET("/api/calls/{call_id}", { params: { path: { call_id } }, ...ask(status) });
    const error = await sent.then(unwrap).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(errorClass);
    expect((error as UltravoxAPIError).status).toBe(status);
    if (error instanceof RateLimitError) expect(error.retryAfterMs).toBe(1000);
  });
});

describe("examples/quickstart.ts (what `npm start` runs)", () => {
  it("runs against the mock and reports every step", async () => {
    const root = fileURLToPath(new URL("../..", import.meta.url));
    const child = spawn(process.execPath, ["--import", "tsx", "examples/quickstart.ts"], {
      cwd: root,
      env: { ...process.env, ULTRAVOX_BASE_URL: mock.url, ULTRAVOX_API_KEY: MOCK_API_KEY },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const steps = stdout.trim().split("\n");
    expect(steps).toHaveLength(7);
    expect(steps.every((line) => line.startsWith("✔ "))).toBe(true);
    expect(stdout).toContain("Caught NotFoundError: GET /api/calls/");
    expect(stdout).toContain("a forged one: UltravoxWebhookError");
  }, 30_000);
});
