// The page-coverage check: does openapi.yaml declare every field the reference pages
// show, at the path and on the side they show it? The page facts come from
// test/fixtures/reference/page-fields.json (`npm run sync:reference`, extracted by
// scripts/page-fields.mjs); what the spec deliberately leaves out is listed, with a
// reason, in test/spec/page-coverage-exclusions.yaml.
//
// `node scripts/page-coverage.mjs` prints the unexplained gaps and the stale exclusions,
// and exits 1 when there is any.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { deref } from "./json-ref.mjs";

export const pageFieldsPath = fileURLToPath(
  new URL("../test/fixtures/reference/page-fields.json", import.meta.url),
);
export const exclusionsPath = fileURLToPath(
  new URL("../test/spec/page-coverage-exclusions.yaml", import.meta.url),
);

const METHODS = ["get", "put", "post", "patch", "delete"];
const COMPOSITIONS = ["allOf", "oneOf", "anyOf"];

/** How a fact is named in reports and in the exclusions file. */
export function factKey({ target, side, path, value }) {
  return `${target} ${side}: ${path}${value === undefined ? "" : ` = ${value}`}`;
}

/** A schema that constrains nothing (`{}`, or only annotations): anything is declared under it. */
function isFreeForm(schema) {
  return (
    schema === true ||
    (schema &&
      typeof schema === "object" &&
      schema.type === undefined &&
      schema.properties === undefined &&
      schema.items === undefined &&
      schema.enum === undefined &&
      schema.const === undefined &&
      schema.additionalProperties === undefined &&
      COMPOSITIONS.every((key) => schema[key] === undefined))
  );
}

/**
 * The schemas a path leads to under `schema`, following `$ref`, `allOf`/`oneOf`/`anyOf`
 * (any branch), array items (`[]`), properties, and open maps (`additionalProperties`,
 * `patternProperties`). Empty when the spec does not declare the path.
 */
export function schemasAt(spec, schema, segments, seen = new Set()) {
  const resolved = deref(spec, schema);
  if (resolved === undefined || resolved === false) return [];
  if (segments.length === 0) return [resolved];
  if (isFreeForm(resolved)) return [true];
  const [segment, ...rest] = segments;
  const found = [];
  for (const key of COMPOSITIONS)
    for (const branch of resolved[key] ?? []) {
      // A branch that only adds constraints (`required`, `not`) declares no field.
      if (isFreeForm(deref(spec, branch))) continue;
      const visit = `${branch?.$ref}|${segments.join(".")}`;
      if (branch?.$ref && seen.has(visit)) continue;
      found.push(...schemasAt(spec, branch, segments, new Set([...seen, visit])));
    }
  if (segment === "[]") {
    if (resolved.items !== undefined) found.push(...schemasAt(spec, resolved.items, rest, seen));
  } else if (resolved.properties && segment in resolved.properties) {
    found.push(...schemasAt(spec, resolved.properties[segment], rest, seen));
  } else {
    for (const [pattern, property] of Object.entries(resolved.patternProperties ?? {}))
      if (new RegExp(pattern, "u").test(segment))
        found.push(...schemasAt(spec, property, rest, seen));
    const extra = resolved.additionalProperties;
    if (extra !== undefined && extra !== false) found.push(...schemasAt(spec, extra, rest, seen));
  }
  return found;
}

/** Whether one of `schemas` (leaves of a path) accepts the string constant `value`. */
function acceptsValue(spec, schemas, value) {
  return schemas.some((node) => {
    const schema = deref(spec, node);
    if (schema === true || isFreeForm(schema)) return true;
    if (Array.isArray(schema.enum)) return schema.enum.includes(value);
    if (schema.const !== undefined) return schema.const === value;
    const branches = COMPOSITIONS.flatMap((key) => schema[key] ?? []);
    if (branches.length > 0) return acceptsValue(spec, branches, value);
    const types = [schema.type].flat();
    return types.includes("string");
  });
}

function mediaSchemas(spec, body) {
  const resolved = deref(spec, body);
  return Object.values(resolved?.content ?? {})
    .map((media) => media.schema)
    .filter(Boolean);
}

/**
 * What the spec declares for a target: its request and (success) response body schemas, its
 * parameter names by location, and for a webhook or schema target the object itself.
 * Undefined when the spec has no such target.
 */
export function targetSides(spec, target) {
  if (target.startsWith("schema ")) {
    const schema = spec.components?.schemas?.[target.slice("schema ".length)];
    return schema ? [{ body: [schema] }] : undefined;
  }
  if (target.startsWith("webhook ")) {
    const name = target.slice("webhook ".length);
    const events = Object.entries(spec.webhooks ?? {}).filter(
      ([event]) => name === "*" || event === name,
    );
    if (events.length === 0) return undefined;
    // The envelope page (`webhook *`) holds for every event.
    return events.map(([, item]) => ({ body: mediaSchemas(spec, item.post?.requestBody) }));
  }
  const [method, path] = target.split(" ");
  const item = spec.paths?.[path];
  const operation = item?.[method.toLowerCase()];
  if (!operation || !METHODS.includes(method.toLowerCase())) return undefined;
  const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((p) =>
    deref(spec, p),
  );
  return [
    {
      request: mediaSchemas(spec, operation.requestBody),
      // Page examples show success answers; error bodies are not where a field is declared.
      response: Object.entries(operation.responses ?? {})
        .filter(([status]) => status.startsWith("2"))
        .flatMap(([, response]) => mediaSchemas(spec, response)),
      query: parameters.filter((p) => p.in === "query").map((p) => p.name),
      path: parameters.filter((p) => p.in === "path").map((p) => p.name),
    },
  ];
}

/** Whether the spec declares one page fact. */
export function declares(spec, fact) {
  const sides = targetSides(spec, fact.target);
  if (!sides) return false;
  return sides.every((side) => {
    const declared = side[fact.side] ?? [];
    if (fact.side === "query" || fact.side === "path") return declared.includes(fact.path);
    const segments = fact.path.replaceAll("[]", ".[]").split(".").filter(Boolean);
    const leaves = declared.flatMap((schema) => [
      ...schemasAt(spec, schema, segments),
      // A rendered field list of an array answer lists its items' fields.
      ...(fact.side === "response" && segments[0] !== "[]"
        ? schemasAt(spec, schema, ["[]", ...segments])
        : []),
    ]);
    if (leaves.length === 0) return false;
    return fact.value === undefined || acceptsValue(spec, leaves, fact.value);
  });
}

/** The exclusions file: `{ reason, fields: [factKey, …] }[]`, as a map from fact key to reason. */
export function readExclusions(text) {
  const groups = parse(text) ?? [];
  const reasons = new Map();
  for (const group of groups) {
    if (!group?.reason || !Array.isArray(group.fields))
      throw new Error("page-coverage exclusions: each group needs a reason and a list of fields");
    for (const field of group.fields) {
      if (reasons.has(field)) throw new Error(`page-coverage exclusions: ${field} is listed twice`);
      reasons.set(field, group.reason);
    }
  }
  return reasons;
}

/**
 * Checks every page fact against the spec: `gaps` are facts the spec does not declare
 * and no exclusion explains; `stale` are exclusions that no longer match a gap (the spec
 * now declares the field, or the pages no longer show it).
 */
export function checkCoverage(spec, facts, exclusions) {
  const gaps = [];
  const excluded = new Set();
  let declared = 0;
  for (const fact of facts) {
    if (declares(spec, fact)) {
      declared++;
      continue;
    }
    const key = factKey(fact);
    if (exclusions.has(key)) excluded.add(key);
    else gaps.push(`${key}  (${fact.sources.join(", ")})`);
  }
  const stale = [...exclusions.keys()].filter((key) => !excluded.has(key));
  return { checked: facts.length, declared, excluded: excluded.size, gaps, stale };
}

function main() {
  const specPath = fileURLToPath(new URL("../openapi.yaml", import.meta.url));
  const spec = parse(readFileSync(specPath, "utf8"));
  const facts = JSON.parse(readFileSync(pageFieldsPath, "utf8"));
  const exclusions = readExclusions(readFileSync(exclusionsPath, "utf8"));
  const result = checkCoverage(spec, facts, exclusions);
  for (const gap of result.gaps) console.log(`gap: ${gap}`);
  for (const key of result.stale) console.log(`stale exclusion: ${key}`);
  console.log(
    `${result.checked} page facts: ${result.declared} declared by openapi.yaml, ${result.excluded} excluded, ${result.gaps.length} gaps, ${result.stale.length} stale exclusions`,
  );
  if (result.gaps.length > 0 || result.stale.length > 0) process.exitCode = 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
