import createClient from "openapi-fetch";
import type { paths } from "../generated/schema.js";
import { checkClientOptions, setHeader, type UltravoxClientOptions } from "./client-options.js";
import { API_KEY_HEADER, createLog, redactor, userAgent } from "./platform.js";
import { serializePath } from "./path.js";
import { serializeQuery } from "./query.js";
import { checkPolicy, DEFAULT_POLICY } from "./transport-options.js";
import { createTransport } from "./transport.js";
import type { UltravoxClient } from "./typed-client.js";

export { DEFAULT_BASE_URL, type UltravoxClientOptions } from "./client-options.js";

export type { UltravoxClient } from "./typed-client.js";

/**
 * Creates a typed client for the Ultravox REST API: an openapi-fetch client whose
 * requests carry the API key and go through the transport policy (timeouts, retries,
 * redirects, logging; see `createTransport`). Its methods resolve with
 * `{data, error, response}` for any HTTP status (see `unwrap`), and reject with
 * `UltravoxTimeoutError` or `UltravoxConnectionError` when no response arrived,
 * `UltravoxMalformedResponseError` when a success body is not the JSON it should be,
 * `UltravoxParameterError` when a call's own options or parameters make no sense,
 * `UltravoxError` when redirects loop, or the reason of a `signal` you passed.
 *
 * @throws {UltravoxParameterError} when no API key is given and `ULTRAVOX_API_KEY` is unset,
 *   or an option is unknown or makes no sense; `parameter` names the option, and the message
 *   never holds its value.
 */
export function createUltravoxClient(options: UltravoxClientOptions = {}): UltravoxClient {
  const { apiKey, baseUrl, headers } = checkClientOptions(options, API_KEY_HEADER);
  const agent = userAgent(options.userAgent);
  if (agent && !headers.has("user-agent")) setHeader(headers, "User-Agent", agent, "userAgent");
  const redact = redactor(apiKey);
  const custom = options.fetch;
  const core = createClient<paths>({
    baseUrl,
    // A plain object: openapi-fetch merges it into each request's headers faster than a Headers.
    headers: Object.fromEntries(headers),
    pathSerializer: serializePath,
    querySerializer: serializeQuery,
  });
  const client = createTransport(core, {
    policy: checkPolicy(options, DEFAULT_POLICY),
    // The global fetch takes the attempt's init itself (one Request fewer per attempt) and is
    // looked up at each call, so that a fetch patched in after creation is used; a custom
    // fetch gets one Request carrying the init, so that it cannot drop the attempt's signal.
    send: custom
      ? (request, init) => custom(new Request(request, init))
      : (request, init) => fetch(request, init),
    log: createLog(options, redact),
    redact,
  });
  // The same object, seen through the strict interface: every init it accepts is one
  // openapi-fetch accepts, and the results are typed alike (see typed-client.ts).
  return client as unknown as UltravoxClient;
}
