// Streaming a recording to a file: bytes are written as they arrive, so a long call's
// recording is never held in memory whole.
import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import type { UltravoxClient } from "ultravox-api";

/** Saves a call's recording to `file`; a download that stalls for 30 s fails with UltravoxTimeoutError. */
export async function saveRecording(uv: UltravoxClient, callId: string, file: string) {
  const body = await uv.calls.recording.get(callId, {
    parseAs: "stream",
    timeoutMs: 30_000, // for this call: to the response headers, then between chunks
  });
  await pipeline(Readable.fromWeb(body as NodeReadableStream<Uint8Array>), createWriteStream(file));
}
