// Extracts the facts the reference pages show about each operation's fields, for the
// page-coverage check (test/spec/page-coverage.test.ts): every key path of every JSON
// example (curl `--data` bodies, response examples, webhook payloads), every field and
// parameter name of the rendered field lists, every property and parameter of the
// OpenAPI excerpts in the newer `.more.txt` pages, and the enum constants the examples
// and excerpts use. Only names, paths and values are kept (no page prose), so the
// result can be committed as a fixture (`npm run sync:reference`).
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { lookupRef } from "./json-ref.mjs";

/**
 * A target is what a page describes: an operation (`POST /api/calls`), a webhook event
 * (`webhook call.ended`, or `webhook *` for the envelope every event shares) or a
 * schema page (`schema Call`).
 * A side is where on the target a fact sits: `request` (the JSON body sent), `response`
 * (a JSON body returned), `query` / `path` (parameters) or `body` (a webhook's or a
 * schema page's own object).
 */

const HTTP_METHODS = new Set(["GET", "POST", "PUT", "PATCH", "DELETE"]);
const UPPER_CONSTANT = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const TYPE_LINE =
  /^(?:string|integer|number|boolean|object|any|file|enum<[\w-]+>)(?:<[\w.-]+>)?(?:\[\])*(?: \| null)?$/;

/** Which target each page file describes: from the source stubs, then INDEX.md's table. */
export function pageTargets(pagesDir) {
  const targets = new Map();
  for (const { base, operation, stub } of sourceStubs(pagesDir)) {
    const schema = /^openapi-schema:\s*(\S+)/m.exec(stub);
    const target =
      operation ?? (schema ? `schema ${schema[1].replace(/^ultravox\.v1\./, "")}` : undefined);
    if (!target) continue;
    targets.set(`${base}.txt`, target);
    targets.set(`${base}.more.txt`, target);
  }
  const index = readFileSync(join(pagesDir, "INDEX.md"), "utf8");
  for (const line of index.split("\n")) {
    const cells = line.split("|").map((cell) => cell.trim());
    const [, , , method = "", path = "", files = ""] = cells;
    if (!HTTP_METHODS.has(method) || !path.startsWith("/")) continue;
    for (const file of files.match(/[\w/.-]+\.txt/g) ?? [])
      if (!targets.has(file)) targets.set(file, `${method} ${path}`);
  }
  targets.set("guides/webhooks-available-webhooks.txt", "webhook *");
  for (const [file] of targets) if (!existsSync(join(pagesDir, file))) targets.delete(file);
  return targets;
}

/**
 * Reads a JSON value leniently from `text` at `start` (`{` or `[`): page examples are
 * often cut off mid-value or hold placeholders (`{call_object}`, `...`), so this never
 * throws. Returns every key path it saw (`a.b[].c`), the UPPER_SNAKE string constants
 * found at a key path, and where the value ended.
 */
export function readJsonKeyPaths(text, start) {
  const paths = [];
  const constants = [];
  // Each frame: { kind: "object" | "array", prefix, key (object: the last key read) }.
  const stack = [];
  let expectKey = false;
  let index = start;
  const prefixOf = () => {
    const top = stack[stack.length - 1];
    if (!top) return "";
    if (top.kind === "array") return `${top.prefix}[]`;
    return top.key === undefined ? top.prefix : join2(top.prefix, top.key);
  };
  const join2 = (prefix, key) => (prefix ? `${prefix}.${key}` : key);
  const readString = () => {
    let value = "";
    index++;
    while (index < text.length && text[index] !== '"') {
      if (text[index] === "\\") index++;
      value += text[index] ?? "";
      index++;
    }
    index++;
    return value;
  };
  while (index < text.length) {
    const char = text[index];
    if (char === "{" || char === "[") {
      const top = stack[stack.length - 1];
      const prefix = top ? prefixOf() : "";
      stack.push({ kind: char === "{" ? "object" : "array", prefix, key: undefined });
      expectKey = char === "{";
      index++;
    } else if (char === "}" || char === "]") {
      stack.pop();
      index++;
      if (stack.length === 0) break;
      expectKey = false;
    } else if (char === ",") {
      expectKey = stack[stack.length - 1]?.kind === "object";
      index++;
    } else if (char === '"') {
      const value = readString();
      const top = stack[stack.length - 1];
      if (top?.kind === "object" && expectKey) {
        let after = index;
        while (/\s/.test(text[after] ?? "")) after++;
        if (text[after] === ":") {
          top.key = value;
          if (value !== "..." && value !== "") paths.push(join2(top.prefix, value));
          index = after + 1;
          expectKey = false;
          continue;
        }
      }
      if (UPPER_CONSTANT.test(value) && top) constants.push({ path: prefixOf(), value });
    } else if (stack.length === 0) {
      break;
    } else {
      index++;
    }
  }
  return { paths, constants, end: index };
}

/** The JSON examples of one excerpt: request bodies follow `--data '`, the rest are responses. */
export function jsonExamples(text) {
  const found = [];
  const start = /(--data\s+'\s*)?([{[])(?=\s*(?:"[^"\n]*"\s*:|\{\s*"[^"\n]*"\s*:))/g;
  let match;
  while ((match = start.exec(text))) {
    const at = match.index + (match[1]?.length ?? 0);
    const { paths, constants, end } = readJsonKeyPaths(text, at);
    found.push({ side: match[1] ? "request" : "response", paths, constants });
    start.lastIndex = Math.max(end, at + 1);
  }
  return found;
}

/**
 * The rendered field lists (`name` then a type line such as `string | null`, or
 * `required`), by section: Query Parameters, Path Parameters, Body, Response. Nesting is
 * collapsed in the rendered text, so only a section's top-level names are read: a name
 * is taken when the next line is its type. A schema page's list has no section header:
 * its names are the schema's own (`initialSide`).
 */
export function fieldLists(text, initialSide) {
  const facts = [];
  const lines = text.split("\n").map((line) => line.trim());
  let side = initialSide;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === "Query Parameters") side = "query";
    else if (line === "Path Parameters") side = "path";
    else if (line === "Body") side = "request";
    else if (line === "Response") side = "response";
    else if (line === "Authorizations") side = undefined;
    else if (side && FIELD_NAME.test(line) && !TYPE_LINE.test(line)) {
      const next = lines[i + 1] ?? "";
      if (TYPE_LINE.test(next) || next === "required") facts.push({ side, path: line });
    }
  }
  return facts;
}

/** Cuts a truncated YAML excerpt back to its longest prefix that parses. */
function parseTruncatedYaml(source) {
  const lines = source.split("\n");
  for (let end = lines.length; end > 0; end--) {
    try {
      const value = parse(lines.slice(0, end).join("\n"));
      if (value && typeof value === "object") return value;
    } catch {
      // a line cut mid-value: drop it and try again
    }
  }
  return undefined;
}

/**
 * The facts of the OpenAPI excerpts (```` ```yaml ```` blocks of the `.more.txt` pages):
 * parameter names, and the properties reachable from the request and response schemas
 * (readOnly properties only on the response side, writeOnly ones only on the request
 * side, as OpenAPI defines them), with their enums. Schemas cut off by the excerpt end
 * contribute what was kept.
 */
export function openApiExcerptFacts(text) {
  const facts = [];
  for (const block of text.matchAll(/````yaml[^\n]*\n([\s\S]*?)(?:````|$)/g)) {
    const document = parseTruncatedYaml(block[1]);
    for (const item of Object.values(document?.paths ?? {})) {
      for (const [method, operation] of Object.entries(item ?? {})) {
        if (!HTTP_METHODS.has(method.toUpperCase()) || !operation) continue;
        for (const parameter of operation.parameters ?? [])
          if (parameter?.name && (parameter.in === "query" || parameter.in === "path"))
            facts.push({ side: parameter.in, path: parameter.name });
        const requestSchema = operation.requestBody?.content?.["application/json"]?.schema;
        if (requestSchema) walkSchema(requestSchema, "", "request", document, facts, new Set());
        for (const response of Object.values(operation.responses ?? {})) {
          const schema = response?.content?.["application/json"]?.schema;
          if (schema) walkSchema(schema, "", "response", document, facts, new Set());
        }
      }
    }
  }
  return facts;
}

function walkSchema(schema, prefix, side, document, facts, seen) {
  if (!schema || typeof schema !== "object") return;
  if (typeof schema.$ref === "string") {
    const { $ref } = schema;
    // An excerpt cut off before the schema it refers to contributes nothing there.
    const target = seen.has($ref) ? undefined : lookupRef(document, $ref);
    if (target) walkSchema(target, prefix, side, document, facts, new Set([...seen, $ref]));
    return;
  }
  if (Array.isArray(schema.enum) && prefix)
    for (const value of schema.enum)
      if (typeof value === "string" && value) facts.push({ side, path: prefix, value });
  for (const key of ["allOf", "oneOf", "anyOf"])
    for (const branch of schema[key] ?? []) walkSchema(branch, prefix, side, document, facts, seen);
  if (schema.items) walkSchema(schema.items, `${prefix}[]`, side, document, facts, seen);
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    if (side === "request" && property?.readOnly) continue;
    if (side === "response" && property?.writeOnly) continue;
    const path = prefix ? `${prefix}.${name}` : name;
    facts.push({ side, path });
    walkSchema(property, path, side, document, facts, seen);
  }
}

/** The `knownValue | Description |` table of the tool parameters guide excerpt. */
export function knownValueTable(text) {
  if (!/^knownValue \| Description \|/m.test(text)) return [];
  return [...text.matchAll(/^(KNOWN_PARAM_[A-Z_]+) \|/gm)].map((match) => ({
    side: "body",
    path: "automaticParameters[].knownValue",
    value: match[1],
  }));
}

/** Every operation the source stubs name, including those whose page text is missing. */
function operationTargets(pagesDir) {
  const operations = new Set();
  for (const { operation } of sourceStubs(pagesDir)) if (operation) operations.add(operation);
  return operations;
}

/**
 * Each page's source stub (`<group>/<name>.source-mdx.txt`): its `<group>/<name>` base, its
 * text, and the operation it documents (`METHOD /path`), if any.
 */
export function* sourceStubs(pagesDir) {
  for (const group of readdirSync(pagesDir, { withFileTypes: true })) {
    if (!group.isDirectory()) continue;
    for (const file of readdirSync(join(pagesDir, group.name))) {
      if (!file.endsWith(".source-mdx.txt")) continue;
      const stub = readFileSync(join(pagesDir, group.name, file), "utf8");
      const operation = /^openapi:\s*(\w+)\s+(\S+)/m.exec(stub);
      yield {
        base: `${group.name}/${file.slice(0, -".source-mdx.txt".length)}`,
        stub,
        operation: operation ? `${operation[1].toUpperCase()} ${operation[2]}` : undefined,
      };
    }
  }
}

/**
 * The facts INDEX.md's rules carry from one page to a sibling whose page is missing or
 * incomplete: an agent's `callTemplate` has the fields of a call (Create Call's body), and
 * PATCH and PUT on `<collection>/{id}` take the fields of POST on `<collection>`.
 * Each derived fact names its rule and the facts it came from.
 */
function derivedFacts(facts, operations) {
  const derived = [];
  const requests = facts.filter(
    (fact) => fact.side === "request" && fact.target.startsWith("POST "),
  );
  const CALL_TEMPLATE = "an agent's callTemplate has the fields of a call";
  for (const fact of requests.filter((f) => f.target === "POST /api/calls"))
    for (const target of ["POST /api/agents", "PATCH /api/agents/{agent_id}"])
      derived.push({ ...fact, target, path: `callTemplate.${fact.path}`, rule: CALL_TEMPLATE });
  for (const fact of requests) {
    const collection = fact.target.slice("POST ".length);
    for (const operation of operations) {
      const [method, path] = operation.split(" ");
      if (method !== "PATCH" && method !== "PUT") continue;
      if (!new RegExp(`^${collection.replace(/[{}]/g, "\\$&")}/\\{\\w+\\}$`).test(path)) continue;
      derived.push({ ...fact, target: operation, rule: `${method} takes the fields of POST` });
    }
  }
  return derived.map((fact) => ({ ...fact, sources: [...fact.sources] }));
}

/** Splits a page file into its excerpts (a file without excerpt headers is one excerpt). */
function excerpts(text) {
  return text.split(/^----- excerpt[^\n]*-----$/m);
}

/**
 * Every fact of every page that describes a target, deduplicated and sorted:
 * `{ target, side, path, value?, sources }`. `value` is set for enum constants.
 */
export function extractPageFields(pagesDir) {
  const facts = new Map();
  const add = (file, target, { side, path, value }) => {
    // A webhook payload and a schema page describe the object itself.
    const resolvedSide =
      target.startsWith("webhook ") || target.startsWith("schema ")
        ? "body"
        : side === "body"
          ? "request"
          : side;
    const key = JSON.stringify([target, resolvedSide, path, value ?? null]);
    const fact = facts.get(key) ?? {
      target,
      side: resolvedSide,
      path,
      ...(value === undefined ? {} : { value }),
      sources: [],
    };
    if (!fact.sources.includes(file)) fact.sources.push(file);
    facts.set(key, fact);
  };
  for (const [file, target] of [...pageTargets(pagesDir)].sort()) {
    const text = readFileSync(join(pagesDir, file), "utf8");
    for (const excerpt of excerpts(text)) {
      const withoutYaml = excerpt.replace(/````yaml[\s\S]*?(?:````|$)/g, "");
      for (const example of jsonExamples(withoutYaml)) {
        // A guide's webhook payloads are the examples with an `event`; others show API calls.
        if (target.startsWith("webhook ") && !example.paths.includes("event")) continue;
        for (const path of example.paths) add(file, target, { side: example.side, path });
        for (const constant of example.constants)
          add(file, target, { side: example.side, ...constant });
      }
      const initialSide = target.startsWith("schema ") ? "body" : undefined;
      for (const fact of fieldLists(withoutYaml, initialSide)) add(file, target, fact);
      for (const fact of openApiExcerptFacts(excerpt)) add(file, target, fact);
      for (const fact of knownValueTable(excerpt)) add(file, target, fact);
    }
  }
  for (const fact of derivedFacts([...facts.values()], operationTargets(pagesDir))) {
    const key = JSON.stringify([fact.target, fact.side, fact.path, fact.value ?? null]);
    if (!facts.has(key)) facts.set(key, fact);
  }
  return [...facts.values()]
    .map((fact) => ({ ...fact, sources: fact.sources.sort() }))
    .sort((a, b) =>
      `${a.target}\0${a.side}\0${a.path}\0${a.value ?? ""}`.localeCompare(
        `${b.target}\0${b.side}\0${b.path}\0${b.value ?? ""}`,
      ),
    );
}
