// The request body: JSON, as every operation of the API but a voice clone's upload takes.
// JSON.stringify alone would send NaN as null and leave out a function, a symbol or a Map's
// entries without a word, and throw a bare TypeError on a bigint or a cycle; each of these is
// refused here instead, naming where in the body it is.
import { UltravoxParameterError } from "../errors.js";
import { check, isPlainObject } from "../utils/checks.js";

/**
 * openapi-fetch's `bodySerializer`: the body as JSON text, once every value in it is known to
 * arrive as written. A property whose value is `undefined` is left out (not set), as usual;
 * an object with `toJSON` (a `Date`) is sent as that gives.
 *
 * @throws {UltravoxParameterError} whose `parameter` is where the value is, as in
 *   `body.medium.twilio` or `body.selectedTools[2]`, for `NaN` or `±Infinity`, a bigint, a
 *   function or a symbol, `undefined` inside an array (JSON would send null), an object that
 *   is neither a plain object nor an array nor has `toJSON` (a `Map`, `Set`, `Blob` or class
 *   instance, which JSON would send as `{}` or without its getters), and an object that
 *   contains itself. A call that sends a file (Create Voice) passes its own
 *   `bodySerializer` building a `FormData`.
 */
export function serializeBody(body: unknown): string {
  checkJsonValue(body, "body", new Set());
  return JSON.stringify(body);
}

function checkJsonValue(value: unknown, where: string, enclosing: Set<object>): void {
  const type = typeof value;
  if (type === "number")
    check(Number.isFinite(value), where, "is NaN or ±Infinity, which JSON cannot carry");
  else if (type === "bigint" || type === "function" || type === "symbol")
    throw new UltravoxParameterError(where, `is a ${type}, which JSON cannot carry`);
  else if (
    type === "object" &&
    value !== null &&
    typeof (value as { toJSON?: unknown }).toJSON !== "function"
  ) {
    const object = value as object;
    check(
      Array.isArray(object) || isPlainObject(object),
      where,
      // A Map, Set, Blob or ArrayBuffer is sent as {}, a class instance without its prototype's getters.
      `is a ${Object.prototype.toString.call(object).slice(8, -1)}, not a plain object or array: JSON would not carry it as it is`,
    );
    check(!enclosing.has(object), where, "contains itself, which JSON cannot carry");
    enclosing.add(object);
    if (Array.isArray(object))
      // Not forEach: it skips the holes of a sparse array, which JSON sends as null.
      for (let index = 0; index < object.length; index++) {
        const item: unknown = object[index];
        check(item !== undefined, `${where}[${index}]`, "is undefined, which JSON sends as null");
        checkJsonValue(item, `${where}[${index}]`, enclosing);
      }
    else
      for (const [key, item] of Object.entries(object))
        if (item !== undefined) checkJsonValue(item, `${where}.${key}`, enclosing);
    enclosing.delete(object);
  }
}
