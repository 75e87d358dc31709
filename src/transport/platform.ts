// The seam between the server build and the browser build: what only server runtimes
// (Node, Bun, Deno, workers) need, each from its own module: following redirects without
// the key, the User-Agent, socket error codes, environment variables, logging, one shared
// deadline timer that lets the process exit, and redacting the API key from what a
// response or an error carries. The browser build (dist/index.browser.js, the package's
// "browser" export) swaps this module for platform.browser.ts, so browser bundles carry
// none of it.
export { addUserAgent, API_KEY_HEADER } from "../request/headers.js";
export { startDeadline } from "./deadline.js";
export { readEnv } from "./env.js";
export { createLog } from "./log.js";
export { redactedError, redactedResponse, redactor } from "./redact.js";
export { sendAttempt, type Send } from "./redirects.js";

/**
 * Whether this is the server build: `false` in the browser twin. Code only servers need
 * (logging, for one) runs under `if (SERVER_BUILD)`, so that the browser build, where the
 * condition is a constant `false`, leaves it out.
 */
export const SERVER_BUILD: boolean = true;

// Error codes (undici, Bun) that only arise while connecting: the request never left.
const NEVER_SENT = /REFUSED|NOTFOUND|EAI_AGAIN|UNREACH|CONNECT_T/i;

/**
 * Whether a failed fetch's error proves the request never reached the server (safe to
 * resend a POST): its `code`, or its `cause`'s (undici, Deno), says so. Never throws.
 */
export function wasNeverSent(error: unknown): boolean {
  return NEVER_SENT.test(String(Object(Object(error).cause ?? error).code));
}
