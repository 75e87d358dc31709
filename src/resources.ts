// Resource methods: `uv.calls.create(body)`, `uv.calls.get(callId)`, `uv.calls.list(query)`,
// one per operation of the spec, built from the generated tree (generated/resources.js for
// the table, generated/resources.d.ts for the types). A method only shapes its arguments
// into the path-style call (`uv.POST(path, { params, body, ...options })`) and its result
// into data: it sends through the client's own methods, so retries, timeouts, checks,
// redaction and logging are the transport's, and it throws what `unwrap` throws.
import type { FetchResponse } from "openapi-fetch";
import type { paths } from "../generated/schema.js";
import {
  RESOURCE_TABLE,
  type Operation,
  type OperationEntry,
  type ResourceTable,
  type ResourceTree,
} from "../generated/resources.js";
import type { CreateOnceInit } from "./create-once.js";
import { UltravoxError } from "./errors.js";
import {
  pageProblem,
  pages,
  paginate,
  type ItemOf,
  type PageOf,
  type PaginatedPath,
  type PaginationLimits,
} from "./pagination.js";
import { requestLineOf } from "./transport/request-line.js";
import type { PathWithMethod, RequestInitFor } from "./typed-client.js";
import type { MethodOf, RequestBody } from "./types.js";
import { unwrap } from "./unwrap.js";
import { check, isPlainObject, kindOf } from "./utils/checks.js";
import { httpUrl } from "./utils/http-url.js";

type HttpMethod = "get" | "put" | "post" | "patch" | "delete";

/**
 * The options one call of a resource method takes, last: what the path-style client's
 * `init` takes besides `params`, `body` and `parseAs` (which the method's own arguments
 * give): `signal`, `headers`, `timeoutMs`, `maxRetries`, `retryNonIdempotent`,
 * `maxRetryAfterMs`, `middleware`, `fetch`, … (see {@link RequestInitFor}). Create Call and
 * Create Agent Call also take `createOnce` (`uv.calls.create(body, { createOnce: true })`).
 *
 * @example await uv.calls.get(callId, { signal: AbortSignal.timeout(5_000), maxRetries: 0 });
 */
// The same for every operation: those of an operation without parameters or body.
export interface CallOptions extends Omit<
  RequestInitFor<"/api/accounts/me", "get">,
  "params" | "body" | "bodySerializer" | "parseAs" | "method" | "querySerializer" | "pathSerializer"
> {}

/** The options of a list method: {@link CallOptions} and the {@link PaginationLimits} of its iteration. */
export interface ListOptions extends CallOptions, PaginationLimits {}

/** How a binary or text answer is read: as `fetch` reads it (`"stream"` hands the body out as it arrives). */
export type BinaryParseAs = "blob" | "arrayBuffer" | "stream" | "text";

/**
 * What a resource method returns: a `Promise` of the operation's data (`undefined` for
 * `204 No Content`), which rejects with the errors `unwrap` throws for an error status
 * (`NotFoundError`, `RateLimitError`, …) and those of the client's methods when no
 * response arrived (`UltravoxTimeoutError`, `UltravoxConnectionError`, your signal's
 * reason) or the call makes no sense (`UltravoxParameterError`). The request is sent when
 * the method is called, awaited or not; a call never awaited that fails is an unhandled
 * rejection, as for any promise.
 */
export interface APIPromise<Data> extends Promise<Data> {
  /**
   * The data and the raw `Response` it came in (its status and headers; its body is read).
   * Reading the result only this way leaves no unhandled rejection behind.
   *
   * @throws the errors the promise itself rejects with.
   */
  withResponse(): Promise<{ data: Data; response: Response }>;
}

/**
 * A page of a listing, as the API answers it (`results`, `next`, `previous`, `total`), and
 * the way to the page after it.
 */
export type Page<Path extends PaginatedPath> = PageOf<Path> & PageLinks<Path>;

/** The way from one page of a listing to the next. */
export interface PageLinks<Path extends PaginatedPath> {
  /**
   * Requests the page after this one, with the same query and options; resolves with
   * `undefined` when this page is the last (`next` is null or `""`).
   *
   * @throws the errors of the list method, and `UltravoxError` when `next` has no
   *   `cursor` or gives one this chain of pages already had (an endless loop).
   */
  nextPage(): Promise<Page<Path> | undefined>;
}

/**
 * What a list method returns. `await` it for the first page ({@link Page}: `results`,
 * `total`, `nextPage()`); iterate it with `for await` for every item of every page, as
 * `paginate` does (one page in memory, the same guards, and the limits given in the
 * options: `maxItems`, `maxPages`, `prefetch`). Nothing is requested until you do either,
 * so the first page is not fetched twice; awaiting it again does not request it again.
 *
 * @example for await (const call of uv.calls.list({ fromDate: "2025-01-01" })) console.log(call.callId);
 */
export interface ListPromise<Path extends PaginatedPath>
  extends PromiseLike<Page<Path>>, AsyncIterable<ItemOf<Path>> {
  /**
   * The first page, or what `onrejected` makes of the error, as `Promise.catch` does.
   *
   * @throws the errors of the listing, when `onrejected` rethrows them.
   */
  catch<Rejected = never>(
    onrejected?: ((reason: unknown) => Rejected | PromiseLike<Rejected>) | null,
  ): Promise<Page<Path> | Rejected>;
  /** The first page, running `onfinally` once it is settled, as `Promise.finally` does. */
  finally(onfinally?: (() => void) | null): Promise<Page<Path>>;
  /**
   * The first page and the raw `Response` it came in.
   *
   * @throws the errors awaiting the listing throws.
   */
  withResponse(): Promise<{ data: Page<Path>; response: Response }>;
  /**
   * Every page instead of every item, as `pages` yields them, within the options' limits.
   *
   * @throws the errors `pages` throws.
   */
  pages(): AsyncGenerator<PageOf<Path>, void, undefined>;
}

// ---------------------------------------------------------------------------------------
// Types: a method's signature from its operation in the generated tree.

/** Any operation of the generated tree. */
type AnyOperation = Operation<
  keyof paths,
  string,
  unknown[],
  "required" | "optional" | "none",
  "required" | "optional" | "none",
  "json" | "list" | "blob" | "text"
>;

/**
 * The query parameters an operation takes, as the path-style client takes them in
 * `params.query` and a resource method as its query argument (or `options.query` beside a
 * body).
 *
 * @example const query: RequestQuery<"/api/calls", "get"> = { fromDate: "2025-01-01" };
 */
export type RequestQuery<Path extends PathWithMethod<Method>, Method extends HttpMethod> =
  // Read with `infer`, not indexed access: a generic `X["params"]["query"]` makes TypeScript
  // work the type out for every path at once, in every program that uses a resource method
  // (`npm run bench`, type-check section, counts the instantiations).
  RequestInitFor<Path, Method> extends { params?: { query?: infer Query } }
    ? NonNullable<Query>
    : never;

/** The data a success answer carries, read with `Options` (`{ parseAs }`), as the path-style client types it. */
type DataOf<Path extends keyof paths, Method extends HttpMethod, Options> =
  FetchResponse<OperationOf<Path, Method>, Options, `${string}/${string}`> extends {
    data?: infer Data;
  }
    ? NoContent<NonNullable<Data>>
    : never;

/** The operation of `Path` and `Method`, as openapi-fetch takes it. */
type OperationOf<Path extends keyof paths, Method extends HttpMethod> = paths[Path] extends {
  [M in Method]: infer Operation extends Record<string, unknown>;
}
  ? Operation
  : never;
/** `undefined` for an answer without content, which the path-style client types as `never`. */
type NoContent<Data> = [Data] extends [never] ? undefined : Data;

/** The arguments after the path parameters: the query or the body, then the options. */
type InputArgs<
  Path extends PathWithMethod<Method>,
  Method extends HttpMethod,
  Op extends AnyOperation,
  Options,
> = Op["body"] extends "none"
  ? Op["query"] extends "none"
    ? [options?: Options]
    : Op["query"] extends "required"
      ? [query: RequestQuery<Path, Method>, options?: Options]
      : [query?: RequestQuery<Path, Method>, options?: Options]
  : Op["query"] extends "none"
    ? Op["body"] extends "required"
      ? [body: RequestBody<Path, Extract<Method, MethodOf<Path>>>, options?: Options]
      : [body?: RequestBody<Path, Extract<Method, MethodOf<Path>>>, options?: Options]
    : Op["query"] extends "required"
      ? [
          body: RequestBody<Path, Extract<Method, MethodOf<Path>>> | undefined,
          options: Options & { query: RequestQuery<Path, Method> },
        ]
      : Op["body"] extends "required"
        ? [
            body: RequestBody<Path, Extract<Method, MethodOf<Path>>>,
            options?: Options & { query?: RequestQuery<Path, Method> },
          ]
        : [
            body?: RequestBody<Path, Extract<Method, MethodOf<Path>>>,
            options?: Options & { query?: RequestQuery<Path, Method> },
          ];

/** The method for one operation of the tree. */
type ResourceMethod<Op extends AnyOperation> = MethodFor<
  Extract<Op["path"], PathWithMethod<Extract<Op["method"], HttpMethod>>>,
  Extract<Op["method"], HttpMethod>,
  Op
>;

type MethodFor<
  Path extends PathWithMethod<Method>,
  Method extends HttpMethod,
  Op extends AnyOperation,
> = Op["answer"] extends "list"
  ? (
      ...args: [...pathArgs: Op["pathArgs"], ...InputArgs<Path, Method, Op, ListOptions>]
    ) => ListPromise<Extract<Path, PaginatedPath>>
  : Op["answer"] extends "json"
    ? (
        ...args: [
          ...pathArgs: Op["pathArgs"],
          // Create Call and Create Agent Call also take `createOnce`, as path-style calls do.
          ...InputArgs<Path, Method, Op, CallOptions & CreateOnceInit<Path, Method>>,
        ]
      ) => APIPromise<DataOf<Path, Method, {}>>
    : <As extends BinaryParseAs = Extract<Op["answer"], BinaryParseAs>>(
        ...args: [
          ...pathArgs: Op["pathArgs"],
          ...InputArgs<Path, Method, Op, CallOptions & { parseAs?: As }>,
        ]
      ) => APIPromise<DataOf<Path, Method, { parseAs: As }>>;

/** A resource of the tree: its methods and the resources under it. */
type Resource<Node> = {
  readonly [Name in keyof Node]: Node[Name] extends AnyOperation
    ? ResourceMethod<Node[Name]>
    : Resource<Node[Name]>;
};

/**
 * Every operation of the API as a method of the client, by resource: `uv.calls.create(body)`,
 * `uv.calls.get(callId)`, `uv.agents.calls.create(agentId, body, { query })`,
 * `uv.calls.stages.messages.list(callId, callStageId)`. Path parameters come first, in path
 * order; then the body, or the query when the operation takes no body; then
 * {@link CallOptions}. Each method is documented with its operation's summary and
 * description, and returns an {@link APIPromise} of its data, or a {@link ListPromise} for a
 * listing. Binary answers (recordings, audio) resolve with a `Blob`, or as `options.parseAs`
 * says (`"stream"`, `"arrayBuffer"`); text answers with a string.
 */
export type UltravoxResources = Resource<ResourceTree>;

// ---------------------------------------------------------------------------------------
// Runtime.

type Init = Record<string, unknown>;
type Result = { data?: unknown; error?: unknown; response: Response };
type Send = (path: string, init: Init) => Promise<Result>;
/** The path-style client, as this module calls it. */
type Client = Record<string, Send>;

/**
 * `client` with its resource tree: a new object with `client`'s own properties (the
 * path-style methods) whose resources call `client`'s methods.
 */
// Built on first use, resource by resource: a client is often made per request (serverless),
// and making a hundred methods for each would cost more than its requests' own overhead.
// Each resource's getters live on a prototype made once per process.
export function withResources<Client extends object>(client: Client): Client & UltravoxResources {
  return Object.assign(resourceOf(RESOURCE_TABLE, client as never), client) as never;
}

const CLIENT = Symbol("client");
type Node = { [CLIENT]: Client } & Record<string, unknown>;
const prototypes = new WeakMap<ResourceTable, object>();

function resourceOf(table: ResourceTable, client: Client): Node {
  let prototype = prototypes.get(table);
  if (!prototype) {
    prototype = {};
    for (const name in table) {
      const entry = table[name]!;
      const shape = isEntry(entry) ? shapeOf(entry) : undefined;
      Object.defineProperty(prototype, name, {
        enumerable: true,
        get(this: Node) {
          const client = this[CLIENT];
          const value = shape
            ? methodOf(shape, client)
            : resourceOf(entry as ResourceTable, client);
          Object.defineProperty(this, name, { value, enumerable: true });
          return value;
        },
      });
    }
    prototypes.set(table, prototype);
  }
  const resource = Object.create(prototype) as Node;
  resource[CLIENT] = client;
  return resource;
}

const isEntry = (entry: ResourceTable | OperationEntry): entry is OperationEntry =>
  Array.isArray(entry);

/** What a method needs to shape one call. */
interface Shape {
  method: string;
  path: string;
  /** The path parameters' names, in path order. */
  names: string[];
  input: OperationEntry[2];
  list: boolean;
  /** How the success body is read when the call does not say (binary and text answers). */
  parseAs: string | undefined;
  /** The body fields sent as files, which make the body `multipart/form-data`. */
  files: readonly string[] | undefined;
}

function shapeOf([method, path, input, answer, files]: OperationEntry): Shape {
  return {
    method,
    path,
    names: Array.from(path.matchAll(/\{(\w+)\}/g), ([, name]) => name!),
    input,
    list: answer === "list",
    parseAs: answer === "blob" || answer === "text" ? answer : undefined,
    files,
  };
}

function methodOf(shape: Shape, client: Client): (...args: unknown[]) => unknown {
  if (shape.list)
    return (...args) => {
      // A list starts nothing until awaited or iterated; a bad argument rejects then.
      try {
        return new ListPromiseImpl(listCall(client, shape, args));
      } catch (error) {
        return new ListPromiseImpl(undefined, error);
      }
    };
  return (...args) => apiPromise(sendShaped(client[shape.method]!, shape, args));
}

/** Sends the call `args` describe; rejects, without sending, when they make no sense. */
function sendShaped(send: Send, shape: Shape, args: unknown[]): Promise<Result> {
  try {
    return send(shape.path, initOf(shape, args));
  } catch (error) {
    return Promise.reject(error);
  }
}

/**
 * The path-style `init` for a method's arguments: path parameters by name, then the
 * query or the body, then the options (whose `query` is the query when there is a body).
 *
 * @throws {UltravoxParameterError} (`options`) for options that are not an object, or that
 *   hold `params` or `body` (the method's arguments give them); (`body.file`, …) for a
 *   file that is not a Blob or bytes.
 */
function initOf(shape: Shape, args: unknown[]): Init {
  const { names, input } = shape;
  const count = names.length;
  const options = args[input ? count + 1 : count];
  const init: Init = options === undefined ? {} : { ...checkOptions(options) };
  const params: { path?: Init; query?: unknown } = {};
  if (count) {
    const path: Init = {};
    for (let index = 0; index < count; index++) path[names[index]!] = args[index];
    params.path = path;
  }
  if (input === "query") params.query = args[count];
  else if (input === "body") {
    const body = args[count];
    if (init["query"] !== undefined) params.query = init["query"];
    delete init["query"];
    if (body !== undefined) init["body"] = body;
    if (shape.files && isPlainObject(body) && shape.files.some((name) => body[name] !== undefined))
      init["bodySerializer"] = () => formData(body, shape.files!);
  }
  init["params"] = params;
  if (shape.parseAs && init["parseAs"] === undefined) init["parseAs"] = shape.parseAs;
  return init;
}

function checkOptions(options: unknown): Init {
  check(
    isPlainObject(options),
    "options",
    `is ${kindOf(options)}: pass an object such as { timeoutMs: 5000 }`,
  );
  for (const name of ["params", "body"])
    check(
      options[name] === undefined,
      `options.${name}`,
      "is given by the method's arguments: leave it out",
    );
  return options;
}

/**
 * A body with files as `multipart/form-data`: each file field (a `Blob` or `File` as it is,
 * bytes as a `Blob`) and each other field as text.
 *
 * @throws {UltravoxParameterError} naming the field: a file that is not a Blob, a File, an
 *   ArrayBuffer or a typed array (a string would be sent as its characters, not the file
 *   it names); another field that is not a string, number or boolean.
 */
function formData(body: Record<string, unknown>, files: readonly string[]): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(body)) {
    if (value === undefined) continue;
    if (files.includes(name)) {
      const bytes = value instanceof ArrayBuffer || ArrayBuffer.isView(value);
      check(
        value instanceof Blob || bytes,
        `body.${name}`,
        `is ${kindOf(value)}: pass the file's contents (a Blob, File, ArrayBuffer or Uint8Array)`,
      );
      form.append(name, bytes ? new Blob([value as ArrayBuffer]) : (value as Blob));
    } else {
      check(
        ["string", "number", "boolean"].includes(typeof value),
        `body.${name}`,
        `is ${kindOf(value)}: pass a string, number or boolean`,
      );
      form.append(name, String(value));
    }
  }
  return form;
}

/**
 * The data of `result` as a native promise (what `await` handles fastest) that also gives
 * the `Response`. Reading the result only with `withResponse()` marks the data promise
 * handled, so that its rejection is not reported as unhandled.
 */
function apiPromise(result: Promise<Result>): APIPromise<unknown> {
  const data = result.then(unwrap) as APIPromise<unknown>;
  data.withResponse = () => {
    data.catch(ignore);
    return result.then(withResponse);
  };
  return data;
}

const ignore = () => {};
const withResponse = (result: Result) => ({ data: unwrap(result), response: result.response });

/** One listing: where it is, what its first request takes, and the limits of its iteration. */
interface ListCall {
  client: Client;
  path: string;
  init: Init;
  limits: PaginationLimits;
  /** The cursors this chain of pages was given so far, once a page asks for the next. */
  cursors?: Set<string>;
}

/**
 * The listing `args` describe.
 *
 * @throws {UltravoxParameterError} as {@link initOf} does.
 */
function listCall(client: Client, shape: Shape, args: unknown[]): ListCall {
  const init = initOf(shape, args);
  const { maxItems, maxPages, prefetch } = init;
  delete init["maxItems"];
  delete init["maxPages"];
  delete init["prefetch"];
  return {
    client,
    path: shape.path,
    init,
    limits: { maxItems, maxPages, prefetch } as PaginationLimits,
  };
}

/** The loose signature of `paginate` and `pages` this module calls them with. */
type Walk = (client: Client, path: string, init: Init, limits: PaginationLimits) => AsyncGenerator;

// Not a Promise: a listing that is only iterated must not request its first page.
class ListPromiseImpl<Path extends PaginatedPath> implements ListPromise<Path> {
  readonly #call: ListCall | undefined;
  readonly #error: unknown;
  // The first page's request, sent when first awaited.
  #first: Promise<Result> | undefined;

  /** A listing, or the error its arguments make (thrown when it is awaited or iterated). */
  constructor(call: ListCall | undefined, error?: unknown) {
    this.#call = call;
    this.#error = error;
  }

  /** The listing, once its arguments are known to make sense. */
  #listing(): ListCall {
    if (!this.#call) throw this.#error;
    return this.#call;
  }

  #request(): Promise<Result> {
    if (this.#first) return this.#first;
    try {
      const { client, path, init } = this.#listing();
      return (this.#first = client["GET"]!(path, init));
    } catch (error) {
      return (this.#first = Promise.reject(error));
    }
  }

  then<Fulfilled = Page<Path>, Rejected = never>(
    onfulfilled?: ((page: Page<Path>) => Fulfilled | PromiseLike<Fulfilled>) | null,
    onrejected?: ((reason: unknown) => Rejected | PromiseLike<Rejected>) | null,
  ): Promise<Fulfilled | Rejected> {
    const call = this.#call!;
    return this.#request()
      .then((result) => pageOf(call, result) as unknown as Page<Path>)
      .then(onfulfilled, onrejected);
  }

  catch<Rejected = never>(
    onrejected?: ((reason: unknown) => Rejected | PromiseLike<Rejected>) | null,
  ): Promise<Page<Path> | Rejected> {
    return this.then(undefined, onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<Page<Path>> {
    return this.then().finally(onfinally);
  }

  withResponse(): Promise<{ data: Page<Path>; response: Response }> {
    const call = this.#call!;
    return this.#request().then((result) => ({
      data: pageOf(call, result) as unknown as Page<Path>,
      response: result.response,
    }));
  }

  pages(): AsyncGenerator<PageOf<Path>, void, undefined> {
    const { client, path, init, limits } = this.#listing();
    return (pages as unknown as Walk)(client, path, init, limits) as AsyncGenerator<
      PageOf<Path>,
      void,
      undefined
    >;
  }

  [Symbol.asyncIterator](): AsyncIterator<ItemOf<Path>> {
    const { client, path, init, limits } = this.#listing();
    return (paginate as unknown as Walk)(client, path, init, limits) as AsyncIterator<ItemOf<Path>>;
  }
}

/** A page of the API's answer, with the way to the next. */
class PageImpl {
  readonly #call: ListCall;
  readonly #response: Response;
  declare next?: string | null;

  constructor(call: ListCall, response: Response) {
    this.#call = call;
    this.#response = response;
  }

  nextPage(): Promise<PageImpl | undefined> {
    const { next } = this;
    if (!next) return Promise.resolve(undefined);
    const { path, init } = this.#call;
    const cursors = (this.#call.cursors ??= new Set());
    const refused = (what: string) =>
      Promise.reject(new UltravoxError(`${path}: the API sent ${what}; nothing from it was used`));
    const cursor = httpUrl(next, requestLineOf(this.#response).url)?.searchParams.get("cursor");
    if (!cursor) return refused("a next link without a cursor");
    if (cursors.has(cursor)) return refused(`the cursor "${cursor}" a second time`);
    cursors.add(cursor);
    const params = init["params"] as { query?: object };
    const call: ListCall = {
      ...this.#call,
      init: { ...init, params: { ...params, query: { ...params.query, cursor } } },
    };
    return new ListPromiseImpl(call).then();
  }
}

/**
 * The page `result` carries (or the error its status means), checked as `pages` checks
 * every page.
 *
 * @throws {UltravoxAPIError} (by status) as `unwrap` does.
 * @throws {UltravoxError} when the answer is not a page.
 */
function pageOf(call: ListCall, result: Result): PageImpl {
  const body = unwrap(result);
  const problem = pageProblem(body);
  if (problem)
    throw new UltravoxError(`${call.path}: the API sent ${problem}; nothing from it was used`);
  return Object.assign(new PageImpl(call, result.response), body);
}
