// The type promise, proven on calls written inline as users write them, generated from
// openapi.yaml (strict-calls.ts) and from the real-world request bodies: each example call
// compiles, each misspelt key fails with an error that names it, and every real-world
// body compiles exactly when the spec accepts it. Many of the same typos compile against
// openapi-fetch's own Client<paths>: what this test catches should the wrapper loosen.
import { beforeAll, describe, expect, it } from "vitest";
import { parametersOf, validRequests } from "../contract/requests.js";
import { REQUEST_OPERATIONS, withPlaceholdersFilled } from "../spec/realworld.js";
import { realworldPayloads } from "../spec/reference.js";
import { listOperations, requestSchema, resolveRef, spec, validate } from "../spec/spec.js";
import { compileSnippets, type SnippetMessages } from "./compile.js";
import { isClosed, literal, typeCases, type CaseKind } from "./strict-calls.js";

const STRICT = "inline-calls.strict.ts";
const LOOSE = "inline-calls.loose.ts";
const REALWORLD = "inline-calls.realworld.ts";
const ISSUE = "inline-calls.issue.ts";
const MISTAKES = "inline-calls.mistakes.ts";

/** The calls issue 12 found compiling, and the misspelt (or misplaced) key each must be rejected for. */
const ISSUE_CALLS: [source: string, key: string][] = [
  [
    `uv.POST("/api/calls", { body: { systemPrompt: "x", recordingEnabed: true } })`,
    "recordingEnabed",
  ],
  [`uv.POST("/api/corpora", { body: { name: "docs", descripton: "y" } })`, "descripton"],
  [
    `uv.PATCH("/api/corpora/{corpus_id}", { params: { path: { corpus_id: id } }, body: { nme: "x" } })`,
    "nme",
  ],
  [
    `uv.POST("/api/agents/{agent_id}/calls", { params: { path: { agent_id } }, body: { templateContex: {} } })`,
    "templateContex",
  ],
  [
    `uv.POST("/api/calls", { body: { medium: { twilio: { outgoing: { to: "+15551234567", fromm: "+15559876543" } } } } })`,
    "fromm",
  ],
  [
    `uv.POST("/api/calls", { body: { firstSpeakerSettings: { user: { fallbak: { delay: "5s" } } } } })`,
    "fallbak",
  ],
  // An agent's prompt belongs inside `callTemplate`, not at the top of Create Agent.
  [`uv.POST("/api/agents", { body: { name: "support", systemPrompt: "Help." } })`, "systemPrompt"],
];

const cases = typeCases();
const typos = cases.filter((typeCase) => typeCase.typo !== undefined);

// Real-world request bodies, each sent inline to the operation it was written for, with
// that operation's example path parameters.
const examplePathParams = new Map(
  validRequests().map((request) => [request.operationId, request.init.params.path]),
);
const realworld = realworldPayloads()
  .filter((payload) => payload.kind in REQUEST_OPERATIONS)
  .map((payload) => {
    const operationId = REQUEST_OPERATIONS[payload.kind]!;
    const { method, path } = listOperations().find(
      (candidate) => candidate.operation.operationId === operationId,
    )!;
    const pathParams = examplePathParams.get(operationId) ?? {};
    const params = Object.keys(pathParams).length
      ? `params: { path: ${literal(pathParams)} }, `
      : "";
    const body = withPlaceholdersFilled(payload.body);
    return {
      payload,
      accepted: validate(requestSchema(operationId) as object, body).length === 0,
      source: `uv.${method.toUpperCase()}(${JSON.stringify(path)}, { ${params}body: ${literal(body)} })`,
    };
  });

/** The README's "When a call does not compile" table: each mistake (statements), and what its error says (null: none). */
const README_MISTAKES: [source: string, error: string | null][] = [
  [
    "void uv.GET(`/api/calls/${id}`)",
    "Argument of type '`/api/calls/${string}`' is not assignable to",
  ],
  [
    `void uv.POST("/api/calls", { body: { medium: { webRtc: {}, twilio: {} } } })`,
    `Type '{}' is not assignable to type '"twilio: set only one of webRtc, twilio,`,
  ],
  [
    `const tool = {
    dynamicParameters: [{ name: "order", location: "PARAMETER_LOCATION_BODY" }],
    http: { baseUrlPattern: "https://example.com/orders", httpMethod: "POST" },
  };
  void uv.POST("/api/tools", { body: { name: "lookupOrder", definition: tool } })`,
    "Types of property 'location' are incompatible",
  ],
  [
    `void uv.POST("/api/agents", { body: { name: "support", callTemplate: template } })`,
    "Types of property 'created' are incompatible",
  ],
  [
    `const init = { params: { query: { pageSize: 10, cursr: "x" } } };
  void uv.GET("/api/calls", init)`,
    null,
  ],
  [
    `const init = { params: { query: { pageSize: 10, cursr: "x" } } } satisfies RequestInitFor<"/api/calls", "get">;
  void uv.GET("/api/calls", init)`,
    "'cursr' does not exist",
  ],
];

const STRICT_CLIENT = `import type { UltravoxClient } from "../../src/index.js";
declare const uv: UltravoxClient;`;
const LOOSE_CLIENT = `import type { Client } from "openapi-fetch";
import type { paths } from "../../generated/schema.js";
declare const uv: Client<paths>;`;

let messages: SnippetMessages = {};
beforeAll(() => {
  const statements = (sources: { source: string }[]) =>
    sources.map(({ source }) => `void ${source}`);
  messages = compileSnippets({
    [STRICT]: { header: STRICT_CLIENT, snippets: statements(cases) },
    [LOOSE]: { header: LOOSE_CLIENT, snippets: statements(typos) },
    [REALWORLD]: { header: STRICT_CLIENT, snippets: statements(realworld) },
    [ISSUE]: {
      header: `${STRICT_CLIENT}\ndeclare const id: string;\ndeclare const agent_id: string;`,
      snippets: statements(ISSUE_CALLS.map(([source]) => ({ source }))),
    },
    [MISTAKES]: {
      header: `${STRICT_CLIENT.replace("UltravoxClient", "RequestInitFor, Schema, UltravoxClient")}
declare const id: string;
declare const template: Schema<"CallTemplate">;`,
      snippets: README_MISTAKES.map(([source]) =>
        source.startsWith("void ") || source.startsWith("const ") ? source : `void ${source}`,
      ),
    },
  });
}, 600_000);

/**
 * Whether the errors include TypeScript's excess-property error for the misspelt key
 * ("Object literal may only specify known properties, and/but 'typo' does not exist …").
 */
function rejectsNaming(errors: string[], typo: string): boolean {
  return errors.some(
    (error) =>
      error.startsWith("Object literal may only specify known properties") &&
      error.includes(` '${typo}' does not exist in type `),
  );
}

const count = (kind: CaseKind) => cases.filter((typeCase) => typeCase.kind === kind).length;

describe("the calls issue 12 found compiling", () => {
  ISSUE_CALLS.forEach(([source, key], index) => {
    it(`fail naming '${key}': ${source}`, () => {
      expect(rejectsNaming(messages[ISSUE]![index]!, key)).toBe(true);
    });
  });
});

describe("the README's table of mistakes", () => {
  README_MISTAKES.forEach(([source, error], index) => {
    const title = error === null ? "compiles, unchecked" : `fails with ${error}`;
    it(`${title}: ${source}`, () => {
      const errors = messages[MISTAKES]![index]!;
      if (error === null) expect(errors).toEqual([]);
      else expect(errors.join("\n")).toContain(error);
    });
  });
});

describe(`inline calls generated from openapi.yaml: ${count("example compiles")} examples, ${count("top-level typo")} top-level, ${count("deepest typo")} deepest, ${count("query typo")} query and ${count("path typo")} path typos`, () => {
  it("cover every operation, every JSON body and every operation with query parameters", () => {
    const operations = listOperations();
    const coveredBy = (kind: CaseKind) =>
      new Set(
        cases
          .filter((typeCase) => typeCase.kind === kind)
          .map((typeCase) => typeCase.request.split(" ")[0]),
      );
    const withClosedJsonBody = operations.filter(({ operation }) => {
      const content = resolveRef(operation.requestBody ?? {}).content ?? {};
      return "application/json" in content && isClosed(requestSchema(operation.operationId!));
    });
    const withQuery = operations.filter(({ path, operation }) =>
      parametersOf(spec.paths[path] ?? {}, operation).some((parameter) => parameter.in === "query"),
    );
    expect([...coveredBy("example compiles")].sort()).toEqual(
      operations.map(({ operation }) => operation.operationId).sort(),
    );
    expect([...coveredBy("top-level typo")].sort()).toEqual(
      withClosedJsonBody.map(({ operation }) => operation.operationId).sort(),
    );
    expect([...coveredBy("query typo")].sort()).toEqual(
      withQuery.map(({ operation }) => operation.operationId).sort(),
    );
  });

  cases.forEach((typeCase, index) => {
    const where = typeCase.at ? ` at ${typeCase.at}` : "";
    if (typeCase.typo === undefined) {
      it(`${typeCase.request}: the example compiles`, () => {
        expect(messages[STRICT]![index]).toEqual([]);
      });
    } else {
      it(`${typeCase.request}: ${typeCase.kind} '${typeCase.typo}'${where} fails, naming it`, () => {
        expect(messages[STRICT]![index]!.join("\n")).toContain(`'${typeCase.typo}'`);
        expect(rejectsNaming(messages[STRICT]![index]!, typeCase.typo!)).toBe(true);
      });
    }
  });
});

describe("the same typos against openapi-fetch's own Client<paths> (the wrapper loosened)", () => {
  // openapi-fetch infers the init from the argument, so a misspelt key is caught only when
  // something else in the call already fails inference (a missing path parameter, an enum
  // widened to string): many typos compile, and the check above then turns red.
  it("many compile, and the check above would fail for each of them", () => {
    const missed = typos.filter(
      (typeCase, index) => !rejectsNaming(messages[LOOSE]![index]!, typeCase.typo!),
    );
    const missedKinds = new Set(missed.map((typeCase) => typeCase.kind));
    expect(missed.length).toBeGreaterThan(0);
    expect(missedKinds).toContain("top-level typo");
    expect(missedKinds).toContain("deepest typo");
    expect(missedKinds).toContain("query typo");
  });
});

/** What the error says for each real-world body the spec rejects (their reasons: test/spec/realworld.test.ts). */
const REJECTED_BECAUSE: Record<string, string> = {
  // `agent` beside `user`: an exclusive key may not be set beside another.
  "request.calls.create__nextjs-both-firstspeakers.json": "set only one of user, agent",
  "request.corpora.query__snake-case-max-results.json": "'max_results' does not exist",
  "request.tools.create__invalid-location-body-shorthand.json": `Type '"body"' is not assignable`,
  "request.tools.update__vet-triage-partial.json": "Property 'name' is missing",
  "request.webhooks.create__supabase-sync-invalid-event.json": `Type '"call.completed"' is not assignable`,
};

describe("real-world request bodies written inline", () => {
  it("the bodies the spec rejects are exactly those listed with their error", () => {
    const rejected = realworld
      .filter(({ accepted }) => !accepted)
      .map(({ payload }) => payload.file);
    expect(rejected.sort()).toEqual(Object.keys(REJECTED_BECAUSE).sort());
  });

  realworld.forEach(({ payload, accepted }, index) => {
    if (accepted) {
      it(`${payload.file} compiles (the spec accepts it)`, () => {
        expect(messages[REALWORLD]![index]).toEqual([]);
      });
    } else {
      const because = REJECTED_BECAUSE[payload.file] ?? "(unlisted)";
      it(`${payload.file} does not compile (the spec rejects it): ${because}`, () => {
        expect(messages[REALWORLD]![index]!.join("\n")).toContain(because);
      });
    }
  });

  it("every body marked NEGATIVE or EDGE CASE is among the rejected", () => {
    const negative = realworld.filter(({ payload }) => payload.negative);
    expect(negative.length).toBeGreaterThan(0);
    expect(negative.filter(({ accepted }) => accepted).map(({ payload }) => payload.file)).toEqual(
      [],
    );
  });
});
