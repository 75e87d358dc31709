// A client answered by an empty simulator (`ultravox-api/testing`), for tests of what the
// client sends: the create-once tests, path-style and through resource methods.
import { createUltravoxClient } from "../../src/index.js";
import { createUltravoxSimulator } from "../../src/testing/index.js";
import { API_KEY } from "./server.js";

/** An empty simulator, a client of it with 200 ms attempts, and the request lines it received. */
export function simulated() {
  const sim = createUltravoxSimulator({ examples: false });
  const uv = createUltravoxClient({ apiKey: API_KEY, fetch: sim.fetch, timeoutMs: 200 });
  const sent = () =>
    sim.requests.map((request) => `${request.method} ${new URL(request.url).pathname}`);
  return { sim, uv, sent };
}
