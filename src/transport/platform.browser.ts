// The browser twin of platform.ts, used by the browser build. Browsers set their
// own User-Agent, may only send the API key under the header name the API's CORS
// preflight admits, follow redirects themselves (a manual redirect's Location is
// hidden from scripts, and a CORS preflight stands between the API key and another
// origin) and expose no socket error codes nor request details in their errors. A page
// has no environment variables and no process to keep alive. The browser build does not
// log (the browser's network panel shows every request) and does not redact the API key:
// in a page it is public anyway.
import type { UNSAFE_API_KEY_HEADER } from "../request/headers.js";
import type * as Server from "./platform.js";

/** The browser build: what `if (SERVER_BUILD)` guards is left out. */
export const SERVER_BUILD: typeof Server.SERVER_BUILD = false;

/**
 * The one key header the API's CORS preflight admits (for local demos: a key in a page is
 * public). Spelled here, not imported: an import into this module stops the browser build
 * from folding `SERVER_BUILD`; the type ties the spelling to headers.ts's.
 */
export const API_KEY_HEADER: typeof UNSAFE_API_KEY_HEADER = "X-Unsafe-API-Key";

/** Browsers name themselves in the User-Agent. */
export const addUserAgent: typeof Server.addUserAgent = () => {};

/** A browser's network error never says whether the request left. */
export const wasNeverSent: typeof Server.wasNeverSent = () => false;

/** The request is sent as it is: the browser follows redirects under its own rules. */
export const sendAttempt: typeof Server.sendAttempt = (send, request, signal) =>
  send(request, { signal });

/** A timer per deadline (see deadline.ts for the server's shared one): a page has no process to keep alive. */
export const startDeadline: typeof Server.startDeadline = (ms, expire) => {
  const timer = ms < Infinity ? setTimeout(expire, ms) : undefined;
  return () => clearTimeout(timer);
};

/** A page has no environment variables: the API key is passed as `apiKey`. */
export const readEnv: typeof Server.readEnv = () => undefined;

/** No log: the `logger` and `logLevel` options have no effect in a browser. */
export const createLog: typeof Server.createLog = () => undefined;

/** The key is public in a page: nothing to redact. */
export const redactor: typeof Server.redactor = () => (text) => text;

/** The key is public in a page: the error is kept as it is. */
export const redactedError: typeof Server.redactedError = (error) => error;

/** The key is public in a page: the response is kept as it is. */
export const redactedResponse: typeof Server.redactedResponse = async (response) => response;
