// The request path: values from `params.path` stay inside their own segment, and the
// path argument is a template like the spec's, so no caller-controlled string changes
// the route a request takes (`DELETE .../scheduled_batches/..` reaching
// `DELETE /api/agents/{agent_id}`) or the host it goes to.
import { UltravoxParameterError } from "../errors.js";
import { check, isPlainObject, kindOf } from "../utils/checks.js";

const PLACEHOLDER = /\{([^{}/]+)\}/g;
// Segments of letters, digits, `_` and `-`, or `{name}`, and a trailing `/` (the schema
// download is served at `/api/schema/`): every path in the spec, and nothing a URL parser
// rewrites (dot segments, `//`, `\`, `?`, `#`, an authority).
const TEMPLATE = /^(?:\/(?:[\w-]+|\{\w+\}))+\/?$/;

/**
 * A lone UTF-16 surrogate, which no URL can carry: `encodeURIComponent` throws
 * `URIError` on it and `URLSearchParams` silently replaces it with U+FFFD.
 */
export const UNPAIRED_SURROGATE = /\p{Cs}/u;

/** Why a value with an {@link UNPAIRED_SURROGATE} is refused. */
export const HAS_UNPAIRED_SURROGATE = "has an unpaired UTF-16 surrogate, which no URL can carry";

/**
 * openapi-fetch's `pathSerializer`: replaces each `{name}` with `params.path[name]`,
 * percent-encoded into exactly one segment whose decoded value is the value given.
 * Integers (number or bigint) are written in decimal.
 *
 * @throws {UltravoxParameterError} naming the parameter (never its value), before
 *   anything is sent, when a value is missing, `null`, empty, `"."` or `".."` (dot
 *   segments, which URL parsing resolves to another route), contains `/` or `\`
 *   (which servers that decode `%2F` before routing would split), has an unpaired
 *   surrogate, or is neither a string nor a safe integer; and when `params.path` is not
 *   an object or has a key the path does not use.
 */
export function serializePath(url: string, pathParams: Record<string, unknown>): string {
  check(isPlainObject(pathParams), "params.path", "must be an object");
  const used = new Set<string>();
  const serialized = url.replace(PLACEHOLDER, (_, name: string) => {
    used.add(name);
    const value = Object.hasOwn(pathParams, name) ? pathParams[name] : undefined;
    const problem = segmentProblem(value);
    if (problem) throw new UltravoxParameterError(`params.path.${name}`, problem);
    return encodeURIComponent(String(value));
  });
  for (const [name, value] of Object.entries(pathParams))
    if (value !== undefined && !used.has(name))
      throw new UltravoxParameterError(`params.path.${name}`, "is not in this path");
  return serialized;
}

/** Why a path parameter's value cannot be one segment, or `""` when it can. */
export function segmentProblem(value: unknown): string {
  if (value == null) return MISSING;
  if (typeof value === "bigint" || Number.isSafeInteger(value)) return "";
  if (typeof value !== "string") return `is ${kindOf(value)}: pass the ID as a string`;
  if (value === "") return "is empty";
  // Dot segments are resolved by URL parsing; servers that decode %2F before routing split at / or \.
  if (/^\.\.?$|[/\\]/.test(value))
    return 'is "." or "..", or has / or \\: it would change the route';
  return UNPAIRED_SURROGATE.test(value) ? HAS_UNPAIRED_SURROGATE : "";
}

const MISSING = "is missing: give every {name} in the path a value in params.path";

/**
 * Refuses, before sending, a path argument that is not a template like the spec's
 * (`/api/calls/{call_id}`: segments of letters, digits, `_`, `-`, or `{name}`, and
 * perhaps a trailing `/`), and a
 * `{name}` given no `params.path` at all (openapi-fetch calls the path serializer only
 * when `params.path` is given). Plain JavaScript callers can pass any string; one with
 * `..`, `//`, `?`, `#`, `\` or no leading `/` would reach another route or host than the
 * one written.
 *
 * @throws {UltravoxParameterError} whose `parameter` is `"path"` or `params.path.<name>`.
 */
export function checkPathTemplate(path: unknown, params: { path?: unknown } | undefined): void {
  if (typeof path !== "string" || !TEMPLATE.test(path))
    throw new UltravoxParameterError(
      "path",
      "is not an API path like /api/calls/{call_id}: put values in params.path and params.query",
    );
  const [, name] = /\{(\w+)\}/.exec(path) ?? [];
  if (name && !params?.path) throw new UltravoxParameterError(`params.path.${name}`, MISSING);
}
