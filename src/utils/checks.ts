// The checks every module shares to refuse a caller's value: each module states its rules
// with these, none grows its own helpers.
import { UltravoxParameterError } from "../errors.js";

/**
 * Refuses the value passed as `parameter` unless `valid`.
 *
 * @throws {UltravoxParameterError} with `parameter` and `problem` when `valid` is falsy.
 */
export function check(valid: unknown, parameter: string, problem: string): asserts valid {
  if (!valid) throw new UltravoxParameterError(parameter, problem);
}

/**
 * Refuses `value` unless it is undefined or of type `type`.
 *
 * @throws {UltravoxParameterError} saying that `parameter` must be a `type`.
 */
export function checkTypeOf(
  value: unknown,
  type: "string" | "function" | "boolean",
  parameter: string,
): void {
  if (value !== undefined && typeof value !== type)
    throw new UltravoxParameterError(parameter, `must be a ${type}`);
}

/**
 * Refuses `value` unless it is one of `allowed`.
 *
 * @throws {UltravoxParameterError} listing `allowed`.
 */
export function checkOneOf(value: unknown, allowed: readonly unknown[], parameter: string): void {
  if (!allowed.includes(value))
    throw new UltravoxParameterError(parameter, `must be one of ${allowed.join(", ")}`);
}

/** A value's kind for an error message, never the value itself: `"null"`, `"an array"`, `"a string"`. */
export function kindOf(value: unknown): string {
  if (value == null) return String(value);
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/** Whether `value` is an object literal (or has a null prototype): not an array, a `Date` or a class instance. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  const prototype: unknown =
    value !== null && typeof value === "object" && Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Whether `value` is a number from `min` to `max`, both included (`Infinity` is one when `max` is). */
export function isNumberIn(value: unknown, min: number, max: number): value is number {
  return typeof value === "number" && value >= min && value <= max;
}

/** Whether `value` is a count: a whole number, 0 or more, at most `Number.MAX_SAFE_INTEGER`. */
export function isCount(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}
