// A call's init, checked before anything is sent. openapi-fetch passes most of it on as it
// is: a header the platform refuses surfaces as a TypeError quoting its value, a key it does
// not know is silently ignored, and a per-call serializer or base URL would bypass the checks
// the client makes on every path, query and host.
import { checkBaseUrl, setHeader } from "../client-options.js";
import { UltravoxParameterError } from "../errors.js";
import { check, isPlainObject } from "../utils/checks.js";

// The RequestInit options fetch itself reads, checked by building a Request with them.
// Marked pure (here and below): bundlers keep a top-level call otherwise, even in a program
// that only verifies webhooks.
const FETCH_OPTIONS =
  /* @__PURE__ */ "redirect credentials mode cache keepalive integrity referrer referrerPolicy priority".split(
    " ",
  );

// What a call's init may hold: openapi-fetch's per-request options that the client does not
// set itself, the transport's RequestOptions, and fetch's.
const CALL_OPTIONS =
  /* @__PURE__ */ "params body bodySerializer headers signal parseAs fetch middleware baseUrl timeoutMs maxRetries retryNonIdempotent"
    .split(" ")
    .concat(FETCH_OPTIONS);

// openapi-fetch accepts these per call, but the client sets them. (`bodySerializer` stays a
// call's own: Create Voice uploads its sample as multipart/form-data.)
const CLIENT_OPTIONS = ["method", "querySerializer", "pathSerializer"];

const API_KEY_HEADERS = ["x-api-key", "x-unsafe-api-key"];

/**
 * Checks the init of one call of `method` (upper case), before anything is sent: its keys,
 * `params`, `headers`, `params.header`, `baseUrl`, and that a GET has no body. The
 * transport's own options (`timeoutMs`, `parseAs`, `signal`, `fetch`, …) are checked by the
 * transport.
 *
 * @throws {UltravoxParameterError} naming the value as written in the call (never quoting
 *   it): a key that is not an option of a call (`init.timeoutMS`), or one the client owns
 *   (`init.method`, `init.querySerializer`, `init.pathSerializer`);
 *   `params` that is not an object or holds anything but `path`, `query` and `header`; a
 *   header (`init.headers["X-Team"]`, `params.header["X-Team"]`) whose value is not a
 *   string, number or boolean (or an array of them, or null to remove it), whose name or
 *   value is not valid HTTP, or that carries the API key (give it as the client's
 *   `apiKey`); a `baseUrl` that is not an http(s) URL without credentials, query or
 *   fragment; a `body` on a GET; `middleware` that is not an array of objects with
 *   `onRequest`, `onResponse` or `onError` functions; a fetch option (`redirect`, `mode`,
 *   `cache`, …) that fetch refuses.
 */
export function checkCallInit(init: Record<string, unknown>, method: string): void {
  for (const name in init)
    check(
      CALL_OPTIONS.includes(name),
      `init.${name}`,
      CLIENT_OPTIONS.includes(name)
        ? "is set by the client (method by the method you call): leave it out"
        : `is not an option of a call; the options are ${CALL_OPTIONS.join(", ")}`,
    );
  const { params, headers, baseUrl, body } = init;
  if (params != null) {
    check(isPlainObject(params), "params", "must be an object");
    for (const name in params)
      check(
        ["path", "query", "header"].includes(name),
        `params.${name}`,
        "is not a kind of parameter: use path, query or header",
      );
    checkHeaders(params["header"], "params.header");
  }
  checkHeaders(headers, "init.headers");
  if (init["middleware"] !== undefined) checkMiddleware(init["middleware"], "init.middleware");
  checkFetchOptions(init);
  if (baseUrl !== undefined) checkBaseUrl(baseUrl, "init.baseUrl");
  check(
    body === undefined || method !== "GET",
    "init.body",
    "must be left out: a GET sends no body",
  );
}

/**
 * Checks the headers one call adds: a `Headers`, `[name, value]` pairs or an object whose
 * values are strings, numbers, booleans, arrays of them, or null/undefined (no header).
 */
function checkHeaders(headers: unknown, where: string): void {
  if (headers == null) return;
  check(typeof headers === "object", where, "must be an object");
  const scratch = new Headers();
  const entries =
    Symbol.iterator in headers ? (headers as Iterable<unknown>) : Object.entries(headers);
  for (const entry of entries) {
    const [name, value] = Array.isArray(entry) ? entry : [];
    const parameter = `${where}[${JSON.stringify(name)}]`;
    if (value == null) continue;
    if (typeof name === "string" && API_KEY_HEADERS.includes(name.toLowerCase()))
      throw new UltravoxParameterError(
        parameter,
        "carries the API key: pass it as apiKey to createUltravoxClient (a client per key)",
      );
    for (const item of [value].flat()) {
      check(
        ["string", "number", "boolean"].includes(typeof item),
        parameter,
        "must be a string, number, boolean or an array of them",
      );
      setHeader(scratch, name, String(item), parameter, true);
    }
  }
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

/** Checks the fetch options a call gives by building a Request with them, as openapi-fetch will. */
function checkFetchOptions(init: Record<string, unknown>): void {
  const given = FETCH_OPTIONS.filter((name) => init[name] !== undefined);
  const request = (names: string[]) => {
    try {
      new Request("http://localhost/", Object.fromEntries(names.map((name) => [name, init[name]])));
      return true;
    } catch {
      return false;
    }
  };
  if (!given.length || request(given)) return;
  // The first that fails on its own, else the last (`cache: "only-if-cached"` needs a `mode`).
  const culprit = given.find((name) => !request([name])) ?? given.at(-1)!;
  throw new UltravoxParameterError(
    `init.${culprit}`,
    "is not a value fetch takes (alone or with the call's other fetch options)",
  );
}
