// The escape hatch: a call of a path the spec does not have, or one built at run time (a
// catch-all proxy's `/api/agents/${rest}`), through the same transport as the typed methods.
// A value never changes the route: given as segments, each is encoded into exactly one.
import { UltravoxParameterError } from "../errors.js";
import { check, checkOneOf } from "../utils/checks.js";
import { segmentProblem } from "./path.js";

/** The methods `request` sends: those of the API's operations. */
export const RAW_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** How the transport sends one call: an upper-case method, a path template, the call's init. */
type Send = (
  method: string,
  path: string,
  init?: Record<string, unknown> | null,
) => Promise<unknown>;

/**
 * The client's `request(method, path, init)`, sent with the transport's `send` (the typed
 * methods' own: key, retries, timeouts, typed errors, redaction, the checks of `init`). `path`
 * is a template like the spec's (`"/api/agents/{agent_id}"`, values in `params.path`) or a list
 * of segments (`["api", "agents", agentId]`), each value percent-encoded into one segment.
 *
 * The call rejects with {@link UltravoxParameterError} before anything is sent (besides for all
 * a typed method's call is refused for): `method` when not one of GET, POST, PUT, PATCH,
 * DELETE; `path[2]` for a segment that is empty, `"."`, `".."`, has `/` or `\`, an unpaired
 * surrogate, or is neither a string nor a safe integer; `path` for an empty list or a string
 * that is not a template; `params.path` given with segments.
 */
export function rawRequest(send: Send): Send {
  return async (method, path, init) => {
    checkOneOf(method, RAW_METHODS, "method");
    if (!Array.isArray(path)) return send(method, path, init);
    check(path.length, "path", "has no segment");
    const params = Object(init?.["params"]) as Record<string, unknown>;
    check(!params["path"], "params.path", "cannot be given with segments");
    // Segment i becomes the placeholder {_i}, filled by the path serializer like any other.
    const values: Record<string, unknown> = {};
    const template = path
      .map((segment: unknown, index) => {
        const problem = segmentProblem(segment);
        if (problem) throw new UltravoxParameterError(`path[${index}]`, problem);
        values[`_${index}`] = segment;
        return `/{_${index}}`;
      })
      .join("");
    return send(method, template, { ...init, params: { ...params, path: values } });
  };
}
