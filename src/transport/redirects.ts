// Following redirects without the API key: fetch would send X-API-Key on to the storage
// host of a recording. Server build only (a browser follows redirects itself, under CORS).
import { UltravoxError } from "../errors.js";
import { CREDENTIAL_HEADERS } from "../request/headers.js";
import type { FetchInit } from "../options.js";
import { httpUrl } from "../utils/http-url.js";

/** Sends a request with extra init (an attempt's signal and redirect mode). */
export type Send = (request: Request, init: RequestInit) => Promise<Response>;

/** How many redirects one attempt follows before it fails. */
export const MAX_REDIRECTS = 10;
const REDIRECT_STATUSES = [301, 302, 303, 307, 308];

/**
 * Sends one attempt of `request` with `send` and the attempt's `signal`, `fetchInit` being
 * the fetch options it was built with (each redirected request gets them too). When the request
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
  fetchInit: FetchInit,
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
    // With the call's fetch options: a redirected request goes the same way (a proxy, a pool).
    const hop = new Request(url, { ...fetchInit, method, headers });
    response = await send(hop, { signal, redirect: "manual" });
  }
  if (!url && !response.status && response.type === "opaqueredirect")
    response = await send(request, { signal });
  return response;
}
