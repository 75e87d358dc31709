// `npm run spec:diff [-- <their-openapi.(json|yaml)>]`: compares openapi.yaml with another
// OpenAPI 3.0 or 3.1 document, such as the one Ultravox serves at GET /api/schema/, and
// says where they differ. Without a document it compares the fact-only copy of the
// published schema that `npm run sync:reference` vendors (the drift gate of `npm test`).
//
// Operations are matched by method and path (path parameter names and a trailing slash
// may differ). Within an operation it compares the parameters, the request body and the
// success response's body field by field, after resolving $ref and composition (allOf
// merged; the alternatives of oneOf/anyOf contribute the union of their fields), so
// schema names and layout may differ freely. A field path reads
// `callTemplate.medium.twilio.outgoing.to`, `results[].callId` (array items) or
// `metadata.*` (the values of a map whose values are constrained). A body's media types
// other than the JSON one are compared too, their fields prefixed `(<media type>) `.
//
// The differences kept on purpose are listed, each with its reason, in an exceptions file
// (test/spec/spec-diff-exceptions.yaml for openapi.yaml): a difference an entry names is
// explained and not listed; an entry that names no difference is stale.
//
// Usage: spec-diff.mjs [--json] [--fail-on-diff] [--all] [--ours <file>]
//                      [--exceptions <file>] [<theirs>]
//   --json               print the report as JSON (shape below) instead of text
//   --fail-on-diff       exit 1 when a difference is unexplained or an entry stale (for CI)
//   --all                list every difference, applying no exceptions
//   --ours <file>        compare this document instead of openapi.yaml
//   --exceptions <file>  the exceptions to apply (default: openapi.yaml's, unless --ours)
// Exit codes: 0 the comparison ran, 1 differences with --fail-on-diff, 2 bad input.
//
// --json prints { ours, theirs, operations, summary, differences, exceptions? } (types in
// spec-diff.d.mts):
//   ours, theirs   { file, openapi, operations }
//   operations[]   the matched operations: { operation, ours: { path, operationId },
//                  theirs: { path, operationId } }
//   summary        { operations: { theirs, ours, matched, missing, extra },
//                    parameters, requestFields, responseFields: { theirs, matched },
//                    differences }
//   differences[]  { operation: "POST /api/calls", scope: "operation" | "parameter" |
//                    "request" | "response", in? (parameters: path, query, header,
//                    cookie), path (field path, parameter name, or "" for the operation
//                    or the body itself), kind, ours, theirs, missing?, extra? }
//   exceptions     { file, entries, explained, unexplained (keys), stale (entries) }
// Kinds: missing (theirs only), extra (ours only), location, status, mediaType, type,
// format, enum (with the values missing and extra when both sides list values), range
// (minimum, maximum, exclusive bounds, lengths, item counts), pattern, default, nullable,
// required, readOnly (request side), writeOnly (response side), deprecated.
//
// Read-only fields on the request side and write-only ones on the response side are
// neither missing nor extra: they are not part of that side. Formats that only size a
// number (int32, int64, float, double) are ignored. Siblings of $ref (readOnly,
// nullable, …) are honoured in 3.0 documents too, as generators do.
import { readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { parse as parseYaml } from "yaml";
import { deref as derefIn, lookupRef, RefError } from "./json-ref.mjs";

const defaultOursPath = fileURLToPath(new URL("../openapi.yaml", import.meta.url));
/** The fact-only copy of Ultravox's published schema that `npm run sync:reference` vendors. */
export const defaultTheirsPath = fileURLToPath(
  new URL("../test/fixtures/reference/published-schema.json", import.meta.url),
);
/** The differences openapi.yaml keeps on purpose, each with its reason. */
export const defaultExceptionsPath = fileURLToPath(
  new URL("../test/spec/spec-diff-exceptions.yaml", import.meta.url),
);

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const LOCATIONS = ["path", "query", "header", "cookie"];
const SCOPES = ["operation", "parameter", "request", "response"];
const KINDS = [
  "missing",
  "extra",
  "location",
  "status",
  "mediaType",
  "type",
  "format",
  "enum",
  "range",
  "pattern",
  "default",
  "nullable",
  "required",
  "readOnly",
  "writeOnly",
  "deprecated",
];
const JSON_TYPES = new Set(["null", "boolean", "object", "array", "number", "string", "integer"]);
const NUMBER_SIZE_FORMATS = new Set(["int32", "int64", "float", "double"]);
// Keywords that describe a schema without constraining it.
const ANNOTATIONS = new Set([
  "description",
  "title",
  "example",
  "examples",
  "default",
  "deprecated",
  "externalDocs",
  "xml",
  "$comment",
]);
// Bounds that keep a hostile or runaway document from exhausting memory or the stack:
// a body that expands to more fields than this, or schemas composed more than
// MAX_NESTING levels deep, are refused; field paths deeper than MAX_DEPTH are cut.
export const MAX_FIELDS_PER_BODY = 10_000;
const MAX_DEPTH = 64;
const MAX_NESTING = 500;

/** Bad input: a file that cannot be read, is not OpenAPI 3.0/3.1, or is malformed. */
export class SpecDiffError extends Error {
  name = "SpecDiffError";
}

const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Parses the text of an OpenAPI 3.0 or 3.1 document (JSON when `name` ends in `.json`,
 * YAML otherwise). Throws SpecDiffError when it does not parse, is not OpenAPI, or is a
 * version other than 3.0 or 3.1.
 */
function parseSpec(text, name) {
  const json = /\.json$/i.test(name);
  let document;
  try {
    document = json ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    const reason = String(error instanceof Error ? error.message : error).split("\n")[0];
    throw new SpecDiffError(`${name} is not valid ${json ? "JSON" : "YAML"}: ${reason}`);
  }
  if (!isObject(document)) {
    throw new SpecDiffError(`${name} is not an OpenAPI document: it does not hold an object.`);
  }
  if ("swagger" in document) {
    throw new SpecDiffError(
      `${name} is Swagger ${String(document.swagger)}; spec-diff reads OpenAPI 3.0 and 3.1 only. Convert it to OpenAPI 3 first.`,
    );
  }
  if (typeof document.openapi !== "string") {
    throw new SpecDiffError(
      `${name} is not an OpenAPI document: it has no \`openapi\` version string at the top.`,
    );
  }
  if (!/^3\.[01]\.\d+$/.test(document.openapi)) {
    const version = document.openapi.slice(0, 20);
    throw new SpecDiffError(
      `${name} is OpenAPI ${version}; spec-diff reads OpenAPI 3.0 and 3.1 only.`,
    );
  }
  if (document.paths !== undefined && !isObject(document.paths)) {
    throw new SpecDiffError(`${name}: \`paths\` must be an object of path items.`);
  }
  return document;
}

/** Reads a text file; throws SpecDiffError naming it when it cannot. */
function readText(file, name) {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    const code = isObject(error) ? error.code : undefined;
    const reason =
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : String(code);
    throw new SpecDiffError(`Cannot read ${name}: ${reason}.`);
  }
}

/** Reads and parses an OpenAPI file; `name` (default: the path) is used in messages. Throws SpecDiffError. */
export function loadSpec(file, name = file) {
  return { name, document: parseSpec(readText(file, name), name) };
}

// ------------------------------------------------------------------ references

/** Creates the per-document state: its name, its contents and the schema caches. */
function documentContext({ name, document }) {
  return {
    name,
    document,
    memo: new WeakMap(),
    factsMemo: new WeakMap(),
    normalizing: new Set(),
    cycles: 0,
  };
}

function lookup(doc, ref, where) {
  try {
    const node = lookupRef(doc.document, ref);
    if (node === undefined) throw new RefError("missing", ref);
    return node;
  } catch (error) {
    throw refProblem(doc, where, error);
  }
}

/** A RefError from json-ref.mjs, told in the document's and the place's terms. */
function refProblem(doc, where, error) {
  if (!(error instanceof RefError)) return error;
  const { kind, ref } = error;
  const told = {
    external: `refers to ${ref}, outside the document. Bundle it into one file first (for example with \`npx redocly bundle\`).`,
    malformed: `has a malformed $ref ${ref}.`,
    "not-pointer": `refers to ${ref}; only JSON pointers (#/components/…) are supported.`,
    missing: `refers to ${ref}, which does not exist.`,
    cycle: `has a $ref cycle through ${ref}.`,
  }[kind];
  return new SpecDiffError(`${doc.name}: ${where} ${told}`);
}

/** Follows a chain of $ref (parameters, bodies, responses, path items) to an object. */
function deref(doc, node, where, what) {
  try {
    node = derefIn(doc.document, node);
  } catch (error) {
    throw refProblem(doc, where, error);
  }
  if (!isObject(node)) throw new SpecDiffError(`${doc.name}: ${where}: ${what} must be an object.`);
  return node;
}

// ------------------------------------------------------------------ schemas
// A schema is normalised into a shape: the facts compared (types, nullability, enum,
// formats, access) and what it contains (properties, map values, items), with the
// composition resolved. Shapes are shared through caches and never modified.

const emptyShape = () => ({
  types: new Set(),
  nullable: false,
  nullOnly: false,
  never: false,
  enum: null,
  formats: new Set(),
  readOnly: false,
  writeOnly: false,
  properties: new Map(),
  required: new Set(),
  additional: null,
  items: null,
  // The facts that describe values without changing the shape: bounds (minimum,
  // maximum, exclusiveMinimum, exclusiveMaximum, minLength, maxLength, minItems,
  // maxItems), patterns, the default (as JSON text) and deprecation.
  bounds: {},
  patterns: new Set(),
  default: null,
  deprecated: false,
});

const ANY = emptyShape();
const NEVER = { ...emptyShape(), never: true };

/** Whether a shape says nothing: a schema of annotations only. */
const isTrivial = (shape) =>
  shape.types.size === 0 &&
  !shape.nullable &&
  !shape.never &&
  shape.enum === null &&
  shape.formats.size === 0 &&
  !shape.readOnly &&
  !shape.writeOnly &&
  shape.properties.size === 0 &&
  shape.required.size === 0 &&
  shape.additional === null &&
  shape.items === null &&
  Object.keys(shape.bounds).length === 0 &&
  shape.patterns.size === 0 &&
  shape.default === null &&
  !shape.deprecated;

function expectSchema(doc, value, where) {
  if (typeof value === "boolean" || isObject(value)) return value;
  throw new SpecDiffError(`${doc.name}: the schema at ${where} must be an object or a boolean.`);
}

/**
 * Normalises a schema (object or boolean) into its shape. A schema met again while it
 * is being normalised (a composition cycle) counts as unconstrained there.
 */
function normalize(doc, schema, where) {
  if (schema === true || schema === undefined) return ANY;
  if (schema === false) return NEVER;
  expectSchema(doc, schema, where);
  const cached = doc.memo.get(schema);
  if (cached) return cached;
  if (doc.normalizing.has(schema)) {
    doc.cycles++;
    return ANY;
  }
  if (doc.normalizing.size >= MAX_NESTING) {
    throw new SpecDiffError(
      `${doc.name}: schemas nest more than ${MAX_NESTING} levels deep at ${where}.`,
    );
  }
  doc.normalizing.add(schema);
  const cyclesBefore = doc.cycles;
  const own = ownShape(doc, schema, where);
  // Dropping a schema's own facts when it has none keeps `{ $ref: X }` the same shape as
  // X, which is how collectFields recognises recursion.
  const parts = isTrivial(own) ? [] : [own];
  if (schema.$ref !== undefined) {
    if (typeof schema.$ref !== "string") {
      throw new SpecDiffError(`${doc.name}: the $ref at ${where} must be a string.`);
    }
    const target = lookup(doc, schema.$ref, where);
    parts.push(normalize(doc, target, `${where} (${schema.$ref})`));
  }
  for (const keyword of ["allOf", "oneOf", "anyOf"]) {
    const members = schema[keyword];
    if (members === undefined) continue;
    if (!Array.isArray(members)) {
      throw new SpecDiffError(`${doc.name}: ${keyword} at ${where} must be an array.`);
    }
    const shapes = members.map((member) => normalize(doc, member, where));
    if (keyword === "allOf") parts.push(...shapes);
    else parts.push(disjunction(shapes));
  }
  const shape = parts.length === 0 ? own : parts.length === 1 ? parts[0] : conjunction(parts);
  doc.normalizing.delete(schema);
  // A shape built while breaking a cycle depends on where the cycle was entered.
  if (doc.cycles === cyclesBefore) doc.memo.set(schema, shape);
  return shape;
}

function enumKey(doc, value, where) {
  try {
    return JSON.stringify(value);
  } catch {
    throw new SpecDiffError(`${doc.name}: an enum value at ${where} refers to itself.`);
  }
}

function jsonType(value) {
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

/** The facts a schema states itself, before $ref and composition. */
function ownShape(doc, schema, where) {
  const shape = emptyShape();
  // `{ not: {} }` is how 3.0, which has no boolean schemas, writes `false`.
  const { not } = schema;
  const notAnything = not === true || (isObject(not) && Object.keys(not).length === 0);
  if (notAnything && Object.keys(schema).length === 1) return NEVER;
  if (schema.type !== undefined) {
    for (const type of Array.isArray(schema.type) ? schema.type : [schema.type]) {
      if (!JSON_TYPES.has(type)) {
        throw new SpecDiffError(
          `${doc.name}: ${where} has type ${JSON.stringify(type)}, which is not a JSON Schema type.`,
        );
      }
      if (type === "null") shape.nullable = true;
      else shape.types.add(type);
    }
  }
  if (schema.nullable === true) shape.nullable = true;
  const values = "const" in schema ? [schema.const] : schema.enum;
  if (values !== undefined) {
    if (!Array.isArray(values)) {
      throw new SpecDiffError(`${doc.name}: enum at ${where} must be an array.`);
    }
    shape.enum = new Map();
    for (const value of values) {
      if (value === null) shape.nullable = true;
      else shape.enum.set(enumKey(doc, value, where), value);
    }
    if (schema.type === undefined)
      for (const value of shape.enum.values()) shape.types.add(jsonType(value));
    if (shape.enum.size === 0) {
      if (!shape.nullable) return NEVER;
      shape.enum = null;
    }
  }
  // `type: "null"` or `enum: [null]`: only null, unlike a bare `nullable: true`.
  const typed = schema.type !== undefined || values !== undefined;
  shape.nullOnly = shape.nullable && typed && shape.types.size === 0;
  if (typeof schema.format === "string" && !NUMBER_SIZE_FORMATS.has(schema.format)) {
    shape.formats.add(schema.format);
  }
  shape.readOnly = schema.readOnly === true;
  shape.writeOnly = schema.writeOnly === true;
  shape.deprecated = schema.deprecated === true;
  shape.bounds = ownBounds(doc, schema, where);
  if (typeof schema.pattern === "string") shape.patterns.add(schema.pattern);
  if (schema.default !== undefined) shape.default = enumKey(doc, schema.default, where);
  if (schema.properties !== undefined) {
    if (!isObject(schema.properties)) {
      throw new SpecDiffError(`${doc.name}: properties at ${where} must be an object.`);
    }
    for (const [name, property] of Object.entries(schema.properties)) {
      shape.properties.set(name, expectSchema(doc, property, `${where}.${name}`));
    }
  }
  if (schema.required !== undefined) {
    if (!Array.isArray(schema.required) || schema.required.some((n) => typeof n !== "string")) {
      throw new SpecDiffError(`${doc.name}: required at ${where} must be an array of names.`);
    }
    for (const name of schema.required) shape.required.add(name);
  }
  const additional = schema.additionalProperties;
  if (additional !== undefined) expectSchema(doc, additional, `${where} additionalProperties`);
  // Map values that may be anything (`{}`, `true`, or a $ref to an annotation-only
  // schema such as google.protobuf.Value) leave the map as open as no constraint does.
  if (isObject(additional) && !isTrivial(normalize(doc, additional, `${where}.*`))) {
    shape.additional = additional;
  }
  if (schema.items !== undefined && !Array.isArray(schema.items)) {
    shape.items = expectSchema(doc, schema.items, `${where}[]`);
  }
  if (schema.type === undefined && values === undefined) {
    if (shape.properties.size > 0 || shape.additional || shape.required.size > 0) {
      shape.types.add("object");
    }
    if (shape.items) shape.types.add("array");
  }
  return shape;
}

const BOUNDS = [
  "minimum",
  "exclusiveMinimum",
  "maximum",
  "exclusiveMaximum",
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
];
const LOWER_BOUNDS = new Set(["minimum", "exclusiveMinimum", "minLength", "minItems"]);

/**
 * A schema's own bounds. OpenAPI 3.0 writes an exclusive bound as a boolean beside
 * `minimum` or `maximum` (`minimum: 0, exclusiveMinimum: true`); 3.1 as the number itself.
 */
function ownBounds(doc, schema, where) {
  const bounds = {};
  for (const name of BOUNDS) {
    const value = schema[name];
    if (value === undefined || typeof value === "boolean") continue;
    if (typeof value !== "number") {
      throw new SpecDiffError(`${doc.name}: ${name} at ${where} must be a number.`);
    }
    bounds[name] = value;
  }
  for (const [flag, bound] of [
    ["exclusiveMinimum", "minimum"],
    ["exclusiveMaximum", "maximum"],
  ]) {
    if (schema[flag] === true && bounds[bound] !== undefined) {
      bounds[flag] = bounds[bound];
      delete bounds[bound];
    }
  }
  return bounds;
}

/** The bounds every part sets, the strictest of each (allOf). */
function strictestBounds(parts) {
  const bounds = {};
  for (const part of parts) {
    for (const [name, value] of Object.entries(part.bounds)) {
      const known = bounds[name];
      const stricter = LOWER_BOUNDS.has(name) ? value > known : value < known;
      if (known === undefined || stricter) bounds[name] = value;
    }
  }
  return bounds;
}

/** The bounds every alternative sets, the loosest of each (oneOf, anyOf). */
function loosestBounds(alternatives) {
  const bounds = {};
  for (const name of BOUNDS) {
    const values = alternatives.map((alternative) => alternative.bounds[name]);
    if (values.length === 0 || values.some((value) => value === undefined)) continue;
    bounds[name] = LOWER_BOUNDS.has(name) ? Math.min(...values) : Math.max(...values);
  }
  return bounds;
}

function intersectTypes(a, b) {
  const both = new Set([...a].filter((type) => b.has(type)));
  if ((a.has("number") && b.has("integer")) || (a.has("integer") && b.has("number"))) {
    both.add("integer");
  }
  return both.size > 0 ? both : new Set([...a, ...b]);
}

/** Every part applies (allOf, and a schema's own facts with its $ref and composition). */
function conjunction(parts) {
  if (parts.some((part) => part.never)) return NEVER;
  const shape = emptyShape();
  let types = null;
  for (const part of parts) {
    if (part.types.size > 0)
      types = types ? intersectTypes(types, part.types) : new Set(part.types);
    if (part.enum) {
      shape.enum = shape.enum
        ? new Map([...shape.enum].filter(([key]) => part.enum.has(key)))
        : new Map(part.enum);
    }
    shape.nullable ||= part.nullable;
    shape.readOnly ||= part.readOnly;
    shape.writeOnly ||= part.writeOnly;
    shape.deprecated ||= part.deprecated;
    shape.default ??= part.default;
    for (const pattern of part.patterns) shape.patterns.add(pattern);
    for (const format of part.formats) shape.formats.add(format);
    for (const name of part.required) shape.required.add(name);
    for (const [name, property] of part.properties) {
      const known = shape.properties.get(name);
      shape.properties.set(name, known === undefined ? property : { allOf: [known, property] });
    }
    if (part.additional) {
      shape.additional = shape.additional
        ? { allOf: [shape.additional, part.additional] }
        : part.additional;
    }
    if (part.items) shape.items = shape.items ? { allOf: [shape.items, part.items] } : part.items;
  }
  shape.types = types ?? new Set();
  shape.nullOnly = shape.types.size === 0 && parts.some((part) => part.nullOnly);
  shape.bounds = strictestBounds(parts);
  return shape;
}

/** Any alternative may apply (oneOf, anyOf): the union of their facts and fields. */
function disjunction(alternatives) {
  const possible = alternatives.filter((alternative) => !alternative.never);
  if (possible.length === 0) return NEVER;
  const shape = emptyShape();
  const typed = possible.filter((alternative) => !alternative.nullOnly);
  shape.nullable = possible.some((alternative) => alternative.nullable);
  shape.nullOnly = typed.length === 0;
  if (typed.every((alternative) => alternative.types.size > 0)) {
    for (const alternative of typed) for (const type of alternative.types) shape.types.add(type);
  }
  if (typed.length > 0 && typed.every((alternative) => alternative.enum)) {
    shape.enum = new Map(typed.flatMap((alternative) => [...alternative.enum]));
  }
  // A value may take any alternative: a bound or pattern holds only when every typed
  // alternative has one; a default only when those that name one agree.
  shape.bounds = loosestBounds(typed);
  if (typed.length > 0 && typed.every((alternative) => alternative.patterns.size > 0)) {
    for (const alternative of typed) for (const p of alternative.patterns) shape.patterns.add(p);
  }
  const defaults = new Set(possible.map((a) => a.default).filter((value) => value !== null));
  if (defaults.size === 1) shape.default = [...defaults][0];
  const objects = typed.filter((a) => a.types.size === 0 || a.types.has("object"));
  for (const name of objects[0]?.required ?? []) {
    if (objects.every((alternative) => alternative.required.has(name))) shape.required.add(name);
  }
  const additional = [];
  const items = [];
  for (const alternative of possible) {
    shape.readOnly ||= alternative.readOnly;
    shape.writeOnly ||= alternative.writeOnly;
    shape.deprecated ||= alternative.deprecated;
    for (const format of alternative.formats) shape.formats.add(format);
    for (const [name, property] of alternative.properties) {
      shape.properties.set(name, [...(shape.properties.get(name) ?? []), property]);
    }
    if (alternative.additional) additional.push(alternative.additional);
    if (alternative.items) items.push(alternative.items);
  }
  // An object alternative that does not name a property leaves it open (or to its
  // additionalProperties): `{ properties: { crawl: false } }` beside `{ required: [crawl] }`
  // forbids crawl in one alternative only, so crawl still exists.
  for (const [name, schemas] of shape.properties) {
    for (const alternative of objects) {
      if (!alternative.properties.has(name)) schemas.push(alternative.additional ?? true);
    }
  }
  const union = (schemas) => (schemas.length === 1 ? schemas[0] : { anyOf: schemas });
  for (const [name, schemas] of shape.properties) shape.properties.set(name, union(schemas));
  if (additional.length > 0) shape.additional = union(additional);
  if (items.length > 0) shape.items = union(items);
  return shape;
}

function displayValue(value) {
  return typeof value === "string" && value !== "" && !/[,\s]/.test(value)
    ? value
    : JSON.stringify(value);
}

/** `string`, `integer|string`, `array<object>`, `array<string|null>`; `any` when unconstrained. */
function typeLabel(doc, shape, where, depth = 0) {
  const types = [...shape.types].sort().map((type) => {
    if (type !== "array") return type;
    if (!shape.items) return "array<any>";
    if (depth >= 4) return "array<…>";
    const items = normalize(doc, shape.items, `${where}[]`);
    const label = typeLabel(doc, items, `${where}[]`, depth + 1);
    return `array<${items.nullable ? `${label}|null` : label}>`;
  });
  return types.join("|") || "any";
}

const BOUND_LABELS = {
  minimum: ">=",
  exclusiveMinimum: ">",
  maximum: "<=",
  exclusiveMaximum: "<",
  minLength: "length >=",
  maxLength: "length <=",
  minItems: "items >=",
  maxItems: "items <=",
};

/** Bounds in a few words: `>= 0, <= 1`, `length <= 64`; null when there are none. */
function boundsLabel(...shapes) {
  const words = shapes.flatMap((shape) =>
    BOUNDS.filter((name) => shape.bounds[name] !== undefined).map(
      (name) => `${BOUND_LABELS[name]} ${shape.bounds[name]}`,
    ),
  );
  return words.length > 0 ? [...new Set(words)].join(", ") : null;
}

/**
 * The facts compared for a field or parameter. An array's format, enum, pattern and
 * value bounds are its items'; its range also holds its own item count bounds.
 */
function facts(doc, shape, where) {
  const cached = doc.factsMemo.get(shape);
  if (cached) return cached;
  const arrayOnly = (s) => s.items !== null && s.types.size === 1 && s.types.has("array");
  let leaf = shape;
  for (let depth = 0; depth < 8 && arrayOnly(leaf); depth++) {
    leaf = normalize(doc, leaf.items, `${where}[]`);
  }
  const result = {
    type: typeLabel(doc, shape, where),
    format: leaf.formats.size > 0 ? [...leaf.formats].sort().join("|") : null,
    enum: leaf.enum ? [...leaf.enum.values()].map(displayValue).sort() : null,
    range: leaf === shape ? boundsLabel(shape) : boundsLabel(shape, leaf),
    pattern: leaf.patterns.size > 0 ? [...leaf.patterns].sort().join(" | ") : null,
    default: shape.default,
    nullable: shape.nullable,
    deprecated: shape.deprecated,
  };
  doc.factsMemo.set(shape, result);
  return result;
}

const childPath = (path, name) => (path === "" ? name : `${path}.${name}`);

/**
 * Every field of a body schema by path ("" is the body itself), each with its facts,
 * whether it is required, its effective access (a read-only object's fields are
 * read-only), and whether its contents were left out (`cut`) because its shape is
 * already being expanded above it: recursion.
 */
function collectFields(doc, schema, where, bodyRequired) {
  const fields = new Map();
  const expanding = new Set();
  const visit = (schema, path, required, readOnly, writeOnly, depth) => {
    const at = `${where} at ${path || "the body"}`;
    const shape = normalize(doc, schema, at);
    if (shape.never) return;
    const field = {
      ...facts(doc, shape, at),
      required,
      readOnly: readOnly || shape.readOnly,
      writeOnly: writeOnly || shape.writeOnly,
      cut: false,
    };
    fields.set(path, field);
    if (fields.size > MAX_FIELDS_PER_BODY) {
      throw new SpecDiffError(
        `${doc.name}: ${where} expands to more than ${MAX_FIELDS_PER_BODY} fields; is a schema referenced far too often?`,
      );
    }
    contents(shape, path, field, depth);
  };
  const contents = (shape, path, field, depth) => {
    if (expanding.has(shape) || depth >= MAX_DEPTH) {
      field.cut = true;
      return;
    }
    expanding.add(shape);
    const { readOnly, writeOnly } = field;
    for (const [name, property] of shape.properties) {
      const required = shape.required.has(name);
      visit(property, childPath(path, name), required, readOnly, writeOnly, depth + 1);
    }
    if (shape.additional) {
      visit(shape.additional, childPath(path, "*"), false, readOnly, writeOnly, depth + 1);
    }
    if (shape.items) {
      const items = normalize(doc, shape.items, `${where} at ${path}[]`);
      if (!items.never) contents(items, `${path}[]`, field, depth + 1);
    }
    expanding.delete(shape);
  };
  visit(schema, "", bodyRequired, false, false, 0);
  return fields;
}

// ------------------------------------------------------------------ operations

const pathKey = (path) => path.replace(/\{[^}]*\}/g, "{}").replace(/\/+$/, "") || "/";
const placeholders = (path) => [...path.matchAll(/\{([^}]*)\}/g)].map((match) => match[1]);

function operationsOf(doc) {
  const operations = [];
  for (const [path, rawItem] of Object.entries(doc.document.paths ?? {})) {
    const item = deref(doc, rawItem, `paths.${path}`, "a path item");
    for (const method of METHODS) {
      if (item[method] === undefined) continue;
      const where = `${method.toUpperCase()} ${path}`;
      const operation = deref(doc, item[method], where, "an operation");
      for (const list of [item.parameters, operation.parameters]) {
        if (list !== undefined && !Array.isArray(list)) {
          throw new SpecDiffError(`${doc.name}: ${where}: parameters must be an array.`);
        }
      }
      operations.push({
        doc,
        method,
        path,
        where,
        key: `${method} ${pathKey(path)}`,
        operationId: typeof operation.operationId === "string" ? operation.operationId : null,
        parameters: [...(item.parameters ?? []), ...(operation.parameters ?? [])],
        operation,
      });
    }
  }
  return operations;
}

/** Parameters by key: path parameters by position in the path, others by location and name. */
function parametersOf(doc, op) {
  const names = placeholders(op.path);
  const parameters = new Map();
  for (const raw of op.parameters) {
    const parameter = deref(doc, raw, `${op.where} parameters`, "a parameter");
    if (typeof parameter.name !== "string" || !LOCATIONS.includes(parameter.in)) {
      throw new SpecDiffError(
        `${doc.name}: ${op.where} has a parameter without a name or with a location other than ${LOCATIONS.join(", ")}.`,
      );
    }
    const name = parameter.in === "header" ? parameter.name.toLowerCase() : parameter.name;
    const position = parameter.in === "path" ? names.indexOf(parameter.name) : -1;
    const key = position >= 0 ? `path#${position}` : `${parameter.in}:${name}`;
    const where = `${op.where} ${parameter.in} parameter ${parameter.name}`;
    const content = isObject(parameter.content) ? Object.values(parameter.content)[0] : undefined;
    const schema = parameter.schema ?? (isObject(content) ? content.schema : undefined);
    parameters.set(key, {
      key,
      name: parameter.name,
      match: parameter.name.toLowerCase(),
      in: parameter.in,
      ...facts(doc, normalize(doc, schema, where), where),
      required: parameter.in === "path" || parameter.required === true,
    });
  }
  return parameters;
}

/** The media type and schema a body is compared by: JSON first, else the first one listed. */
function pickContent(doc, content, where) {
  if (content === undefined) return { mediaType: null, schema: undefined };
  if (!isObject(content))
    throw new SpecDiffError(`${doc.name}: ${where}: content must be an object.`);
  const types = Object.keys(content);
  const bare = (type) => type.split(";")[0].trim().toLowerCase();
  const chosen =
    types.find((type) => bare(type) === "application/json") ??
    types.find((type) => /[/+]json$/.test(bare(type))) ??
    types[0];
  if (chosen === undefined) return { mediaType: null, schema: undefined, others: [] };
  const schemaOf = (type) => (isObject(content[type]) ? content[type].schema : undefined);
  const others = new Map();
  for (const type of types) {
    const mediaType = bare(type);
    if (mediaType !== bare(chosen) && !others.has(mediaType)) {
      others.set(mediaType, { mediaType, schema: schemaOf(type) });
    }
  }
  return { mediaType: bare(chosen), schema: schemaOf(chosen), others: [...others.values()] };
}

function requestOf(doc, op) {
  if (op.operation.requestBody === undefined) return null;
  const where = `${op.where} request body`;
  const body = deref(doc, op.operation.requestBody, where, "a request body");
  return { ...pickContent(doc, body.content, where), required: body.required === true, where };
}

function responseOf(doc, op) {
  const responses = op.operation.responses ?? {};
  if (!isObject(responses))
    throw new SpecDiffError(`${doc.name}: ${op.where}: responses must be an object.`);
  const status = Object.keys(responses)
    .filter((code) => /^2(\d\d|XX)$/i.test(code))
    .sort()[0];
  if (status === undefined) return { status: null, body: null };
  const where = `${op.where} ${status} response`;
  const response = deref(doc, responses[status], where, "a response");
  if (response.content === undefined) return { status, body: null };
  return { status, body: { ...pickContent(doc, response.content, where), required: true, where } };
}

// ------------------------------------------------------------------ comparison

/** A field or parameter in a few words: `string, uuid, nullable, required`. */
function summarize(field) {
  const words = [field.type];
  if (field.format) words.push(field.format);
  if (field.nullable) words.push("nullable");
  if (field.required) words.push("required");
  if (field.enum) {
    const shown = field.enum.slice(0, 6).join(" | ");
    words.push(`enum ${shown}${field.enum.length > 6 ? ` | … (${field.enum.length})` : ""}`);
  }
  return words.join(", ");
}

/** A function that adds differences about one subject (operation, parameter, field) to `out`. */
const reporter =
  (out, subject) =>
  (kind, ours, theirs, extras = {}) =>
    out.push({ ...subject, kind, ours, theirs, ...extras });

const sameList = (a, b) => a === b || (a !== null && b !== null && a.join("\n") === b.join("\n"));

/** Reports each fact of a matched field or parameter that differs. */
function compareFacts(ours, theirs, report) {
  for (const fact of ["type", "format", "range", "pattern", "default", "nullable", "required"]) {
    if (ours[fact] !== theirs[fact]) report(fact, ours[fact], theirs[fact]);
  }
  if (ours.deprecated !== theirs.deprecated) {
    report("deprecated", ours.deprecated, theirs.deprecated);
  }
  if (!sameList(ours.enum, theirs.enum)) {
    const values =
      ours.enum && theirs.enum
        ? {
            missing: theirs.enum.filter((value) => !ours.enum.includes(value)),
            extra: ours.enum.filter((value) => !theirs.enum.includes(value)),
          }
        : {};
    report("enum", ours.enum, theirs.enum, values);
  }
}

/**
 * Compares two operations' parameters. A parameter only one side has at a key is paired
 * by name with one only the other side has in another location (a location conflict).
 */
function compareParameters(operation, ours, theirs, out, coverage) {
  const report = (parameter) =>
    reporter(out, { operation, scope: "parameter", in: parameter.in, path: parameter.name });
  const oursLeft = new Map(ours);
  const pair = (own, parameter) => {
    coverage.matched++;
    oursLeft.delete(own.key);
    if (own.in !== parameter.in) report(own)("location", own.in, parameter.in);
    compareFacts(own, parameter, report(own));
  };
  coverage.theirs += theirs.size;
  const unpaired = [];
  for (const parameter of theirs.values()) {
    const own = ours.get(parameter.key);
    if (own) pair(own, parameter);
    else unpaired.push(parameter);
  }
  for (const parameter of unpaired) {
    const own = [...oursLeft.values()].find((other) => other.match === parameter.match);
    if (own) pair(own, parameter);
    else report(parameter)("missing", null, summarize(parameter));
  }
  for (const parameter of oursLeft.values()) report(parameter)("extra", summarize(parameter), null);
}

const underCut = (cuts, path) =>
  cuts.some((cut) => path.startsWith(`${cut}.`) || path.startsWith(`${cut}[]`));

/**
 * Compares one side (request body or success response body) of a matched operation,
 * field by field. On the request side read-only fields are not part of the body, on the
 * response side write-only ones: neither is missing or extra, nor compared when both
 * sides agree on it. Below a field where one side stopped at recursion, the other
 * side's fields are neither counted nor reported.
 */
function compareBodies(operation, scope, ours, theirs, out, coverage, prefix = "") {
  const report = (path) =>
    reporter(out, { operation, scope, path: prefix && path ? `${prefix} ${path}` : prefix + path });
  if (ours && theirs && ours.mediaType !== theirs.mediaType) {
    report("")("mediaType", ours.mediaType, theirs.mediaType);
  }
  const fieldsOf = (side) =>
    side ? collectFields(side.doc, side.schema, side.where, side.required) : new Map();
  const oursFields = fieldsOf(ours);
  const theirsFields = fieldsOf(theirs);
  const access = scope === "request" ? "readOnly" : "writeOnly";
  const cuts = (fields) => [...fields].filter(([, field]) => field.cut).map(([path]) => path);
  const oursCuts = cuts(oursFields);
  const theirsCuts = cuts(theirsFields);
  for (const path of new Set([...oursFields.keys(), ...theirsFields.keys()])) {
    const own = oursFields.get(path);
    const their = theirsFields.get(path);
    if (own && their) {
      if (path !== "" && !their[access]) {
        coverage.theirs++;
        coverage.matched++;
      }
      if (own[access] && their[access]) continue;
      compareFacts(own, their, report(path));
      if (own[access] !== their[access]) report(path)(access, own[access], their[access]);
    } else if (their && !their[access] && !underCut(oursCuts, path)) {
      if (path !== "") coverage.theirs++;
      report(path)("missing", null, summarize(their));
    } else if (own && !own[access] && !underCut(theirsCuts, path)) {
      report(path)("extra", summarize(own), null);
    }
  }
}

/**
 * Compares the media types a body has besides the one compared first (JSON): each one
 * both sides list, field by field, its paths prefixed `(<media type>)`; each one only one
 * side lists, as a media type difference.
 */
function compareOtherMedia(operation, scope, ours, theirs, out, coverage) {
  const oursOthers = new Map((ours?.others ?? []).map((media) => [media.mediaType, media]));
  const theirsOthers = new Map((theirs?.others ?? []).map((media) => [media.mediaType, media]));
  for (const mediaType of [...new Set([...theirsOthers.keys(), ...oursOthers.keys()])].sort()) {
    const own = oursOthers.get(mediaType);
    const their = theirsOthers.get(mediaType);
    const prefix = `(${mediaType})`;
    if (own && their) {
      // Whether a body is required was compared with the first media type.
      const side = (body, media) => ({ ...body, ...media, required: true, others: [] });
      compareBodies(operation, scope, side(ours, own), side(theirs, their), out, coverage, prefix);
    } else {
      const report = reporter(out, { operation, scope, path: prefix });
      report("mediaType", own ? mediaType : null, their ? mediaType : null);
    }
  }
}

function compareOperation(operation, ours, theirs, out, coverage) {
  compareParameters(
    operation,
    parametersOf(ours.doc, ours),
    parametersOf(theirs.doc, theirs),
    out,
    coverage.parameters,
  );
  const side = (op, body) => body && { ...body, doc: op.doc };
  const request = (op) => side(op, requestOf(op.doc, op));
  const oursRequest = request(ours);
  const theirsRequest = request(theirs);
  compareBodies(operation, "request", oursRequest, theirsRequest, out, coverage.requestFields);
  compareOtherMedia(operation, "request", oursRequest, theirsRequest, out, coverage.requestFields);
  const oursResponse = responseOf(ours.doc, ours);
  const theirsResponse = responseOf(theirs.doc, theirs);
  if (oursResponse.status !== theirsResponse.status) {
    const report = reporter(out, { operation, scope: "response", path: "" });
    report("status", oursResponse.status, theirsResponse.status);
  }
  const oursBody = side(ours, oursResponse.body);
  const theirsBody = side(theirs, theirsResponse.body);
  compareBodies(operation, "response", oursBody, theirsBody, out, coverage.responseFields);
  compareOtherMedia(operation, "response", oursBody, theirsBody, out, coverage.responseFields);
}

const byPathThenMethod = (a, b) =>
  a.path === b.path
    ? METHODS.indexOf(a.method) - METHODS.indexOf(b.method)
    : a.path < b.path
      ? -1
      : 1;

function differenceOrder(a, b) {
  const order = [
    [SCOPES.indexOf(a.scope), SCOPES.indexOf(b.scope)],
    [LOCATIONS.indexOf(a.in ?? "path"), LOCATIONS.indexOf(b.in ?? "path")],
    [a.path, b.path],
    [KINDS.indexOf(a.kind), KINDS.indexOf(b.kind)],
  ];
  for (const [x, y] of order) if (x !== y) return x < y ? -1 : 1;
  return 0;
}

/**
 * Compares two parsed OpenAPI documents (`{ name, document }`, as loadSpec returns):
 * `ours` (openapi.yaml) against `theirs`. Returns the report described at the top of
 * this file. Throws SpecDiffError on a malformed document (a $ref that does not
 * resolve, a schema that is not an object, a body that expands without bound).
 */
export function diffSpecs(ours, theirs) {
  const oursOps = operationsOf(documentContext(ours)).sort(byPathThenMethod);
  const theirsOps = operationsOf(documentContext(theirs)).sort(byPathThenMethod);
  const coverage = {
    parameters: { theirs: 0, matched: 0 },
    requestFields: { theirs: 0, matched: 0 },
    responseFields: { theirs: 0, matched: 0 },
  };
  // Each of our operations with its match, by method and path; then theirs left over.
  const unmatched = new Set(theirsOps);
  const pairs = oursOps.map((own) => {
    const candidates = theirsOps.filter((their) => unmatched.has(their) && their.key === own.key);
    const their = candidates.find((candidate) => candidate.path === own.path) ?? candidates[0];
    unmatched.delete(their);
    return { path: own.path, method: own.method, ours: own, theirs: their ?? null };
  });
  for (const their of unmatched) {
    pairs.push({ path: their.path, method: their.method, ours: null, theirs: their });
  }
  pairs.sort(byPathThenMethod);
  const differences = [];
  const matched = [];
  for (const { path, method, ours: own, theirs: their } of pairs) {
    const operation = `${method.toUpperCase()} ${path}`;
    const out = [];
    if (own && their) {
      matched.push({
        operation,
        ours: { path: own.path, operationId: own.operationId },
        theirs: { path: their.path, operationId: their.operationId },
      });
      compareOperation(operation, own, their, out, coverage);
    } else {
      const report = reporter(out, { operation, scope: "operation", path: "" });
      report(own ? "extra" : "missing", own?.operationId ?? null, their?.operationId ?? null);
    }
    differences.push(...out.sort(differenceOrder));
  }
  return {
    ours: { file: ours.name, openapi: ours.document.openapi, operations: oursOps.length },
    theirs: { file: theirs.name, openapi: theirs.document.openapi, operations: theirsOps.length },
    operations: matched,
    summary: {
      operations: {
        theirs: theirsOps.length,
        ours: oursOps.length,
        matched: matched.length,
        missing: unmatched.size,
        extra: oursOps.length - matched.length,
      },
      ...coverage,
      differences: differences.length,
    },
    differences,
  };
}

// ------------------------------------------------------------------ output

const KIND_LABELS = { mediaType: "media type", readOnly: "read-only", writeOnly: "write-only" };

function shown(value) {
  if (value === null) return "none";
  if (typeof value === "boolean") return value ? "yes" : "no";
  return Array.isArray(value) ? value.join(", ") : String(value);
}

/** A difference in one line, without its operation: `request medium: nullable ours no, theirs yes`. */
function differenceText(difference) {
  const { scope, path, kind } = difference;
  const subject =
    scope === "operation"
      ? "operation"
      : scope === "parameter"
        ? `${difference.in} ${path}`
        : path !== ""
          ? `${scope} ${path}`
          : kind === "status" || kind === "mediaType"
            ? scope
            : `${scope} body`;
  let detail;
  if (kind === "missing") detail = `missing (${difference.theirs})`;
  else if (kind === "extra") detail = `extra (${difference.ours})`;
  else if (kind === "enum" && difference.missing && difference.extra) {
    detail = [
      difference.missing.length > 0 ? `missing ${difference.missing.join(", ")}` : "",
      difference.extra.length > 0 ? `extra ${difference.extra.join(", ")}` : "",
    ]
      .filter(Boolean)
      .join("; ");
    detail = `enum ${detail}`;
  } else {
    const label = KIND_LABELS[kind] ?? kind;
    detail = `${label} ours ${shown(difference.ours)}, theirs ${shown(difference.theirs)}`;
  }
  return `${subject}: ${detail}`;
}

const differenceLine = (difference) => `  ${differenceText(difference)}`;

/**
 * How an exceptions file names a difference: its operation, then its line in the text
 * report, e.g. `POST /api/calls request medium: nullable ours no, theirs yes` or
 * `GET /api/accounts operation: missing (accounts_list)`.
 */
export function differenceKey(difference) {
  return `${difference.operation} ${differenceText(difference)}`;
}

// ------------------------------------------------------------------ exceptions
// A reviewed file lists the differences openapi.yaml keeps on purpose, grouped by the
// reason, each named by its key (differenceKey). `*` in an entry stands for any text, so
// one entry can name the same difference in every operation that shows it.

/**
 * Parses an exceptions file: a YAML list of `{ reason, differences: [key, …] }`. Returns
 * each entry with its reason. Throws SpecDiffError on a group without a reason or
 * entries, or an entry listed twice.
 */
export function readExceptions(text, name = "the exceptions file") {
  let groups;
  try {
    groups = parseYaml(text);
  } catch (error) {
    const reason = String(error instanceof Error ? error.message : error).split("\n")[0];
    throw new SpecDiffError(`${name} is not valid YAML: ${reason}`);
  }
  if (groups === null) return new Map();
  if (!Array.isArray(groups)) {
    throw new SpecDiffError(`${name} must be a list of { reason, differences } groups.`);
  }
  const entries = new Map();
  groups.forEach((group, index) => {
    const where = `${name}, group ${index + 1}`;
    if (!isObject(group) || typeof group.reason !== "string" || group.reason.trim() === "") {
      throw new SpecDiffError(`${where} has no reason: say why these differences are kept.`);
    }
    const { differences } = group;
    if (!Array.isArray(differences) || differences.length === 0) {
      throw new SpecDiffError(`${where} lists no differences.`);
    }
    for (const entry of differences) {
      if (typeof entry !== "string" || entry.trim() === "") {
        throw new SpecDiffError(`${where}: each difference must be a non-empty string.`);
      }
      if (entries.has(entry)) throw new SpecDiffError(`${name}: ${entry} is listed twice.`);
      entries.set(entry, group.reason.trim());
    }
  });
  return entries;
}

const globPattern = (entry) =>
  new RegExp(
    `^${entry
      .split("*")
      .map((part) => part.replace(/[\\^$.|?+()[\]{}]/g, "\\$&"))
      .join(".*")}$`,
  );

/**
 * Sorts a report's differences into those an entry of `exceptions` explains and those
 * none does, and finds the entries that explain nothing (stale: the difference they
 * named is gone, or changed).
 */
export function explainDifferences(report, exceptions) {
  const patterns = [...exceptions.keys()].map((entry) => ({ entry, pattern: globPattern(entry) }));
  const used = new Set();
  const unexplained = [];
  let explained = 0;
  for (const difference of report.differences) {
    const key = differenceKey(difference);
    const matches = patterns.filter(({ pattern }) => pattern.test(key));
    for (const { entry } of matches) used.add(entry);
    if (matches.length > 0) explained++;
    else unexplained.push(difference);
  }
  const stale = [...exceptions.keys()].filter((entry) => !used.has(entry));
  return { explained, unexplained, stale };
}

const ratio = ({ theirs, matched }) =>
  `${matched} of ${theirs}${theirs > 0 ? ` (${((100 * matched) / theirs).toFixed(1)}%)` : ""}`;

/** The one-line summary: coverage of their operations, parameters and fields per side. */
function summaryLine({ summary }) {
  const { operations } = summary;
  return (
    `Summary: operations ${ratio(operations)} matched, ${operations.missing} missing, ${operations.extra} extra; ` +
    `parameters ${ratio(summary.parameters)}; request fields ${ratio(summary.requestFields)}; ` +
    `response fields ${ratio(summary.responseFields)}; ${summary.differences} differences.`
  );
}

/**
 * Renders a report as text: missing and extra operations, then each operation's
 * differences. Given `explanation` (explainDifferences), only the unexplained
 * differences are listed, then the stale entries and how many differences are explained.
 */
export function formatReport(report, explanation) {
  const { ours, theirs } = report;
  const differences = explanation ? explanation.unexplained : report.differences;
  const lines = [
    `Comparing ${ours.file} (OpenAPI ${ours.openapi}, ${ours.operations} operations) ` +
      `with ${theirs.file} (OpenAPI ${theirs.openapi}, ${theirs.operations} operations).`,
    `"missing": only theirs has it; "extra": only ours has it.`,
  ];
  const id = (operationId) => operationId ?? "no operationId";
  const byOperation = new Map();
  for (const difference of differences) {
    const key = difference.scope === "operation" ? difference.kind : difference.operation;
    byOperation.set(key, [...(byOperation.get(key) ?? []), difference]);
  }
  for (const kind of ["missing", "extra"]) {
    const operations = byOperation.get(kind) ?? [];
    if (operations.length === 0) continue;
    lines.push("", `Operations ${kind} (${operations.length}):`);
    for (const d of operations) lines.push(`  ${d.operation}  (${id(d.ours ?? d.theirs)})`);
  }
  for (const { operation, ours: own, theirs: their } of report.operations) {
    const found = byOperation.get(operation);
    if (found === undefined) continue;
    const where = their.path === own.path ? "" : ` at ${their.path}`;
    const ids = `${id(own.operationId)}; theirs ${id(their.operationId)}${where}`;
    lines.push("", `${operation}  (${ids})`, ...found.map(differenceLine));
  }
  if (differences.length === 0) {
    lines.push("", explanation ? "No unexplained differences." : "No differences.");
  }
  if (explanation && explanation.stale.length > 0) {
    lines.push("", `Stale exceptions, explaining no difference (${explanation.stale.length}):`);
    for (const entry of explanation.stale) lines.push(`  ${entry}`);
  }
  lines.push("", summaryLine(report));
  if (explanation) {
    lines.push(
      `Exceptions (${explanation.file}): ${explanation.explained} differences explained, ` +
        `${explanation.unexplained.length} unexplained; ${explanation.stale.length} stale entries.`,
    );
  }
  return lines.join("\n") + "\n";
}

// ------------------------------------------------------------------ command line

const USAGE = `Usage: npm run spec:diff -- [--json] [--fail-on-diff] [--all] [--ours <file>] [--exceptions <file>] [<theirs.(json|yaml)>]
Compares openapi.yaml (or --ours) with another OpenAPI 3.0/3.1 document: by default
the fact-only copy of Ultravox's published schema in test/fixtures/reference/published-schema.json.
Differences that test/spec/spec-diff-exceptions.yaml explains are not listed (for openapi.yaml;
for --ours only with --exceptions).
  --json               print the report as JSON
  --fail-on-diff       exit 1 when there is any unexplained difference or stale exception
  --all                list every difference; apply no exceptions
  --ours <file>        compare this document instead of openapi.yaml
  --exceptions <file>  the differences kept on purpose, each with its reason
Exit codes: 0 compared, 1 differences with --fail-on-diff, 2 bad input.`;

/**
 * Runs the command line: parses `args`, compares, writes the report to `stdout` and
 * returns the exit code. Relative paths resolve against `cwd`. Bad input is reported on
 * `stderr` with exit code 2; it never throws for it.
 */
export function main(
  args,
  { cwd = process.cwd(), stdout = process.stdout, stderr = process.stderr } = {},
) {
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        allowPositionals: true,
        options: {
          json: { type: "boolean" },
          "fail-on-diff": { type: "boolean" },
          all: { type: "boolean" },
          ours: { type: "string" },
          exceptions: { type: "string" },
          help: { type: "boolean", short: "h" },
        },
      });
    } catch (error) {
      throw new SpecDiffError(`${error instanceof Error ? error.message : error}\n${USAGE}`);
    }
    const { values, positionals } = parsed;
    if (values.help) {
      stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (positionals.length > 1) {
      throw new SpecDiffError(`Give at most one document to compare with.\n${USAGE}`);
    }
    if (values.all && values.exceptions !== undefined) {
      throw new SpecDiffError(`--all applies no exceptions; drop --exceptions or --all.\n${USAGE}`);
    }
    // Files are named as given; the defaults relative to where the command runs.
    const oursName = values.ours ?? relative(cwd, defaultOursPath);
    const theirsName = positionals[0] ?? relative(cwd, defaultTheirsPath);
    const exceptionsName =
      values.exceptions ??
      (values.all || values.ours !== undefined ? undefined : relative(cwd, defaultExceptionsPath));
    // Theirs first: bad input there fails before openapi.yaml is parsed.
    const theirs = loadSpec(resolve(cwd, theirsName), theirsName);
    const exceptions =
      exceptionsName === undefined
        ? undefined
        : readExceptions(readText(resolve(cwd, exceptionsName), exceptionsName), exceptionsName);
    const report = diffSpecs(loadSpec(resolve(cwd, oursName), oursName), theirs);
    const explanation = exceptions && {
      file: exceptionsName,
      entries: exceptions.size,
      ...explainDifferences(report, exceptions),
    };
    if (values.json) {
      const json = explanation
        ? {
            ...report,
            exceptions: {
              ...explanation,
              unexplained: explanation.unexplained.map(differenceKey),
            },
          }
        : report;
      stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    } else {
      stdout.write(formatReport(report, explanation));
    }
    const failing = explanation
      ? explanation.unexplained.length + explanation.stale.length
      : report.differences.length;
    return values["fail-on-diff"] && failing > 0 ? 1 : 0;
  } catch (error) {
    if (!(error instanceof SpecDiffError)) throw error;
    stderr.write(`spec-diff: ${error.message}\n`);
    return 2;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // npm runs scripts from the package root; paths on its command line are the caller's.
  const cwd =
    process.env.npm_lifecycle_event === "spec:diff" && process.env.INIT_CWD
      ? process.env.INIT_CWD
      : process.cwd();
  // A reader that stops early (`| head`) is not an error.
  process.stdout.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
  });
  process.exitCode = main(process.argv.slice(2), { cwd });
}
