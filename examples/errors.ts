// Handling errors: a resource method resolves with the data or throws a class per status.
import {
  BadRequestError,
  RateLimitError,
  UltravoxAPIError,
  UltravoxConnectionError,
  UltravoxMalformedResponseError,
  UltravoxTimeoutError,
  type UltravoxClient,
} from "ultravox-api";

/** Starts a WebRTC call and returns its join URL; undefined when the API rejects the prompt. */
export async function startCall(uv: UltravoxClient, systemPrompt: string) {
  try {
    const call = await uv.calls.create({ systemPrompt, medium: { webRtc: {} } });
    return call.joinUrl;
  } catch (error) {
    if (error instanceof BadRequestError) {
      // "POST /api/calls failed with 400 Bad Request: systemPrompt: This field may not be blank."
      console.warn(error.message, error.body);
      return undefined;
    }
    if (error instanceof RateLimitError) {
      // The client already waited and retried; the limit still holds.
      console.warn(`Call limit reached; retry in ${error.retryAfterMs ?? "?"} ms`);
    } else if (error instanceof UltravoxAPIError) {
      console.error(error.status, error.detail, error.headers.get("content-type"));
    } else if (error instanceof UltravoxTimeoutError || error instanceof UltravoxConnectionError) {
      // No answer: a Create Call is not resent, as the API may have started the call.
      console.error(error.message, error.cause);
    } else if (error instanceof UltravoxMalformedResponseError) {
      // A 2xx that is not JSON (a proxy's HTML page): the call may exist; not resent either.
      console.error(error.status, error.contentType, error.excerpt);
    }
    throw error;
  }
}
