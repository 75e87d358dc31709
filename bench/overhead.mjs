// Per-request overhead: List Calls (a page of 20 calls, ~47 KB of JSON) from the local
// server (its own process), fetched several ways, interleaved round by round so machine
// noise hits them alike:
//   (a) raw fetch + JSON.parse        the floor: what any client must do
//   (b) bare openapi-fetch             createClient<paths>, global fetch
//   (b+) the same, an AbortSignal each  what a timeout costs any client: fetch follows a signal
//   (c) createUltravoxClient           openapi-fetch run by the SDK's transport
//   (d) ky                             a generic GET of the same path (ky.create, .json())
//   (e) openai-node                    a generic GET of the same path (client.get)
// Per round: requests per second (wall clock) and client CPU time per request
// (process.cpuUsage, which other processes on the machine do not inflate). Ratios and
// differences are taken within each round. The order rotates each round and runs
// backwards every other round, so that no variant always follows the same one (the garbage
// one variant leaves is collected during the next).
import createClient from "openapi-fetch";
import ky from "ky";
import OpenAI from "openai";
import { createUltravoxClient } from "../dist/index.js";
import { runLoad } from "./lib/load.mjs";
import { roundOrder } from "./lib/rounds.mjs";
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
  const kyClient = ky.create({ prefixUrl: origin, headers });
  const openai = new OpenAI({ apiKey: API_KEY, baseURL: origin });
  const query = { pageSize: PAGE_SIZE };
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
    {
      key: "b+",
      name: "(b+) bare openapi-fetch, an `AbortSignal` per call",
      // What any timeout costs: fetch follows the signal (a listener, and undici's
      // FinalizationRegistry entry) for every request given one.
      send: async () => {
        const { data, error } = await bare.GET("/api/calls", {
          ...init,
          signal: new AbortController().signal,
        });
        if (error) throw new Error(`unexpected error ${JSON.stringify(error)}`);
        return data.results.length;
      },
    },
    { key: "c", name: "(c) `createUltravoxClient`", send: () => read(uv) },
    {
      key: "d",
      name: "(d) ky (`get().json()`)",
      send: async () =>
        (await kyClient.get("api/calls", { searchParams: query }).json()).results.length,
    },
    {
      key: "e",
      name: "(e) openai-node (`client.get`)",
      send: async () => (await openai.get("/api/calls", { query })).results.length,
    },
  ];
}

export async function run({ rounds = 20, requests = 500, warmup = 300, concurrencies = [1, 8] }) {
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
        for (const index of roundOrder(variants.length, round)) {
          const before = process.cpuUsage();
          const ms = await runLoad(variants[index].send, requests, concurrency);
          const used = process.cpuUsage(before);
          rps[index][round] = (requests / ms) * 1000;
          cpu[index][round] = (used.user + used.system) / requests;
        }
      }
      const perRound = (index, base, combine) =>
        summarize(rps[index].map((_, round) => combine(index, base, round)));
      const ratio = (index, base, round) => rps[index][round] / rps[base][round];
      const extraCpu = (index, base, round) => cpu[index][round] - cpu[base][round];
      results.push({
        concurrency,
        variants: variants.map(({ key, name }, index) => ({
          key,
          name,
          requestsPerSecond: summarize(rps[index]),
          cpuMicrosPerRequest: summarize(cpu[index]),
          ratioToRaw: perRound(index, 0, ratio),
          ratioToBare: perRound(index, 1, ratio),
          cpuAboveRaw: perRound(index, 0, extraCpu),
          cpuAboveBare: perRound(index, 1, extraCpu),
          ratioToSignal: perRound(index, 2, ratio),
          cpuAboveSignal: perRound(index, 2, extraCpu),
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
