// The page-coverage check: openapi.yaml declares every field the reference pages show
// (test/fixtures/reference/page-fields.json, from `npm run sync:reference`), at the path
// and on the side the page shows it, unless test/spec/page-coverage-exclusions.yaml
// says why not.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  checkCoverage,
  declares,
  exclusionsPath,
  pageFieldsPath,
  readExclusions,
} from "../../scripts/page-coverage.mjs";
import {
  fieldLists,
  jsonExamples,
  openApiExcerptFacts,
  readJsonKeyPaths,
  type PageFact,
} from "../../scripts/page-fields.mjs";
import { spec } from "./spec.js";

const facts = JSON.parse(readFileSync(pageFieldsPath, "utf8")) as PageFact[];
const exclusions = readExclusions(readFileSync(exclusionsPath, "utf8"));

/** A deep copy of the spec that a test may break. */
const specCopy = () => structuredClone(spec) as unknown as Record<string, any>;

describe("openapi.yaml against the fields the reference pages show", () => {
  const result = checkCoverage(spec, facts, exclusions);

  it(`declares each of the ${facts.length} page facts, or an exclusion explains it`, () => {
    expect(result.gaps).toEqual([]);
    expect(result.declared + result.excluded).toBe(result.checked);
    expect(result.checked).toBeGreaterThan(2500);
  });

  it("has no stale exclusion (each one still matches an undeclared page fact)", () => {
    expect(result.stale).toEqual([]);
  });

  it("checks request, response, parameter, webhook and schema-page facts", () => {
    const sides = new Set(facts.map((fact) => fact.side));
    expect([...sides].sort()).toEqual(["body", "path", "query", "request", "response"]);
    expect(facts.some((fact) => fact.target.startsWith("webhook "))).toBe(true);
    expect(facts.some((fact) => fact.value !== undefined)).toBe(true);
    expect(facts.some((fact) => fact.rule !== undefined)).toBe(true);
  });
});

describe("the check fails on a gap, and names it", () => {
  it("reports a field removed from a copy of the spec", () => {
    const broken = specCopy();
    delete broken.components.schemas.CallThrottleRule.properties.windowSeconds;
    const { gaps } = checkCoverage(broken, facts, exclusions);
    expect(gaps).toContainEqual(
      expect.stringMatching(/^POST \/api\/call_throttles request: rules\[\]\.windowSeconds /),
    );
    expect(gaps).toContainEqual(
      expect.stringMatching(
        /^GET \/api\/call_throttles response: results\[\]\.rules\[\]\.windowSeconds /,
      ),
    );
  });

  it("reports a query parameter removed from a copy of the spec", () => {
    const broken = specCopy();
    const createCall = broken.paths["/api/calls"].post;
    createCall.parameters = createCall.parameters.filter(
      (parameter: { $ref?: string }) => parameter.$ref !== "#/components/parameters/Throttle",
    );
    const { gaps } = checkCoverage(broken, facts, exclusions);
    expect(gaps).toEqual(["POST /api/calls query: throttle  (calls/calls-post.more.txt)"]);
  });

  it("reports an enum value removed from a copy of the spec", () => {
    const broken = specCopy();
    const knownValue = broken.components.schemas.KnownParamValue;
    knownValue.enum = knownValue.enum.filter((value: string) => value !== "KNOWN_PARAM_CALL_STATE");
    const { gaps } = checkCoverage(broken, facts, exclusions);
    expect(gaps).toContainEqual(
      expect.stringMatching(
        /^schema BaseToolDefinition body: automaticParameters\[\]\.knownValue = KNOWN_PARAM_CALL_STATE /,
      ),
    );
  });

  it("reports an exclusion the spec no longer needs as stale", () => {
    const extra = new Map(exclusions).set("POST /api/calls request: systemPrompt", "a test");
    expect(checkCoverage(spec, facts, extra).stale).toEqual([
      "POST /api/calls request: systemPrompt",
    ]);
  });

  it("refuses an exclusion group without a reason, or a field listed twice", () => {
    expect(() => readExclusions("- fields: [x]\n")).toThrow(/reason/);
    expect(() => readExclusions("- reason: r\n  fields: [x, x]\n")).toThrow(/listed twice/);
  });
});

describe("declares() resolves the spec's structure", () => {
  const fact = (target: string, side: string, path: string, value?: string): PageFact => ({
    target,
    side,
    path,
    sources: [],
    ...(value === undefined ? {} : { value }),
  });

  it("follows $ref, allOf and array items", () => {
    expect(
      declares(
        spec,
        fact("POST /api/agents", "request", "callTemplate.dataConnection.websocketUrl"),
      ),
    ).toBe(true);
    expect(declares(spec, fact("GET /api/calls", "response", "results[].callId"))).toBe(true);
  });

  it("accepts any key under an open map, none under a closed object", () => {
    expect(declares(spec, fact("POST /api/calls", "request", "metadata.customer"))).toBe(true);
    expect(declares(spec, fact("POST /api/calls", "request", "medium.webRtc.unknownField"))).toBe(
      false,
    );
  });

  it("does not count constraint-only branches (`required`) as open schemas", () => {
    expect(declares(spec, fact("POST /api/calls", "request", "selectedTools[].unknownField"))).toBe(
      false,
    );
  });

  it("checks enum constants against the enum at the path", () => {
    const path = "selectedTools[].temporaryTool.automaticParameters[].knownValue";
    expect(declares(spec, fact("POST /api/calls", "request", path, "KNOWN_PARAM_CALL_ID"))).toBe(
      true,
    );
    expect(
      declares(spec, fact("POST /api/calls", "request", path, "KNOWN_PARAM_NOT_A_VALUE")),
    ).toBe(false);
  });

  it("keeps request and response sides apart", () => {
    expect(declares(spec, fact("POST /api/calls", "response", "callId"))).toBe(true);
    expect(declares(spec, fact("POST /api/calls", "request", "callId"))).toBe(false);
  });
});

describe("the page extractor", () => {
  it("reads key paths from a JSON example cut off mid-value", () => {
    const text =
      '{\n  "a": {"b": [ {"c": 1, "role": "MESSAGE_ROLE_USER"} ]},\n  "d": "x", "e": {"f": "<str';
    const { paths, constants } = readJsonKeyPaths(text, 0);
    expect(paths).toEqual(["a", "a.b", "a.b[].c", "a.b[].role", "d", "e", "e.f"]);
    expect(constants).toEqual([{ path: "a.b[].role", value: "MESSAGE_ROLE_USER" }]);
  });

  it("tells a curl --data body from a response example", () => {
    const text = `curl --request POST \\\n  --data '{\n  "name": "x"\n}'\n{\n  "id": "y"\n}`;
    expect(jsonExamples(text).map(({ side, paths }) => [side, paths])).toEqual([
      ["request", ["name"]],
      ["response", ["id"]],
    ]);
  });

  it("reads the names of a rendered field list by section, skipping type lines", () => {
    const text =
      "Path Parameters\ncall_id\nstring\nrequired\nBody\nname\nstring | null\nResponse\ncreated\nstring<date-time>\nread-only";
    expect(fieldLists(text)).toEqual([
      { side: "path", path: "call_id" },
      { side: "request", path: "name" },
      { side: "response", path: "created" },
    ]);
  });

  it("reads a truncated OpenAPI excerpt, with read-only fields on the response side only", () => {
    const text = [
      "````yaml post /api/things",
      "paths:",
      "  /api/things:",
      "    post:",
      "      parameters:",
      "        - {in: query, name: mode, schema: {type: string}}",
      "      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}",
      "      responses: {'201': {content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}}",
      "components:",
      "  schemas:",
      "    Thing:",
      "      properties:",
      "        id: {type: string, readOnly: true}",
      "        kind: {type: string, enum: [A_KIND, B_KIND]}",
      "        desc",
    ].join("\n");
    const facts = openApiExcerptFacts(text).map(
      (f) => `${f.side}:${f.path}${f.value ? `=${f.value}` : ""}`,
    );
    expect(facts.sort()).toEqual(
      [
        "query:mode",
        "request:kind",
        "request:kind=A_KIND",
        "request:kind=B_KIND",
        "response:id",
        "response:kind",
        "response:kind=A_KIND",
        "response:kind=B_KIND",
      ].sort(),
    );
  });
});
