// A named type and the value it names must be one type, not two equal ones: TypeScript
// compares two distinct types key by key on every assignment, which for a schema as large
// as a call costs thousands of instantiations (and editor latency) each time. The checker
// hands out one object per type, so `===` between them is the test.
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const file = join(root, "test", "types", "shared-shapes.probe.ts");
// Each `probe(<named type>, <value>)` pair: what a user annotates, and what they assign to it.
const PROBES = `
import {
  paginate,
  type ItemOf,
  type RequestBody,
  type RequestSchema,
  type Schema,
  type UltravoxClient,
  type WebhookEvent,
} from "../../src/index.js";
declare const uv: UltravoxClient;
declare function probe<Named>(value: unknown): void;
export async function probes(event: WebhookEvent<"call.ended">, body: RequestBody<"/api/agents", "post">) {
  const got = await uv.GET("/api/calls/{call_id}", { params: { path: { call_id: "c" } } });
  if (got.data) probe<Schema<"Call">>(got.data);
  const page = await uv.GET("/api/agents");
  if (page.data) probe<Schema<"Agent">>(page.data.results[0]!);
  for await (const call of paginate(uv, "/api/calls")) probe<Schema<"Call">>(call);
  probe<ItemOf<"/api/calls">>(event.call);
  probe<Schema<"Call">>(event.call);
  if (body.callTemplate) probe<RequestSchema<"CallTemplate">>(body.callTemplate);
}
`;

function probePairs(): { named: string; same: boolean }[] {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists } = host;
  host.getSourceFile = (name, language, ...rest) =>
    name === file
      ? ts.createSourceFile(name, PROBES, language, true)
      : getSourceFile.call(host, name, language, ...rest);
  host.fileExists = (name) => name === file || fileExists.call(host, name);
  const program = ts.createProgram([file], options, host);
  const errors = ts.getPreEmitDiagnostics(program, program.getSourceFile(file));
  expect(errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual([]);
  const checker = program.getTypeChecker();
  const pairs: { named: string; same: boolean }[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      node.expression.getText() === "probe" &&
      node.typeArguments?.length === 1
    ) {
      const typeNode = node.typeArguments[0]!;
      const named = checker.getTypeFromTypeNode(typeNode);
      const value = checker.getTypeAtLocation(node.arguments[0]!);
      pairs.push({
        named: `${typeNode.getText()} ← ${node.arguments[0]!.getText()}`,
        same: named === value,
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(program.getSourceFile(file)!);
  return pairs;
}

describe("named types are the very types of the values they name", () => {
  // One compiler program over the whole spec: seconds on a busy machine.
  it(
    "Schema, ItemOf, WebhookEvent's call and RequestSchema against responses, pages and bodies",
    { timeout: 60_000 },
    () => {
      const pairs = probePairs();
      expect(pairs).toHaveLength(6);
      expect(pairs.filter((pair) => !pair.same).map((pair) => pair.named)).toEqual([]);
    },
  );
});
