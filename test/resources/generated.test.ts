// The generated resource tree against openapi.yaml: every operation has exactly one method
// (so an operation added to the spec without regenerating fails here, as well as in
// check:generated), every method exists on a client, and the naming rules hold.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  RESOURCE_TABLE,
  type OperationEntry,
  type ResourceTable,
} from "../../generated/resources.js";
import { resourceOperations } from "../../scripts/resource-tree.mjs";
import { createUltravoxClient } from "../../src/index.js";
import { listOperations, spec } from "../spec/spec.js";

/** Every method of the table: its dotted name and entry. */
function methodsOf(table: ResourceTable, prefix: string[] = []): [string, OperationEntry][] {
  return Object.entries(table).flatMap(([name, entry]) =>
    Array.isArray(entry)
      ? [[[...prefix, name].join("."), entry as OperationEntry]]
      : methodsOf(entry as ResourceTable, [...prefix, name]),
  );
}

const methods = methodsOf(RESOURCE_TABLE);

describe("the generated resource tree", () => {
  it("has one method per operation of the spec, with its method and path", () => {
    const operations = listOperations().map(
      ({ method, path }) => `${method.toUpperCase()} ${path}`,
    );
    expect(operations.length).toBeGreaterThanOrEqual(100);
    const generated = methods.map(([, [method, path]]) => `${method} ${path}`);
    expect([...generated].sort()).toEqual([...operations].sort());
  });

  it("documents each method with its operation's summary, description and operationId", () => {
    const declarations = readFileSync(
      new URL("../../generated/resources.d.ts", import.meta.url),
      "utf8",
    );
    for (const { operation } of listOperations()) {
      expect(declarations).toContain(`(operation \`${operation.operationId}\`)`);
      expect(declarations).toContain(`   * ${operation.summary}\n`);
      const firstLine = (operation as { description?: string }).description?.split("\n")[0];
      expect(declarations).toContain(`   * ${firstLine}`);
    }
  });

  it("every method is a function of a client, reached through its resources", () => {
    const uv = createUltravoxClient({ apiKey: "k" });
    for (const [name] of methods) {
      const method = name
        .split(".")
        .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], uv);
      expect(typeof method, name).toBe("function");
    }
    // The path-style client is still there, beside the resources.
    expect(typeof uv.GET).toBe("function");
    expect(typeof uv.use).toBe("function");
  });

  it("names the issue's examples as the issue does", () => {
    const names = new Map(methods.map(([name, [method, path]]) => [`${method} ${path}`, name]));
    expect(names.get("POST /api/calls")).toBe("calls.create");
    expect(names.get("GET /api/calls")).toBe("calls.list");
    expect(names.get("GET /api/calls/{call_id}")).toBe("calls.get");
    expect(names.get("DELETE /api/calls/{call_id}")).toBe("calls.delete");
    expect(names.get("POST /api/agents/{agent_id}/calls")).toBe("agents.calls.create");
    expect(names.get("GET /api/calls/{call_id}/stages/{call_stage_id}/messages")).toBe(
      "calls.stages.messages.list",
    );
    expect(names.get("POST /api/corpora/{corpus_id}/query")).toBe("corpora.query");
  });
});

/** A spec of the given paths, for the naming rules. */
const specOf = (paths: Record<string, unknown>) => ({ paths, components: {} });
const op = (operationId: string, extra: Record<string, unknown> = {}) => ({
  operationId,
  responses: { "200": { description: "ok", content: { "application/json": { schema: {} } } } },
  ...extra,
});
const page = {
  "200": {
    description: "a page",
    content: {
      "application/json": {
        schema: { type: "object", properties: { results: { type: "array" } } },
      },
    },
  },
};
const names = (paths: Record<string, unknown>) =>
  resourceOperations(specOf(paths)).map((operation) => operation.name.join("."));

describe("the naming rules (scripts/resource-tree.mjs)", () => {
  it("names a resource by the path's literal segments and a method by the operationId's verb", () => {
    expect(
      names({
        "/api/call_throttles/{throttle_id}": {
          get: op("getCallThrottle"),
          put: op("replaceCallThrottle"),
        },
        "/api/accounts/me/tts_api_keys": { patch: op("setTtsApiKeys") },
      }),
    ).toEqual(["callThrottles.get", "callThrottles.replace", "accounts.me.ttsApiKeys.set"]);
  });

  it("calls every GET that answers a page list, whatever its verb", () => {
    expect(
      names({ "/api/tools/{tool_id}/history": { get: op("getToolHistory", { responses: page }) } }),
    ).toEqual(["tools.history.list"]);
  });

  it("names an action by the path's last segment, on the resource before it", () => {
    expect(
      names({
        "/api/corpora/{corpus_id}/query": { post: op("queryCorpus") },
        "/api/calls/{call_id}/send_data_message": { post: op("sendCallDataMessage") },
      }),
    ).toEqual(["corpora.query", "calls.sendDataMessage"]);
  });

  it("takes x-sdk-method over the rules, and refuses an action the rules cannot name", () => {
    expect(
      names({
        "/api/voice_preview": {
          post: op("previewVoice", { "x-sdk-method": "voices.preview.generate" }),
        },
      }),
    ).toEqual(["voices.preview.generate"]);
    expect(() => names({ "/api/voice_preview": { post: op("previewVoice") } })).toThrow(
      'previewVoice: cannot name the action "preview"; give it an x-sdk-method',
    );
    expect(() =>
      names({ "/api/x": { post: op("createX", { "x-sdk-method": "Bad Name" }) } }),
    ).toThrow('createX: x-sdk-method must be a dotted name such as "calls.create"');
  });

  it("refuses two operations of one name, a method that is also a resource, and the client's own names", () => {
    expect(() =>
      names({ "/api/calls": { get: op("getCalls"), post: op("getMoreCalls") } }),
    ).toThrow("two operations are named calls.get; set x-sdk-method on one");
    expect(() =>
      names({
        "/api/calls": { post: op("createCall", { "x-sdk-method": "calls.stages" }) },
        "/api/calls/{call_id}/stages": { get: op("getCallStages") },
      }),
    ).toThrow("createCall is named calls.stages, which getCallStages needs as a resource");
    expect(() =>
      names({ "/api/x": { post: op("createX", { "x-sdk-method": "request.create" }) } }),
    ).toThrow("createX: request is a name the client already uses");
  });

  it("reads the body, query, answer and files of each operation of the spec", () => {
    const byId = new Map(
      resourceOperations(spec).map((operation) => [operation.operationId, operation]),
    );
    expect(byId.get("createCall")).toMatchObject({
      body: "required",
      query: "optional",
      answer: "json",
    });
    expect(byId.get("listCalls")).toMatchObject({
      body: "none",
      query: "optional",
      answer: "list",
    });
    expect(byId.get("getCallRecording")).toMatchObject({ answer: "blob", pathParams: ["call_id"] });
    expect(byId.get("getCallSipLogs")).toMatchObject({ answer: "text" });
    expect(byId.get("createVoice")).toMatchObject({ files: ["file"] });
    expect(byId.get("testTool")).toMatchObject({ body: "optional" });
    expect(byId.get("deleteCall")).toMatchObject({ answer: "json", body: "none", query: "none" });
  });
});
