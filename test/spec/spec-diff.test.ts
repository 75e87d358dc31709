// The drift gate: openapi.yaml against Ultravox's published OpenAPI schema, as its
// fact-only copy in test/fixtures/reference/published-schema.json (`npm run
// sync:reference`) gives it. Every difference must be explained by an entry of
// test/spec/spec-diff-exceptions.yaml, and every entry must still explain one, so a new
// gap and a stale entry fail alike. `npm run spec:diff` prints the same report.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  defaultExceptionsPath,
  defaultTheirsPath,
  differenceKey,
  diffSpecs,
  explainDifferences,
  loadSpec,
  readExceptions,
  type LoadedSpec,
} from "../../scripts/spec-diff.mjs";
import { spec } from "./spec.js";

const published = loadSpec(defaultTheirsPath, "published-schema.json");
const exceptions = readExceptions(
  readFileSync(defaultExceptionsPath, "utf8"),
  "spec-diff-exceptions.yaml",
);
const ours = (document: object = spec): LoadedSpec => ({
  name: "openapi.yaml",
  document: document as Record<string, unknown>,
});
const report = diffSpecs(ours(), published);

/** A deep copy of the spec that a test may break. */
const specCopy = () => structuredClone(spec) as unknown as Record<string, any>;
/** What the gate reports for a changed spec: its unexplained differences and stale entries. */
const gate = (document: object, entries = exceptions) => {
  const { unexplained, stale } = explainDifferences(diffSpecs(ours(document), published), entries);
  return { unexplained: unexplained.map(differenceKey), stale };
};

describe("openapi.yaml against Ultravox's published schema", () => {
  const explanation = explainDifferences(report, exceptions);

  it("has no difference that spec-diff-exceptions.yaml does not explain", () => {
    expect(explanation.unexplained.map(differenceKey)).toEqual([]);
    expect(explanation.explained).toBe(report.differences.length);
  });

  it("has no stale exception (each entry still explains a difference)", () => {
    expect(explanation.stale).toEqual([]);
  });

  it("matches every operation of ours, and every parameter and response field of theirs", () => {
    const { operations, parameters, requestFields, responseFields } = report.summary;
    expect(operations.extra).toBe(0);
    expect(operations.matched).toBe(operations.ours);
    expect(parameters.matched).toBe(parameters.theirs);
    expect(responseFields.matched).toBe(responseFields.theirs);
    // The request fields not matched are those an exception explains: server-set
    // fields listed as writable, and Create Agent Call's ignored `agentId`.
    const missingRequestFields = report.differences.filter(
      (d) => d.scope === "request" && d.kind === "missing",
    );
    expect(requestFields.theirs - requestFields.matched).toBe(missingRequestFields.length);
  });

  it("includes the operations the reference lists outside its main groups", () => {
    const matched = report.operations.map(({ operation }) => operation);
    expect(matched).toEqual(
      expect.arrayContaining([
        "GET /api/accounts/me/usage/concurrency",
        "GET /api/models",
        "GET /api/schema/",
      ]),
    );
  });

  it("leaves out only the operations the public reference does not document", () => {
    const missing = report.differences
      .filter((d) => d.scope === "operation")
      .map((d) => `${d.operation} ${d.kind}`);
    expect(missing).toHaveLength(14);
    expect(missing.every((line) => line.endsWith(" missing"))).toBe(true);
    expect(missing.filter((line) => /\/api\/(api_keys|accounts)\b/.test(line))).toHaveLength(10);
  });
});

describe("the gate fails on a new gap, and names it", () => {
  it("a field removed from a copy of the spec", () => {
    const broken = specCopy();
    const settings = broken.components.schemas.SipRegistrationSettings;
    delete settings.properties.password;
    const create = broken.components.schemas.SipRegistrationRequest;
    create.required = create.required.filter((name: string) => name !== "password");
    expect(gate(broken)).toEqual({
      unexplained: [
        "POST /api/sip/registrations request password: missing (string, required)",
        "PATCH /api/sip/registrations/{registration_id} request password: missing (string)",
      ],
      stale: [],
    });
  });

  it("a query parameter removed", () => {
    const broken = specCopy();
    const createAgentCall = broken.paths["/api/agents/{agent_id}/calls"].post;
    createAgentCall.parameters = [];
    expect(gate(broken).unexplained).toEqual([
      "POST /api/agents/{agent_id}/calls query throttle: missing (string)",
    ]);
  });

  it("a fact changed: an enum value dropped, a field no longer nullable", () => {
    const broken = specCopy();
    const retention = broken.components.schemas.RetentionPolicy;
    retention.enum = retention.enum.filter(
      (value: string) => value !== "CALL_RETENTION_POLICY_AUTO_DELETE",
    );
    broken.components.schemas.Agent.properties.publishedRevisionId.type = "string";
    const { unexplained } = gate(broken);
    expect(unexplained).toContain(
      "POST /api/calls request retentionPolicy: enum missing CALL_RETENTION_POLICY_AUTO_DELETE",
    );
    expect(unexplained).toContain(
      "GET /api/agents/{agent_id} response publishedRevisionId: nullable ours no, theirs yes",
    );
  });

  it("an operation removed", () => {
    const broken = specCopy();
    delete broken.paths["/api/models"];
    expect(gate(broken).unexplained).toEqual(["GET /api/models operation: missing (models_list)"]);
  });
});

describe("the gate fails on a stale entry, and names it", () => {
  it("an entry naming a difference the spec does not have", () => {
    const extra = new Map(exceptions).set(
      "POST /api/calls request systemPrompt: missing (string)",
      "?",
    );
    expect(gate(spec, extra).stale).toEqual([
      "POST /api/calls request systemPrompt: missing (string)",
    ]);
  });

  it("an entry whose difference the spec has since resolved", () => {
    const fixed = specCopy();
    delete fixed.components.schemas.Call.allOf[1].properties.errorCount;
    expect(gate(fixed)).toEqual({
      unexplained: [],
      stale: ["* response *errorCount: extra (integer)"],
    });
  });
});
