import { pathOf, UltravoxError } from "../errors.js";
import type { FetchInit } from "../options.js";
import { redactedResponse, sendAttempt, SERVER_BUILD, type Send } from "./platform.js";
import { recordRequestLine } from "./request-line.js";

/** What the fetch of one attempt saw, for the transport to judge the attempt by. */
export interface AttemptRecord {
  /** The request the attempt sent, once it was sent. */
  request?: Request;
  /** The response the attempt's fetch returned (before openapi-fetch read its body). */
  response?: Response;
  /** What sending, following redirects or reading an error body threw. */
  failure?: unknown;
}

/**
 * The fetch openapi-fetch calls for one attempt: sends the request with `send` and the
 * attempt's `signal` (following redirects itself where the platform does, see
 * `sendAttempt`) and returns a success response as it is, its body unread. An
 * error response is replaced by a copy with the API key redacted (`redactedResponse`), so
 * that no error built from it can carry the key. Records the request each response answers
 * (for `unwrap` and `pages`: a copy's `url`, or the end of a followed redirect's, is not the
 * one requested). Notes what it saw in `record`, and rethrows whatever sending or reading
 * throws; a status above 599 is refused with an `UltravoxError`.
 */
export function attemptFetch(
  send: Send,
  signal: AbortSignal,
  redact: (text: string) => string,
  record: AttemptRecord,
  fetchInit: FetchInit,
): (request: Request) => Promise<Response> {
  return async (request) => {
    record.request = request;
    try {
      let response = (record.response = await sendAttempt(send, request, signal, fetchInit));
      const { status, ok } = response;
      const { method, url } = request;
      if (status > 599)
        throw new UltravoxError(
          `${method} ${pathOf(url)}: answered with status ${status}, which HTTP does not define`,
        );
      // The browser build redacts nothing (the key is public in a page).
      if (SERVER_BUILD && !ok && status)
        response = record.response = await redactedResponse(response, redact);
      recordRequestLine(response, { method, url });
      return response;
    } catch (error) {
      record.failure = error;
      throw error;
    }
  };
}
