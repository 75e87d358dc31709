import { UltravoxParameterError } from "../errors.js";
import { isPlainObject, kindOf } from "../utils/checks.js";
import { HAS_UNPAIRED_SURROGATE, UNPAIRED_SURROGATE } from "./path.js";

/**
 * The query parameters the spec marks `x-ultravox-query-style: dotted`: their object
 * becomes one `name.key=value` pair per entry (`metadata.customer=1234`).
 */
export const DOTTED_QUERY_PARAMETERS: ReadonlySet<string> = new Set(["metadata"]);

/**
 * Serialises query parameters the way the Ultravox API reads them, as openapi-fetch's
 * `querySerializer`. A parameter that is `undefined` or `null` is left out (no filter), and
 * so is a `metadata` entry that is `undefined` (absent, as in JSON).
 * A string is sent as is, a boolean, bigint or finite number as its text (`-0` as `0`),
 * a `Date` as ISO 8601 in UTC. An array repeats its name, one pair per entry
 * (`agentIds=a&agentIds=b`). An object, for the `metadata` parameter only, becomes one
 * `metadata.key=value` pair per entry (an empty object: no pairs, and so no filter).
 *
 * @throws {UltravoxParameterError} naming the parameter, before anything is sent, for
 *   what no query string can carry faithfully rather than drop or alter it: `NaN` or
 *   `±Infinity`, an invalid `Date`, an empty array (it would silently filter nothing),
 *   an array entry that is `null`, `undefined` (a hole included), an array or an object, a
 *   `metadata` value that is `null`, an array or an object, an object for any parameter but `metadata` and anything but a
 *   plain object for it, an empty `metadata` key, a symbol or a function, a string with
 *   an unpaired surrogate, or a `query` that is not a plain object.
 */
export function serializeQuery(query: Record<string, unknown>): string {
  if (!isPlainObject(query)) throw new UltravoxParameterError("params.query", "must be an object");
  const search = new URLSearchParams();
  const add = (name: string, value: unknown, where: string) =>
    search.append(text(where, name), scalar(where, value));
  for (const [name, value] of Object.entries(query)) {
    const where = `params.query.${name}`;
    if (value == null) continue;
    if (DOTTED_QUERY_PARAMETERS.has(name)) {
      if (!isPlainObject(value))
        throw new UltravoxParameterError(where, `is ${kindOf(value)}: pass an object`);
      for (const [key, item] of Object.entries(value)) {
        if (item === undefined) continue;
        if (!key) throw new UltravoxParameterError(where, "has an empty key");
        add(`${name}.${key}`, item, `${where}.${key}`);
      }
    } else if (Array.isArray(value)) {
      if (!value.length)
        throw new UltravoxParameterError(where, "is an empty array: leave it out for no filter");
      for (const [index, item] of value.entries()) add(name, item, `${where}[${index}]`);
    } else add(name, value, where);
  }
  return search.toString();
}

/** The query text of one value. */
function scalar(where: string, value: unknown): string {
  if (typeof value === "string") return text(where, value);
  if (typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (typeof value === "number") {
    if (Number.isFinite(value)) return String(value);
    throw new UltravoxParameterError(where, "is NaN or ±Infinity");
  }
  if (value instanceof Date) {
    if (!Number.isNaN(value.getTime())) return value.toISOString();
    throw new UltravoxParameterError(where, "is an invalid Date");
  }
  throw new UltravoxParameterError(
    where,
    `is ${kindOf(value)}: pass a string, number, boolean or Date`,
  );
}

function text(where: string, value: string): string {
  if (!UNPAIRED_SURROGATE.test(value)) return value;
  throw new UltravoxParameterError(where, HAS_UNPAIRED_SURROGATE);
}
