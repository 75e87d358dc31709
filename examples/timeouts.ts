// Timeouts and cancellation.
import { unwrap, type UltravoxClient } from "ultravox-api";

/** Returns a call, giving up after `ms` in total (retries included). */
export async function getCallWithin(uv: UltravoxClient, callId: string, ms: number) {
  const result = await uv.GET("/api/calls/{call_id}", {
    params: { path: { call_id: callId } },
    // Your signal ends everything at once, even a backoff sleep; it rejects with its reason,
    // here a DOMException named "TimeoutError" (from AbortController.abort(): "AbortError").
    signal: AbortSignal.timeout(ms),
  });
  return unwrap(result);
}

/** Downloads a recording. The API redirects to a storage host; the API key is not sent there. */
export async function downloadRecording(uv: UltravoxClient, callId: string) {
  const result = await uv.GET("/api/calls/{call_id}/recording", {
    params: { path: { call_id: callId } },
    parseAs: "arrayBuffer",
  });
  return new Uint8Array(unwrap(result));
}

/** Creates a call for a request handler that must answer fast: one attempt of at most 5 s. */
export async function createCallQuickly(uv: UltravoxClient, systemPrompt: string) {
  const result = await uv.POST("/api/calls", {
    body: { systemPrompt, medium: { webRtc: {} } },
    // Options for this call only; the client's apply to every other call.
    timeoutMs: 5_000,
    maxRetries: 0,
  });
  return unwrap(result).joinUrl;
}
