// The resource tree (`uv.calls.create(...)`) derived from openapi.yaml: which method each
// operation becomes, and the two files `npm run generate` writes for it:
// generated/resources.d.ts (the tree's types, each method with its operation's summary and
// description) and generated/resources.js (the table src/resources.ts builds the methods
// from). A declaration and a script rather than one .ts file: like schema.d.ts, they import
// nothing from src/, so the published package ships generated/resources.d.ts as it is and
// the build bundles the table (a .ts file outside src/ could not be part of the declaration
// build, whose rootDir is src/).
//
// Naming, so that a method reads like the path it calls:
// - the resource is the path's literal segments after /api/, in camelCase
//   (`/api/calls/{call_id}/stages` is `calls.stages`);
// - the method is the operationId's verb when it is list, get, create, update, replace,
//   delete or set, and `list` for every GET that answers a page (getToolHistory is
//   `tools.history.list`); another verb (send, query, test) is an action, named by the
//   path's last segment on the resource before it (`POST /api/corpora/{corpus_id}/query`
//   is `corpora.query`);
// - an operation's `x-sdk-method` (a dotted name) overrides both, for a path the rules
//   cannot name (`/api/voice_preview`).
// Path parameters become positional arguments in path order, named in camelCase.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import * as prettier from "prettier";
import { parse } from "yaml";
import { deref } from "./json-ref.mjs";

export const specPath = fileURLToPath(new URL("../openapi.yaml", import.meta.url));
export const declarationsPath = fileURLToPath(
  new URL("../generated/resources.d.ts", import.meta.url),
);
export const tablePath = fileURLToPath(new URL("../generated/resources.js", import.meta.url));

const HTTP_METHODS = ["get", "put", "post", "patch", "delete"];
const CRUD_VERBS = ["list", "get", "create", "update", "replace", "delete", "set"];
/** Names the client already has, or that are promised to other features. */
const RESERVED = ["GET", "PUT", "POST", "PATCH", "DELETE", "use", "eject", "request", "then"];

const camel = (text) => text.replace(/[_-]([a-z0-9])/g, (_, letter) => letter.toUpperCase());

/** Whether `schema` (through `$ref` and `allOf`) is a page: an object whose `results` is an array. */
function isPage(schema, resolve) {
  const node = resolve(schema);
  if (!node || typeof node !== "object") return false;
  const results = resolve(node.properties?.results);
  if (results && (results.type === "array" || results.items)) return true;
  return (node.allOf ?? []).some((part) => isPage(part, resolve));
}

/** The properties of a multipart body that carry a file (binary content, no JSON type). */
function fileFields(schema, resolve) {
  const node = resolve(schema);
  return Object.entries(node?.properties ?? {})
    .filter(([, value]) => {
      const property = resolve(value);
      return property?.contentMediaType || property?.format === "binary";
    })
    .map(([name]) => name);
}

/**
 * Every operation of the spec with the name of its resource method, in spec order.
 *
 * @throws {Error} when two operations get the same name, a name is both a method and a
 *   resource, a name is one the client already uses, or an `x-sdk-method` is not a dotted
 *   name of identifiers.
 */
export function resourceOperations(spec) {
  const resolve = (node) => deref(spec, node);
  const operations = [];
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map(resolve);
      const pathParams = [...path.matchAll(/\{([^}]+)\}/g)].map(([, name]) => name);
      const query = parameters.filter((parameter) => parameter.in === "query");
      const requestBody = resolve(operation.requestBody);
      const bodyMedia = Object.keys(requestBody?.content ?? {});
      const success = Object.entries(operation.responses ?? {}).find(([status]) =>
        /^2/.test(status),
      );
      const content = resolve(success?.[1])?.content ?? {};
      const media = Object.keys(content);
      const json = media.find((type) => /json/.test(type));
      const answer = !media.length
        ? "json" // no content: resolves with undefined
        : json
          ? method === "get" && isPage(content[json].schema, resolve)
            ? "list"
            : "json"
          : media.every((type) => type.startsWith("text/"))
            ? "text"
            : "blob";
      const name = operation["x-sdk-method"]
        ? checkedName(operation["x-sdk-method"], operation.operationId)
        : derivedName(path, operation.operationId, answer === "list");
      operations.push({
        name,
        operationId: operation.operationId,
        method: method.toUpperCase(),
        path,
        pathParams,
        summary: operation.summary ?? "",
        description: operation.description ?? "",
        body: !requestBody ? "none" : requestBody.required ? "required" : "optional",
        query: !query.length
          ? "none"
          : query.some((parameter) => parameter.required)
            ? "required"
            : "optional",
        answer,
        files: bodyMedia.includes("multipart/form-data")
          ? fileFields(requestBody.content["multipart/form-data"].schema, resolve)
          : [],
      });
    }
  }
  checkNames(operations);
  return operations;
}

function checkedName(name, operationId) {
  if (typeof name !== "string" || !/^[a-z][A-Za-z0-9]*(?:\.[a-z][A-Za-z0-9]*)*$/.test(name))
    throw new Error(`${operationId}: x-sdk-method must be a dotted name such as "calls.create"`);
  return name.split(".");
}

function derivedName(path, operationId, answersPage) {
  const segments = path
    .replace(/^\/api\//, "")
    .split("/")
    .filter((segment) => segment && !segment.startsWith("{"))
    .map(camel);
  const verb = answersPage ? "list" : /^[a-z]+/.exec(operationId)[0];
  if (CRUD_VERBS.includes(verb)) return [...segments, verb];
  // An action: the path's last segment, on the resource before it.
  if (segments.length < 2 || path.endsWith("}"))
    throw new Error(`${operationId}: cannot name the action "${verb}"; give it an x-sdk-method`);
  return segments;
}

function checkNames(operations) {
  const methods = new Map(operations.map((op) => [op.name.join("."), op.operationId]));
  if (methods.size !== operations.length) {
    const seen = new Set();
    const clash = operations.find((op) => seen.size === seen.add(op.name.join(".")).size);
    throw new Error(`two operations are named ${clash.name.join(".")}; set x-sdk-method on one`);
  }
  for (const op of operations) {
    if (RESERVED.includes(op.name[0]))
      throw new Error(`${op.operationId}: ${op.name[0]} is a name the client already uses`);
    for (let depth = 1; depth < op.name.length; depth++) {
      const prefix = op.name.slice(0, depth).join(".");
      if (methods.has(prefix))
        throw new Error(
          `${methods.get(prefix)} is named ${prefix}, which ${op.operationId} needs as a resource`,
        );
    }
  }
}

/** The tree of operations by name: `{ calls: { list: op, stages: { … } } }`. */
export function resourceTree(operations) {
  const tree = {};
  for (const op of operations) {
    let node = tree;
    for (const part of op.name.slice(0, -1)) node = node[part] ??= {};
    node[op.name.at(-1)] = op;
  }
  return tree;
}

const isOperation = (node) => typeof node.operationId === "string";
const pascal = (parts) => parts.map((part) => part[0].toUpperCase() + part.slice(1)).join("");

const HEADER = `// GENERATED FILE: do not edit by hand.
// Source: openapi.yaml (scripts/resource-tree.mjs). Regenerate with \`npm run generate\`;
// \`npm test\` fails when this is stale.
`;

/** A doc comment of `lines` at `indent`, safe for any text the spec holds. */
function docComment(lines, indent) {
  const body = lines
    .join("\n")
    .trim()
    .replaceAll("*/", "*\\/")
    .split("\n")
    .map((line) => `${indent} *${line ? ` ${line}` : ""}`);
  return `${indent}/**\n${body.join("\n")}\n${indent} */\n`;
}

/** The TypeScript of one operation in the tree: a marker src/resources.ts turns into a method. */
function operationType(op) {
  const args = op.pathParams
    .map(
      (name) =>
        `${camel(name)}: paths[${JSON.stringify(op.path)}][${JSON.stringify(op.method.toLowerCase())}]["parameters"]["path"][${JSON.stringify(name)}]`,
    )
    .join(", ");
  const quote = JSON.stringify;
  return `Operation<${quote(op.path)}, ${quote(op.method.toLowerCase())}, [${args}], ${quote(op.body)}, ${quote(op.query)}, ${quote(op.answer)}>`;
}

/** The doc comment of a resource: where it lives, its methods and the resources under it. */
function resourceDoc(node, prefix) {
  const paths = [];
  const walk = (current) => {
    for (const child of Object.values(current))
      if (isOperation(child)) paths.push(child.path);
      else walk(child);
  };
  walk(node);
  // The longest common run of segments of its operations' paths: where the resource lives.
  const split = paths.map((path) => path.split("/"));
  const common = split[0].filter((segment, index) =>
    split.every((path) => path[index] === segment),
  );
  const entries = Object.entries(node);
  const methods = entries.filter(([, child]) => isOperation(child)).map(([key]) => `\`${key}\``);
  const nested = entries.filter(([, child]) => !isOperation(child)).map(([key]) => `\`${key}\``);
  return [
    `\`uv.${prefix.join(".")}\`: the operations under \`${common.join("/") || "/"}\`.`,
    [
      methods.length ? `Methods: ${methods.join(", ")}.` : "",
      nested.length ? `Resources: ${nested.join(", ")}.` : "",
    ]
      .filter(Boolean)
      .join(" "),
  ];
}

/** The source of generated/resources.d.ts. */
export function declarationsSource(operations) {
  const tree = resourceTree(operations);
  const interfaces = [];
  const emit = (node, prefix) => {
    const name = prefix.length ? `${pascal(prefix)}Resource` : "ResourceTree";
    // Each interface after the one that refers to it, in the tree's order.
    const slot = interfaces.push("") - 1;
    const members = Object.entries(node).map(([key, child]) => {
      if (isOperation(child)) {
        const docs = [
          child.summary,
          "",
          ...child.description.trim().split("\n"),
          "",
          `\`${child.method} ${child.path}\` (operation \`${child.operationId}\`).`,
        ];
        return `${docComment(docs, "  ")}  ${key}: ${operationType(child)};`;
      }
      const childName = emit(child, [...prefix, key]);
      return `${docComment(resourceDoc(child, [...prefix, key]), "  ")}  ${key}: ${childName};`;
    });
    const doc = prefix.length
      ? resourceDoc(node, prefix)
      : [
          `Every operation of the API as a method, by resource (${operations.length} operations).`,
          "src/resources.ts gives each its signature.",
        ];
    interfaces[slot] = `${docComment(doc, "")}export interface ${name} {\n${members.join("\n")}\n}`;
    return name;
  };
  emit(tree, []);
  return `${HEADER}import type { paths } from "./schema.js";

/**
 * One operation in the tree: its path and method, its path parameters in path order (named
 * as the method takes them), whether it takes a body and a query (\`"required"\`,
 * \`"optional"\` or \`"none"\`), and what it answers: \`"json"\`, \`"list"\` (a page),
 * \`"blob"\` (audio) or \`"text"\`. A marker only: src/resources.ts builds the method from it.
 */
export interface Operation<
  Path extends keyof paths,
  Method extends string,
  PathArgs extends unknown[],
  Body extends "required" | "optional" | "none",
  Query extends "required" | "optional" | "none",
  Answer extends "json" | "list" | "blob" | "text",
> {
  path: Path;
  method: Method;
  pathArgs: PathArgs;
  body: Body;
  query: Query;
  answer: Answer;
}

${interfaces.join("\n\n")}

/** One operation in {@link RESOURCE_TABLE}: method, path, input, answer and file fields. */
export type OperationEntry = readonly [
  method: string,
  path: string,
  input: "" | "body" | "query",
  answer: "json" | "list" | "blob" | "text",
  files?: readonly string[],
];

/** The resource tree as data, for src/resources.ts to build the methods from. */
export interface ResourceTable {
  readonly [name: string]: ResourceTable | OperationEntry;
}

/** Every operation, by resource and method name (see ResourceTree for their documentation). */
export declare const RESOURCE_TABLE: ResourceTable;
`;
}

/** The source of generated/resources.js. */
export function tableSource(operations) {
  const tree = resourceTree(operations);
  const entry = (op) => {
    const input = op.body !== "none" ? "body" : op.query !== "none" ? "query" : "";
    const fields = [op.method, op.path, input, op.answer];
    if (op.files.length) fields.push(op.files);
    return JSON.stringify(fields);
  };
  const render = (node) =>
    `{${Object.entries(node)
      .map(([key, child]) => `${key}: ${isOperation(child) ? entry(child) : render(child)}`)
      .join(", ")}}`;
  return `${HEADER}
/**
 * Every operation by resource and method name: \`[method, path, input, answer, files?]\`,
 * where input is "body" (a body argument; the query, if any, in the options), "query" (a
 * query argument) or "" (neither), and files names the body fields sent as files.
 */
export const RESOURCE_TABLE = ${render(tree)};
`;
}

/** The formatted contents of both generated files, by path, from the spec on disk. */
export async function generateResourceSources() {
  const spec = parse(await readFile(specPath, "utf8"));
  const operations = resourceOperations(spec);
  const format = async (source, filepath) =>
    prettier.format(source, { ...((await prettier.resolveConfig(filepath)) ?? {}), filepath });
  return {
    [declarationsPath]: await format(declarationsSource(operations), declarationsPath),
    [tablePath]: await format(tableSource(operations), tablePath),
  };
}
