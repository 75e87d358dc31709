import { UltravoxError } from "./errors.js";

/**
 * A value passed to the SDK was refused before anything was sent: a path or query
 * parameter that would change the route or be lost on the wire, or an option that
 * makes no sense. The message says what was wrong and how to fix it, and never
 * contains the value itself.
 */
export class UltravoxParameterError extends UltravoxError {
  override name = "UltravoxParameterError";
  /** Where the value was passed, as written in the call: `params.path.batch_id`, `params.query.metadata.team`, `path`, `limits.maxItems`. */
  readonly parameter: string;

  /** Builds the error from where the value was and what is wrong with it (`"is missing"`). */
  constructor(parameter: string, problem: string) {
    super(`${parameter} ${problem}`);
    this.parameter = parameter;
  }
}

/** A value's kind for an error message, never the value itself: `"null"`, `"an array"`, `"a string"`. */
export function kindOf(value: unknown): string {
  if (value == null) return String(value);
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
