// What only server runtimes (Node, Bun, Deno, workers) need: following redirects
// without the key, the User-Agent, socket error codes, environment variables, logging,
// one shared deadline timer that lets the process exit, and redacting the API key from
// what a response or an error carries. The browser build (dist/index.browser.js, the
// package's "browser" export) swaps this module for platform.browser.ts, so browser
// bundles carry none of it.
import { setHeader } from "../client-options.js";
import { UltravoxError } from "../errors.js";
import { httpUrl } from "../utils/http-url.js";
import { VERSION } from "../version.js";

export { startDeadline } from "./deadline.js";
export { readEnv } from "./env.js";
export { createLog } from "./log.js";
export { redactedError, redactedResponse, redactor } from "./redact.js";

/**
 * Whether this is the server build: `false` in the browser twin. Code only servers need
 * (logging, for one) runs under `if (SERVER_BUILD)`, so that the browser build, where the
 * condition is a constant `false`, leaves it out.
 */
export const SERVER_BUILD: boolean = true;

/** How many redirects one attempt follows before it fails. */
export const MAX_REDIRECTS = 10;
const CREDENTIAL_HEADERS = ["x-api-key", "x-unsafe-api-key", "authorization", "cookie"];
const REDIRECT_STATUSES = [301, 302, 303, 307, 308];
// Error codes (undici, Bun) that only arise while connecting: the request never left.
const NEVER_SENT = /REFUSED|NOTFOUND|EAI_AGAIN|UNREACH|CONNECT_T/i;

/** Sends a request with extra init (an attempt's signal and redirect mode). */
export type Send = (request: Request, init: RequestInit) => Promise<Response>;

/** The header that carries the API key. */
export const API_KEY_HEADER: string = "X-API-Key";

/**
 * Sets the User-Agent the client sends, `ultravox-api/<version> node/<version>` (or `bun/`,
 * `deno/`) followed by `suffix`, unless `headers` has one; nothing where `process.versions`
 * is absent (workers).
 *
 * @throws {UltravoxParameterError} for `userAgent` when `suffix` is not valid in a header.
 */
export function addUserAgent(headers: Headers, suffix = ""): void {
  const versions = (globalThis as { process?: { versions?: Record<string, string> } }).process
    ?.versions;
  if (!versions?.["node"] || headers.has("user-agent")) return;
  const name = ["bun", "deno"].find((candidate) => versions[candidate]) ?? "node";
  const agent = `ultravox-api/${VERSION} ${name}/${versions[name]} ${suffix}`.trim();
  setHeader(headers, "User-Agent", agent, "userAgent");
}

/**
 * Whether a failed fetch's error proves the request never reached the server (safe to
 * resend a POST): its `code`, or its `cause`'s (undici, Deno), says so. Never throws.
 */
export function wasNeverSent(error: unknown): boolean {
  return NEVER_SENT.test(String(Object(Object(error).cause ?? error).code));
}

/**
 * Sends one attempt of `request` with `send` and the attempt's `signal`. When the request
 * may follow redirects, follows GET/HEAD redirects itself, with `redirect: "manual"`,
 * dropping the credential headers once the chain leaves the request's origin: fetch would
 * send X-API-Key on to the storage host of a recording. A redirect of another method is
 * returned as it is. Where the runtime hides a manual redirect's `Location` (a browser),
 * resends the request for the runtime to follow.
 *
 * @throws {UltravoxError} after {@link MAX_REDIRECTS} redirects (a loop) or to a `Location`
 *   that is not an http(s) URL, and whatever `send` throws.
 */
export async function sendAttempt(
  send: Send,
  request: Request,
  signal: AbortSignal,
): Promise<Response> {
  const { method } = request;
  if (request.redirect !== "follow") return send(request, { signal });
  let response = await send(request, { signal, redirect: "manual" });
  if (method !== "GET" && method !== "HEAD") return response;
  const fail = (what: string) =>
    new UltravoxError(`${method} ${new URL(request.url).pathname}: ${what}`);
  let headers: Headers | undefined;
  let url = "";
  for (let hops = 0; REDIRECT_STATUSES.includes(response.status); hops++) {
    const location = response.headers.get("location");
    if (location === null) break;
    await response.body?.cancel();
    url ||= request.url;
    if (hops === MAX_REDIRECTS)
      throw fail(`more than ${MAX_REDIRECTS} redirects (the limit), probably a redirect loop`);
    const target = httpUrl(location, url);
    if (!target) throw fail("redirected to a Location that is not an http(s) URL");
    headers ??= new Headers(request.headers);
    // Once the chain has left the API's origin the credentials stay off, even if it comes back.
    if (target.origin !== new URL(url).origin) {
      for (const name of CREDENTIAL_HEADERS) headers.delete(name);
    }
    url = target.href;
    response = await send(new Request(url, { method, headers }), { signal, redirect: "manual" });
  }
  if (!url && !response.status && response.type === "opaqueredirect")
    response = await send(request, { signal });
  return response;
}
