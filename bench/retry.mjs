// Retry cost: Get Call against a server that answers 30 % of GETs with 503 and
// `Retry-After: 0` (seeded, so the same pattern each run), with the client's default
// policy (maxRetries 2), beside the same calls with no failures. Blocks of requests
// alternate between the two so machine noise hits both alike. A raw fetch, which does
// not retry, shows the success rate without the policy.
import { createUltravoxClient, unwrap, UltravoxAPIError } from "../dist/index.js";
import { CALL_BYTES } from "./lib/payload.mjs";
import { startServer } from "./lib/server.mjs";
import { summarize } from "./lib/stats.mjs";

const API_KEY = "uvk_bench.0123456789abcdef";

function scenario(origin, failRate) {
  const counter = { attempts: 0 };
  const headers = { "x-bench-fail-rate": String(failRate) };
  const client = createUltravoxClient({
    apiKey: API_KEY,
    baseUrl: origin,
    headers,
    fetch: (request) => {
      counter.attempts++;
      return fetch(request);
    },
  });
  const latencies = [];
  let succeeded = 0;
  let failedWithStatus = 0;
  return {
    failRate,
    counter,
    latencies,
    async once(index) {
      const call_id = `00000000-0000-4000-8000-${String(index).padStart(12, "0")}`;
      const start = performance.now();
      try {
        const call = unwrap(
          await client.GET("/api/calls/{call_id}", { params: { path: { call_id } } }),
        );
        if (call.callId !== call_id) throw new Error("wrong call");
        succeeded++;
      } catch (error) {
        if (!(error instanceof UltravoxAPIError && error.status === 503)) throw error;
        failedWithStatus++;
      }
      latencies.push(performance.now() - start);
    },
    result(requests) {
      return {
        failRate,
        requests,
        successRate: succeeded / requests,
        failed: failedWithStatus,
        attemptsPerRequest: counter.attempts / requests,
        latencyMs: summarize(latencies),
      };
    },
  };
}

export async function run({ requests = 2000, block = 100, warmup = 200 }) {
  const server = await startServer();
  try {
    const healthy = scenario(server.origin, 0);
    const flaky = scenario(server.origin, 0.3);
    const warm = scenario(server.origin, 0);
    for (let index = 0; index < warmup; index++) await warm.once(index);
    for (let start = 0; start < requests; start += block) {
      for (const current of (start / block) % 2 ? [flaky, healthy] : [healthy, flaky]) {
        for (let index = start; index < start + block; index++) await current.once(index);
      }
    }
    let rawSucceeded = 0;
    for (let index = 0; index < requests; index++) {
      const response = await fetch(`${server.origin}/api/calls/c${index}`, {
        headers: { "X-API-Key": API_KEY, "x-bench-fail-rate": "0.3" },
      });
      await response.arrayBuffer();
      if (response.ok) rawSucceeded++;
    }
    return {
      requests,
      callBytes: CALL_BYTES,
      maxRetries: 2,
      expectedSuccessRate: 1 - 0.3 ** 3,
      healthy: healthy.result(requests),
      flaky: flaky.result(requests),
      rawFetchSuccessRate: rawSucceeded / requests,
    };
  } finally {
    await server.stop();
  }
}
