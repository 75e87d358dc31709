import { UltravoxConnectionError, UltravoxTimeoutError } from "../errors.js";
import { startDeadline } from "./platform.js";

/**
 * Hands out a streamed response body chunk by chunk as it arrives, each read waiting at
 * most `timeoutMs` for the next chunk: then `controller` (the one the request was sent
 * with) is aborted, closing the connection, and the read fails with
 * `UltravoxTimeoutError`. Only time spent waiting for the server counts: a consumer may
 * take as long as it likes between reads, and nothing is read ahead of it, so memory
 * stays flat however large the body. When `controller` is aborted for another reason
 * (the caller's signal), reads fail with its reason; when the connection fails, with
 * `UltravoxConnectionError`. `done` is called once, when the stream ends, fails or is
 * cancelled. `label` names the request in error messages.
 */
export function idleTimeoutBody(
  body: ReadableStream<Uint8Array>,
  timeoutMs: number,
  controller: AbortController,
  label: string,
  done: () => void,
): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let open = true;
  const finish = () => {
    if (open) done();
    open = false;
  };
  return new ReadableStream(
    {
      async pull(out) {
        const cancelDeadline = startDeadline(timeoutMs, () => {
          const message = `${label}: the body stalled, no data for ${timeoutMs} ms`;
          controller.abort(new UltravoxTimeoutError(message));
        });
        try {
          const chunk = await reader.read();
          if (chunk.done) {
            finish();
            out.close();
          } else out.enqueue(chunk.value);
        } catch (error) {
          finish();
          const { signal } = controller;
          out.error(
            signal.aborted
              ? signal.reason
              : new UltravoxConnectionError(`${label}: the connection failed mid-body`, {
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
