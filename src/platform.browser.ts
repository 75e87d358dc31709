// The browser twin of platform.ts, used by the browser build. Browsers set their
// own User-Agent, follow redirects themselves (a manual redirect's Location is
// hidden from scripts, and a CORS preflight stands between the API key and another
// origin) and expose no socket error codes.
import type * as Server from "./platform.js";

/** Browsers name themselves in the User-Agent. */
export const runtimeName: typeof Server.runtimeName = () => undefined;

/** A browser's network error never says whether the request left. */
export const wasNeverSent: typeof Server.wasNeverSent = () => false;

/** The browser follows redirects under its own rules. */
export const sendFollowingRedirects: typeof Server.sendFollowingRedirects = (
  sendOnce,
  request,
  signal,
) => sendOnce(new Request(request, { signal }));
