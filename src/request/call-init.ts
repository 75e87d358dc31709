// A call's path and init, checked before anything is sent, and what the transport needs to
// send it. openapi-fetch passes most of an init on as it is: a header the platform refuses
// surfaces as a TypeError quoting its value, a key it does not know is silently ignored, and
// a per-call serializer or base URL would bypass the checks the client makes on every path,
// query and host.
import {
  CALL_OPTIONS,
  checkBaseUrl,
  checkFetchInit,
  checkPolicy,
  type CallPolicy,
  type FetchFunction,
  type FetchInit,
} from "../options.js";
import { check, checkOneOf, checkTypeOf, isPlainObject } from "../utils/checks.js";
import { checkCallHeaders } from "./headers.js";
import { checkPathTemplate } from "./path.js";

/** How openapi-fetch may read a body: JSON (the default), text, bytes or a stream. */
const PARSE_AS = ["json", "text", "blob", "arrayBuffer", "stream"];

/** What the transport needs to send one call, once its init is known to make sense. */
export interface CallSettings {
  /** The client's policy with the call's own options over it. */
  policy: CallPolicy;
  /** The caller's signal, when it gave one. */
  signal: AbortSignal | undefined;
  /** How the success body is read. */
  parseAs: string;
  /** The call's own fetch, when it gave one (else the client's sends). */
  fetch: FetchFunction | undefined;
  /** The fetch options the call's requests are built with: the client's, the call's own over them. */
  fetchInit: FetchInit;
}

/**
 * Checks one call of `method` (upper case) on `path` before anything is sent, and returns
 * how to send it: the `client`'s policy with the call's own {@link RequestOptions} over it,
 * its signal, `parseAs` and fetch, and the client's fetch options with the call's own over
 * them.
 *
 * @throws {UltravoxParameterError} naming the value as written in the call (never quoting
 *   it): a `path` that is not a template like the spec's, or a `{name}` without
 *   `params.path`; a key that is not an option of a call (`init.timeoutMS`), or one the
 *   client owns (`init.method`, `init.querySerializer`, `init.pathSerializer`); `params`
 *   that is not an object or holds anything but `path`, `query` and `header`; a header
 *   (`init.headers["X-Team"]`, `params.header["X-Team"]`) whose value is not a string,
 *   number or boolean (or an array of them, or null to remove it), whose name or value is
 *   not valid HTTP, or that carries the API key (give it as the client's `apiKey`); a
 *   `baseUrl` that is not an http(s) URL without credentials, query or fragment; a `body`
 *   on a GET; `middleware` that is not an array of objects with `onRequest`, `onResponse`
 *   or `onError` functions; a fetch option (`redirect`, `mode`, `cache`, …) that fetch
 *   refuses; a `timeoutMs`, `maxRetries` or `retryNonIdempotent` that makes no sense; a
 *   `parseAs` that is not one of openapi-fetch's; a `signal` that is not an AbortSignal; a
 *   `fetch` that is not a function.
 */
export function checkCall(
  method: string,
  path: string,
  init: Record<string, unknown>,
  client: { policy: CallPolicy; fetchOptions: FetchInit },
): CallSettings {
  checkInitKeys(init);
  const { params, headers, baseUrl, body, signal, parseAs = "json", fetch } = init;
  if (params != null) {
    check(isPlainObject(params), "params", "must be an object");
    for (const name in params)
      check(
        ["path", "query", "header"].includes(name),
        `params.${name}`,
        "is not a kind of parameter: use path, query or header",
      );
    checkCallHeaders(params["header"], "params.header");
  }
  checkCallHeaders(headers, "init.headers");
  if (init["middleware"] !== undefined) checkMiddleware(init["middleware"], "init.middleware");
  checkFetchInit(init, "init.");
  if (baseUrl !== undefined) checkBaseUrl(baseUrl, "init.baseUrl");
  check(
    body === undefined || method !== "GET",
    "init.body",
    "must be left out: a GET sends no body",
  );
  checkPathTemplate(path, params as { path?: unknown } | undefined);
  // A call that overrides none of the policy's options (the usual case) shares the client's.
  const policy = CALL_OPTIONS.policy.some((name) => init[name] !== undefined)
    ? checkPolicy(init, client.policy, "init.")
    : client.policy;
  // Most calls give no fetch option of their own, and share the client's.
  const own = CALL_OPTIONS.fetch.filter((name) => init[name] !== undefined);
  const fetchInit = own.length
    ? { ...client.fetchOptions, ...Object.fromEntries(own.map((name) => [name, init[name]])) }
    : client.fetchOptions;
  checkOneOf(parseAs, PARSE_AS, "init.parseAs");
  check(
    signal == null ||
      (typeof Object(signal).addEventListener === "function" &&
        typeof Object(signal).throwIfAborted === "function"),
    "init.signal",
    "must be an AbortSignal",
  );
  checkTypeOf(fetch, "function", "init.fetch");
  return {
    policy,
    signal: (signal ?? undefined) as AbortSignal | undefined,
    parseAs: parseAs as string,
    fetch: fetch as FetchFunction | undefined,
    fetchInit,
  };
}

/** Refuses a key that is not an option of a call, or one the client sets itself. */
function checkInitKeys(init: Record<string, unknown>): void {
  const { call, policy, fetch, client } = CALL_OPTIONS as Record<string, readonly string[]>;
  for (const name in init)
    check(
      call!.includes(name) || policy!.includes(name) || fetch!.includes(name),
      `init.${name}`,
      client!.includes(name)
        ? "is set by the client (method by the method you call): leave it out"
        : `is not an option of a call; the options are ${[...call!, ...policy!, ...fetch!].join(", ")}`,
    );
}

/**
 * Checks middleware as openapi-fetch's `use` does, which a call's own list skips: an array
 * of objects, each with `onRequest`, `onResponse` or `onError`, and each of those a function.
 *
 * @throws {UltravoxParameterError} for `where` (`init.middleware[1]`) otherwise, where
 *   openapi-fetch would silently skip the entry.
 */
export function checkMiddleware(middleware: unknown, where: string): void {
  check(Array.isArray(middleware), where, "must be an array");
  middleware.forEach((entry: unknown, index) => {
    const hooks = ["onRequest", "onResponse", "onError"].map(
      (hook) => Object(entry)[hook] as unknown,
    );
    check(
      typeof entry === "object" &&
        hooks.some((hook) => hook !== undefined) &&
        hooks.every((hook) => hook === undefined || typeof hook === "function"),
      `${where}[${index}]`,
      "must be an object with onRequest, onResponse or onError functions",
    );
  });
}
