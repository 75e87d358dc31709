// The browser twin of platform.ts, used by the browser build. Browsers set their
// own User-Agent, may only send the API key under the header name the API's CORS
// preflight admits, follow redirects themselves (a manual redirect's Location is
// hidden from scripts, and a CORS preflight stands between the API key and another
// origin) and expose no socket error codes.
import type * as Server from "./platform.js";

/** The one key header the API's CORS preflight admits (for local demos: a key in a page is public). */
export const API_KEY_HEADER: typeof Server.API_KEY_HEADER = "X-Unsafe-API-Key";

/** Browsers name themselves in the User-Agent. */
export const runtimeName: typeof Server.runtimeName = () => undefined;

/** A browser's network error never says whether the request left. */
export const wasNeverSent: typeof Server.wasNeverSent = () => false;

/** The browser follows redirects under its own rules. */
export const sendFollowingRedirects: typeof Server.sendFollowingRedirects = (
  sendOnce,
  request,
  signal,
) => sendOnce(request, { signal });
