// Loads openapi.yaml once and validates data against its schemas with a strict
// JSON Schema 2020-12 validator (the dialect of OpenAPI 3.1).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { parse } from "yaml";
import { deref } from "../../scripts/json-ref.mjs";

export const specPath = fileURLToPath(new URL("../../openapi.yaml", import.meta.url));

/** The parts of an OpenAPI document the tests read. */
export interface OpenApiDocument {
  paths: Record<string, Record<string, OperationObject | unknown>>;
  webhooks?: Record<string, Record<string, OperationObject>>;
  components: Record<string, Record<string, unknown>>;
}
export interface MediaTypeObject {
  schema?: unknown;
  example?: unknown;
  examples?: Record<string, { value?: unknown; $ref?: string }>;
}
export interface OperationObject {
  operationId?: string;
  summary?: string;
  tags?: string[];
  parameters?: unknown[];
  requestBody?: { content?: Record<string, MediaTypeObject>; $ref?: string };
  responses?: Record<string, { content?: Record<string, MediaTypeObject>; $ref?: string }>;
}

export const spec = parse(readFileSync(specPath, "utf8")) as OpenApiDocument;

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** Every operation in `paths`, with its method and path. */
export function listOperations(): { method: string; path: string; operation: OperationObject }[] {
  const found = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method] as OperationObject | undefined;
      if (operation) found.push({ method, path, operation });
    }
  }
  return found;
}

/** Follows a local `$ref` such as `#/components/responses/NotFound` inside the spec. */
export function resolveRef<T>(node: T | { $ref: string }): T {
  return deref(spec, node);
}

const SPEC_ID = "urn:ultravox-api:openapi";

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const ajv = new Ajv2020({
  allErrors: true,
  strict: true,
  strictRequired: false,
  allowUnionTypes: true,
});
addFormats(ajv);
// A format of the vendor's own (SIP `allowedCidrRanges`), unknown to ajv-formats.
ajv.addFormat(
  "ipv4-cidr",
  /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\/(?:3[0-2]|[12]?\d)$/,
);
// OpenAPI's own schema keywords: annotations only, nothing to validate.
for (const keyword of ["example", "discriminator", "xml", "externalDocs", "components"]) {
  ajv.addKeyword({ keyword });
}
ajv.addKeyword({ keyword: "x-ultravox-query-style" });
// Registering the whole components section lets the spec's own `#/components/...` refs resolve.
ajv.addSchema({ $id: SPEC_ID, components: spec.components });

const compiled = new Map<string, ValidateFunction>();
let compiledCount = 0;

/** Compiles (once) a validator for a schema object taken from the spec. */
export function validatorFor(schema: unknown): ValidateFunction {
  const key = JSON.stringify(schema);
  let validate = compiled.get(key);
  if (!validate) {
    validate = ajv.compile({
      $id: `${SPEC_ID}:${compiledCount++}`,
      $ref: "#/$defs/target",
      $defs: { target: rebase(schema) },
    });
    compiled.set(key, validate);
  }
  return validate;
}

/** Validates `data` against the named component schema or an inline schema from the spec. */
export function validate(schema: string | object, data: unknown): string[] {
  const target = typeof schema === "string" ? { $ref: `#/components/schemas/${schema}` } : schema;
  const check = validatorFor(target);
  return check(data) ? [] : describeErrors(check.errors ?? []);
}

// Local refs in inline schemas point into the spec document; make them absolute.
function rebase(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rebase);
  if (!schema || typeof schema !== "object") return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) =>
      key === "$ref" && typeof value === "string" && value.startsWith("#/")
        ? [key, `${SPEC_ID}${value}`]
        : [key, rebase(value)],
    ),
  );
}

/** Formats validator errors so each one names the offending field. */
export function describeErrors(errors: ErrorObject[]): string[] {
  return errors.map((error) => {
    const where = error.instancePath || "/";
    const params = error.params as Record<string, unknown>;
    const field = params["additionalProperty"] ?? params["unevaluatedProperty"];
    return `${where}: ${error.message ?? error.keyword}${field ? ` '${String(field)}'` : ""}`;
  });
}

/** The JSON schema of an operation's request body. */
export function requestSchema(operationId: string): unknown {
  const operation = findOperation(operationId);
  const body = resolveRef(operation.requestBody ?? {});
  const media = body.content?.["application/json"];
  if (!media?.schema) throw new Error(`${operationId} has no JSON request body`);
  return media.schema;
}

/** The JSON schema of an operation's (first) success response. */
export function responseSchema(operationId: string): unknown {
  const operation = findOperation(operationId);
  const status = Object.keys(operation.responses ?? {}).find((code) => code.startsWith("2"));
  const response = resolveRef(operation.responses?.[status ?? ""] ?? {});
  const media = response.content?.["application/json"];
  if (!media?.schema) throw new Error(`${operationId} has no JSON success response`);
  return media.schema;
}

/** The JSON schema of the body Ultravox POSTs for a webhook event, such as `call.ended`. */
export function webhookBodySchema(event: string): unknown {
  const operation = spec.webhooks?.[event]?.["post"];
  if (!operation) throw new Error(`no webhook event ${event} in openapi.yaml`);
  const media = resolveRef(operation.requestBody ?? {}).content?.["application/json"];
  if (!media?.schema) throw new Error(`webhook ${event} has no JSON body`);
  return media.schema;
}

export function findOperation(operationId: string): OperationObject {
  const match = listOperations().find(({ operation }) => operation.operationId === operationId);
  if (!match) throw new Error(`no operation ${operationId} in openapi.yaml`);
  return match.operation;
}
