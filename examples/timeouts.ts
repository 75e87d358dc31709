// Timeouts and cancellation.
import type { UltravoxClient } from "ultravox-api";

/** Returns a call, giving up after `ms` in total (retries included). */
export async function getCallWithin(uv: UltravoxClient, callId: string, ms: number) {
  // Your signal ends everything at once, even a backoff sleep; it rejects with its reason,
  // here a DOMException named "TimeoutError" (from AbortController.abort(): "AbortError").
  return await uv.calls.get(callId, { signal: AbortSignal.timeout(ms) });
}

/** Downloads a recording. The API redirects to a storage host; the API key is not sent there. */
export async function downloadRecording(uv: UltravoxClient, callId: string) {
  const audio = await uv.calls.recording.get(callId, { parseAs: "arrayBuffer" });
  return new Uint8Array(audio);
}

/** Creates a call for a request handler that must answer fast: one attempt of at most 5 s. */
export async function createCallQuickly(uv: UltravoxClient, systemPrompt: string) {
  const call = await uv.calls.create(
    { systemPrompt, medium: { webRtc: {} } },
    // Options for this call only; the client's apply to every other call.
    { timeoutMs: 5_000, maxRetries: 0 },
  );
  return call.joinUrl;
}
