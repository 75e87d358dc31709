// The docs page's samples (scripts/code-samples.mjs, added by scripts/docs-document.mjs):
// every operation has a TypeScript and a curl sample, every webhook event a `verifyWebhook`
// sample, and every TypeScript sample compiles against the SDK as a user's program would
// (one program of all of them; a sample that does not compile fails here).
import { beforeAll, describe, expect, it } from "vitest";
import type { CodeSample } from "../../scripts/code-samples.mjs";
import { docsDocument, WEBHOOK_SIGNATURE_SCHEME } from "../../scripts/docs-document.mjs";
import { listOperations, spec } from "./spec.js";
import { compileModules } from "../types/compile.js";

interface DocsOperation {
  operationId: string;
  description?: string;
  security?: Record<string, string[]>[];
  "x-codeSamples"?: CodeSample[];
}
type PathItems = Record<string, Record<string, DocsOperation>>;

let operations: DocsOperation[];
let webhooks: [string, DocsOperation][];
/** Each TypeScript sample as a module: `<operationId>.<n>.mts` (or the webhook's name). */
let modules: Record<string, string>;

/** The ```typescript block of a markdown description. */
const codeBlock = (markdown = "") => /```typescript\n([\s\S]*?)\n```/.exec(markdown)?.[1];

beforeAll(async () => {
  const document = (await docsDocument(spec)) as { paths: PathItems; webhooks: PathItems };
  operations = Object.values(document.paths).flatMap((item) =>
    Object.values(item).filter((value) => typeof value === "object" && "operationId" in value),
  );
  webhooks = Object.entries(document.webhooks).map(([event, item]) => [event, item["post"]!]);
  modules = {};
  for (const operation of operations)
    operation["x-codeSamples"]!.filter((sample) => sample.lang === "TypeScript").forEach(
      (sample, index) => (modules[`${operation.operationId}.${index}.mts`] = sample.source),
    );
  for (const [event, operation] of webhooks)
    modules[`${event.replace(".", "-")}.mts`] = codeBlock(operation.description) ?? "";
}, 60_000);

describe("the docs page's code samples", () => {
  it("every operation has a TypeScript sample calling its resource method and a curl sample", () => {
    expect(operations.map((operation) => operation.operationId).sort()).toEqual(
      listOperations()
        .map(({ operation }) => operation.operationId)
        .sort(),
    );
    const lacking = operations
      .filter((operation) => {
        const samples = operation["x-codeSamples"] ?? [];
        const typescript = samples.filter((sample) => sample.lang === "TypeScript");
        const curl = samples.filter((sample) => sample.label.startsWith("curl"));
        return (
          !typescript.length ||
          !typescript.every((sample) =>
            /await uv\.[a-z][\w.]*\(|of uv\.[a-z]/.test(sample.source),
          ) ||
          !curl.length ||
          !curl.every((sample) => sample.source.startsWith("curl -X "))
        );
      })
      .map((operation) => operation.operationId);
    expect(lacking).toEqual([]);
  });

  it("every webhook event is signed, not API-key secured, and shows a verifyWebhook sample", () => {
    expect(webhooks.length).toBeGreaterThan(3);
    for (const [event, operation] of webhooks) {
      expect(operation.security, event).toEqual([{ webhookSignature: [] }]);
      expect(codeBlock(operation.description), event).toContain("await verifyWebhook({");
    }
    expect(WEBHOOK_SIGNATURE_SCHEME.name).toBe("X-Ultravox-Webhook-Signature");
  });

  it("the samples are made from the operation's own examples", () => {
    const create = operations.find((operation) => operation.operationId === "createCall")!;
    const [typescript, curl] = create["x-codeSamples"]!;
    expect(typescript!.source).toContain("await uv.calls.create(");
    expect(typescript!.source).toContain('systemPrompt: "You are a helpful assistant."');
    expect(curl!.source).toContain('"systemPrompt":"You are a helpful assistant."');
    const get = operations.find((operation) => operation.operationId === "getCallStage")!;
    expect(get["x-codeSamples"]![0]!.source).toContain(
      'uv.calls.stages.get(\n  "3c90c3cc-0d44-4b50-8888-8dd25736052a",\n  "5b99bb11-8dde-4e1b-9f46-58d5256e4d35",\n)',
    );
  });

  it("every TypeScript sample compiles against the SDK, and a broken one does not", () => {
    const mutate = (name: string, from: string | RegExp, to: string) => {
      const source = modules[name]!.replace(from, to);
      expect(source, `${name} has ${String(from)}`).not.toBe(modules[name]);
      return source;
    };
    const mutants = {
      "mutant-method.mts": mutate("createCall.0.mts", "uv.calls.create(", "uv.calls.creat("),
      "mutant-field.mts": mutate("createCall.0.mts", "systemPrompt:", "systemPromt:"),
      "mutant-argument.mts": mutate("getCall.0.mts", /uv\.calls\.get\([^)]*\)/, "uv.calls.get()"),
      "mutant-webhook.mts": mutate("call-ended.mts", "event.call.callId", "event.callId"),
    };

    const messages = compileModules({ ...modules, ...mutants });
    const failing = Object.entries(messages).filter(
      ([name, errors]) => !name.startsWith("mutant-") && errors.length,
    );
    expect(failing).toEqual([]);
    expect(Object.keys(modules).length).toBeGreaterThan(100);
    for (const name of Object.keys(mutants)) expect(messages[name], name).not.toEqual([]);
  }, 120_000);
});
