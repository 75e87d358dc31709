import { UltravoxConnectionError, UltravoxTimeoutError } from "../errors.js";
import { startDeadline } from "./platform.js";

/**
 * Hands out a streamed response body chunk by chunk as it arrives, each read waiting at
 * most `timeoutMs` for the next chunk: then `controller` (the one the request was sent
 * with) is aborted, closing the connection, and the read fails with
 * `UltravoxTimeoutError`. Only time spent waiting for the server counts: a consumer may
 * take as long as it likes between reads, and nothing is read ahead of it, so memory
 * stays flat however large the body. When `controller` is aborted for another reason
 * (the caller's signal), the stream fails at once with its reason, whether a read is
 * pending or not; when the connection fails, reads fail with `UltravoxConnectionError`.
 * `done` is called once, when the stream ends, fails, is aborted or is cancelled. `label`
 * names the request in error messages.
 */
export function idleTimeoutBody(
  body: ReadableStream<Uint8Array>,
  timeoutMs: number,
  controller: AbortController,
  label: string,
  done: () => void,
): ReadableStream<Uint8Array> {
  const { signal } = controller;
  const reader = body.getReader();
  let out!: ReadableStreamDefaultController<Uint8Array>;
  let open = true;
  const finish = () => {
    if (open) {
      open = false;
      signal.removeEventListener("abort", stop);
      done();
    }
  };
  // The abort fails the stream here rather than through the platform's body: Node 20 and
  // 22's fetch never settle a read once aborted after the whole body has arrived.
  const stop = () => {
    finish();
    out.error(signal.reason);
    reader.cancel(signal.reason).catch(() => {});
  };
  signal.addEventListener("abort", stop);
  return new ReadableStream(
    {
      start(streamController) {
        out = streamController;
        if (signal.aborted) stop();
      },
      async pull() {
        const cancelDeadline = startDeadline(timeoutMs, () => {
          const message = `${label}: the body stalled, no data for ${timeoutMs} ms`;
          controller.abort(new UltravoxTimeoutError(message));
        });
        try {
          const chunk = await reader.read();
          if (signal.aborted) return; // the stream has already failed with the reason
          if (chunk.done) {
            finish();
            out.close();
          } else out.enqueue(chunk.value);
        } catch (error) {
          if (signal.aborted) return;
          finish();
          out.error(
            new UltravoxConnectionError(`${label}: the connection failed mid-body`, {
              cause: error,
            }),
          );
        } finally {
          cancelDeadline();
        }
      },
      cancel(reason) {
        finish();
        return reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}
