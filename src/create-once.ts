// Create-once: Create Call and Create Agent Call sent so that, when the answer is lost, the
// client finds out whether the call exists instead of guessing. The API has no idempotency
// key, but a call carries `metadata` and List Calls filters by it: the call is stamped with a
// key, and after an outcome where the create may have run, List Calls is asked for that key.
// A thin layer above the transport: every attempt, retry and lookup goes through it.
import {
  UltravoxCreateOnceError,
  UltravoxError,
  UltravoxMalformedResponseError,
  UltravoxTimeoutError,
  UltravoxConnectionError,
  apiErrorFor,
} from "./errors.js";
import { NOT_PROCESSED_STATUSES } from "./retry.js";
import { requestLineOf } from "./transport/request-line.js";
import { check, isNumberIn, isPlainObject } from "./utils/checks.js";
import { sleep } from "./utils/sleep.js";

/** The operations create-once applies to (POST). */
export type CreateOncePath = "/api/calls" | "/api/agents/{agent_id}/calls";
const PATHS: readonly string[] = ["/api/calls", "/api/agents/{agent_id}/calls"];

/** The `metadata` key that carries a create's key (`?metadata.createOnceKey=…` finds it). */
export const CREATE_ONCE_METADATA_KEY = "createOnceKey";

/** The default of {@link CreateOnceOptions.lookupWindowMs}. */
export const DEFAULT_LOOKUP_WINDOW_MS = 5_000;
// Lookups start at once, then wait 0.5 s, 1 s, 2 s, … until the window ends.
const FIRST_LOOKUP_WAIT_MS = 500;

/** Options of create-once, given as `createOnce: { … }` (or `createOnce: true` for the defaults). */
export interface CreateOnceOptions {
  /**
   * The key stamped into the call's metadata as `createOnceKey`: any non-empty string that no
   * other create uses (an order ID). Default: a random UUID.
   */
  key?: string;
  /**
   * How long, in milliseconds, List Calls is asked for the key after an outcome where the
   * create may have run, before the client concludes that no call was made: lookups at once,
   * then after waits of 0.5 s, 1 s, 2 s, … and one at the end of the window. 0 to
   * 2 147 483 647; default 5 000 (5 lookups).
   */
  lookupWindowMs?: number;
}

/** The `createOnce` option of a Create Call or Create Agent Call (POST) call's `init`. */
export type CreateOnceInit<Path, Method> = Method extends "post"
  ? Path extends CreateOncePath
    ? {
        /**
         * Makes sure one call is created, even when the answer is lost: stamps a key into
         * the call's `metadata`, and after a timeout, a dropped connection or a 5xx, looks the
         * call up by that key, returning it if it exists or sending the create again if none
         * does (README: Create once). `createOnceReport(result)` says which happened.
         */
        createOnce?: boolean | CreateOnceOptions;
      }
    : unknown
  : unknown;

/**
 * What create-once did: `created` (the create answered), `found` (its answer was lost, and
 * the call it made was found by the key), `recreated` (no call had the key once the lookup
 * window ended, so the create was sent again, and that one answered) or `rejected` (the API
 * answered with an error status meaning no call was made, such as 400 or 503, or a 5xx after
 * which no call had the key and no create was left to send).
 */
export type CreateOnceOutcome = "created" | "found" | "recreated" | "rejected";

/** What {@link createOnceReport} returns. */
export interface CreateOnceReport {
  /** The key stamped into the call's metadata. */
  key: string;
  outcome: CreateOnceOutcome;
  /** How many creates were sent (each retried by the transport as usual). */
  creates: number;
  /** How many List Calls lookups were made. */
  lookups: number;
}

const reports = new WeakMap<object, CreateOnceReport>();

/**
 * What create-once did for a call: pass its result, the result's `data` (the call) or its
 * `response`. Undefined for anything that did not come from a create-once call.
 *
 * @example const report = createOnceReport(result); // { key, outcome: "found", creates: 1, lookups: 1 }
 */
export function createOnceReport(value: object): CreateOnceReport | undefined {
  return reports.get(value);
}

type Init = Record<string, unknown>;
type Result = { data?: unknown; error?: unknown; response: Response };
/** How the layer sends a request: the transport's `request(method, path, init)`. */
export type Send = (method: string, path: string, init: Init) => Promise<Result>;

// What a lookup does not take from the create's init: the create's own parameters and body.
const CREATE_ONLY = ["params", "body", "bodySerializer", "parseAs", "createOnce"];

/**
 * Sends a create with create-once (see {@link CreateOnceOptions}); `send` is the transport,
 * `maxRetries` the call's (the client's unless the call gives its own), which also bounds how
 * many times the create is sent. Returns the create's result, or the found call as
 * `{ data, response }` of the lookup that found it.
 *
 * @throws {UltravoxParameterError} (`init.createOnce`, `init.createOnce.key`, `body.metadata`, …)
 *   for create-once on another operation or with options that make no sense, before anything
 *   is sent.
 * @throws {UltravoxCreateOnceError} when it cannot tell: every lookup failed (`lookup_failed`),
 *   or no call had the key, the create's failure was no answer at all and no create was left
 *   (`not_created`).
 */
export async function createOnce(
  send: Send,
  method: string,
  path: string,
  init: Init,
  maxRetries: number,
): Promise<Result> {
  const { createOnce: option } = init;
  const rest = Object.fromEntries(Object.entries(init).filter(([name]) => name !== "createOnce"));
  check(
    option === true || option === false || isPlainObject(option),
    "init.createOnce",
    "must be true, false or { key, lookupWindowMs }",
  );
  check(
    method === "POST" && PATHS.includes(path),
    "init.createOnce",
    `applies only to POST ${PATHS.join(" and POST ")}`,
  );
  if (option === false) return send(method, path, rest);
  const { key = crypto.randomUUID(), lookupWindowMs = DEFAULT_LOOKUP_WINDOW_MS } =
    option === true ? {} : (option as CreateOnceOptions);
  for (const name in Object(option))
    check(
      name === "key" || name === "lookupWindowMs",
      `init.createOnce.${name}`,
      "is not an option of createOnce; they are key, lookupWindowMs",
    );
  check(typeof key === "string" && key !== "", "init.createOnce.key", "must be a non-empty string");
  check(
    isNumberIn(lookupWindowMs, 0, 2 ** 31 - 1),
    "init.createOnce.lookupWindowMs",
    "must be a number of ms from 0 to 2147483647",
  );
  // Create-once alone decides whether a create that may have run is sent again.
  const create = { ...rest, retryNonIdempotent: false, body: stamped(rest["body"], key) };
  const lookup = Object.fromEntries(
    Object.entries(rest).filter(([name]) => !CREATE_ONLY.includes(name)),
  );
  const signal = rest["signal"] as AbortSignal | undefined;
  let creates = 0;
  let lookups = 0;
  const done = (result: Result, outcome: CreateOnceOutcome) => {
    const report = { key, outcome, creates, lookups };
    for (const value of [result, result.response, result.data])
      if (typeof value === "object" && value !== null) reports.set(value, report);
    return result;
  };
  for (;;) {
    creates++;
    let result: Result | undefined;
    let failure: UltravoxError | undefined;
    try {
      result = await send(method, path, create);
      const { ok, status } = result.response;
      if (ok) return done(result, creates === 1 ? "created" : "recreated");
      if (status < 500 || NOT_PROCESSED_STATUSES.includes(status)) return done(result, "rejected");
    } catch (error) {
      // Only outcomes where the create may have run are looked up; anything else (an abort,
      // a refused parameter) is thrown as it is.
      if (
        !(error instanceof UltravoxTimeoutError) &&
        !(error instanceof UltravoxConnectionError) &&
        !(error instanceof UltravoxMalformedResponseError)
      )
        throw error;
      failure = error;
    }
    const found = await findByKey(send, lookup, key, lookupWindowMs, signal, () => lookups++);
    if ("call" in found) return done({ data: found.call, response: found.response }, "found");
    const createFailure =
      failure ??
      apiErrorFor(result!.response, result!.error ?? "", requestLineOf(result!.response));
    const what = `POST ${path} ${failure ? `failed (${failure.message})` : `answered ${result!.response.status}`}`;
    if ("error" in found)
      throw new UltravoxCreateOnceError(
        "lookup_failed",
        key,
        `${what}, and looking the call up by ${CREATE_ONCE_METADATA_KEY}=${key} failed (${found.error.message}): it may exist; list calls with metadata.${CREATE_ONCE_METADATA_KEY}=${key} before creating it again`,
        { cause: found.error, createFailure },
      );
    if (creates > maxRetries) {
      if (result) return done(result, "rejected");
      throw new UltravoxCreateOnceError(
        "not_created",
        key,
        `${what}, and no call had ${CREATE_ONCE_METADATA_KEY}=${key} within ${lookupWindowMs} ms; no retry left to create it again`,
        { cause: failure, createFailure },
      );
    }
  }
}

/**
 * The body with `key` in its metadata (a copy: the caller's object is left as it is).
 *
 * @throws {UltravoxParameterError} for a body or metadata that is not an object, or metadata
 *   that already holds another value under the key's name.
 */
function stamped(body: unknown, key: string): Init {
  check(body === undefined || isPlainObject(body), "init.body", "must be an object for createOnce");
  const { metadata } = (body ?? {}) as Init;
  check(
    metadata == null || isPlainObject(metadata),
    "body.metadata",
    "must be an object for createOnce, which adds its key to it",
  );
  const stampedValue = metadata?.[CREATE_ONCE_METADATA_KEY];
  check(
    stampedValue === undefined || stampedValue === key,
    `body.metadata.${CREATE_ONCE_METADATA_KEY}`,
    "is set by createOnce: leave it out, or pass it as createOnce.key",
  );
  return { ...(body as Init), metadata: { ...metadata, [CREATE_ONCE_METADATA_KEY]: key } };
}

type Lookup = { call: unknown; response: Response } | { none: true } | { error: Error };

/**
 * Asks List Calls for the call stamped with `key` until it is found or `windowMs` has passed:
 * at once, then after waits doubling from 0.5 s, and once at the end of the window. A call
 * found ends it; otherwise the last lookup's outcome decides: none found, or its error.
 */
async function findByKey(
  send: Send,
  init: Init,
  key: string,
  windowMs: number,
  signal: AbortSignal | undefined,
  counted: () => void,
): Promise<Lookup> {
  const end = performance.now() + windowMs;
  let last: Lookup;
  for (let wait = FIRST_LOOKUP_WAIT_MS; ; wait *= 2) {
    counted();
    try {
      const result = await send("GET", "/api/calls", {
        ...init,
        params: { query: { metadata: { [CREATE_ONCE_METADATA_KEY]: key } } },
      });
      const { response, data } = result;
      const results = (data as { results?: unknown } | undefined)?.results;
      if (!response.ok)
        last = { error: apiErrorFor(response, result.error ?? "", requestLineOf(response)) };
      else if (!Array.isArray(results))
        last = { error: new UltravoxError("GET /api/calls: the answer is not a page of calls") };
      else if (results.length) return { call: results[0], response };
      else last = { none: true };
    } catch (error) {
      if (!(error instanceof UltravoxError)) throw error;
      last = { error };
    }
    const left = end - performance.now();
    if (left <= 0) return last;
    await sleep(Math.min(wait, left), signal);
  }
}

/**
 * Returns `client` (the transport's methods: `GET`, `POST`, …, and `request`) with each method
 * sending a call that has a `createOnce` option through {@link createOnce}; other calls go
 * straight to the transport. `maxRetries` is the client's.
 */
export function withCreateOnce<Client extends object>(client: Client, maxRetries: number): Client {
  const methods = client as Record<string, unknown>;
  const request = methods["request"] as (
    method: string,
    path: string,
    init?: Init | null,
  ) => Promise<Result>;
  const send: Send = (method, path, init) => request(method, path, init);
  const wrapped: Record<string, unknown> = { ...methods };
  const sendOnce = (method: string, path: string, init: Init) =>
    createOnce(send, method, path, init, (init["maxRetries"] as number | undefined) ?? maxRetries);
  wrapped["request"] = (method: string, path: string, init?: Init | null) =>
    init?.["createOnce"] === undefined
      ? request(method, path, init)
      : sendOnce(String(method).toUpperCase(), path, init);
  for (const method in methods)
    if (method === method.toUpperCase()) {
      const original = methods[method] as (path: string, init?: Init | null) => Promise<Result>;
      wrapped[method] = (path: string, init?: Init | null) =>
        init?.["createOnce"] === undefined ? original(path, init) : sendOnce(method, path, init);
    }
  return wrapped as Client;
}
