// Builds, from openapi.yaml alone, the inline calls the strict-types test compiles: for
// every operation, its example request written as users write it, and the same request
// with one misspelt key (at the body's top level, at the deepest closed object its
// example reaches, among the query parameters, among the path parameters). A new
// operation or example is covered without anyone listing it.
import { parametersOf, validRequests, type ContractRequest } from "../contract/requests.js";
import { requestSchema, resolveRef, spec, type OperationObject } from "../spec/spec.js";

export type CaseKind =
  "example compiles" | "top-level typo" | "deepest typo" | "query typo" | "path typo";

export interface TypeCase {
  /** The request it was built from: `createCall`, or `createCall (twilioOutgoing)` for one of several examples. */
  request: string;
  kind: CaseKind;
  /** The misspelt key a typo case must be rejected for, as it appears in the call. */
  typo?: string;
  /** Where the typo sits in the body, as a JSON pointer (typo cases in a body). */
  at?: string;
  /** The call as TypeScript source, such as `uv.POST("/api/calls", { body: {…} })`. */
  source: string;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Blob);

/**
 * A misspelling of `key` that is no key of `known`: one letter of its middle dropped
 * (`recordingEnabled` → `recordinEnabled`), or, for short keys and when that is taken,
 * its last letter doubled (`to` → `too`).
 */
export function misspell(key: string, known: Iterable<string>): string {
  const taken = new Set(known);
  const middle = Math.floor(key.length / 2);
  const dropped = key.slice(0, middle) + key.slice(middle + 1);
  if (key.length > 3 && !taken.has(dropped)) return dropped;
  return key + key.at(-1);
}

/**
 * `value` as a TypeScript expression written as a user writes it: keys unquoted where
 * they can be, blobs (multipart files) as `new Blob([])`, the rest as JSON.
 */
export function literal(value: unknown): string {
  if (value instanceof Blob) return "new Blob([])";
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  if (isObject(value)) {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    if (entries.length === 0) return "{}";
    const key = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));
    return `{ ${entries.map(([name, item]) => `${key(name)}: ${literal(item)}`).join(", ")} }`;
  }
  return JSON.stringify(value);
}

/** `request` as an inline call with `init` (its own, or a changed copy). */
function call(request: ContractRequest, init: ContractRequest["init"]): string {
  const { path, query } = init.params;
  const params = [
    Object.keys(path).length ? `path: ${literal(path)}` : "",
    Object.keys(query).length ? `query: ${literal(query)}` : "",
  ].filter(Boolean);
  const parts = [
    params.length ? `params: { ${params.join(", ")} }` : "",
    "body" in init ? `body: ${literal(init.body)}` : "",
    init.parseAs === "json" ? "" : `parseAs: ${JSON.stringify(init.parseAs)}`,
  ].filter(Boolean);
  const args = parts.length ? `, { ${parts.join(", ")} }` : "";
  return `uv.${request.method}(${JSON.stringify(request.path)}${args})`;
}

/** `object` with `key` renamed to `renamed`, keeping the key order. */
function renameKey(object: Json, key: string, renamed: string): Json {
  return Object.fromEntries(Object.entries(object).map(([k, v]) => [k === key ? renamed : k, v]));
}

/** A deep copy of `value` with the object at `pointer` (a list of keys) replaced by `replace(object)`. */
function replaceAt(value: unknown, pointer: string[], replace: (object: Json) => Json): unknown {
  if (pointer.length === 0) return replace(value as Json);
  const [head, ...rest] = pointer as [string, ...string[]];
  if (Array.isArray(value)) {
    return value.map((item, index) =>
      String(index) === head ? replaceAt(item, rest, replace) : item,
    );
  }
  const object = value as Json;
  return { ...object, [head]: replaceAt(object[head], rest, replace) };
}

// ---------------------------------------------------------------- JSON Schema shapes

/** What TypeScript sees of an object schema: its properties, and whether unknown keys are allowed. */
interface Shape {
  properties: Map<string, unknown>;
  open: boolean;
  /** Alternative schemas (a oneOf of $refs, a nullable anyOf), one of which the value takes. */
  alternatives: unknown[][];
}

function addToShape(schema: unknown, shape: Shape): void {
  const node = resolveRef(schema as object) as Json | boolean;
  if (typeof node !== "object") return;
  for (const [key, child] of Object.entries((node["properties"] as Json | undefined) ?? {})) {
    // A `true`/`false` in a oneOf branch only says whether the key may appear there.
    if (typeof child !== "boolean" || !shape.properties.has(key)) shape.properties.set(key, child);
  }
  const additional = node["additionalProperties"];
  if (additional === true || isObject(additional) || node["patternProperties"]) shape.open = true;
  for (const part of (node["allOf"] as unknown[] | undefined) ?? []) addToShape(part, shape);
  for (const keyword of ["oneOf", "anyOf"]) {
    const branches = (node[keyword] as unknown[] | undefined) ?? [];
    // Branches that are schemas of their own are alternatives, one of which the value takes;
    // the others only spread the parent's keys over branches (one exclusive key each).
    const isAlternative = (branch: unknown) =>
      isObject(branch) && ("$ref" in branch || "type" in branch);
    const alternatives = branches.filter(isAlternative);
    if (alternatives.length) shape.alternatives.push(alternatives);
    for (const branch of branches) if (!isAlternative(branch)) addToShape(branch, shape);
  }
}

function shapeOf(schema: unknown): Shape {
  const shape: Shape = { properties: new Map(), open: false, alternatives: [] };
  addToShape(schema, shape);
  return shape;
}

/** The alternative `value` takes: the first whose properties (and `const`s) it fits. */
function alternativeFor(alternatives: unknown[], value: Json): unknown {
  return alternatives.find((alternative) => {
    const { properties } = shapeOf(alternative);
    return Object.entries(value).every(([key, item]) => {
      if (!properties.has(key)) return false;
      const property = resolveRef(properties.get(key) as object) as Json | boolean;
      return typeof property !== "object" || !("const" in property) || property["const"] === item;
    });
  });
}

/**
 * Whether a body schema admits no unknown key at its top level (Test Tool's, an open map,
 * does): it names properties and allows no others, or each of its alternatives does.
 */
export function isClosed(schema: unknown): boolean {
  const shape = shapeOf(schema);
  if (shape.open) return false;
  if (shape.properties.size > 0) return true;
  return shape.alternatives.length > 0 && shape.alternatives.flat().every(isClosed);
}

interface ClosedObject {
  pointer: string[];
  keys: string[];
  known: string[];
}

/** Every object in `value` whose schema admits no unknown key and which has a key to misspell, outermost first. */
function* closedObjects(
  schema: unknown,
  value: unknown,
  pointer: string[] = [],
): Generator<ClosedObject> {
  const node = resolveRef(schema as object) as Json | boolean;
  if (typeof node !== "object") return;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      yield* closedObjects(node["items"] ?? {}, item, [...pointer, String(index)]);
    }
    for (const keyword of ["oneOf", "anyOf"]) {
      const arrays = ((node[keyword] as unknown[] | undefined) ?? []).filter(
        (branch) => (resolveRef(branch as object) as Json)["type"] === "array",
      );
      for (const branch of arrays) yield* closedObjects(branch, value, pointer);
    }
    return;
  }
  if (!isObject(value)) return;
  const shape = shapeOf(node);
  for (const alternatives of shape.alternatives) {
    const chosen = alternativeFor(alternatives, value);
    if (chosen !== undefined) addToShape(chosen, shape);
  }
  const keys = Object.keys(value);
  if (!shape.open && keys.length && keys.every((key) => shape.properties.has(key))) {
    yield { pointer, keys, known: [...shape.properties.keys()] };
  }
  for (const key of keys) {
    const child = shape.properties.get(key);
    if (child !== undefined) yield* closedObjects(child, value[key], [...pointer, key]);
  }
}

// ---------------------------------------------------------------- the cases

function typoInBody(request: ContractRequest, kind: CaseKind, object: ClosedObject): TypeCase {
  // The object's first key, misspelt; an empty object gets a misspelling of a key it could have.
  const [key] = object.keys;
  const typo = misspell(key ?? object.known[0] ?? "name", object.known);
  const body = replaceAt(request.init.body, object.pointer, (o) =>
    key === undefined ? { ...o, [typo]: "x" } : renameKey(o, key, typo),
  );
  return {
    request: request.name,
    kind,
    typo,
    at: `/${object.pointer.join("/")}`,
    source: call(request, { ...request.init, body }),
  };
}

function typoInParameters(request: ContractRequest, where: "path" | "query"): TypeCase | undefined {
  const pathItem = spec.paths[request.path] ?? {};
  const operation = pathItem[request.method.toLowerCase()] as OperationObject;
  const names = parametersOf(pathItem, operation)
    .filter((parameter) => parameter.in === where)
    .map((parameter) => parameter.name);
  const [name] = names;
  if (name === undefined) return undefined;
  const typo = misspell(name, names);
  const given = request.init.params[where];
  const changed = name in given ? renameKey(given, name, typo) : { ...given, [typo]: "x" };
  const params = { ...request.init.params, [where]: changed };
  return {
    request: request.name,
    kind: where === "path" ? "path typo" : "query typo",
    typo,
    source: call(request, { ...request.init, params }),
  };
}

/**
 * Every case for every request `validRequests()` builds from the spec (one per operation
 * and per request-body example): the example call, which must compile, and its typo
 * variants, each of which must fail naming its misspelt key. A body whose top level is an
 * open map (Test Tool's) has no top-level typo; the deepest-typo case is made only when
 * the example reaches a closed object below the body's top level.
 */
export function typeCases(): TypeCase[] {
  const cases: TypeCase[] = [];
  const seen = new Set<string>();
  for (const request of validRequests()) {
    cases.push({
      request: request.name,
      kind: "example compiles",
      source: call(request, request.init),
    });
    const body = request.init.body;
    if (isObject(body) && !request.init.bodySerializer) {
      const schema = requestSchema(request.operationId);
      const objects = [...closedObjects(schema, body)];
      const top = objects.find((object) => object.pointer.length === 0);
      if (top) cases.push(typoInBody(request, "top-level typo", top));
      else if (isClosed(schema)) {
        // An empty example body still has a top level to misspell a key of.
        const known = [...shapeOf(schema).properties.keys()];
        cases.push(typoInBody(request, "top-level typo", { pointer: [], keys: [], known }));
      }
      const deepest = objects.reduce<ClosedObject | undefined>(
        (found, object) => (object.pointer.length > (found?.pointer.length ?? 0) ? object : found),
        undefined,
      );
      if (deepest) cases.push(typoInBody(request, "deepest typo", deepest));
    }
    // Parameters are the same for every body example of an operation.
    if (seen.has(request.operationId)) continue;
    seen.add(request.operationId);
    for (const where of ["query", "path"] as const) {
      const typo = typoInParameters(request, where);
      if (typo) cases.push(typo);
    }
  }
  return cases;
}
