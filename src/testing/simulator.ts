// A simulated Ultravox API in a `fetch` function: no network, no server. It answers every
// operation of the spec from the spec's own examples, keeps what a test creates (calls,
// agents, tools, corpora, webhooks, …) so that it can be read, listed and deleted, lets a test
// override any operation with a typed handler or inject faults, and records every request.
import { EXAMPLES } from "../../generated/simulator.js";
import type { Schema } from "../types.js";
import { check, isCount } from "../utils/checks.js";
import {
  checkFault,
  malformedBody,
  refusedError,
  resetError,
  stallUntil,
  stalledBody,
  type FaultKind,
  type SimulatedFault,
} from "./faults.js";
import {
  findRoute,
  isOperationKey,
  type AnswerOf,
  type BodyOf,
  type OperationKey,
  type PathParamsOf,
  type Route,
} from "./operations.js";
import { copy, errorAnswer, Store, type Call, type StoreAnswer } from "./store.js";

/** Options for {@link createUltravoxSimulator}. All are optional. */
export interface UltravoxSimulatorOptions {
  /**
   * Whether the simulator starts holding the spec's example resources (the calls, agents,
   * tools, … of the examples, under their IDs), so that every operation answers with its
   * example as given. `false` starts with none: lists are empty and reads of the examples'
   * IDs answer 404. Default true.
   */
  examples?: boolean;
  /** How many items a page holds when a list request gives no `pageSize`. Default 100. */
  pageSize?: number;
  /**
   * The API key requests must carry (`X-API-Key` or `X-Unsafe-API-Key`); others are answered
   * 401. Default: any key, but one is required.
   */
  apiKey?: string;
  /** Makes the IDs of created resources. Default `crypto.randomUUID`. */
  newId?: () => string;
}

/** What an override handler of operation `Key` receives. */
export interface SimulatedRequest<Key extends OperationKey> {
  /** The operation, as `"POST /api/calls"`. */
  operation: Key;
  /** The path parameters, decoded (`{ call_id: "…" }`). */
  path: PathParamsOf<Key>;
  /** The query parameters. */
  query: URLSearchParams;
  /** The JSON body as the client sent it, typed as the operation takes it. */
  body: BodyOf<Key>;
  /** The request itself (its body already read). */
  request: Request;
  /**
   * Answers as the simulator would without the override (storing what a create creates) and
   * resolves with the answer's data.
   *
   * @throws {Error} when that answer is not a success (naming its status).
   */
  next(): Promise<AnswerOf<Key>>;
}

/**
 * An override of one operation: returns the success answer's data (typed as the client
 * types it: a `Call` for `"POST /api/calls"`), a status to answer with (with the spec's
 * example error body for it), or a `Response` of your own.
 */
export type SimulatedHandler<Key extends OperationKey> = (
  request: SimulatedRequest<Key>,
) => AnswerOf<Key> | number | Response | Promise<AnswerOf<Key> | number | Response>;

/** How the simulator ended a request: the status it answered, or what happened instead. */
export type SimulatedOutcome = number | "dropped" | "refused" | "aborted";

/** A request the simulator received. */
export interface ReceivedRequest<Key extends OperationKey = OperationKey> {
  /** The operation it matched, as `"POST /api/calls"`; undefined for a path the API does not have. */
  operation: Key | undefined;
  method: string;
  /** The full URL, query included. */
  url: string;
  /** The path parameters, decoded. */
  path: Record<string, string>;
  query: URLSearchParams;
  headers: Headers;
  /** The JSON body (the fields of a multipart body; the text of any other), or undefined. */
  body: BodyOf<Key> | undefined;
  /** What it got; undefined while it is still being answered. */
  outcome: SimulatedOutcome | undefined;
}

/** The schemas the simulator stores, by name. */
export type StoredSchema =
  | "Agent"
  | "Call"
  | "CallThrottle"
  | "Corpus"
  | "CorpusSource"
  | "SipRegistration"
  | "ScheduledCallBatch"
  | "Tool"
  | "Voice"
  | "Webhook";

/** A simulated Ultravox API (see {@link createUltravoxSimulator}). */
export interface UltravoxSimulator {
  /**
   * The API as a fetch function: pass it as `createUltravoxClient({ apiKey, fetch })`. It
   * takes what `fetch` takes and answers any base URL's `/api/…` paths.
   */
  readonly fetch: (input: Request | string | URL, init?: RequestInit) => Promise<Response>;
  /** Every request received, oldest first. */
  readonly requests: readonly ReceivedRequest[];
  /** The requests received for one operation, their bodies typed as it takes them. */
  requestsTo<Key extends OperationKey>(operation: Key): ReceivedRequest<Key>[];
  /**
   * Answers `operation` with `handler` from now on, in place of the simulator's own answer;
   * returns a function that removes it.
   *
   * @throws {UltravoxParameterError} when `operation` is not one of the spec's or `handler`
   *   is not a function.
   */
  on<Key extends OperationKey>(operation: Key, handler: SimulatedHandler<Key>): () => void;
  /**
   * Makes the next request to `operation` (the next `times` requests) fail with `fault`;
   * faults added for one operation apply in the order they were added.
   *
   * @example sim.fault("POST /api/calls", { drop: "after" }); // created, then the connection resets
   * @throws {UltravoxParameterError} for an operation that is not the spec's or a fault that
   *   makes no sense (`fault.status`, …).
   */
  fault(operation: OperationKey, fault: SimulatedFault): void;
  /** The stored resources of one schema, as the API would return them. */
  stored<Name extends StoredSchema>(schema: Name): Schema<Name>[];
  /** Forgets every request, override, fault and created resource (back to the examples). */
  reset(): void;
}

type AnyHandler = (request: SimulatedRequest<OperationKey>) => unknown;
type PendingFault = SimulatedFault & { kind: FaultKind; left: number };

// An empty WAV file: what audio operations (recordings, previews) answer.
const SILENCE = Uint8Array.from(
  atob("UklGRiQAAABXQVZFZm10IBAAAAABAAEAQB8AAIA+AAACABAAZGF0YQAAAAA="),
  (char) => char.charCodeAt(0),
);

/**
 * Creates a simulated Ultravox API: `fetch` answers every operation of the spec, from the
 * spec's examples by default, and keeps what a test creates so that it can be read, listed
 * (a page at a time, with `next` links holding a `cursor`, as the API pages) and deleted. A
 * request without an API key is answered 401, a path the API does not have 404.
 *
 * Lists filter by their path (an agent's calls), and List Calls by `metadata.<key>` and
 * `agentIds`; other filters are accepted and not applied (override the operation to simulate
 * them). Bodies are not validated: the client's types check them.
 *
 * @example
 * const sim = createUltravoxSimulator();
 * const uv = createUltravoxClient({ apiKey: "test", fetch: sim.fetch });
 * @throws {UltravoxParameterError} for an option that makes no sense.
 */
export function createUltravoxSimulator(options: UltravoxSimulatorOptions = {}): UltravoxSimulator {
  const { examples = true, pageSize = 100, apiKey, newId = () => crypto.randomUUID() } = options;
  check(typeof examples === "boolean", "examples", "must be true or false");
  check(isCount(pageSize) && pageSize > 0, "pageSize", "must be a whole number, 1 or more");
  check(apiKey === undefined || typeof apiKey === "string", "apiKey", "must be a string");
  check(typeof newId === "function", "newId", "must be a function");
  let store = new Store({ seed: examples, pageSize, newId });
  const requests: ReceivedRequest[] = [];
  const handlers = new Map<OperationKey, AnyHandler>();
  const faults = new Map<OperationKey, PendingFault[]>();

  const checkOperation = (operation: unknown) =>
    check(
      isOperationKey(operation),
      "operation",
      'is not an operation of the API: write it as "METHOD /path/template", such as "POST /api/calls"',
    );

  /** The simulator's own answer, or the override's. */
  const handle = async (route: Route, call: Call, request: Request): Promise<Response> => {
    const key = request.headers.get("x-api-key") ?? request.headers.get("x-unsafe-api-key");
    if (!key || (apiKey !== undefined && key !== apiKey)) return toResponse(errorAnswer(401));
    const own = () => answer(route, call);
    const handler = handlers.get(route.key);
    if (!handler) return own();
    const result = await handler({
      operation: route.key,
      path: call.params as never,
      query: call.query,
      body: call.body as never,
      request,
      next: async () => {
        const response = await own();
        if (!response.ok)
          throw new Error(`${route.key}: the simulator answered ${response.status}`);
        return (route.media === "application/json" ? response.json() : undefined) as never;
      },
    });
    if (result instanceof Response) return result;
    if (typeof result === "number") return toResponse(errorAnswer(result));
    return toResponse({ status: route.status, body: result });
  };

  /** What the simulator answers itself: from the store, else the operation's example. */
  const answer = async (route: Route, call: Call): Promise<Response> => {
    const { role, schema, media, status, example } = route;
    const owner = role && role !== "list" && role !== "create" ? route.names.at(-1) : undefined;
    const parent = store.missingParent(call, owner);
    if (parent) return toResponse(errorAnswer(404));
    if (role && schema) return toResponse(store.answer({ ...route, role, schema }, call));
    if (media === null) return new Response(null, { status });
    if (media.startsWith("audio/"))
      return new Response(SILENCE, { status, headers: { "content-type": "audio/wav" } });
    if (media !== "application/json" && !media.endsWith("+json"))
      return new Response("", { status, headers: { "content-type": media } });
    return toResponse({ status, body: example === null ? {} : copy(EXAMPLES[example]) });
  };

  const fetch = async (input: Request | string | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const pathname = url.pathname.slice(Math.max(0, url.pathname.indexOf("/api/")));
    const found = findRoute(request.method, pathname);
    const route = typeof found === "object" ? found.route : undefined;
    const received: ReceivedRequest = {
      operation: route?.key,
      method: request.method,
      url: request.url,
      path: typeof found === "object" ? found.params : {},
      query: url.searchParams,
      headers: new Headers(request.headers),
      body: await readBody(request),
      outcome: undefined,
    };
    requests.push(received);
    const end = (outcome: SimulatedOutcome) => (received.outcome ??= outcome);
    try {
      request.signal.throwIfAborted();
      if (!route) {
        const status = found === "method" ? 405 : 404;
        return toResponse(
          errorAnswer(
            status,
            status === 405 ? `Method "${request.method}" not allowed.` : undefined,
          ),
        );
      }
      const fault = takeFault(faults, route.key);
      const call: Call = {
        params: received.path,
        query: url.searchParams,
        url: request.url,
        body: received.body,
      };
      let response = fault && !isAfter(fault) ? await before(fault, request) : undefined;
      response ??= await handle(route, call, request);
      if (fault && isAfter(fault)) response = await after(fault, response, request);
      end(response.status);
      return response;
    } catch (error) {
      end(
        request.signal.aborted
          ? "aborted"
          : Object(error).cause?.code === "ECONNREFUSED"
            ? "refused"
            : "dropped",
      );
      throw error;
    }
  };

  return {
    fetch,
    requests,
    requestsTo: <Key extends OperationKey>(operation: Key) => {
      checkOperation(operation);
      return requests.filter(
        (request) => request.operation === operation,
      ) as ReceivedRequest<Key>[];
    },
    on: (operation, handler) => {
      checkOperation(operation);
      check(typeof handler === "function", "handler", "must be a function");
      handlers.set(operation, handler as AnyHandler);
      return () => {
        if (handlers.get(operation) === handler) handlers.delete(operation);
      };
    },
    fault: (operation, fault) => {
      checkOperation(operation);
      const kind = checkFault(fault);
      const queue = faults.get(operation) ?? [];
      queue.push({ ...fault, kind, left: fault.times ?? 1 });
      faults.set(operation, queue);
    },
    stored: (schema) => store.items(schema).map(copy) as never,
    reset: () => {
      requests.length = 0;
      handlers.clear();
      faults.clear();
      store = new Store({ seed: examples, pageSize, newId });
    },
  };
}

/** The next fault queued for `key`, counting it used. */
function takeFault(faults: Map<OperationKey, PendingFault[]>, key: OperationKey) {
  const queue = faults.get(key);
  const fault = queue?.[0];
  if (fault && --fault.left === 0) queue!.shift();
  return fault;
}

/** Whether a fault happens once the request was handled. */
function isAfter(fault: PendingFault): boolean {
  const { kind } = fault;
  const moment: unknown = Object(fault)[kind === "status" ? "when" : kind];
  return kind === "malformed" || moment === "after" || moment === "body";
}

/**
 * A fault that happens before the request is handled: throws (a dropped or refused
 * connection, a stall ended by an abort), answers in place of the simulator (a status), or
 * waits and lets the request be handled (a stall of `ms`).
 */
async function before(fault: PendingFault, request: Request): Promise<Response | undefined> {
  if (fault.kind === "drop") throw resetError();
  if (fault.kind === "refuse") throw refusedError();
  if (fault.kind === "status") return statusResponse(fault);
  await stallUntil(request.signal, (fault as { ms?: number }).ms);
  return undefined;
}

/** A fault that happens once the request was handled, to its `response`. */
async function after(fault: PendingFault, response: Response, request: Request): Promise<Response> {
  if (fault.kind === "drop") throw resetError();
  if (fault.kind === "malformed") return malformedBody(response);
  if (fault.kind === "status") return statusResponse(fault);
  const { stall, ms } = fault as { stall: string; ms?: number };
  if (stall === "body") return stalledBody(response, request.signal, ms);
  await stallUntil(request.signal, ms);
  return response;
}

function statusResponse(fault: PendingFault): Response {
  const { status, retryAfter } = fault as { status: number; retryAfter?: number | string };
  return toResponse(
    errorAnswer(status),
    retryAfter === undefined ? {} : { "retry-after": String(retryAfter) },
  );
}

/** A JSON answer. */
function toResponse({ status, body }: StoreAnswer, headers: Record<string, string> = {}): Response {
  if (body === undefined) return new Response(null, { status, headers });
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

/** A request's body: JSON parsed, multipart as its fields, other text as it is. */
async function readBody(request: Request): Promise<never> {
  const type = request.headers.get("content-type") ?? "";
  if (type.startsWith("multipart/form-data"))
    return Object.fromEntries(await request.formData()) as never;
  const text = await request.text();
  if (!text) return undefined as never;
  try {
    return (type.includes("json") || !type ? JSON.parse(text) : text) as never;
  } catch {
    return text as never;
  }
}
