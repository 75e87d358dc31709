// Builds, from openapi.yaml alone, one valid request per operation and request-body
// example, so a new operation or example is exercised without anyone listing it.
import {
  listOperations,
  resolveRef,
  spec,
  type MediaTypeObject,
  type OperationObject,
} from "../spec/spec.js";

export interface ParameterObject {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema?: unknown;
  example?: unknown;
  examples?: Record<string, { value?: unknown }>;
}

type ParseAs = "json" | "text" | "arrayBuffer";

/** The `init` argument of an openapi-fetch method, loosely typed for generic calls. */
export interface RequestInit {
  params: { path: Record<string, unknown>; query: Record<string, unknown> };
  body?: unknown;
  bodySerializer?: (body: unknown) => FormData;
  parseAs: ParseAs;
  headers?: Record<string, string>;
}

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** An openapi-fetch client seen through a signature that accepts any path, for generic calls. */
export type LooseClient = Record<
  HttpMethod,
  (
    path: string,
    init: Omit<RequestInit, "parseAs"> & { parseAs?: ParseAs },
  ) => Promise<{ data?: unknown; error?: unknown; response: Response }>
>;

export interface ContractRequest {
  /** `operationId`, plus the request-body example or media type when there are several. */
  name: string;
  operationId: string;
  method: HttpMethod;
  path: string;
  init: RequestInit;
  /** The status Prism answers with by default: the operation's first 2xx response. */
  status: number;
  /** The success response's media type, or undefined when it has no body (204). */
  mediaType: string | undefined;
}

/** A tiny stand-in for a recording in multipart bodies; Prism checks presence, not audio. */
const SAMPLE_AUDIO = new Uint8Array([0x52, 0x49, 0x46, 0x46]);

/** The parameters of an operation: its path item's, then its own. */
export function parametersOf(pathItem: Record<string, unknown>, operation: OperationObject) {
  const all = [
    ...((pathItem["parameters"] as unknown[] | undefined) ?? []),
    ...(operation.parameters ?? []),
  ];
  return all.map((raw) => resolveRef(raw as ParameterObject));
}

function exampleOf(parameter: ParameterObject): unknown {
  if ("example" in parameter) return parameter.example;
  const first = Object.values(parameter.examples ?? {})[0];
  return first ? resolveRef(first).value : undefined;
}

function parseAsFor(mediaType: string | undefined): ParseAs {
  if (mediaType === undefined || mediaType === "application/json") return "json";
  return mediaType.startsWith("text/") ? "text" : "arrayBuffer";
}

/** The example values of a JSON body, by example name; throws when there is none. */
function jsonBodies(operationId: string, media: MediaTypeObject): [string, unknown][] {
  const named = Object.entries(media.examples ?? {}).map(([name, example]): [string, unknown] => [
    name,
    resolveRef(example).value,
  ]);
  if ("example" in media) named.unshift(["example", media.example]);
  if (named.length === 0) throw new Error(`${operationId}: the JSON request body has no example`);
  return named;
}

/** A multipart body's fields from the examples of its schema's properties; binary parts get a small blob. */
function formFields(operationId: string, media: MediaTypeObject): Record<string, unknown> {
  const schema = resolveRef(media.schema as object) as {
    properties?: Record<string, { contentMediaType?: string; examples?: unknown[] }>;
  };
  const fields: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    if (property.contentMediaType) {
      fields[name] = new Blob([SAMPLE_AUDIO], { type: "audio/wav" });
    } else if (property.examples?.[0] !== undefined) {
      fields[name] = property.examples[0];
    } else {
      throw new Error(`${operationId}: multipart field ${name} has no example`);
    }
  }
  return fields;
}

/** Sends a body object as `multipart/form-data`, as openapi-fetch's `bodySerializer` option does for users. */
export function toFormData(body: unknown): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(body as Record<string, unknown>)) {
    if (value instanceof Blob) form.set(name, value, `${name}.wav`);
    else form.set(name, String(value));
  }
  return form;
}

/**
 * One valid request per operation in openapi.yaml, and one per request-body example
 * (and per media type) where an operation has several. Path parameters and query
 * parameters come from their examples. An optional body without examples is left out.
 *
 * @throws {Error} when a path or required query parameter, or a request body, has no example.
 */
export function validRequests(): ContractRequest[] {
  const requests: ContractRequest[] = [];
  for (const { method, path, operation } of listOperations()) {
    const operationId = operation.operationId ?? `${method} ${path}`;
    const pathItem = spec.paths[path] ?? {};
    const params: RequestInit["params"] = { path: {}, query: {} };
    for (const parameter of parametersOf(pathItem, operation)) {
      const value = exampleOf(parameter);
      if (value === undefined) {
        if (parameter.in === "path" || parameter.required) {
          throw new Error(`${operationId}: parameter ${parameter.name} has no example`);
        }
        continue;
      }
      if (parameter.in === "path" || parameter.in === "query")
        params[parameter.in][parameter.name] = value;
    }

    const [statusCode, rawResponse] =
      Object.entries(operation.responses ?? {}).find(([code]) => code.startsWith("2")) ?? [];
    if (!statusCode || !rawResponse) throw new Error(`${operationId}: no 2xx response`);
    const mediaType = Object.keys(resolveRef(rawResponse).content ?? {})[0];
    const base = {
      operationId,
      method: method.toUpperCase() as HttpMethod,
      path,
      status: Number(statusCode),
      mediaType,
    };
    const init = { params, parseAs: parseAsFor(mediaType) };

    const requestBody = resolveRef(operation.requestBody ?? {}) as {
      required?: boolean;
      content?: Record<string, MediaTypeObject>;
    };
    const content = Object.entries(requestBody.content ?? {});
    const optionalWithoutExample =
      !requestBody.required &&
      content.every(([, media]) => !("example" in media) && !media.examples);
    if (content.length === 0 || optionalWithoutExample) {
      requests.push({ ...base, name: operationId, init });
      continue;
    }
    const bodies = content.flatMap(([type, media]): [string, Partial<RequestInit>][] =>
      type === "multipart/form-data"
        ? [[type, { body: formFields(operationId, media), bodySerializer: toFormData }]]
        : jsonBodies(operationId, media).map(([label, body]) => [label, { body }]),
    );
    for (const [label, body] of bodies) {
      const name = bodies.length === 1 ? operationId : `${operationId} (${label})`;
      requests.push({ ...base, name, init: { ...init, ...body } });
    }
  }
  return requests;
}
