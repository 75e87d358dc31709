// spec-diff compares openapi.yaml with another OpenAPI document. These tests build small
// documents of their own (3.0 and 3.1, JSON and YAML) with one of each kind of difference,
// and run the tool in process and as the command line, never against the network.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import {
  differenceKey,
  diffSpecs,
  explainDifferences,
  loadSpec,
  main,
  MAX_FIELDS_PER_BODY,
  readExceptions,
  SpecDiffError,
  type Difference,
  type LoadedSpec,
  type SpecDiffReport,
} from "../../scripts/spec-diff.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const script = join(root, "scripts", "spec-diff.mjs");
const dir = mkdtempSync(join(tmpdir(), "spec-diff-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Json = Record<string, unknown>;

/** Writes a document as JSON or YAML (by extension) into the temp dir; returns its path. */
function write(name: string, document: Json | string): string {
  const file = join(dir, name);
  const text =
    typeof document === "string"
      ? document
      : name.endsWith(".json")
        ? JSON.stringify(document, null, 2)
        : stringify(document);
  writeFileSync(file, text);
  return file;
}

const body = (schema: Json) => ({ content: { "application/json": { schema } } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** Ours: OpenAPI 3.1, the layout openapi.yaml uses. */
const ours: Json = {
  openapi: "3.1.0",
  info: { title: "Ours", version: "1" },
  paths: {
    "/api/calls": {
      post: {
        operationId: "createCall",
        parameters: [
          { name: "priorCallId", in: "query", schema: { type: "string", format: "uuid" } },
          { name: "enableGreetingPrompt", in: "query", schema: { type: "boolean" } },
          { name: "mode", in: "query", schema: { type: "string", enum: ["fast", "slow"] } },
          { name: "X-Trace", in: "header", schema: { type: "string" } },
          { name: "dryRun", in: "query", schema: { type: "boolean" } },
        ],
        requestBody: { required: true, ...body(ref("CreateCallRequest")) },
        responses: { "201": { description: "Created.", ...body(ref("Call")) } },
      },
    },
    "/api/calls/{call_id}": {
      parameters: [
        { name: "call_id", in: "path", required: true, schema: { type: "string", format: "uuid" } },
      ],
      get: {
        operationId: "getCall",
        parameters: [
          { name: "include", in: "query", schema: { type: "array", items: { type: "string" } } },
        ],
        responses: { "200": { description: "The call.", ...body(ref("Call")) } },
      },
    },
    "/api/calls/{call_id}/recording": {
      get: {
        operationId: "getCallRecording",
        parameters: [{ $ref: "#/components/parameters/CallId" }],
        responses: {
          "200": {
            description: "The audio.",
            content: { "audio/*": { schema: { type: "string", format: "binary" } } },
          },
        },
      },
    },
    "/api/tools": {
      get: { operationId: "listTools", responses: { "200": { description: "Tools." } } },
    },
  },
  components: {
    parameters: {
      CallId: {
        name: "call_id",
        in: "path",
        required: true,
        schema: { type: "string", format: "uuid" },
      },
    },
    schemas: {
      CreateCallRequest: {
        type: "object",
        required: ["systemPrompt"],
        properties: {
          systemPrompt: { type: "string" },
          temperature: { type: "number" },
          medium: ref("CallMedium"),
          metadata: { type: "object", additionalProperties: { type: "string" } },
          callId: { type: "string", readOnly: true },
          voice: { type: ["string", "null"] },
          language: { type: "string", maxLength: 16 },
          model: { type: "string" },
          sharedSecret: { type: "string", writeOnly: true },
          transcriptOptional: { type: "boolean" },
          firstSpeaker: { type: "string" },
        },
        unevaluatedProperties: false,
      },
      CallMedium: {
        type: "object",
        properties: {
          twilio: {
            type: "object",
            properties: { outgoing: { type: "object", properties: { to: { type: "string" } } } },
          },
        },
      },
      Call: {
        allOf: [
          { $ref: "#/components/schemas/CallBase" },
          {
            type: "object",
            required: ["callId"],
            properties: {
              callId: { type: "string", format: "uuid", readOnly: true },
              endReason: { anyOf: [ref("EndReason"), { type: "null" }], readOnly: true },
              summary: { type: "string", writeOnly: true },
              billedDuration: { type: "string", readOnly: true },
            },
          },
        ],
      },
      CallBase: {
        type: "object",
        properties: {
          messages: {
            type: "array",
            items: {
              type: "object",
              properties: { messageId: { type: "string", pattern: "^msg_" } },
            },
          },
          sharedSecret: { type: "string", writeOnly: true },
        },
      },
      EndReason: { type: "string", enum: ["hangup", "timeout"] },
    },
  },
};

const info = { title: "Theirs", version: "0.1.0" };

/** Theirs in OpenAPI 3.0, laid out as Ultravox's served schema is (drf-spectacular). */
const theirs30: Json = {
  openapi: "3.0.3",
  info,
  paths: {
    "/api/calls/": {
      post: {
        operationId: "calls_create",
        parameters: [
          {
            in: "query",
            name: "enableGreetingPrompt",
            required: true,
            schema: { type: "boolean", default: true },
          },
          { in: "query", name: "mode", schema: { type: "string", enum: ["fast", "turbo"] } },
          { in: "query", name: "priorCallId", schema: { type: "string" } },
          { in: "query", name: "throttle", schema: { type: "string", minLength: 1 } },
          { in: "query", name: "x-trace", schema: { type: "string" } },
        ],
        requestBody: {
          required: true,
          content: Object.fromEntries(
            ["application/json", "application/x-www-form-urlencoded", "multipart/form-data"].map(
              (type) => [type, { schema: ref("ultravox.v1.StartCallRequest") }],
            ),
          ),
        },
        responses: { "200": { description: "", ...body(ref("Call")) } },
        security: [{ apiKeyAuth: [] }],
      },
    },
    "/api/calls/{id}/": {
      get: {
        operationId: "calls_retrieve",
        parameters: [
          { in: "path", name: "id", required: true, schema: { type: "string", format: "uuid" } },
          { in: "query", name: "include", schema: { type: "string" } },
        ],
        responses: { "200": { description: "", ...body(ref("Call")) } },
      },
    },
    "/api/calls/{id}/recording/": {
      get: {
        operationId: "calls_recording_retrieve",
        parameters: [
          { in: "path", name: "id", required: true, schema: { type: "string", format: "uuid" } },
        ],
        responses: {
          "200": {
            description: "",
            content: { "audio/wav": { schema: { type: "string", format: "binary" } } },
          },
        },
      },
    },
    "/api/voices/": {
      get: {
        operationId: "voices_list",
        responses: { "200": { description: "", ...body({ type: "array", items: {} }) } },
      },
    },
  },
  components: {
    schemas: {
      "ultravox.v1.StartCallRequest": {
        type: "object",
        properties: {
          systemPrompt: { type: "string" },
          // 3.0 writes an exclusive bound as a flag beside the bound.
          temperature: { type: "integer", format: "int32", minimum: 0, exclusiveMinimum: true },
          medium: ref("ultravox.v1.CallMedium"),
          metadata: { type: "object", additionalProperties: { type: "string" } },
          callId: { type: "string", readOnly: true },
          created: { type: "string", format: "date-time", readOnly: true },
          voice: { type: "string", deprecated: true },
          language: { type: "string" },
          model: { type: "string", readOnly: true },
          sharedSecret: { type: "string", writeOnly: true },
          firstSpeaker: ref("FirstSpeakerEnum"),
        },
        required: ["language", "systemPrompt"],
      },
      "ultravox.v1.CallMedium": {
        type: "object",
        properties: { twilio: ref("ultravox.v1.TwilioMedium") },
      },
      "ultravox.v1.TwilioMedium": {
        type: "object",
        properties: {
          outgoing: {
            type: "object",
            properties: { to: { type: "string" }, from: { type: "string" } },
          },
        },
      },
      Call: {
        type: "object",
        properties: {
          callId: { type: "string", format: "uuid", readOnly: true },
          endReason: {
            nullable: true,
            readOnly: true,
            oneOf: [ref("EndReasonEnum"), ref("NullEnum")],
          },
          summary: { type: "string" },
          messages: { type: "array", items: ref("ultravox.v1.Message") },
          sharedSecret: { type: "string", writeOnly: true },
          token: { type: "string", writeOnly: true },
        },
        required: ["callId"],
      },
      "ultravox.v1.Message": {
        type: "object",
        properties: { messageId: { type: "string" }, text: { type: "string" } },
      },
      EndReasonEnum: { enum: ["hangup", "timeout", "system_error"], type: "string" },
      FirstSpeakerEnum: { enum: ["FIRST_SPEAKER_AGENT", "FIRST_SPEAKER_USER"], type: "string" },
      NullEnum: { enum: [null] },
    },
    securitySchemes: { apiKeyAuth: { type: "apiKey", in: "header", name: "X-API-Key" } },
  },
};

/** The same facts as theirs30 in OpenAPI 3.1, laid out differently again. */
const theirs31: Json = {
  openapi: "3.1.0",
  info,
  paths: {
    "/api/calls": {
      post: {
        operationId: "createANewCall",
        parameters: [
          { in: "query", name: "x-trace", schema: { type: "string" } },
          { in: "query", name: "throttle", schema: { type: "string", minLength: 1 } },
          { in: "query", name: "priorCallId", schema: { type: "string" } },
          { in: "query", name: "mode", schema: { anyOf: [{ const: "fast" }, { const: "turbo" }] } },
          {
            in: "query",
            name: "enableGreetingPrompt",
            required: true,
            schema: { type: "boolean", default: true },
          },
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                allOf: [
                  {
                    type: "object",
                    required: ["systemPrompt"],
                    properties: {
                      systemPrompt: { type: "string" },
                      temperature: { type: "integer", exclusiveMinimum: 0 },
                      medium: {
                        type: "object",
                        properties: {
                          twilio: {
                            properties: {
                              outgoing: {
                                properties: { from: { type: "string" }, to: { type: "string" } },
                              },
                            },
                          },
                        },
                      },
                      metadata: { additionalProperties: { type: "string" } },
                    },
                  },
                  {
                    required: ["language"],
                    properties: {
                      callId: { type: "string", readOnly: true },
                      created: { type: "string", format: "date-time", readOnly: true },
                      voice: { type: "string", deprecated: true },
                      language: { type: "string" },
                      model: { type: "string", readOnly: true },
                      sharedSecret: { type: "string", writeOnly: true },
                      firstSpeaker: { enum: ["FIRST_SPEAKER_USER", "FIRST_SPEAKER_AGENT"] },
                    },
                  },
                ],
              },
            },
          },
        },
        responses: { "200": { description: "The call.", ...body(ref("Call")) } },
      },
    },
    "/api/calls/{callId}": {
      parameters: [{ $ref: "#/components/parameters/callId" }],
      get: {
        operationId: "fetchCall",
        parameters: [{ in: "query", name: "include", schema: { type: "string" } }],
        responses: { "200": { $ref: "#/components/responses/Call" } },
      },
    },
    "/api/calls/{callId}/recording": {
      $ref: "#/components/pathItems/Recording",
    },
    "/api/voices/": {
      get: {
        operationId: "voices_list",
        responses: { "200": { description: "", ...body({ type: "array" }) } },
      },
    },
  },
  components: {
    parameters: {
      callId: {
        in: "path",
        name: "callId",
        required: true,
        schema: { type: "string", format: "uuid" },
      },
    },
    responses: { Call: { description: "The call.", ...body(ref("Call")) } },
    pathItems: {
      Recording: {
        parameters: [{ $ref: "#/components/parameters/callId" }],
        get: {
          responses: {
            "200": {
              description: "The audio.",
              content: { "audio/wav; codecs=1": { schema: { type: "string", format: "binary" } } },
            },
          },
        },
      },
    },
    schemas: {
      Call: {
        type: "object",
        required: ["callId"],
        properties: {
          callId: { type: "string", format: "uuid", readOnly: true },
          endReason: {
            type: ["string", "null"],
            enum: ["system_error", "hangup", "timeout", null],
            readOnly: true,
          },
          summary: { type: "string" },
          messages: { type: "array", items: { $ref: "#/components/schemas/Call/$defs/Message" } },
          sharedSecret: { type: "string", writeOnly: true },
          token: { type: "string", writeOnly: true },
        },
        $defs: {
          Message: {
            type: "object",
            properties: { messageId: { type: "string" }, text: { type: "string" } },
          },
        },
      },
    },
  },
};

// theirs31 lists its Create Call body under the same three media types as theirs30.
const theirs31Content = (
  ((theirs31["paths"] as Json)["/api/calls"] as Json)["post"] as { requestBody: { content: Json } }
).requestBody.content;
for (const type of ["application/x-www-form-urlencoded", "multipart/form-data"]) {
  theirs31Content[type] = theirs31Content["application/json"];
}

const load = (name: string, document: Json | string) => loadSpec(write(name, document), name);
const oursSpec = load("ours.yaml", ours);

const call = "POST /api/calls";
const getCall = "GET /api/calls/{call_id}";
/** One expected difference. */
const diff = (
  operation: string,
  scope: Difference["scope"],
  path: string,
  kind: Difference["kind"],
  oursValue: Difference["ours"],
  theirsValue: Difference["theirs"],
  more: Partial<Difference> = {},
): Difference => ({ operation, scope, path, kind, ours: oursValue, theirs: theirsValue, ...more });
const query = { in: "query" } as const;

const endReasons = ["hangup", "system_error", "timeout"];
/** What both operations answering a Call report: their Call schemas differ. */
const callResponse = (operation: string) => [
  diff(operation, "response", "billedDuration", "extra", "string", null),
  diff(operation, "response", "endReason", "enum", ["hangup", "timeout"], endReasons, {
    missing: ["system_error"],
    extra: [],
  }),
  diff(operation, "response", "messages[].messageId", "pattern", "^msg_", null),
  diff(operation, "response", "messages[].text", "missing", null, "string"),
  diff(operation, "response", "summary", "writeOnly", true, false),
];
/** What ours against theirs30 or theirs31 must report, in this order. */
const expected: Difference[] = [
  diff(call, "parameter", "dryRun", "extra", "boolean", null, query),
  diff(call, "parameter", "enableGreetingPrompt", "default", null, "true", query),
  diff(call, "parameter", "enableGreetingPrompt", "required", false, true, query),
  diff(call, "parameter", "mode", "enum", ["fast", "slow"], ["fast", "turbo"], {
    ...query,
    missing: ["turbo"],
    extra: ["slow"],
  }),
  diff(call, "parameter", "priorCallId", "format", "uuid", null, query),
  diff(call, "parameter", "throttle", "missing", null, "string", query),
  diff(call, "parameter", "X-Trace", "location", "header", "query", { in: "header" }),
  diff(
    call,
    "request",
    "(application/x-www-form-urlencoded)",
    "mediaType",
    null,
    "application/x-www-form-urlencoded",
  ),
  diff(call, "request", "(multipart/form-data)", "mediaType", null, "multipart/form-data"),
  diff(call, "request", "firstSpeaker", "enum", null, [
    "FIRST_SPEAKER_AGENT",
    "FIRST_SPEAKER_USER",
  ]),
  diff(call, "request", "language", "range", "length <= 16", null),
  diff(call, "request", "language", "required", false, true),
  diff(call, "request", "medium.twilio.outgoing.from", "missing", null, "string"),
  diff(call, "request", "model", "readOnly", false, true),
  diff(call, "request", "temperature", "type", "number", "integer"),
  diff(call, "request", "temperature", "range", null, "> 0"),
  diff(call, "request", "transcriptOptional", "extra", "boolean", null),
  diff(call, "request", "voice", "nullable", true, false),
  diff(call, "request", "voice", "deprecated", false, true),
  diff(call, "response", "", "status", "201", "200"),
  ...callResponse(call),
  diff(getCall, "parameter", "include", "type", "array<string>", "string", query),
  ...callResponse(getCall),
  diff("GET /api/calls/{call_id}/recording", "response", "", "mediaType", "audio/*", "audio/wav"),
  diff("GET /api/tools", "operation", "", "extra", "listTools", null),
  diff("GET /api/voices/", "operation", "", "missing", null, "voices_list"),
];

describe("spec-diff: each kind of difference", () => {
  it.each([
    ["theirs30.json", theirs30],
    ["theirs30.yaml", theirs30],
    ["theirs31.json", theirs31],
    ["theirs31.yaml", theirs31],
  ])("%s: reports every difference exactly, and the coverage", (name, document) => {
    const report = diffSpecs(oursSpec, load(name, document));
    expect(report.differences).toEqual(expected);
    expect(report.summary).toEqual({
      operations: { theirs: 4, ours: 4, matched: 3, missing: 1, extra: 1 },
      parameters: { theirs: 8, matched: 7 },
      requestFields: { theirs: 13, matched: 12 },
      responseFields: { theirs: 12, matched: 10 },
      differences: expected.length,
    });
    expect(report.theirs).toEqual({
      file: name,
      openapi: String(document["openapi"]),
      operations: 4,
    });
  });

  it("counts neither their read-only request fields nor their write-only response fields as missing", () => {
    const missing = (report: SpecDiffReport) =>
      report.differences.filter((d) => d.kind === "missing").map((d) => `${d.scope} ${d.path}`);
    // `created` is read-only and `token` write-only, and ours has neither.
    const asServed = missing(diffSpecs(oursSpec, load("theirs30.json", theirs30)));
    expect(asServed).not.toContain("request created");
    expect(asServed).not.toContain("response token");
    const schemas = structuredClone(theirs30["components"]) as { schemas: Record<string, Json> };
    const fields = (name: string) => schemas.schemas[name]?.["properties"] as Record<string, Json>;
    delete fields("ultravox.v1.StartCallRequest")["created"]?.["readOnly"];
    delete fields("Call")["token"]?.["writeOnly"];
    const writable = missing(
      diffSpecs(oursSpec, load("writable.json", { ...theirs30, components: schemas })),
    );
    expect(writable.filter((line) => !asServed.includes(line))).toEqual([
      "request created",
      "response token",
      "response token",
    ]);
  });

  it("pairs parameters by location first, and by name across locations only then", () => {
    const operation = (parameters: Json[]): Json => ({
      openapi: "3.1.0",
      info,
      paths: { "/api/things": { get: { parameters, responses: {} } } },
    });
    const string = { type: "string" };
    const report = diffSpecs(
      load("one-header.json", operation([{ name: "X-Id", in: "header", schema: string }])),
      load(
        "two-places.json",
        operation([
          { name: "x-id", in: "query", schema: string },
          { name: "x-id", in: "header", schema: string },
        ]),
      ),
    );
    expect(report.differences).toEqual([
      diff("GET /api/things", "parameter", "x-id", "missing", null, "string", query),
    ]);
  });
});

/**
 * Rewrites a 3.1 document as another generator would write the same facts in 3.0:
 * `nullable` instead of "null" types, `enum` instead of `const`, schemas renamed
 * `ultravox.v1.*`, snake_case operationIds, trailing slashes, camelCase path parameter
 * names, and every parameter inlined into its operation.
 */
function toVendorLayout(spec: Json): Json {
  const components = spec["components"] as Record<string, Record<string, Json>>;
  const schema = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(schema);
    if (typeof node !== "object" || node === null) return node;
    const out: Json = Object.fromEntries(
      Object.entries(node).map(([key, value]) => [
        key,
        key === "properties"
          ? Object.fromEntries(
              Object.entries(value as Json).map(([name, property]) => [
                name,
                property === false ? { not: {} } : schema(property),
              ]),
            )
          : schema(value),
      ]),
    );
    if (typeof out["$ref"] === "string") {
      out["$ref"] = out["$ref"].replace(
        "#/components/schemas/",
        "#/components/schemas/ultravox.v1.",
      );
    }
    if (Array.isArray(out["type"]) && out["type"].includes("null")) {
      const [type, ...others] = out["type"].filter((type) => type !== "null");
      expect(others).toEqual([]);
      Object.assign(out, { type, nullable: true });
    }
    if ("const" in out) {
      out["enum"] = [out["const"]];
      delete out["const"];
    }
    for (const keyword of ["anyOf", "oneOf"]) {
      const members = out[keyword] as Json[] | undefined;
      const typed = members?.filter((member) => member["type"] !== "null");
      if (!members || !typed || typed.length === members.length) continue;
      out["nullable"] = true;
      if (typed.length === 1) {
        delete out[keyword];
        out["allOf"] = [...((out["allOf"] as Json[] | undefined) ?? []), ...typed];
      } else out[keyword] = typed;
    }
    delete out["unevaluatedProperties"];
    return out;
  };
  const camel = (name: string) =>
    name.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
  const parameter = (raw: Json): Json => {
    const ref = raw["$ref"];
    const resolved =
      typeof ref === "string" ? components["parameters"]?.[ref.split("/").pop()!] : raw;
    const copy = schema(resolved) as Json;
    return copy["in"] === "path" ? { ...copy, name: camel(String(copy["name"])) } : copy;
  };
  const paths = Object.entries(spec["paths"] as Record<string, Json>).map(([path, item]) => {
    const shared = (item["parameters"] as Json[] | undefined) ?? [];
    const operations = Object.entries(item)
      .filter(([key]) => key !== "parameters")
      .map(([method, operation]) => {
        const op = schema(operation) as Json;
        const own = ((operation as Json)["parameters"] as Json[] | undefined) ?? [];
        op["parameters"] = [...shared, ...own].map(parameter);
        if (typeof op["operationId"] === "string") {
          op["operationId"] = op["operationId"].replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
        }
        return [method, op];
      });
    return [
      `${path.replace(/\{([^}]+)\}/g, (_, name: string) => `{${camel(name)}}`)}/`,
      Object.fromEntries(operations),
    ];
  });
  return {
    openapi: "3.0.3",
    info: spec["info"],
    paths: Object.fromEntries(paths),
    components: {
      ...(schema(components) as Json),
      schemas: Object.fromEntries(
        Object.entries(components["schemas"] ?? {}).map(([name, value]) => [
          `ultravox.v1.${name}`,
          schema(value),
        ]),
      ),
    },
  };
}

const spec = loadSpec(join(root, "openapi.yaml"), "openapi.yaml");
const operationCount = Object.values(spec.document["paths"] as Record<string, Json>)
  .flatMap((item) => Object.keys(item))
  .filter((key) => ["get", "put", "post", "delete", "patch"].includes(key)).length;

describe("spec-diff: our spec", () => {
  let selfReport: SpecDiffReport | undefined;
  const againstItself = () => (selfReport ??= diffSpecs(spec, spec));
  it("against itself: no differences, everything matched", () => {
    const report = againstItself();
    expect(report.differences).toEqual([]);
    const { operations, parameters, requestFields, responseFields } = report.summary;
    expect(operations).toEqual({
      theirs: operationCount,
      ours: operationCount,
      matched: operationCount,
      missing: 0,
      extra: 0,
    });
    for (const coverage of [parameters, requestFields, responseFields]) {
      expect(coverage.matched).toBe(coverage.theirs);
    }
    // Fields at every depth are compared, not only the top level.
    expect(requestFields.theirs).toBeGreaterThan(1000);
    expect(responseFields.theirs).toBeGreaterThan(3000);
  });

  it("against the same facts written as OpenAPI 3.0 with other names and layout: no differences", () => {
    const vendor = toVendorLayout(spec.document);
    expect(Object.keys(vendor["paths"] as Json)).toContain("/api/calls/{callId}/");
    const report = diffSpecs(spec, load("vendor-layout.json", vendor));
    expect(report.differences).toEqual([]);
    expect(report.summary).toEqual(againstItself().summary);
    expect(
      report.operations.find((op) => op.operation === "GET /api/calls/{call_id}")?.theirs,
    ).toEqual({
      path: "/api/calls/{callId}/",
      operationId: "get_call",
    });
  });
});

describe("spec-diff: alternatives that forbid a field", () => {
  const source = { type: "object", properties: { name: { type: "string" } } };
  /** A body whose `crawl` and `upload` are both declared; `oneOf` says which may be set. */
  const document = (oneOf: Json[] | undefined): Json => ({
    openapi: "3.1.0",
    info,
    paths: {
      "/api/sources": {
        patch: {
          requestBody: body({
            type: "object",
            properties: { crawl: source, upload: source },
            ...(oneOf && { oneOf }),
          }),
          responses: { "204": { description: "" } },
        },
      },
    },
  });
  const plain = load("sources-plain.json", document(undefined));

  it("a field forbidden by one alternative only still exists (an at-most-one object)", () => {
    const atMostOne = document([
      { required: ["crawl"] },
      { required: ["upload"] },
      { properties: { crawl: false, upload: false } },
    ]);
    const report = diffSpecs(plain, load("sources-at-most-one.json", atMostOne));
    expect(report.differences).toEqual([]);
    expect(report.summary.requestFields.matched).toBe(4);
  });

  it("a field every alternative forbids is missing", () => {
    const never = document([{ properties: { crawl: false } }, { properties: { crawl: false } }]);
    const report = diffSpecs(load("sources-never.json", never), plain);
    expect(report.differences.map((d) => [d.kind, d.path])).toEqual([
      ["missing", "crawl"],
      ["missing", "crawl.name"],
    ]);
  });
});

describe("spec-diff: recursion and open maps", () => {
  const object = (properties: Json, more: Json = {}) => ({ type: "object", properties, ...more });
  const string = { type: "string" };
  const reply = (schema: Json) => ({ "200": { description: "", ...body(schema) } });
  const maps = object({
    counts: { type: "object", additionalProperties: { additionalProperties: { type: "integer" } } },
    labels: { type: "object", additionalProperties: true },
    // Values of any type, as protobuf's google.protobuf.Value: as open as `true`.
    values: { type: "object", additionalProperties: ref("Anything") },
  });
  /** Recursive schemas as named components. */
  const named: Json = {
    openapi: "3.1.0",
    info,
    paths: {
      "/api/trees": { post: { requestBody: body(ref("Node")), responses: reply(ref("Pair")) } },
      "/api/maps": { post: { requestBody: body(ref("Loop")), responses: reply(maps) } },
    },
    components: {
      schemas: {
        Node: object({ name: string, children: { type: "array", items: ref("Node") } }),
        Pair: object({ left: ref("Side") }),
        Side: object({ pair: ref("Pair"), label: string }),
        Loop: { allOf: [ref("Loop")], ...object({ x: string }) },
        Anything: { description: "Any JSON value." },
      },
    },
  };
  /** The same facts, with the recursion entered one level deeper and no cycle in Loop. */
  const inlined: Json = {
    openapi: "3.0.3",
    info,
    paths: {
      "/api/trees/": {
        post: {
          requestBody: body(
            object({ name: string, children: { type: "array", items: ref("Tree") } }),
          ),
          responses: reply(ref("Couple")),
        },
      },
      "/api/maps/": { post: { requestBody: body(object({ x: string })), responses: reply(maps) } },
    },
    components: {
      schemas: {
        Tree: object({ name: string, children: { type: "array", items: ref("Tree") } }),
        Couple: object({ left: object({ pair: ref("Couple"), label: string }) }),
        Anything: {},
      },
    },
  };
  const empty = (document: Json): Json => ({
    ...document,
    paths: Object.fromEntries(
      Object.keys(document["paths"] as Json).map((path) => [path, { post: { responses: {} } }]),
    ),
  });
  /** The fields of each body of a document: what it reports as extra against empty bodies. */
  const fieldsOf = (spec: LoadedSpec) =>
    diffSpecs(spec, { name: "empty", document: empty(spec.document) })
      .differences.filter((d) => d.kind === "extra")
      .map((d) => `${d.operation} ${d.scope} ${d.path}`);

  it("stops at recursion and lists map values as .*", () => {
    expect(fieldsOf(load("named.yaml", named))).toEqual([
      "POST /api/maps request ",
      "POST /api/maps request x",
      "POST /api/maps response ",
      "POST /api/maps response counts",
      "POST /api/maps response counts.*",
      "POST /api/maps response counts.*.*",
      "POST /api/maps response labels",
      "POST /api/maps response values",
      "POST /api/trees request ",
      "POST /api/trees request children",
      "POST /api/trees request name",
      "POST /api/trees response ",
      "POST /api/trees response left",
      "POST /api/trees response left.label",
      "POST /api/trees response left.pair",
    ]);
  });

  it("finds no difference when the same recursion is laid out differently", () => {
    const namedSpec = load("named.json", named);
    const inlinedSpec = load("inlined.json", inlined);
    expect(diffSpecs(namedSpec, inlinedSpec).differences).toEqual([]);
    expect(diffSpecs(inlinedSpec, namedSpec).differences).toEqual([]);
    // What lies below a recursion on one side is neither counted nor reported.
    expect(diffSpecs(namedSpec, inlinedSpec).summary.requestFields).toEqual({
      theirs: 3,
      matched: 3,
    });
  });

  it("stops at a schema that contains itself through a YAML alias", () => {
    const spec = load(
      "alias.yaml",
      [
        "openapi: 3.0.3",
        "info: { title: Alias, version: '1' }",
        "paths:",
        "  /api/selves:",
        "    post:",
        "      requestBody: { content: { application/json: { schema: { $ref: '#/components/schemas/Self' } } } }",
        "      responses: {}",
        "components:",
        "  schemas:",
        "    Self: &self",
        "      type: object",
        "      properties:",
        "        name: { type: string }",
        "        me: *self",
        "        all: { allOf: [*self] }",
      ].join("\n"),
    );
    expect(fieldsOf(spec)).toEqual([
      "POST /api/selves request ",
      "POST /api/selves request all",
      "POST /api/selves request me",
      "POST /api/selves request name",
    ]);
  });

  it("refuses a body that expands without bound, naming the limit", () => {
    const level = (i: number): Json =>
      object(
        Object.fromEntries(
          Array.from({ length: 10 }, (_, j) => [`p${j}`, i < 9 ? ref(`L${i + 1}`) : string]),
        ),
      );
    const bomb: Json = {
      openapi: "3.1.0",
      info,
      paths: { "/api/bombs": { post: { requestBody: body(ref("L0")), responses: {} } } },
      components: {
        schemas: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`L${i}`, level(i)])),
      },
    };
    const spec = load("bomb.json", bomb);
    expect(() => diffSpecs(spec, spec)).toThrow(
      new SpecDiffError(
        `bomb.json: POST /api/bombs request body expands to more than ${MAX_FIELDS_PER_BODY} fields; is a schema referenced far too often?`,
      ),
    );
  });
});

describe("spec-diff: bad input", () => {
  it.each([
    ["broken.json", '{"openapi": ', /^broken\.json is not valid JSON: /],
    ["broken.yaml", "openapi: [3.1\n", /^broken\.yaml is not valid YAML: /],
    [
      "list.yaml",
      "- 1\n- 2\n",
      /^list\.yaml is not an OpenAPI document: it does not hold an object\.$/,
    ],
    [
      "plain.json",
      '{"title": "x"}',
      /^plain\.json is not an OpenAPI document: it has no `openapi` version string/,
    ],
    ["number.yaml", "openapi: 3.1\npaths: {}\n", /^number\.yaml is not an OpenAPI document/],
    [
      "swagger.yaml",
      'swagger: "2.0"\n',
      /^swagger\.yaml is Swagger 2\.0; spec-diff reads OpenAPI 3\.0 and 3\.1 only/,
    ],
    [
      "future.yaml",
      "openapi: 3.2.0\n",
      /^future\.yaml is OpenAPI 3\.2\.0; spec-diff reads OpenAPI 3\.0 and 3\.1 only\.$/,
    ],
    [
      "paths.yaml",
      "openapi: 3.1.0\npaths: [1]\n",
      /^paths\.yaml: `paths` must be an object of path items\.$/,
    ],
  ])("%s: refused with a message saying what is wrong", (name, text, message) => {
    expect(() => load(name, text)).toThrow(SpecDiffError);
    expect(() => load(name, text)).toThrow(message);
  });

  it("a missing file: refused, naming it", () => {
    expect(() => loadSpec(join(dir, "nope.yaml"), "nope.yaml")).toThrow(
      new SpecDiffError("Cannot read nope.yaml: no such file."),
    );
  });

  const withBody = (schema: unknown): Json => ({
    openapi: "3.0.3",
    info,
    paths: { "/api/things": { post: { requestBody: body(schema as Json), responses: {} } } },
    components: { schemas: { Thing: { type: "object" } } },
  });
  it.each([
    [ref("Nope"), "refers to #/components/schemas/Nope, which does not exist."],
    [{ $ref: "other.yaml#/Thing" }, "refers to other.yaml#/Thing, outside the document."],
    [{ type: "strnig" }, 'has type "strnig", which is not a JSON Schema type.'],
    [
      { properties: [] },
      "properties at POST /api/things request body at the body must be an object.",
    ],
    [
      { properties: { name: 5 } },
      "the schema at POST /api/things request body at the body.name must be an object or a boolean.",
    ],
    [{ allOf: {} }, "allOf at POST /api/things request body at the body must be an array."],
    [{ enum: "a" }, "enum at POST /api/things request body at the body must be an array."],
  ])("a malformed schema %j: refused, saying where", (schema, message) => {
    const spec = load("malformed.json", withBody(schema));
    expect(() => diffSpecs(spec, spec)).toThrow(SpecDiffError);
    expect(() => diffSpecs(spec, spec)).toThrow(message);
  });

  it("schemas composed too deeply: refused before the stack runs out", () => {
    let schema: Json = { type: "string" };
    for (let level = 0; level < 600; level++) schema = { allOf: [schema] };
    const spec = load("deep.json", withBody(schema));
    expect(() => diffSpecs(spec, spec)).toThrow(
      new SpecDiffError(
        "deep.json: schemas nest more than 500 levels deep at POST /api/things request body at the body.",
      ),
    );
  });
});

describe("spec-diff: keys and exceptions", () => {
  const report = diffSpecs(oursSpec, load("theirs30-keys.json", theirs30));
  const keys = report.differences.map(differenceKey);

  it("names each difference by its operation and its line of the text report", () => {
    expect(keys).toContain("POST /api/calls query dryRun: extra (boolean)");
    expect(keys).toContain("POST /api/calls response: status ours 201, theirs 200");
    expect(keys).toContain("POST /api/calls request temperature: range ours none, theirs > 0");
    expect(keys).toContain("GET /api/voices/ operation: missing (voices_list)");
    expect(keys).toContain("GET /api/tools operation: extra (listTools)");
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("explains a difference an entry names, with `*` for any text; an entry explaining none is stale", () => {
    const exceptions = readExceptions(
      stringify([
        { reason: "r", differences: ["* response *.messageId: pattern ours ^msg_, theirs none"] },
        { reason: "s", differences: ["POST /api/calls query dryRun: extra (*)", "GET /nowhere*"] },
      ]),
    );
    const { explained, unexplained, stale } = explainDifferences(report, exceptions);
    expect(explained).toBe(3);
    expect(unexplained).toHaveLength(report.differences.length - 3);
    expect(unexplained.map(differenceKey)).not.toContain(
      "POST /api/calls query dryRun: extra (boolean)",
    );
    expect(stale).toEqual(["GET /nowhere*"]);
  });

  it("treats every other character of an entry literally", () => {
    const exceptions = readExceptions(
      stringify([{ reason: "r", differences: ["POST /api/calls query dryRun: extra (.+)"] }]),
    );
    expect(explainDifferences(report, exceptions).stale).toHaveLength(1);
  });

  it.each([
    ["reason: x\n", /must be a list of \{ reason, differences \} groups/],
    ["- differences: [a]\n", /group 1 has no reason/],
    ["- reason: r\n", /group 1 lists no differences/],
    ["- reason: r\n  differences: [a, a]\n", /: a is listed twice/],
    ["- reason: r\n  differences: [1]\n", /each difference must be a non-empty string/],
    ["- [\n", /is not valid YAML/],
  ])("refuses %j", (text, message) => {
    expect(() => readExceptions(text, "exceptions.yaml")).toThrow(SpecDiffError);
    expect(() => readExceptions(text, "exceptions.yaml")).toThrow(message);
  });
});

describe("spec-diff: command line", () => {
  write("ours.yaml", ours);
  write("theirs30.json", theirs30);
  /** Runs the command line in this process, as the script's entry point does. */
  const cli = (args: string[]) => {
    let stdout = "";
    let stderr = "";
    const status = main(args, {
      cwd: dir,
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
    });
    return { status, stdout, stderr };
  };

  it("prints the differences grouped by operation, and a summary line", () => {
    const result = cli(["--ours", "ours.yaml", "theirs30.json"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(HUMAN);
  });

  it("--json prints the report", () => {
    const result = cli(["--json", "--ours", "ours.yaml", "theirs30.json"]);
    expect(result.status).toBe(0);
    const report = diffSpecs(oursSpec, loadSpec(join(dir, "theirs30.json"), "theirs30.json"));
    expect(JSON.parse(result.stdout)).toEqual(report);
    expect(report.differences).toEqual(expected);
  });

  // npm runs a script from the package root, with the caller's directory in INIT_CWD and
  // the script's name in npm_lifecycle_event; this runs the script exactly so (spawning
  // npm itself would cost more than the rest of this file).
  it("as `npm run spec:diff` runs it: files resolve from the caller's directory; --fail-on-diff exits 1 after printing everything", () => {
    const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    };
    expect(manifest.scripts["spec:diff"]).toBe("node scripts/spec-diff.mjs");
    const result = spawnSync(
      process.execPath,
      [script, "--fail-on-diff", "--ours", "ours.yaml", "theirs30.json"],
      {
        cwd: root,
        env: { ...process.env, npm_lifecycle_event: "spec:diff", INIT_CWD: dir },
        encoding: "utf8",
      },
    );
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(HUMAN);
    expect(result.status).toBe(1);
  });

  it("without --ours: compares openapi.yaml, named from where it runs, with its exceptions", () => {
    const result = cli(["theirs30.json"]);
    expect(result.status).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe(
      `Comparing ${relative(dir, join(root, "openapi.yaml"))} (OpenAPI 3.1.0, ${operationCount} operations) ` +
        "with theirs30.json (OpenAPI 3.0.3, 4 operations).",
    );
    // theirs30's four operations are all in openapi.yaml.
    expect(lines.at(-3)).toMatch(
      /^Summary: operations 4 of 4 \(100\.0%\) matched, 0 missing, \d+ extra; /,
    );
    // The exceptions are about the published schema, so against theirs30 most are stale.
    expect(lines.at(-2)).toMatch(
      /^Exceptions \(.*spec-diff-exceptions\.yaml\): \d+ differences explained, \d+ unexplained; [1-9]\d* stale entries\.$/,
    );
    expect(result.stdout).toContain("\nStale exceptions, explaining no difference (");
  });

  it("--all: every difference, and no exceptions applied", () => {
    const result = cli(["--all", "theirs30.json"]);
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain("Exceptions (");
    expect(result.stdout.split("\n").at(-2)).toMatch(/^Summary: operations 4 of 4 /);
  });

  it("without a document: the vendored published schema, all of it explained by openapi.yaml's exceptions", () => {
    const result = cli(["--fail-on-diff"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const vendored = relative(dir, join(root, "test/fixtures/reference/published-schema.json"));
    expect(result.stdout).toContain(`with ${vendored} (OpenAPI 3.0.3,`);
    expect(result.stdout).toContain("\nNo unexplained differences.\n");
    expect(result.stdout).toMatch(/ 0 unexplained; 0 stale entries\.\n$/);
  });

  describe("--exceptions <file>", () => {
    const entries = [
      "POST /api/calls query dryRun: extra (boolean)",
      "* response *messages[].messageId: pattern ours ^msg_, theirs none",
      "GET /api/nowhere operation: missing (nothing)",
    ];
    write("exceptions.yaml", stringify([{ reason: "Kept on purpose.", differences: entries }]));
    const run = (...more: string[]) =>
      cli(["--ours", "ours.yaml", "--exceptions", "exceptions.yaml", ...more, "theirs30.json"]);

    it("lists only the unexplained differences, then the stale entries; --fail-on-diff exits 1", () => {
      const result = run("--fail-on-diff");
      expect(result.status).toBe(1);
      expect(result.stdout).not.toContain("query dryRun");
      expect(result.stdout).not.toContain("messageId");
      expect(result.stdout).toContain("  query mode: enum missing turbo; extra slow\n");
      expect(result.stdout).toContain(
        "\nStale exceptions, explaining no difference (1):\n  GET /api/nowhere operation: missing (nothing)\n",
      );
      expect(result.stdout).toMatch(
        /\nExceptions \(exceptions\.yaml\): 3 differences explained, 31 unexplained; 1 stale entries\.\n$/,
      );
    });

    it("exits 0 with --fail-on-diff when every difference is explained and no entry is stale", () => {
      write("explain-all.yaml", stringify([{ reason: "Everything.", differences: ["*"] }]));
      const result = cli([
        "--fail-on-diff",
        "--ours",
        "ours.yaml",
        "--exceptions",
        "explain-all.yaml",
        "theirs30.json",
      ]);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain("\nNo unexplained differences.\n");
    });

    it("--json adds what the exceptions explain", () => {
      const result = run("--json");
      const report = JSON.parse(result.stdout) as SpecDiffReport & {
        exceptions: { explained: number; unexplained: string[]; stale: string[] };
      };
      expect(report.differences).toHaveLength(34);
      expect(report.exceptions.explained).toBe(3);
      expect(report.exceptions.unexplained).toHaveLength(31);
      expect(report.exceptions.unexplained).toContain(
        "POST /api/calls query mode: enum missing turbo; extra slow",
      );
      expect(report.exceptions.stale).toEqual(["GET /api/nowhere operation: missing (nothing)"]);
    });

    it("is refused together with --all", () => {
      const result = run("--all");
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^spec-diff: --all applies no exceptions/);
    });
  });

  it("CONTRIBUTING.md: the sample output is this output", () => {
    const readme = readFileSync(join(root, "CONTRIBUTING.md"), "utf8");
    const section = readme.slice(readme.indexOf("### Drift against Ultravox's published schema"));
    const sample = /```text\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
    const lines = sample.split("\n").filter((line) => line.trim() !== "");
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(HUMAN.split("\n")).toContain(line);
  });

  it("--fail-on-diff exits 0 without differences", () => {
    const result = cli(["--fail-on-diff", "--ours", "ours.yaml", "ours.yaml"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("\nNo differences.\n");
  });

  it.each([
    [["missing.json"], "spec-diff: Cannot read missing.json: no such file.\n"],
    [["--ours", "nope.yaml", "theirs30.json"], "spec-diff: Cannot read nope.yaml: no such file.\n"],
    [["--ours", "theirs30.json", "ours.yaml", "--json"], ""],
    [
      ["a.json", "b.json"],
      "spec-diff: Give at most one document to compare with.\nUsage: npm run spec:diff",
    ],
    [
      ["--exceptions", "none.yaml", "theirs30.json"],
      "spec-diff: Cannot read none.yaml: no such file.\n",
    ],
    [["--bogus", "theirs30.json"], "spec-diff: Unknown option '--bogus'"],
  ])("%j: exit code and message", (args, message) => {
    const result = cli(args);
    expect(result.status).toBe(message === "" ? 0 : 2);
    expect(result.stderr.startsWith(message)).toBe(true);
    expect(result.stdout === "").toBe(message !== "");
  });

  it("--help prints the usage", () => {
    const result = cli(["--help"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: npm run spec:diff -- \[--json\] \[--fail-on-diff\]/);
  });
});

/** The command line's text for ours against theirs30. */
const HUMAN = `Comparing ours.yaml (OpenAPI 3.1.0, 4 operations) with theirs30.json (OpenAPI 3.0.3, 4 operations).
"missing": only theirs has it; "extra": only ours has it.

Operations missing (1):
  GET /api/voices/  (voices_list)

Operations extra (1):
  GET /api/tools  (listTools)

POST /api/calls  (createCall; theirs calls_create at /api/calls/)
  query dryRun: extra (boolean)
  query enableGreetingPrompt: default ours none, theirs true
  query enableGreetingPrompt: required ours no, theirs yes
  query mode: enum missing turbo; extra slow
  query priorCallId: format ours uuid, theirs none
  query throttle: missing (string)
  header X-Trace: location ours header, theirs query
  request (application/x-www-form-urlencoded): media type ours none, theirs application/x-www-form-urlencoded
  request (multipart/form-data): media type ours none, theirs multipart/form-data
  request firstSpeaker: enum ours none, theirs FIRST_SPEAKER_AGENT, FIRST_SPEAKER_USER
  request language: range ours length <= 16, theirs none
  request language: required ours no, theirs yes
  request medium.twilio.outgoing.from: missing (string)
  request model: read-only ours no, theirs yes
  request temperature: type ours number, theirs integer
  request temperature: range ours none, theirs > 0
  request transcriptOptional: extra (boolean)
  request voice: nullable ours yes, theirs no
  request voice: deprecated ours no, theirs yes
  response: status ours 201, theirs 200
  response billedDuration: extra (string)
  response endReason: enum missing system_error
  response messages[].messageId: pattern ours ^msg_, theirs none
  response messages[].text: missing (string)
  response summary: write-only ours yes, theirs no

GET /api/calls/{call_id}  (getCall; theirs calls_retrieve at /api/calls/{id}/)
  query include: type ours array<string>, theirs string
  response billedDuration: extra (string)
  response endReason: enum missing system_error
  response messages[].messageId: pattern ours ^msg_, theirs none
  response messages[].text: missing (string)
  response summary: write-only ours yes, theirs no

GET /api/calls/{call_id}/recording  (getCallRecording; theirs calls_recording_retrieve at /api/calls/{id}/recording/)
  response: media type ours audio/*, theirs audio/wav

Summary: operations 3 of 4 (75.0%) matched, 1 missing, 1 extra; parameters 7 of 8 (87.5%); request fields 12 of 13 (92.3%); response fields 10 of 12 (83.3%); 34 differences.
`;
