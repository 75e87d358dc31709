// Prefetch: `pages()` over a listing with a consumer that awaits some work per page (a
// timer, like awaiting a database write), sequential vs `prefetch: true`, in its own
// process (started by pagination.mjs). Prefetch overlaps fetching page n+1 with consuming
// page n, so the ideal speedup is (fetch + consume) / max(fetch, consume): 2 when they
// take equally long; it is computed per sequential run from the time spent in the
// consumer and the rest (fetching). `f` is the time to fetch and parse one page with no
// added latency, measured first. Scenarios:
//   CPU-bound    the work is ceil(f) ms (at least 1) and the server delays each page by the
//                difference: consume ≈ fetch, and fetching is mostly the client's CPU work;
//   latency-bound  the work is 4 × ceil(f) ms and the server delays each page by the
//                difference: consume ≈ fetch, and fetching is mostly waiting, as against the
//                real API, whose pages take tens of ms to arrive;
//   1 ms work    a 1 ms consumer and no added delay: consume < fetch.
import { setTimeout as sleep } from "node:timers/promises";
import { createUltravoxClient, pages } from "../dist/index.js";
import { summarize } from "./lib/stats.mjs";

const API_KEY = "uvk_bench.0123456789abcdef";

function listing(origin, delayUs) {
  return createUltravoxClient({
    apiKey: API_KEY,
    baseUrl: origin,
    headers: { "x-bench-delay-us": String(Math.round(delayUs)) },
  });
}

/** Milliseconds per page to fetch `count` pages with no consumer work (after 20 to warm up). */
async function fetchMsPerPage(client, pageSize, count) {
  const init = { params: { query: { pageSize } } };
  for await (const _ of pages(client, "/api/calls", init, { maxPages: 20 }));
  const start = performance.now();
  for await (const _ of pages(client, "/api/calls", init, { maxPages: count }));
  return (performance.now() - start) / count;
}

/** Milliseconds one `await sleep(ms)` really takes (a timer fires after at least its delay). */
async function workMsPerPage(ms) {
  await sleep(ms);
  const start = performance.now();
  for (let index = 0; index < 100; index++) await sleep(ms);
  return (performance.now() - start) / 100;
}

/** Walks `maxPages` pages; resolves with the total ms and the ms spent in the consumer. */
async function walk(client, pageSize, maxPages, prefetch, workMs) {
  const init = { params: { query: { pageSize } } };
  let count = 0;
  let consumeMs = 0;
  const start = performance.now();
  for await (const page of pages(client, "/api/calls", init, { maxPages, prefetch })) {
    count += page.results.length;
    const workStart = performance.now();
    await sleep(workMs);
    consumeMs += performance.now() - workStart;
  }
  const ms = performance.now() - start;
  if (count !== maxPages * pageSize) throw new Error(`read ${count} items`);
  return { ms, consumeMs };
}

async function compare({ label, origin, pageSize, pageCount, rounds, workMs, delayUs }) {
  const client = listing(origin, delayUs);
  const sequential = [];
  const prefetched = [];
  for (let round = 0; round < rounds; round++) {
    // Alternate which goes first.
    if (round % 2) prefetched.push(await walk(client, pageSize, pageCount, true, workMs));
    sequential.push(await walk(client, pageSize, pageCount, false, workMs));
    if (!(round % 2)) prefetched.push(await walk(client, pageSize, pageCount, true, workMs));
  }
  // In a sequential walk, whatever is not the consumer's time is fetching (and parsing).
  const consume = sequential.map((run) => run.consumeMs);
  const fetching = sequential.map((run) => run.ms - run.consumeMs);
  return {
    label,
    pageCount,
    workMs,
    delayUs,
    consumeMsPerPage: summarize(consume.map((value) => value / pageCount)),
    fetchMsPerPage: summarize(fetching.map((value) => value / pageCount)),
    idealSpeedup: summarize(
      sequential.map((run, index) => run.ms / Math.max(fetching[index], consume[index])),
    ),
    sequentialMs: summarize(sequential.map((run) => run.ms)),
    prefetchMs: summarize(prefetched.map((run) => run.ms)),
    speedup: summarize(sequential.map((run, index) => run.ms / prefetched[index].ms)),
  };
}

export async function run({ origin, pageSize, pageCount, rounds }) {
  const undelayedMs = await fetchMsPerPage(listing(origin, 0), pageSize, 100);
  const balanced = async (label, workMs, pages) => {
    const delayUs = Math.max(0, ((await workMsPerPage(workMs)) - undelayedMs) * 1000);
    const options = { label, origin, pageSize, pageCount: pages, rounds, workMs, delayUs };
    return { balanced: true, ...(await compare(options)) };
  };
  const workMs = Math.max(1, Math.ceil(undelayedMs));
  const unbalanced = { origin, pageSize, pageCount, rounds, workMs: 1, delayUs: 0 };
  return {
    pageSize,
    undelayedMs,
    scenarios: [
      await balanced("CPU-bound", workMs, pageCount),
      // Pages four times slower: a third as many, for a similar run time.
      await balanced("latency-bound", 4 * workMs, Math.ceil(pageCount / 3)),
      { balanced: false, ...(await compare({ label: "1 ms work", ...unbalanced })) },
    ],
  };
}
