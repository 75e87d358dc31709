import { apiErrorFor } from "./errors.js";
import { check } from "./utils/checks.js";
import { requestLineOf } from "./transport/request-line.js";

/**
 * Returns the `data` of an openapi-fetch result, or throws the error class that
 * matches its status. Success is decided by `response.ok`, not by `error`:
 * openapi-fetch reports an error with an empty body as no error at all.
 * For operations answering `204 No Content` it returns `undefined`.
 *
 * @example const call = unwrap(await uv.GET("/api/calls/{call_id}", { params: { path: { call_id } } }));
 * @throws {UltravoxAPIError} (the subclass for the status: `BadRequestError`, `NotFoundError`,
 *   `RateLimitError`, `InternalServerError`, …) when the response status is not 2xx.
 * @throws {UltravoxParameterError} (`result`) when given something else than a client method's
 *   result, such as the un-awaited promise of one.
 */
export function unwrap<Data>(result: { data?: Data; response: Response }): Data {
  check(
    typeof Object(Object(result).response).ok === "boolean",
    "result",
    typeof Object(result).then === "function"
      ? "is a Promise: await the call first, as in unwrap(await uv.GET(path))"
      : "is not a client method's result ({ data, error, response })",
  );
  // `error` is left out of the parameter's type on purpose: naming it, even as `unknown`,
  // makes TypeScript resolve the operation's whole error type at every call (twice the
  // type-checking work of `.data`).
  const { error } = result as { error?: unknown };
  const { response } = result;
  if (!response.ok) throw apiErrorFor(response, error ?? "", requestLineOf(response));
  return result.data as Data;
}
