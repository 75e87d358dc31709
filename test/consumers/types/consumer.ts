// Type-checked, never run, by test/consumers/run.mjs as a CommonJS file (.cts) and an ES
// module (.mts) under `moduleResolution` node16 and nodenext, and as a module under bundler:
// the package's declarations must resolve and compile (skipLibCheck off) in each, with and
// without the DOM library.
import {
  createUltravoxClient,
  NotFoundError,
  paginate,
  RateLimitError,
  UltravoxError,
  unwrap,
  verifyWebhook,
  type Schema,
  type UltravoxClient,
  type WebhookEvent,
} from "ultravox-api";
import { createUltravoxSimulator, type UltravoxSimulator } from "ultravox-api/testing";

const uv: UltravoxClient = createUltravoxClient({ apiKey: "key" });

export async function joinUrlOf(callId: string): Promise<string | null | undefined> {
  try {
    const call: Schema<"Call"> = unwrap(
      await uv.GET("/api/calls/{call_id}", { params: { path: { call_id: callId } } }),
    );
    return call.joinUrl;
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    if (error instanceof RateLimitError) console.log(error.retryAfterMs, error.status);
    if (error instanceof UltravoxError) console.log(error.name);
    throw error;
  }
}

export async function callIds(): Promise<string[]> {
  const ids: string[] = [];
  for await (const call of paginate(uv, "/api/calls")) ids.push(call.callId);
  return ids;
}

export async function created(body: string, headers: Headers): Promise<WebhookEvent> {
  return verifyWebhook({ secret: "s", body, headers });
}

export function mistakes(): void {
  // @ts-expect-error -- a path the API does not have
  void uv.GET("/api/no-such-path");
  // @ts-expect-error -- a path parameter with the wrong name
  void uv.GET("/api/calls/{call_id}", { params: { path: { id: "x" } } });
}

export function simulated(): UltravoxClient {
  const sim: UltravoxSimulator = createUltravoxSimulator();
  sim.on("GET /api/calls/{call_id}", async ({ next }) => ({ ...(await next()), joinUrl: null }));
  sim.fault("POST /api/calls", { drop: "after" });
  // @ts-expect-error -- an operation the API does not have
  sim.on("GET /api/no-such-path", () => 404);
  return createUltravoxClient({ apiKey: "key", fetch: sim.fetch });
}
