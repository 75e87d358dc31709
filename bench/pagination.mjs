// Pagination: 100 000 calls over 1 000 pages of 100 from the local server.
// 1. Time and memory of `paginate` vs a hand-written cursor loop on bare openapi-fetch,
//    each walk in its own process capped at a small heap (--max-old-space-size), which
//    only completes if pages are released as the walk goes.
// 2. `pages()` with a consumer that awaits 1 ms per page: sequential vs `prefetch: true`.
import { runInChild } from "./lib/child.mjs";
import { CALL_BYTES } from "./lib/payload.mjs";
import { startServer } from "./lib/server.mjs";
import { summarize } from "./lib/stats.mjs";

export async function run({
  items = 100_000,
  pageSize = 100,
  heapMB = 64,
  walkRounds = 3,
  prefetchPages = 300,
  prefetchRounds = 3,
}) {
  const server = await startServer();
  try {
    const walkModule = new URL("./pagination-walk.mjs", import.meta.url);
    const execArgv = [`--max-old-space-size=${heapMB}`, "--expose-gc"];
    const marks = [10_000, items / 2, items];
    const walks = { paginate: [], "cursor loop": [] };
    for (let round = 0; round < walkRounds; round++) {
      const order = round % 2 ? ["cursor loop", "paginate"] : ["paginate", "cursor loop"];
      for (const variant of order) {
        const options = { origin: server.origin, variant, items, pageSize, marks };
        walks[variant].push(await runInChild(walkModule, options, execArgv));
      }
    }
    const summaries = Object.entries(walks).map(([variant, runs]) => ({
      variant,
      runs: runs.length,
      ms: summarize(runs.map((run) => run.ms)),
      itemsPerSecond: summarize(runs.map((run) => (items / run.ms) * 1000)),
      startRss: summarize(runs.map((run) => run.startRss)),
      peakRss: summarize(runs.map((run) => run.peakRss)),
      at: Object.fromEntries(
        marks.map((mark) => [
          mark,
          {
            rss: summarize(runs.map((run) => run.at[mark].rss)),
            heapUsed: summarize(runs.map((run) => run.at[mark].heapUsed)),
            heapRetained: summarize(runs.map((run) => run.at[mark].heapRetained)),
          },
        ]),
      ),
      heapLimit: runs[0].heapLimit,
    }));
    const prefetch = await runInChild(
      new URL("./pagination-prefetch.mjs", import.meta.url),
      { origin: server.origin, pageSize, pageCount: prefetchPages, rounds: prefetchRounds },
      execArgv,
    );
    const pages = items / pageSize;
    return {
      items,
      pageSize,
      pages,
      callBytes: CALL_BYTES,
      heapMB,
      marks,
      walks: summaries,
      prefetch,
    };
  } finally {
    await server.stop();
  }
}
