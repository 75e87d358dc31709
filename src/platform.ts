// What only server runtimes (Node, Bun, Deno, workers) need. The browser build
// (dist/index.browser.js, the package's "browser" export) swaps this module for
// platform.browser.ts, so browser bundles carry none of it.
import type { SendOnce } from "./retry.js";

const MAX_REDIRECTS = 10;
const CREDENTIAL_HEADERS = ["x-api-key", "x-unsafe-api-key", "authorization", "cookie"];
// Error codes (undici, Bun) that only arise while connecting: the request never left.
const NEVER_SENT = /REFUSED|NOTFOUND|EAI_AGAIN|UNREACH|CONNECT_T/i;

/** The header that carries the API key. */
export const API_KEY_HEADER: string = "X-API-Key";

/** `node/20.20.2`, `bun/1.4.5` or `deno/2.9.6` for the User-Agent; undefined where `process.versions` is absent. */
export function runtimeName(): string | undefined {
  const versions = (globalThis as { process?: { versions?: Record<string, string> } }).process
    ?.versions;
  if (!versions?.["node"]) return undefined;
  const name = ["bun", "deno"].find((candidate) => versions[candidate]) ?? "node";
  return `${name}/${versions[name]}`;
}

/** Whether a failed fetch's error code proves the request never reached the server (safe to resend a POST). */
export function wasNeverSent(code: unknown): boolean {
  return NEVER_SENT.test(String(code));
}

/**
 * Sends `request` (whose redirect mode is "follow") with `signal` and follows GET/HEAD
 * redirects itself, dropping the credential headers once the chain leaves the API's
 * origin: fetch would send X-API-Key on to the storage host of a recording. Redirects
 * of other methods are returned, not followed. Calls `hidesRedirects` (and lets the
 * runtime follow) when the runtime hides a manual redirect's Location.
 */
export async function sendFollowingRedirects(
  sendOnce: SendOnce,
  request: Request,
  signal: AbortSignal,
  hidesRedirects: () => void,
): Promise<Response> {
  const { method } = request;
  const follow = /^(GET|HEAD)$/.test(method);
  let headers: Headers | undefined;
  let url = request.url;
  let response = await sendOnce(request, { signal, redirect: "manual" });
  for (
    let hops = 0;
    follow &&
    /30[12378]/.test(String(response.status)) &&
    response.headers.has("location") &&
    hops++ < MAX_REDIRECTS;
  ) {
    await response.body?.cancel();
    const target = new URL(response.headers.get("location")!, url);
    headers ??= new Headers(request.headers);
    // Once the chain has left the API's origin the credentials stay off, even if it comes back.
    if (target.origin !== new URL(url).origin) {
      for (const name of CREDENTIAL_HEADERS) headers.delete(name);
    }
    url = target.href;
    response = await sendOnce(new Request(url, { method, headers }), {
      signal,
      redirect: "manual",
    });
  }
  if (follow && response.type === "opaqueredirect") {
    hidesRedirects();
    response = await sendOnce(request, { signal });
  }
  return response;
}
