// Per-request overhead: List Calls (a page of 20 calls, ~47 KB of JSON) from the local
// server (its own process), fetched several ways, interleaved round by round so machine
// noise hits them alike:
//   (a) raw fetch + JSON.parse        the floor: what any client must do
//   (b) bare openapi-fetch             createClient<paths>, global fetch
//   (c) createUltravoxClient           openapi-fetch + the retrying, timing-out fetch
//   (d) unwrap on (c)                  (c) plus unwrap's status check
//   (e) (b) + buffered body copy       openapi-fetch with a fetch that only reads the body
//                                      into memory and returns a new Response over it, as
//                                      src/retry.ts does: isolates that cost
// Per round: requests per second (wall clock) and client CPU time per request
// (process.cpuUsage, which other processes on the machine do not inflate); ratios to (a)
// are taken within each round.
import createClient from "openapi-fetch";
import { createUltravoxClient, unwrap } from "../dist/index.js";
import { runLoad } from "./lib/load.mjs";
import { CALL_BYTES } from "./lib/payload.mjs";
import { startServer } from "./lib/server.mjs";
import { summarize } from "./lib/stats.mjs";

const API_KEY = "uvk_bench.0123456789abcdef";
const PAGE_SIZE = 20;

/** The ways of fetching one page; each resolves with the number of calls it read. */
export function makeVariants(origin) {
  const url = `${origin}/api/calls?pageSize=${PAGE_SIZE}`;
  const init = { params: { query: { pageSize: PAGE_SIZE } } };
  const headers = { "X-API-Key": API_KEY };
  const bare = createClient({ baseUrl: origin, headers });
  const uv = createUltravoxClient({ apiKey: API_KEY, baseUrl: origin });
  const copying = createClient({
    baseUrl: origin,
    headers,
    fetch: async (request) => {
      const response = await fetch(request);
      return new Response(await response.arrayBuffer(), response);
    },
  });
  const read = async (client) => {
    const { data, error } = await client.GET("/api/calls", init);
    if (error) throw new Error(`unexpected error ${JSON.stringify(error)}`);
    return data.results.length;
  };
  return [
    {
      key: "a",
      name: "(a) raw `fetch` + `JSON.parse`",
      send: async () => {
        const response = await fetch(url, { headers });
        if (!response.ok) throw new Error(`status ${response.status}`);
        return JSON.parse(await response.text()).results.length;
      },
    },
    { key: "b", name: "(b) bare openapi-fetch", send: () => read(bare) },
    { key: "c", name: "(c) `createUltravoxClient`", send: () => read(uv) },
    {
      key: "d",
      name: "(d) `unwrap` on (c)",
      send: async () => unwrap(await uv.GET("/api/calls", init)).results.length,
    },
    { key: "e", name: "(e) (b) + buffered body copy only", send: () => read(copying) },
  ];
}

export async function run({ rounds = 16, requests = 600, warmup = 300, concurrencies = [1, 8] }) {
  const server = await startServer();
  try {
    const variants = makeVariants(server.origin);
    for (const { name, send } of variants) {
      if ((await send()) !== PAGE_SIZE) throw new Error(`${name} read the wrong page`);
    }
    const page = await fetch(`${server.origin}/api/calls?pageSize=${PAGE_SIZE}`);
    const pageBytes = (await page.arrayBuffer()).byteLength;
    const results = [];
    for (const concurrency of concurrencies) {
      for (const { send } of variants) await runLoad(send, warmup, concurrency);
      const rps = variants.map(() => []);
      const cpu = variants.map(() => []);
      for (let round = 0; round < rounds; round++) {
        // Rotate the order each round so no variant always runs first (warm caches, GC debt).
        for (let offset = 0; offset < variants.length; offset++) {
          const index = (round + offset) % variants.length;
          const before = process.cpuUsage();
          const ms = await runLoad(variants[index].send, requests, concurrency);
          const used = process.cpuUsage(before);
          rps[index][round] = (requests / ms) * 1000;
          cpu[index][round] = (used.user + used.system) / requests;
        }
      }
      results.push({
        concurrency,
        variants: variants.map(({ key, name }, index) => ({
          key,
          name,
          requestsPerSecond: summarize(rps[index]),
          ratio: summarize(rps[index].map((value, round) => value / rps[0][round])),
          cpuMicrosPerRequest: summarize(cpu[index]),
          cpuSamples: cpu[index],
          cpuRatio: summarize(cpu[index].map((value, round) => cpu[0][round] / value)),
        })),
      });
    }
    return {
      rounds,
      requests,
      warmup,
      pageSize: PAGE_SIZE,
      pageBytes,
      callBytes: CALL_BYTES,
      results,
    };
  } finally {
    await server.stop();
  }
}
