import createClient from "openapi-fetch";
import type { paths } from "../generated/schema.js";
import { withCreateOnce } from "./create-once.js";
import { serializeBody } from "./request/body.js";
import {
  checkClientOptions,
  checkPolicy,
  DEFAULT_POLICY,
  type UltravoxClientOptions,
} from "./options.js";
import {
  addUserAgent,
  API_KEY_HEADER,
  createLog,
  readEnv,
  redactor,
  SERVER_BUILD,
} from "./transport/platform.js";
import { serializePath } from "./request/path.js";
import { serializeQuery } from "./request/query.js";
import { rawRequest } from "./request/raw-request.js";
import { withResources, type UltravoxResources } from "./resources.js";
import { createTransport, sendWith } from "./transport/transport.js";
import type { UltravoxClient as PathStyleClient } from "./typed-client.js";

export { DEFAULT_BASE_URL, type UltravoxClientOptions } from "./options.js";

/**
 * The Ultravox API client: every operation as a resource method (`uv.calls.create(body)`,
 * `uv.calls.list(query)`, …; see {@link UltravoxResources}), which resolves with the data
 * and throws typed errors, and the low-level path-style client they are built on
 * (`uv.GET("/api/calls/{call_id}", { params })`, …), which resolves with
 * `{ data, error, response }` for any status.
 */
export interface UltravoxClient extends PathStyleClient, UltravoxResources {}

/**
 * Creates a typed client for the Ultravox REST API: resource methods for every operation
 * (`uv.calls.get(callId)`), and an openapi-fetch client (`uv.GET(path, init)`) under them,
 * whose requests carry the API key and go through the transport policy (timeouts, retries,
 * redirects, logging; see `createTransport`). Resource methods resolve with the data and
 * throw what `unwrap` throws for an error status; the path-style methods resolve with
 * `{data, error, response}` for any HTTP status (see `unwrap`). Both reject with
 * `UltravoxTimeoutError` or `UltravoxConnectionError` when no response arrived,
 * `UltravoxMalformedResponseError` when a success body is not the JSON it should be,
 * `UltravoxParameterError` when a call's own options or parameters make no sense,
 * `UltravoxError` when redirects loop, or the reason of a `signal` you passed.
 *
 * @throws {UltravoxParameterError} when no API key is given and `ULTRAVOX_API_KEY` is unset,
 *   an option is unknown or makes no sense, or, in the browser build, without
 *   `dangerouslyAllowBrowser: true`; `parameter` names the option, and the message never
 *   holds its value.
 */
export function createUltravoxClient(options: UltravoxClientOptions = {}): UltravoxClient {
  const { apiKey, baseUrl, headers, fetchOptions } = checkClientOptions(
    options,
    API_KEY_HEADER,
    readEnv,
    !SERVER_BUILD,
  );
  if (SERVER_BUILD) addUserAgent(headers, options.userAgent);
  const redact = redactor(apiKey);
  const core = createClient<paths>({
    // openapi-fetch gives every request the options it does not know (fetch's own).
    ...fetchOptions,
    baseUrl,
    // A plain object: openapi-fetch merges it into each request's headers faster than a Headers.
    headers: Object.fromEntries(headers),
    pathSerializer: serializePath,
    querySerializer: serializeQuery,
    bodySerializer: serializeBody,
  });
  const policy = checkPolicy(options, DEFAULT_POLICY);
  const transport = createTransport(core, {
    policy,
    send: sendWith(options.fetch),
    fetchOptions,
    log: createLog(options, redact),
    redact,
  });
  // The same object, seen through the strict interface: every init it accepts is one
  // openapi-fetch accepts, and the results are typed alike (see typed-client.ts).
  const client = withCreateOnce(transport, policy.maxRetries);
  // `request` takes segments too (the escape hatch), and sends them through the client's own.
  const send = client.request as unknown as Parameters<typeof rawRequest>[0];
  return withResources(
    Object.assign(client, { request: rawRequest(send) }),
  ) as unknown as UltravoxClient;
}
