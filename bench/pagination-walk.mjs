// One walk over a whole listing (run in its own process with a small heap by
// pagination.mjs): `paginate` or a hand-written cursor loop on bare openapi-fetch.
// Reports the time, and memory sampled every 10 ms and at fixed item counts (where it
// also forces a garbage collection, needing --expose-gc, to see what the walk retains).
import { getHeapStatistics } from "node:v8";
import createClient from "openapi-fetch";
import { createUltravoxClient, paginate } from "../dist/index.js";
import { callIdAt } from "./lib/payload.mjs";

const API_KEY = "uvk_bench.0123456789abcdef";

/** The items of `/api/calls`, one by one, the way a user would write it by hand. */
async function* cursorLoop(origin, pageSize, headers) {
  const client = createClient({ baseUrl: origin, headers: { "X-API-Key": API_KEY, ...headers } });
  let cursor;
  do {
    const query = cursor === undefined ? { pageSize } : { pageSize, cursor };
    const { data, error } = await client.GET("/api/calls", { params: { query } });
    if (error) throw new Error(`List Calls failed: ${JSON.stringify(error)}`);
    yield* data.results;
    cursor = data.next ? (new URL(data.next).searchParams.get("cursor") ?? undefined) : undefined;
  } while (cursor !== undefined);
}

export async function run({ origin, variant, items, pageSize, marks }) {
  const headers = { "x-bench-total": String(items) }; // the listing's length
  const calls =
    variant === "paginate"
      ? paginate(
          createUltravoxClient({ apiKey: API_KEY, baseUrl: origin, headers }),
          "/api/calls",
          {
            params: { query: { pageSize } },
          },
        )
      : cursorLoop(origin, pageSize, headers);
  const startRss = process.memoryUsage.rss();
  let peakRss = startRss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 10);
  const at = {};
  let count = 0;
  let lastId;
  const start = performance.now();
  for await (const call of calls) {
    count++;
    lastId = call.callId;
    if (marks.includes(count)) {
      const { rss, heapUsed } = process.memoryUsage();
      globalThis.gc(); // what the walk retains, not what awaits collection
      at[count] = { rss, heapUsed, heapRetained: process.memoryUsage().heapUsed };
    }
  }
  const ms = performance.now() - start;
  clearInterval(sampler);
  if (count !== items || lastId !== callIdAt(items - 1)) {
    throw new Error(`${variant} read ${count} calls ending with ${lastId}, expected ${items}`);
  }
  return {
    variant,
    ms,
    count,
    startRss,
    peakRss: Math.max(peakRss, process.memoryUsage.rss()),
    at,
    heapLimit: getHeapStatistics().heap_size_limit,
  };
}
