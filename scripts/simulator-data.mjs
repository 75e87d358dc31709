// Turns openapi.yaml into generated/simulator.js, the data the simulated API of
// `ultravox-api/testing` answers from: each operation's success status, media type and
// example, which operations list, create, read, change and delete stored resources (derived
// from the paths and schemas: a list path whose page holds schema X, its POST, and the path
// below it whose parameter names X's id), the examples the store starts with, the error
// examples by status, and each webhook event's example. Shared by `npm run generate` and
// `npm run check:generated`, like spec-types.mjs.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import * as prettier from "prettier";
import { parse } from "yaml";
import { deref } from "./json-ref.mjs";
import { specPath } from "./spec-types.mjs";

export const simulatorDataPath = fileURLToPath(
  new URL("../generated/simulator.js", import.meta.url),
);
export const simulatorTypesPath = fileURLToPath(
  new URL("../generated/simulator.d.ts", import.meta.url),
);

const METHODS = ["get", "post", "put", "patch", "delete"];
const ROLE_OF_ITEM_METHOD = { get: "get", patch: "update", put: "replace", delete: "delete" };

const header = `/**
 * GENERATED FILE: do not edit by hand.
 * Source: openapi.yaml. Regenerate with \`npm run generate\`; \`npm test\` fails when this is stale.
 */
`;

/** A path parameter's name as the camelCase field that holds it (`call_id` → `callId`). */
const fieldOf = (param) => param.replace(/_([a-z])/g, (_, letter) => letter.toUpperCase());

/** The generated files' sources, formatted: `{ js, dts }`. */
export async function generateSimulatorSources() {
  const spec = parse(await readFile(specPath, "utf8"));
  const data = simulatorData(spec);
  const js = `${header}
/** Every distinct example value the operations and the store use; referred to by index. */
export const EXAMPLES = ${JSON.stringify(data.examples)};

/** Every operation of the spec: its success answer, and its role in the store (if any). */
export const OPERATIONS = ${JSON.stringify(data.operations)};

/** The resources the simulator stores, by schema name. */
export const RESOURCES = ${JSON.stringify(data.resources)};

/** The example error body of each status the spec gives one for (index into EXAMPLES). */
export const STATUS_EXAMPLES = ${JSON.stringify(data.statusExamples)};

/** Each webhook event's example call (index into EXAMPLES). */
export const WEBHOOK_CALLS = ${JSON.stringify(data.webhookCalls)};
`;
  const dts = `${header}
/** How an operation acts on the store. */
export type Role = "list" | "create" | "get" | "update" | "replace" | "delete";

/** One operation of the spec, as the simulator answers it. */
export interface OperationData {
  /** \`METHOD /path/template\`. */
  key: string;
  /** The success status. */
  status: number;
  /** The success media type; null when the answer has no body. */
  media: string | null;
  /** The success example (index into EXAMPLES), or null when the spec has none. */
  example: number | null;
  /** What the operation does to the store, for operations on a stored resource. */
  role?: Role;
  /** The stored schema it acts on. */
  schema?: string;
}

/** A resource the simulator stores. */
export interface ResourceData {
  /** The field that holds its ID (\`callId\`), when it has one. */
  id?: string;
  /** The path parameter that names one (\`call_id\`). */
  param?: string;
  /** Its fields as the API returns them (write-only ones left out). */
  fields: string[];
  /** The examples the store starts with: [path parameters of the list it came from, example index]. */
  seeds: [Record<string, string>, number][];
}

export declare const EXAMPLES: readonly unknown[];
export declare const OPERATIONS: readonly OperationData[];
export declare const RESOURCES: Readonly<Record<string, ResourceData>>;
export declare const STATUS_EXAMPLES: Readonly<Record<string, number>>;
export declare const WEBHOOK_CALLS: Readonly<Record<string, number>>;
`;
  const format = async (source, filepath) => {
    const config = (await prettier.resolveConfig(filepath)) ?? {};
    return prettier.format(source, { ...config, filepath });
  };
  return {
    js: await format(js, simulatorDataPath),
    dts: await format(dts, simulatorTypesPath),
  };
}

/** The simulator's data, derived from the parsed spec. */
export function simulatorData(spec) {
  const resolve = (node) => deref(spec, node);
  const examples = [];
  const indexOf = new Map();
  const exampleIndex = (value) => {
    const text = JSON.stringify(value);
    if (!indexOf.has(text)) {
      indexOf.set(text, examples.length);
      examples.push(value);
    }
    return indexOf.get(text);
  };
  const schemaName = (node) => node?.$ref?.split("/").pop();
  /** The properties of a schema, through `$ref` and `allOf`, as [name, schema] pairs. */
  const propertiesOf = (node, seen = new Set()) => {
    if (!node || typeof node !== "object" || seen.has(node)) return [];
    seen.add(node);
    const own = resolve(node);
    return [
      ...Object.entries(own.properties ?? {}),
      ...(own.allOf ?? []).flatMap((part) => propertiesOf(part, seen)),
    ];
  };
  const successOf = (operation) =>
    Object.entries(operation.responses ?? {}).find(([status]) => status.startsWith("2"));
  const firstExample = (media) => {
    if (!media) return undefined;
    if ("example" in media) return media.example;
    const named = Object.values(media.examples ?? {})[0];
    if (named) return resolve(named).value;
    const schema = media.schema ? resolve(media.schema) : {};
    return schema.examples?.[0] ?? schema.example;
  };
  const pathParamExamples = (path, operation) => {
    const params = [...(spec.paths[path].parameters ?? []), ...(operation.parameters ?? [])]
      .map(resolve)
      .filter((param) => param.in === "path");
    return Object.fromEntries(params.map((param) => [param.name, String(param.example)]));
  };

  // Which schema each list path's pages hold.
  const listed = new Map();
  for (const [path, item] of Object.entries(spec.paths)) {
    const [, response] = item.get ? successOf(item.get) : [];
    const schema = resolve(response ?? {}).content?.["application/json"]?.schema;
    const results = propertiesOf(schema).find(([name]) => name === "results")?.[1];
    const itemSchema = schemaName(results && resolve(results).items);
    if (itemSchema) listed.set(path, itemSchema);
  }

  const resources = {};
  const resourceOf = (name) =>
    (resources[name] ??= {
      fields: [
        ...new Set(
          propertiesOf({ $ref: `#/components/schemas/${name}` })
            .filter(([, property]) => !resolve(property).writeOnly)
            .map(([field]) => field),
        ),
      ],
      seeds: [],
    });

  const operations = [];
  const gets = new Map();
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const [status, rawResponse] = successOf(operation);
      const content = resolve(rawResponse).content ?? {};
      const media = Object.keys(content)[0] ?? null;
      let example = firstExample(content[media]);
      if (method === "get") gets.set(path, example);
      const entry = { key: `${method.toUpperCase()} ${path}`, status: Number(status), media };
      const parent = path.replace(/\/\{[^}]+\}$/, "");
      const param = /\/\{([^}]+)\}$/.exec(path)?.[1];
      const role =
        listed.has(path) && method === "get"
          ? "list"
          : listed.has(path) && method === "post" && status === "201"
            ? "create"
            : param &&
                listed.has(parent) &&
                resourceOf(listed.get(parent)).fields.includes(fieldOf(param))
              ? ROLE_OF_ITEM_METHOD[method]
              : undefined;
      if (role) {
        const schema = listed.get(role === "list" || role === "create" ? path : parent);
        Object.assign(entry, { role, schema });
        const resource = resourceOf(schema);
        if (param && role !== "list" && role !== "create")
          Object.assign(resource, { id: fieldOf(param), param });
        // The store starts with the examples of its lists and reads.
        const scope = pathParamExamples(path, operation);
        if (role === "list")
          for (const seed of example?.results ?? [])
            resource.seeds.push([scope, exampleIndex(seed)]);
        if (role === "get") {
          delete scope[param];
          if (example !== undefined) resource.seeds.push([scope, exampleIndex(example)]);
        }
      }
      entry.example = example === undefined ? null : exampleIndex(example);
      operations.push(entry);
    }
  }
  // A change without an example of its own answers like a read of the same path.
  for (const entry of operations) {
    const path = entry.key.slice(entry.key.indexOf(" ") + 1);
    if (
      entry.example === null &&
      entry.media === "application/json" &&
      gets.get(path) !== undefined
    )
      entry.example = exampleIndex(gets.get(path));
  }

  const statusExamples = {};
  for (const item of Object.values(spec.paths))
    for (const method of METHODS)
      for (const [status, response] of Object.entries(item[method]?.responses ?? {})) {
        const example = firstExample(resolve(response).content?.["application/json"]);
        if (!status.startsWith("2") && example !== undefined && !(status in statusExamples))
          statusExamples[status] = exampleIndex(example);
      }

  const callExample = gets.get("/api/calls/{call_id}");
  const webhookCalls = {};
  for (const [event, item] of Object.entries(spec.webhooks ?? {})) {
    const body = item.post.requestBody;
    const example = firstExample(resolve(body).content["application/json"]);
    webhookCalls[event] = exampleIndex(example?.call ?? callExample);
  }
  return { examples, operations, resources, statusExamples, webhookCalls };
}
