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
