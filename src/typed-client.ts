import type { FetchOptions, FetchResponse, Middleware, ParseAs } from "openapi-fetch";
import type { paths } from "../generated/schema.js";
import type { CreateOnceInit } from "./create-once.js";
import type { FetchInit, RequestOptions } from "./options.js";

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

// What openapi-fetch takes for the operation, plus the transport's per-call options, less
// what the client sets itself (refused at run time too, see call-init.ts).
type OperationInit<Path extends PathWithMethod<Method>, Method extends HttpMethod> = FetchOptions<
  paths[Path][Method]
> &
  RequestOptions &
  Pick<FetchInit, "dispatcher"> &
  CreateOnceInit<Path, Method> &
  ClientSetOptions;

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
) => Promise<FetchResponse<Operation<Path, Method>, { parseAs: As }, `${string}/${string}`>>;

// openapi-fetch wants an object type; TypeScript cannot see that `paths[Path][Method]` is
// one for every path of PathWithMethod<Method>, and Extract tells it (a no-op otherwise).
type Operation<Path extends PathWithMethod<Method>, Method extends HttpMethod> = Extract<
  paths[Path][Method],
  Record<string, unknown>
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
   * Adds middleware that sees every request and response of this client.
   *
   * @throws {UltravoxParameterError} (`middleware[0]`, …) for an entry that is not an object
   *   with `onRequest`, `onResponse` or `onError` functions.
   */
  use(...middleware: Middleware[]): void;
  /** Removes middleware added with `use`. */
  eject(...middleware: Middleware[]): void;
}
