import type {
  HeadersOptions,
  Middleware,
  ParamsOption,
  ParseAs,
  ParseAsResponse,
} from "openapi-fetch";
import type { paths } from "../generated/schema.js";
import type { CreateOnceInit } from "./create-once.js";
import type { FetchFunction, FetchInit, RequestOptions } from "./options.js";
import type { RAW_METHODS } from "./request/raw-request.js";
import type { BodyContent, BodyOption } from "./types.js";

/** The HTTP methods the API's operations use, lower-case as in the spec. */
type HttpMethod = "get" | "put" | "post" | "patch" | "delete";

/** The API paths that have a `Method` operation, such as `"/api/calls"` for `"post"`. */
export type PathWithMethod<Method extends HttpMethod> = {
  [Path in keyof paths]: paths[Path] extends { [M in Method]: { responses: object } }
    ? Path
    : never;
}[keyof paths];

/**
 * What one call of `Method` on `Path` takes in its `init` object: `params` (`path`,
 * `query`), `body`, openapi-fetch's per-request options (`signal`, `headers`,
 * `middleware`, …) and the transport's {@link RequestOptions}. Nothing else: an object
 * literal with a misspelt key, at any depth, does not compile. Its `parseAs` can only be
 * `"json"` (the default); give another one in the call itself.
 *
 * @example const init: RequestInitFor<"/api/calls/{call_id}", "get"> = { params: { path: { call_id } } };
 */
// `parseAs` is narrowed to "json" because the methods infer the type of `data` from it: a
// variable typed with every parse mode would type `data` as all of them at once.
export type RequestInitFor<
  Path extends PathWithMethod<Method>,
  Method extends HttpMethod,
> = OperationInit<Path, Method> & { parseAs?: "json" };

// What a call of the operation takes: its parameters and body (the generated types, by name),
// openapi-fetch's per-request options and the transport's, less what the client sets itself
// (refused at run time too, see call-init.ts). Spelled out rather than taken from openapi-fetch's
// FetchOptions, whose `Writable<…>` would copy the named body type into an anonymous one that
// errors print in full.
type OperationInit<Path extends PathWithMethod<Method>, Method extends HttpMethod> = ParamsOption<
  paths[Path][Method]
> &
  BodyOption<paths[Path][Method]> &
  CallOptions<BodyContent<paths[Path][Method]>> &
  RequestOptions &
  CreateOnceInit<Path, Method> &
  ClientSetOptions;

/**
 * openapi-fetch's options of one call, besides `params`, `body` and `parseAs`, and fetch's own
 * ({@link FetchInit}: `dispatcher`, `keepalive`, …).
 */
interface CallOptions<Body> extends FetchInit {
  /** Ends the call (every attempt, and the waits between them) when it aborts. */
  signal?: AbortSignal | null;
  /** Another base URL for this call. */
  baseUrl?: string;
  /** Serialises the body instead of `JSON.stringify` (Create Voice's multipart upload). */
  bodySerializer?: (body: Body) => RequestInit["body"];
  /** Headers added to this call's request; `null` removes one. */
  headers?: HeadersOptions;
  /** Middleware for this call only, run after the client's. */
  middleware?: Middleware[];
  /** The fetch this call's attempts are sent with. */
  fetch?: FetchFunction;
}

/** Options openapi-fetch takes per call that this client sets itself: a call leaves them out. */
interface ClientSetOptions {
  /** Set by the method called (`uv.DELETE`, …). */
  method?: never;
  /** The client serialises every query itself (see the README, Path and query values). */
  querySerializer?: never;
  /** The client serialises every path itself (see the README, Path and query values). */
  pathSerializer?: never;
}

/** `[init]`, optional exactly when the operation has no required parameter and no required body. */
type InitArgs<Init> = {} extends Init ? [init?: Init] : [init: Init];

// `As` is inferred from `parseAs` alone; the rest of the init is NoInfer so that the
// init object is checked against the operation's own type (contextual typing, and so
// excess-property checks at every depth) instead of being inferred from the argument,
// which is how openapi-fetch's own signature lets misspelt keys through.
type StrictMethod<Method extends HttpMethod> = <
  Path extends PathWithMethod<Method>,
  As extends ParseAs = "json",
>(
  url: Path,
  ...init: InitArgs<NoInfer<OperationInit<Path, Method>> & { parseAs?: As }>
) => Promise<CallResult<paths[Path][Method], As>>;

// openapi-typescript-helpers' OkStatus, which openapi-fetch does not re-export.
type OkStatus = 200 | 201 | 202 | 203 | 204 | 206 | 207 | "2XX";

/** The body of a response object (`undefined` without content), as its media type parses. */
type ContentOf<Response> = Response extends { content: infer Content }
  ? Content[keyof Content]
  : undefined;

/** The bodies of `Operation`'s responses whose status is (or is not) in `Statuses`. */
type BodiesOf<Operation, Statuses, Wanted extends boolean> = Operation extends {
  responses: infer Responses;
}
  ? {
      [Status in keyof Responses]: (Status extends Statuses ? true : false) extends Wanted
        ? ContentOf<Responses[Status]>
        : never;
    }[keyof Responses]
  : never;

/**
 * What a success response of `Path`'s `Method` operation holds once parsed as JSON: the
 * generated type by its name (`Call`), `undefined` for `204 No Content`.
 */
export type ResponseData<Path extends PathWithMethod<Method>, Method extends HttpMethod> = BodiesOf<
  paths[Path][Method],
  OkStatus,
  true
>;

/**
 * What a client method resolves with, for any HTTP status: `data` (parsed as `As` says) for a
 * success, `error` (the parsed error body) otherwise, and the `response` either way. The same
 * shape as openapi-fetch's `FetchResponse`, with the generated types kept by their names.
 */
export type CallResult<Operation, As extends ParseAs = "json"> =
  | {
      data: ParseAsResponse<BodiesOf<Operation, OkStatus, true>, { parseAs: As }>;
      error?: never;
      response: Response;
    }
  | { data?: never; error: BodiesOf<Operation, OkStatus, false>; response: Response };

/** A path for {@link UltravoxClient.request}: a template like the spec's, or a list of segments. */
export type RawPath = string | readonly (string | number | bigint)[];

/**
 * What {@link UltravoxClient.request} takes in its `init` object: what a typed method takes,
 * with parameters and body its caller vouches for (no operation types them).
 */
export interface RawRequestInit extends CallOptions<unknown>, RequestOptions, ClientSetOptions {
  /** Path parameters (for a template's `{name}`s), query parameters and headers. */
  params?: {
    path?: Record<string, string | number | bigint>;
    query?: Record<string, unknown>;
    header?: Record<string, string | number | boolean>;
  };
  /** The JSON body (refused where `JSON.stringify` would drop or alter a value). */
  body?: unknown;
}

/** What {@link UltravoxClient.request} resolves with: `{ data, error, response }`, untyped. */
export type RawResult<As extends ParseAs = "json"> = CallResult<
  { responses: { 200: { content: { "*/*": unknown } }; default: { content: { "*/*": unknown } } } },
  As
>;

/**
 * The Ultravox API client: openapi-fetch's client, typed strictly. Each method takes a
 * path from the spec (templated, as `"/api/calls/{call_id}"`) and, when the operation has
 * parameters or a body, an `init` object checked key by key against that operation, and
 * resolves with openapi-fetch's `{ data, error, response }` for any HTTP status (see
 * `unwrap`). `parseAs` (`"json"` by default, `"text"`, `"blob"`, `"arrayBuffer"`,
 * `"stream"`) types `data` accordingly.
 *
 * Each method rejects with `UltravoxTimeoutError` or `UltravoxConnectionError` when no
 * response arrived, and with the reason of an aborted `signal`.
 */
export interface UltravoxClient {
  /** Calls a GET operation, such as `uv.GET("/api/calls/{call_id}", { params: { path: { call_id } } })`. */
  GET: StrictMethod<"get">;
  /** Calls a POST operation, such as `uv.POST("/api/calls", { body: { systemPrompt } })`. */
  POST: StrictMethod<"post">;
  /** Calls a PUT operation (a full replace), such as `uv.PUT("/api/tools/{tool_id}", { params, body })`. */
  PUT: StrictMethod<"put">;
  /** Calls a PATCH operation (changes only the fields given). */
  PATCH: StrictMethod<"patch">;
  /** Calls a DELETE operation; `data` is `undefined` for its `204 No Content`. */
  DELETE: StrictMethod<"delete">;
  /**
   * The escape hatch: calls a path the spec does not have, or one built at run time, through
   * the same transport as the typed methods (API key, retries, timeouts, typed errors,
   * redaction), and resolves like them, with `data` and `error` typed `unknown` (so `unwrap`
   * works; check what you read). `path` is a template like the spec's
   * (`"/api/agents/{agent_id}/calls"`, values in `params.path`) or a list of segments, each
   * value percent-encoded into exactly one, so no value changes the route:
   * `uv.request("GET", ["api", "agents", ...rest.split("/")])`. For a path the spec has, the
   * typed methods check what you send; this does not.
   *
   * @throws {UltravoxParameterError} before anything is sent: `method` when not one of GET,
   *   POST, PUT, PATCH, DELETE; `path[2]` for a segment that is empty, `"."`, `".."`, has `/`
   *   or `\`, or is not a string or safe integer; `path` for an empty list or a string that
   *   is not a template; `params.path` given with segments; and all a typed method refuses.
   */
  request<As extends ParseAs = "json">(
    method: (typeof RAW_METHODS)[number],
    path: RawPath,
    init?: RawRequestInit & { parseAs?: As },
  ): Promise<RawResult<As>>;
  /**
   * Adds middleware that sees every request and response of this client.
   *
   * @throws {UltravoxParameterError} (`middleware[0]`, …) for an entry that is not an object
   *   with `onRequest`, `onResponse` or `onError` functions.
   */
  use(...middleware: Middleware[]): void;
  /** Removes middleware added with `use`. */
  eject(...middleware: Middleware[]): void;
}
