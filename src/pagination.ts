import type { Middleware } from "openapi-fetch";
import type { paths } from "../generated/schema.js";
import type { UltravoxClient } from "./typed-client.js";
import { UltravoxError } from "./errors.js";
import { httpUrl } from "./utils/http-url.js";
import { check, checkTypeOf, isCount, isPlainObject, kindOf } from "./utils/checks.js";
import { requestLineOf } from "./transport/request-line.js";
import type { PathWithMethod, RequestInitFor, ResponseData } from "./typed-client.js";
import { unwrap } from "./unwrap.js";

type GetPath = PathWithMethod<"get">;

// What `client.GET(path)` resolves `data` to.
type GetData<Path extends GetPath> = NonNullable<ResponseData<Path, "get">>;

// The generated 200 body: enough to tell a page by its `results`, and cheaper to compute for
// every path. (`unknown`, not `never`, without one: `never extends` anything would admit the path.)
type RawGetBody<Path extends GetPath> = paths[Path]["get"] extends {
  responses: { 200: { content: { "application/json": infer Body } } };
}
  ? Body
  : unknown;

/** The API paths whose GET answers a page, `{ results: [...], next, previous, total }`: the paths {@link paginate} accepts. */
export type PaginatedPath = {
  [Path in GetPath]: RawGetBody<Path> extends { results: unknown[] } ? Path : never;
}[GetPath];

/** One page of `Path` as the API returns it. */
export type PageOf<Path extends PaginatedPath> = GetData<Path>;

/** One item of a page of `Path`, such as a call for `"/api/calls"`. */
export type ItemOf<Path extends PaginatedPath> = PageOf<Path>["results"][number];

/** What a listing's first request takes: what `client.GET` takes (pages are read as JSON). */
export type PageRequestInit<Path extends PaginatedPath> = RequestInitFor<Path, "get">;

/** Bounds for {@link paginate} and {@link pages}, checked before the first request. */
export interface PaginationLimits {
  /** Stop after this many items (the last page is cut short): a whole number; `0` requests nothing; `Infinity` (the default) is no limit. */
  maxItems?: number;
  /** Stop after this many pages: a whole number; `0` requests nothing; `Infinity` (the default) is no limit. */
  maxPages?: number;
  /** Request page n+1 while the caller consumes page n (two pages in memory instead of one). Default false. */
  prefetch?: boolean;
}

/** `[init, limits]`: `init` is optional exactly when `client.GET(path)` needs no parameters. */
export type PaginationArgs<Path extends PaginatedPath> =
  {} extends PageRequestInit<Path>
    ? [init?: NoInfer<PageRequestInit<Path>>, limits?: PaginationLimits]
    : [init: NoInfer<PageRequestInit<Path>>, limits?: PaginationLimits];

type LooseInit = {
  params?: { query?: Record<string, unknown> };
  signal?: AbortSignal | null;
  middleware?: Middleware[];
};
type LoosePage = { results: unknown[]; next?: string | null };
type LooseGet = (
  path: string,
  init: LooseInit,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/**
 * Yields every page of a listing, requesting the next one only when needed (one page in
 * memory), until `next` is null or `""` or a limit is reached. `next` is an http(s) URL or
 * a reference resolved against the page's URL (`/api/calls?cursor=…`, `?cursor=…`, as
 * RFC 3986 reads it). It is followed as-is only when it is on the origin and path the
 * client requested; otherwise only its `cursor` is sent, to the client's own base URL, so
 * the API key never goes to another host.
 *
 * @example for await (const page of pages(uv, "/api/calls", { params: { query: { pageSize: 100 } } })) console.log(page.results.length);
 * @throws {UltravoxAPIError} (by status) when a page request fails, like `unwrap`; also
 *   `UltravoxTimeoutError`, `UltravoxConnectionError`, and the `AbortError` of `init.signal`.
 * @throws {UltravoxError} naming the path, before yielding anything from the page at fault,
 *   when the API answers something that is not a page (not an object, `results` not an
 *   array, `next` neither a string nor null), a `next` on another scheme than http(s), a
 *   cursor it already gave or a `next` back to the page itself (an endless loop), or a
 *   `next` on another origin or path without a `cursor`.
 * @throws {UltravoxParameterError} on the first iteration, before any request, when a
 *   limit makes no sense (`limits` not an object literal, `maxItems`/`maxPages` not a whole
 *   number, 0 or more, or `Infinity`; `prefetch` not a boolean).
 */
export async function* pages<Path extends PaginatedPath>(
  client: UltravoxClient,
  path: Path,
  ...[init, limits = {}]: PaginationArgs<Path>
): AsyncGenerator<PageOf<Path>, void, undefined> {
  const get = client.GET as unknown as LooseGet;
  const { maxItems = Infinity, maxPages = Infinity, prefetch } = checkLimits(limits);
  // Our own signal, following the caller's, cancels a prefetch the caller no longer wants.
  const caller = (init as LooseInit | undefined)?.signal;
  const stop = new AbortController();
  const abort = () => stop.abort(caller?.reason);
  if (caller?.aborted) abort();
  caller?.addEventListener("abort", abort);
  const first: LooseInit = { ...(init as LooseInit | undefined), signal: stop.signal };
  const seenCursors = new Set([first.params?.query?.["cursor"]]);

  /** The error for an answer of which nothing is used: `what` the API sent instead of a page. */
  const refused = (what: string) =>
    new UltravoxError(`${path}: the API sent ${what}; nothing from it was used`);

  async function fetchPage(request: LooseInit): Promise<[LoosePage, LooseInit?]> {
    const result = await get(path, request);
    const body = unwrap(result);
    const problem = pageProblem(body);
    if (problem) throw refused(problem);
    const page = body as LoosePage;
    if (!page.next) return [page];
    const requested = new URL(requestLineOf(result.response).url);
    let next = httpUrl(page.next, requested);
    if (!next) throw refused("a next link that is not an http(s) URL");
    next.hash = ""; // never sent
    const cursor = next.searchParams.get("cursor");
    const key = cursor ?? next.href;
    if (seenCursors.has(key)) throw refused(`the cursor "${key}" a second time`);
    if (next.href === requested.href) throw refused("a next link to the page itself");
    seenCursors.add(key);
    if (next.origin !== requested.origin || next.pathname !== requested.pathname) {
      if (!cursor) throw refused("a next link to another origin or path, without a cursor");
      // Only the cursor goes on, to the origin and path the client requested.
      requested.searchParams.set("cursor", cursor);
      next = requested;
    }
    const url = next;
    const follow: Middleware = { onRequest: ({ request }) => new Request(url, request) };
    return [page, { ...first, middleware: [...(first.middleware ?? []), follow] }];
  }

  let request: LooseInit | undefined = first;
  let prefetched: Promise<[LoosePage, LooseInit?]> | undefined;
  let items = 0;
  try {
    for (let count = 0; request && count < maxPages && items < maxItems; count++) {
      const [page, next]: [LoosePage, LooseInit?] = await (prefetched ?? fetchPage(request));
      request = next;
      prefetched = undefined;
      const isLast = count + 1 >= maxPages || items + page.results.length >= maxItems;
      if (prefetch && next && !isLast) {
        prefetched = fetchPage(next);
        prefetched.catch(() => {}); // rethrown when awaited; ignored if the caller stops first
      }
      const results = page.results.slice(0, maxItems - items);
      items += results.length;
      yield (results.length < page.results.length ? { ...page, results } : page) as PageOf<Path>;
    }
  } finally {
    caller?.removeEventListener("abort", abort);
    stop.abort();
  }
}

/**
 * Yields every item of every page of a listing, typed from the path's response. Only
 * paths that answer a page type-check. Pages are fetched as {@link pages} does.
 *
 * @example for await (const call of paginate(uv, "/api/calls", { params: { query: { pageSize: 100 } } })) console.log(call.callId);
 * @throws the errors {@link pages} throws.
 */
export async function* paginate<Path extends PaginatedPath>(
  client: UltravoxClient,
  path: Path,
  ...args: PaginationArgs<Path>
): AsyncGenerator<ItemOf<Path>, void, undefined> {
  for await (const page of pages(client, path, ...args))
    yield* (page as LoosePage).results as ItemOf<Path>[];
}

/** The limits, once each is known to make sense (checked before any request). */
function checkLimits(limits: unknown): PaginationLimits {
  check(
    isPlainObject(limits),
    "limits",
    `is ${kindOf(limits)}: pass an object such as { maxItems: 100 }`,
  );
  const { maxItems, maxPages, prefetch } = limits;
  for (const [name, value] of Object.entries({ maxItems, maxPages }))
    check(
      value === undefined || value === Infinity || isCount(value),
      `limits.${name}`,
      "must be a whole number, 0 or more, or Infinity for no limit",
    );
  checkTypeOf(prefetch, "boolean", "limits.prefetch");
  return limits;
}

/**
 * Why the API's answer is not a page (an object whose `results` is an array and whose
 * `next` is a string, null or absent), or `""` when it is one.
 */
export function pageProblem(body: unknown): string {
  if (!isPlainObject(body)) return `an answer that is ${kindOf(body)}`;
  const { results, next } = body;
  if (!Array.isArray(results)) return `a page whose results is ${kindOf(results)}`;
  if (next != null && typeof next !== "string") return `a page whose next is ${kindOf(next)}`;
  return "";
}
