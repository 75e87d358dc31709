// Finds every example (and default) in the spec together with the schema it must satisfy.
import {
  HTTP_METHODS,
  resolveRef,
  spec,
  type MediaTypeObject,
  type OperationObject,
} from "./spec.js";

export interface SpecExample {
  /** Where the example lives, as a readable JSON pointer. */
  where: string;
  schema: unknown;
  value: unknown;
}

const SUBSCHEMA_MAPS = ["properties", "$defs", "patternProperties"];
const SUBSCHEMA_LISTS = ["allOf", "anyOf", "oneOf", "prefixItems"];
const SUBSCHEMAS = [
  "items",
  "not",
  "additionalProperties",
  "unevaluatedProperties",
  "propertyNames",
  "contains",
];

function* schemaExamples(schema: unknown, where: string): Generator<SpecExample> {
  if (!schema || typeof schema !== "object") return;
  const node = schema as Record<string, unknown>;
  if (Array.isArray(node["examples"])) {
    for (const [i, value] of node["examples"].entries())
      yield { where: `${where}/examples/${i}`, schema, value };
  }
  if ("example" in node) yield { where: `${where}/example`, schema, value: node["example"] };
  // A default is a value the API fills in, so it must be valid too.
  if ("default" in node) yield { where: `${where}/default`, schema, value: node["default"] };
  for (const key of SUBSCHEMA_MAPS) {
    for (const [name, child] of Object.entries((node[key] as Record<string, unknown>) ?? {})) {
      yield* schemaExamples(child, `${where}/${key}/${name}`);
    }
  }
  for (const key of SUBSCHEMA_LISTS) {
    for (const [i, child] of ((node[key] as unknown[]) ?? []).entries()) {
      yield* schemaExamples(child, `${where}/${key}/${i}`);
    }
  }
  for (const key of SUBSCHEMAS) yield* schemaExamples(node[key], `${where}/${key}`);
}

function* mediaExamples(
  content: Record<string, MediaTypeObject> | undefined,
  where: string,
): Generator<SpecExample> {
  for (const [type, media] of Object.entries(content ?? {})) {
    const at = `${where}/content/${type}`;
    if (media.schema === undefined) continue;
    yield* schemaExamples(media.schema, `${at}/schema`);
    if ("example" in media)
      yield { where: `${at}/example`, schema: media.schema, value: media.example };
    for (const [name, example] of Object.entries(media.examples ?? {})) {
      yield {
        where: `${at}/examples/${name}`,
        schema: media.schema,
        value: resolveRef(example).value,
      };
    }
  }
}

function* parameterExamples(
  parameters: unknown[] | undefined,
  where: string,
): Generator<SpecExample> {
  for (const [i, raw] of (parameters ?? []).entries()) {
    const parameter = resolveRef(raw) as {
      schema?: unknown;
      example?: unknown;
      examples?: Record<string, { value?: unknown }>;
    };
    if (parameter.schema === undefined) continue;
    yield* schemaExamples(parameter.schema, `${where}/parameters/${i}/schema`);
    if ("example" in parameter)
      yield {
        where: `${where}/parameters/${i}/example`,
        schema: parameter.schema,
        value: parameter.example,
      };
    for (const [name, example] of Object.entries(parameter.examples ?? {})) {
      yield {
        where: `${where}/parameters/${i}/examples/${name}`,
        schema: parameter.schema,
        value: resolveRef(example).value,
      };
    }
  }
}

function* operationExamples(operation: OperationObject, where: string): Generator<SpecExample> {
  yield* parameterExamples(operation.parameters, where);
  if (operation.requestBody)
    yield* mediaExamples(resolveRef(operation.requestBody).content, `${where}/requestBody`);
  for (const [status, response] of Object.entries(operation.responses ?? {})) {
    yield* mediaExamples(resolveRef(response).content, `${where}/responses/${status}`);
  }
}

/** Every example and default in openapi.yaml: in schemas, parameters, request bodies and responses. */
export function allExamples(): SpecExample[] {
  const found: SpecExample[] = [];
  for (const [name, schema] of Object.entries(spec.components["schemas"] ?? {})) {
    found.push(...schemaExamples(schema, `#/components/schemas/${name}`));
  }
  for (const [name, header] of Object.entries(spec.components["headers"] ?? {})) {
    found.push(
      ...schemaExamples(
        (header as { schema?: unknown }).schema,
        `#/components/headers/${name}/schema`,
      ),
    );
  }
  const pathItems = { ...spec.paths, ...(spec.webhooks ?? {}) } as Record<
    string,
    Record<string, unknown>
  >;
  for (const [path, item] of Object.entries(pathItems)) {
    found.push(...parameterExamples(item["parameters"] as unknown[] | undefined, path));
    for (const method of HTTP_METHODS) {
      const operation = item[method] as OperationObject | undefined;
      if (operation) found.push(...operationExamples(operation, `${path}/${method}`));
    }
  }
  // Examples reached only via $ref from responses are covered above; shared
  // parameters are covered where operations use them, but validate them once more here.
  found.push(
    ...parameterExamples(Object.values(spec.components["parameters"] ?? {}), "#/components"),
  );
  return found;
}
