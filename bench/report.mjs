// Renders the results of bench/run.mjs as BENCHMARKS.md: what each figure is, how it
// was measured, each goal and whether this run met it, and why when it did not.
import { formatMB, formatNumber as n, formatRange } from "./lib/stats.mjs";

// The 20-call consumer's instantiations when issue 22 set out to make request types accept
// readonly values and keep schema names: that work was not to cost more than this.
const MAX_CONSUMER_INSTANTIATIONS = 50_609;
const kb = (bytes) => `${n(bytes / 1024, bytes < 10_240 ? 1 : 0)} KB`;
const ms = (value) => `${n(value, value < 10 ? 2 : 0)} ms`;
const seconds = (value) => `${n(value / 1000, 1)} s`;
const ratio = (summary) => `${n(summary.median, 3)} (${n(summary.min, 2)}–${n(summary.max, 2)})`;
const verdict = (met) => (met ? "**met**" : "**missed**");
const signed = (value, digits = 1) => `${value < 0 ? "−" : "+"}${n(Math.abs(value), digits)}`;
const table = (header, rows) =>
  [
    `| ${header.join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
    ...rows.map((row) => `| ${row.join(" | ")} |`),
  ].join("\n");

/**
 * Section 1's instruction counts as the CPU goal reads them: (c)'s instructions per request
 * above (b)'s, as a share of (b)'s, and in µs at (b)'s measured sequential CPU time per
 * request. Undefined without both sections or when valgrind was missing.
 */
function instructionCost({ overhead, instructions }) {
  if (!overhead || !instructions?.variants) return undefined;
  const perRequest = (key) => instructions.variants.find((v) => v.key === key)?.perRequest;
  const bare = perRequest("b");
  const ours = perRequest("c");
  const sequential = overhead.results.find((result) => result.concurrency === 1);
  if (!bare || !ours || !sequential) return undefined;
  const bareCpu = sequential.variants.find((v) => v.key === "b").cpuMicrosPerRequest.median;
  const above = ours - bare;
  return { bare, ours, above, share: above / bare, micros: (above / bare) * bareCpu, bareCpu };
}

/**
 * The resource pair's instruction count as its goal reads it: what a resource method costs per
 * request above the same call path-style, in instructions and in µs at (b)'s rate.
 * Undefined without both sections.
 */
function resourceCost({ overhead, instructions }) {
  const counted = instructionCost({ overhead, instructions });
  const above = instructions?.resources?.above;
  if (!counted || above === undefined) return undefined;
  // The pair makes two requests per round: Get Call and a page.
  const perRequest = above / 2;
  return { perRequest, micros: (perRequest / counted.bare) * counted.bareCpu };
}

function goals(run) {
  const { overhead, pagination, typecheck, bundle } = run.results;
  const list = [];
  const counted = instructionCost(run.results);
  if (counted) {
    list.push({
      goal: "`createUltravoxClient` client CPU ≤ bare openapi-fetch's + 25 µs per request, by instruction count (sequential; steady)",
      measured: `${signed(counted.above / 1000, 0)}k instructions (${signedPercent(counted.share, 1)}) ≈ ${signed(counted.micros)} µs`,
      met: counted.micros <= 25,
    });
  }
  const resources = resourceCost(run.results);
  if (resources) {
    list.push({
      goal: "Resource methods: client CPU per request ≤ the same call path-style + 5 µs, by instruction count",
      measured: `${signed(resources.perRequest / 1000, 1)}k instructions ≈ ${signed(resources.micros)} µs`,
      met: resources.micros <= 5,
    });
  }
  if (overhead) {
    for (const { concurrency, variants } of overhead.results) {
      const ours = variants.find((variant) => variant.key === "c");
      const load = concurrency === 1 ? "sequential" : `${concurrency} in flight`;
      list.push(
        {
          goal: `\`createUltravoxClient\` throughput ≥ 0.97 × bare openapi-fetch's (${load})`,
          measured: `${n(ours.ratioToBare.median, 3)}`,
          met: ours.ratioToBare.median >= 0.97,
        },
        {
          goal: `\`createUltravoxClient\` client CPU ≤ bare openapi-fetch's + 25 µs per request (${load})`,
          measured: `${signed(ours.cpuAboveBare.median)} µs`,
          met: ours.cpuAboveBare.median <= 25,
        },
      );
    }
  }
  if (pagination) {
    for (const scenario of pagination.prefetch.scenarios.filter((s) => s.balanced)) {
      list.push({
        goal: `\`prefetch: true\` ≥ 1.8× faster when consuming a page takes as long as fetching it (${scenario.label})`,
        measured: `${n(scenario.speedup.median, 2)}× (ideal ${n(scenario.idealSpeedup.median, 2)}×)`,
        met: scenario.speedup.median >= 1.8,
      });
    }
    const walk = pagination.walks.find((entry) => entry.variant === "paginate");
    const [first, , last] = pagination.marks;
    const retainedFirst = walk.at[first].heapRetained.median;
    const retainedLast = walk.at[last].heapRetained.median;
    list.push({
      goal: `\`paginate\` memory flat from ${n(first)} to ${n(last)} items, within a ${pagination.heapMB} MB old-space heap`,
      measured: `heap retained ${formatMB(retainedFirst)} → ${formatMB(retainedLast)}; completed`,
      met: retainedLast <= retainedFirst * 1.25 + 2 * 1024 * 1024,
    });
  }
  if (typecheck) {
    const consumer = typecheck.results.find(
      (r) => r.program === "consumer.ts" && r.skipLibCheck && !r.mutableArrays,
    );
    const resources = typecheck.results.find(
      (r) => r.program === "consumer-resources.ts" && r.skipLibCheck,
    );
    list.push({
      goal: "Type-check of a 20-call consumer under 1 s with `skipLibCheck`",
      measured: `${n(consumer.checkSeconds.median, 2)} s`,
      met: consumer.checkSeconds.median < 1,
    });
    list.push({
      goal: `Type-check of a 20-call consumer: at most ${n(MAX_CONSUMER_INSTANTIATIONS)} instantiations (issue 22's starting point)`,
      measured: n(consumer.instantiations),
      met: consumer.instantiations <= MAX_CONSUMER_INSTANTIATIONS,
    });
    if (resources)
      list.push(
        {
          goal: "Type-check of the same consumer written with resource methods under 1 s with `skipLibCheck`",
          measured: `${n(resources.checkSeconds.median, 2)} s`,
          met: resources.checkSeconds.median < 1,
        },
        {
          goal: "… and no more instantiations than the path-style consumer",
          measured: `${n(resources.instantiations)} against ${n(consumer.instantiations)}`,
          met: resources.instantiations <= consumer.instantiations,
        },
      );
  }
  if (bundle) {
    list.push({
      goal: `Browser bundle (size script program) within the ${n(bundle.budget)} B gzip budget (\`npm run size\`)`,
      measured: `${n(bundle.sizeScript.gzipBytes)} B`,
      met: bundle.sizeScript.gzipBytes <= bundle.budget,
    });
    if (bundle.resourceScript)
      list.push({
        goal: `Browser bundle of the same program with resource methods within the ${n(bundle.resourceBudget)} B gzip budget`,
        measured: `${n(bundle.resourceScript.gzipBytes)} B`,
        met: bundle.resourceScript.gzipBytes <= bundle.resourceBudget,
      });
  }
  list.push({
    goal: "`npm run bench` under 10 minutes",
    measured: `${n(run.totalMs / 60000, 1)} min`,
    met: run.totalMs < 600_000,
  });
  return list;
}

function overheadSection(results) {
  const { overhead } = results;
  if (!overhead) return [];
  const out = [
    "## 1. Per-request overhead",
    "",
    `List Calls, a page of ${overhead.pageSize} calls (${kb(overhead.pageBytes)} of JSON; each call is a real recorded one, ${kb(overhead.callBytes)}), from a`,
    "keep-alive HTTP server on 127.0.0.1 running in its own process (bench/lib/server-process.mjs), through",
    "Node's fetch (undici). The variants take turns within each round (the order rotates each round and",
    "runs backwards every other round, so that no variant always follows the same one), so machine",
    `noise hits them alike: ${overhead.rounds} rounds of ${overhead.requests} requests each, after`,
    `${overhead.warmup} warm-up requests per variant. Throughput is wall-clock requests per second; ratios and`,
    "differences are taken within each round, then their median and range reported. Client CPU per",
    "request (`process.cpuUsage()` of the client process, server excluded) is the steadier figure on a",
    "busy machine, since other processes' load does not inflate it.",
    "",
    "- (a) raw `fetch` + `JSON.parse`: the floor any client pays;",
    "- (b) bare openapi-fetch `createClient<paths>()`: what the SDK is built on;",
    "- (b+) the same, given a fresh `AbortSignal` per call: the least any timeout costs, since fetch",
    "  follows the signal it is given (an abort listener and, in undici, a `FinalizationRegistry` entry);",
    "- (c) `createUltravoxClient()`: openapi-fetch run by the SDK's transport (timeouts over headers and",
    "  body, retries, redirects without the key, key redaction, strict JSON);",
    "- (d) ky and (e) openai-node: a generic GET of the same path with each library's defaults (both",
    "  also time out and retry).",
    "",
  ];
  for (const { concurrency, variants } of overhead.results) {
    out.push(
      `**${concurrency === 1 ? "Sequential (1 request in flight)" : `${concurrency} requests in flight`}**`,
      "",
      table(
        [
          "variant",
          "requests/s",
          "÷ (a)",
          "÷ (b)",
          "client CPU µs/request",
          "CPU µs above (a)",
          "CPU µs above (b)",
        ],
        variants.map((variant) => [
          variant.name,
          formatRange(variant.requestsPerSecond),
          variant.key === "a" ? "1" : ratio(variant.ratioToRaw),
          variant.key === "b" ? "1" : ratio(variant.ratioToBare),
          formatRange(variant.cpuMicrosPerRequest),
          variant.key === "a" ? "0" : formatRange(variant.cpuAboveRaw),
          variant.key === "b" ? "0" : formatRange(variant.cpuAboveBare),
        ]),
      ),
      "",
    );
  }
  const goals = overhead.results.map(({ concurrency, variants }) => {
    const ours = variants.find((variant) => variant.key === "c");
    return {
      concurrency,
      ours,
      met: ours.ratioToBare.median >= 0.97 && ours.cpuAboveBare.median <= 25,
    };
  });
  out.push(
    `**Goal:** (c) within 3 % of (b)'s throughput and within 25 µs of its client CPU per request: ${goals
      .map(
        ({ concurrency, ours, met }) =>
          `${concurrency === 1 ? "sequential" : `${concurrency} in flight`} ${verdict(met)} (${n(ours.ratioToBare.median, 3)}×, ${signed(ours.cpuAboveBare.median)} µs)`,
      )
      .join("; ")}.`,
    "",
    "What (c) does per request beyond (b): one `AbortController` per attempt and a deadline on a timer",
    "that all attempts share (src/deadline.ts; the timeout covers the headers and the body, which",
    "openapi-fetch reads inside the attempt), the per-call options check, a redirect check on the",
    "response, and the JSON parse of the body it has openapi-fetch read as text (the same work as",
    "`response.json()`, so that a body that is not JSON becomes a typed error). Nothing is copied: the",
    "response openapi-fetch reads is the one fetch returned. Single rounds stray far on a busy machine",
    "(see the ranges); the medians of the within-round differences are the figures to compare.",
    "",
    ...instructionLines(results),
  );
  if (goals.some((goal) => !goal.met)) {
    out.push(
      `Against (b+), bare openapi-fetch paying for a signal as any timeout must: ${goals
        .map(
          ({ concurrency, ours }) =>
            `${concurrency === 1 ? "sequential" : `${concurrency} in flight`} ${n(ours.ratioToSignal.median, 3)}×, ${signed(ours.cpuAboveSignal.median)} µs`,
        )
        .join("; ")}.`,
      "",
      "Why missed: a timeout that can end a request needs an `AbortSignal`, which fetch follows for",
      "every request given one; (b+) is bare openapi-fetch paying only that, the floor for any client",
      "with timeouts (the line above compares (c) with it). The instruction counts above, which the",
      "machine's load does not move, put all of the SDK's own work per request (transport,",
      "serializers, checks) at the figure given there. Beyond",
      "that, single rounds stray by more than the goal's margin on this shared machine (see the",
      "ranges; run to run, the medians move by tens of µs). On api.ultravox.ai, where a request takes",
      "tens to hundreds of milliseconds, a few tens of µs of CPU are under 0.1 % of the latency.",
      "",
    );
  }
  return out;
}

// The noise band of (c) − (b): how far it moved between repeated runs of bench/instructions.mjs
// when the band was set; a difference within it is no difference.
const INSTRUCTION_NOISE = 60_000;

/** Section 1's instruction counts (bench/instructions.mjs), or why there are none. */
function instructionLines(results) {
  const { instructions } = results;
  if (!instructions) return [];
  if (instructions.skipped)
    return [`**Instruction counts:** not measured (${instructions.skipped}).`, ""];
  const counted = instructionCost(results);
  const [fewer, more] = instructions.requests;
  const rows = instructions.variants.map(({ key, perRequest }) => {
    const bare = instructions.variants.find((v) => v.key === "b").perRequest;
    return [
      `(${key})`,
      n(Math.round(perRequest)),
      key === "b"
        ? "0"
        : `${signed((perRequest - bare) / 1000, 0)}k (${signedPercent((perRequest - bare) / bare, 1)})`,
    ];
  });
  return [
    "**Instruction counts (steady).** The timings above move with the machine's load; the number of",
    "instructions the client process executes does not. Each variant runs sequentially in its own",
    `process under \`valgrind --tool=cachegrind\` (${instructions.valgrind}), ${n(instructions.warmup)} warm-up requests and then`,
    `${n(fewer)} more, and again with ${n(more)} more; the difference of the two totals over ${n(more - fewer)} requests is`,
    "the cost of one request, start-up, imports and the warm-up cancelled out (server not counted).",
    "Steady against load, the count still varies a little: V8 compiles and collects at slightly",
    "different moments in each process, so a difference within the noise band,",
    `±${INSTRUCTION_NOISE / 1000}k${counted ? ` (≈ ${Math.round((INSTRUCTION_NOISE / counted.bare) * counted.bareCpu)} µs)` : ""}, is no difference.`,
    "",
    table(["variant", "client instructions per request", "above (b)"], rows),
    "",
    ...(counted
      ? [
          `At (b)'s sequential client CPU time above (${n(counted.bareCpu)} µs for ${n(Math.round(counted.bare))} instructions), (c)'s`,
          `${signed(counted.above / 1000, 0)}k instructions come to about ${signed(counted.micros)} µs per request: the CPU goal is ${verdict(counted.micros <= 25)}`,
          "by this steady measure, whatever the timing rounds above say.",
          "",
        ]
      : []),
    ...resourceLines(results),
  ];
}

/** The resource methods' instruction count (bench/instructions.mjs, bench/lib/resource-variants.mjs). */
function resourceLines(results) {
  const { resources } = results.instructions;
  const cost = resourceCost(results);
  if (!resources || !cost) return [];
  const [few, many] = resources.requests;
  return [
    "**Resource methods (instruction count).** (p) makes Get Call and a List Calls page of one call",
    "path-style with `unwrap`; (q) makes the same two calls as resource methods",
    "(`uv.calls.get(id)`, `uv.calls.list(query)`), on one client whose `fetch` answers in-process",
    "with the server's JSON (the network is the same for both and would only add noise). One",
    `process runs (p) ${n(few)} times and (q) ${n(many)} times, another (p) ${n(many)} and (q) ${n(few)}, both after`,
    `${n(resources.warmup)} warm-up requests of each; the difference of their totals over ${n(many - few)} is (q) − (p), with`,
    "everything V8 does on its own schedule costing both processes alike.",
    "",
    `Per request, resource methods cost ${signed(cost.perRequest / 1000, 1)}k instructions against path-style, about ${signed(cost.micros)} µs at (b)'s`,
    `rate: the goal (within 5 µs) is ${verdict(cost.micros <= 5)}. What a method adds: shaping its arguments into the`,
    "path-style `init` (a few small objects), and for a list a lazy promise-like object and a `Page`",
    "that copies the answer's four keys; the transport, checks and parsing are the same code.",
    "",
  ];
}

function coldStartSection({ coldStart }) {
  if (!coldStart) return [];
  return [
    "## 2. Cold start",
    "",
    `What importing each library costs a fresh Node process: ${coldStart.rounds} processes per library, one`,
    "import each (a dynamic `import()`), the libraries taking turns. Import time is measured inside the",
    "process around the `import()` (and, for the rows that say so, what follows it); RSS is the",
    "process's resident memory after that, and what it added. _node alone_ imports nothing: the floor.",
    "_then a client_ also creates a client: the first one makes the platform load its `Headers` and",
    "`fetch` classes, whatever the library. _then … every resource method_ also reaches all of that",
    "client's resource methods, which builds them (a client builds a resource only when first used).",
    "Medians (min–max).",
    "",
    table(
      ["library", "import time", "RSS after the import", "RSS added by the import"],
      coldStart.libraries.map((library) => [
        library.name,
        `${n(library.importMs.median, 1)} ms (${n(library.importMs.min, 1)}–${n(library.importMs.max, 1)})`,
        formatMB(library.rssAfter.median),
        formatMB(library.rssAdded.median),
      ]),
    ),
    "",
  ];
}

function paginationSection({ pagination }) {
  if (!pagination) return [];
  const [first, middle, last] = pagination.marks;
  const out = [
    "## 3. Pagination",
    "",
    `${n(pagination.items)} calls over ${n(pagination.pages)} pages of ${pagination.pageSize} (~${kb(pagination.pageSize * pagination.callBytes)} of JSON per page) from`,
    "the local server, walked item by item with `paginate()` and with a hand-written cursor loop on",
    "bare openapi-fetch (read `next`, send its `cursor`). Each walk runs in a fresh process started",
    `with \`--max-old-space-size=${pagination.heapMB}\`: a walk that kept pages alive would run out of heap`,
    `and crash the run. \`rss\` is sampled every 10 ms (peak) and read at ${n(first)}, ${n(middle)} and`,
    `${n(last)} items, where a forced garbage collection also shows the heap the walk retains.`,
    `Walks alternate between the two variants, ${pagination.walks[0].runs} each; medians (min–max).`,
    "",
    table(
      [
        "variant",
        "time",
        "items/s",
        "rss at start",
        `rss at ${n(first)}`,
        `rss at ${n(middle)}`,
        `rss at ${n(last)}`,
        "peak rss",
        `heap retained at ${n(first)} / ${n(last)}`,
      ],
      pagination.walks.map((walk) => [
        walk.variant === "paginate" ? "`paginate()`" : "cursor loop (openapi-fetch)",
        `${seconds(walk.ms.median)} (${seconds(walk.ms.min)}–${seconds(walk.ms.max)})`,
        n(walk.itemsPerSecond.median),
        formatMB(walk.startRss.median),
        formatMB(walk.at[first].rss.median),
        formatMB(walk.at[middle].rss.median),
        formatMB(walk.at[last].rss.median),
        formatMB(walk.peakRss.median),
        `${formatMB(walk.at[first].heapRetained.median)} / ${formatMB(walk.at[last].heapRetained.median)}`,
      ]),
    ),
    "",
  ];
  const walk = pagination.walks.find((entry) => entry.variant === "paginate");
  const loop = pagination.walks.find((entry) => entry.variant !== "paginate");
  const rssAt = (entry, mark) => entry.at[mark].rss.median;
  const grew = (entry, from, to) => {
    const bytes = rssAt(entry, to) - rssAt(entry, from);
    return `${bytes < 0 ? "−" : "+"}${formatMB(Math.abs(bytes))}`;
  };
  out.push(
    `Both walks complete under the ${pagination.heapMB} MB cap (V8's whole heap limit there:`,
    `${formatMB(walk.heapLimit)}). The heap a walk retains (after a forced collection) is`,
    `${formatMB(walk.at[first].heapRetained.median)} at ${n(first)} items and ${formatMB(walk.at[last].heapRetained.median)} at ${n(last)} for \`paginate()\` (cursor loop:`,
    `${formatMB(loop.at[first].heapRetained.median)} and ${formatMB(loop.at[last].heapRetained.median)}): one page is alive at a time. \`rss\` moves by`,
    `${grew(walk, first, middle)} from ${n(first)} to ${n(middle)} items and by ${grew(walk, middle, last)} from ${n(middle)} to ${n(last)} for \`paginate()\``,
    `(cursor loop: ${grew(loop, first, middle)} and ${grew(loop, middle, last)}): V8's young generation and the allocator's`,
    "arenas for response buffers settling into their working size, not memory that grows with the",
    `items. \`paginate()\` takes ${n(walk.ms.median / loop.ms.median, 2)}× the cursor loop's time: it runs on the client of`,
    "section 1, so each page pays that section's per-request costs, and it checks each page and",
    "cursor.",
    "",
  );
  const { scenarios } = pagination.prefetch;
  const pageKB = kb(pagination.pageSize * pagination.callBytes);
  out.push(
    "**Prefetch.** `pages()` with a consumer that awaits a timer per page (like a database write),",
    `sequential vs \`prefetch: true\`, pages of ${pagination.pageSize}, ${scenarios[0].sequentialMs.n} alternating runs each. Prefetch overlaps`,
    "fetching page n+1 with consuming page n; with perfect overlap the speedup would be",
    "(fetch + consume) / max(fetch, consume), the _ideal_ column, computed per sequential run from the",
    `time spent in the consumer and the rest. Fetching and parsing one of these ~${pageKB} pages takes`,
    `${ms(pagination.prefetch.undelayedMs)} here with no added latency, more than 1 ms of work, so the consumer awaits a whole`,
    "number of ms and the server delays each page by the difference (`x-bench-delay-us`), making",
    "consume ≈ fetch, the case prefetch is for, in two ways: _CPU-bound_, the smallest such wait, so",
    "fetching is mostly the client's own work (reading and parsing the page); _latency-bound_, four",
    "times that, so fetching is mostly waiting, as against the real API, whose pages take tens of",
    "milliseconds to arrive. _1 ms work_ keeps a 1 ms consumer and no added delay.",
    "",
    table(
      [
        "scenario",
        "pages",
        "consumer per page",
        "fetch per page",
        "server delay",
        "sequential",
        "`prefetch: true`",
        "speedup, median (min–max)",
        "ideal",
      ],
      scenarios.map((scenario) => [
        scenario.label,
        n(scenario.pageCount),
        `${ms(scenario.consumeMsPerPage.median)} (${scenario.workMs} ms timer)`,
        ms(scenario.fetchMsPerPage.median),
        `${n(scenario.delayUs / 1000, 2)} ms`,
        seconds(scenario.sequentialMs.median),
        seconds(scenario.prefetchMs.median),
        `${n(scenario.speedup.median, 2)}× (${n(scenario.speedup.min, 2)}–${n(scenario.speedup.max, 2)})`,
        `${n(scenario.idealSpeedup.median, 2)}×`,
      ]),
    ),
    "",
  );
  const balanced = scenarios.filter((scenario) => scenario.balanced);
  const missed = balanced.filter((scenario) => scenario.speedup.median < 1.8);
  const results = balanced.map(
    (scenario) =>
      `${scenario.label} ${verdict(scenario.speedup.median >= 1.8)} (${n(scenario.speedup.median, 2)}×, ideal ${n(scenario.idealSpeedup.median, 2)}×)`,
  );
  out.push(
    `**Goal:** ≥ 1.8× with prefetch when consumer time ≈ fetch time: ${results.join("; ")}.`,
    "",
  );
  const beyond = scenarios.filter((s) => s.speedup.median > s.idealSpeedup.median * 1.05);
  if (beyond.length) {
    const perPage = (s) => s.prefetchMs.median / s.pageCount;
    const cases = beyond.map(
      (s) =>
        `_${s.label}_ a prefetched page took ${ms(perPage(s))} against ${ms(s.fetchMsPerPage.median)} for a sequential fetch`,
    );
    out.push(
      `The ideal assumes fetching takes as long with prefetch as without; for ${cases.join(", ")}, so the`,
      "measured speedup exceeds it, probably because a sequential fetch starts after the consumer's wait,",
      "when the client and server processes have gone idle, while a prefetch is already under way.",
      "",
    );
  }
  if (missed.length) {
    out.push(
      `Why (${missed.map((scenario) => scenario.label).join(", ")}): a prefetched page is still read and parsed on the`,
      "consumer's thread, so that work overlaps only the consumer's _waiting_, and when it is running",
      "as the consumer's timer falls due, the timer fires late. The larger the client's share of the",
      "fetch time, the more of it collides with the consumer this way; on this 2-core machine the",
      "server process and other work compete for the CPU as well. When fetching is mostly waiting for",
      "the server, as in the latency-bound scenario and against the real API, little collides.",
      "",
    );
  }
  return out;
}

function retrySection({ retry }) {
  if (!retry) return [];
  const { healthy, flaky } = retry;
  const added = (key) => flaky.latencyMs[key] - healthy.latencyMs[key];
  return [
    "## 4. Retry cost",
    "",
    `Get Call (${kb(retry.callBytes)}), ${n(retry.requests)} sequential requests against a server that answers 30 % of GETs with`,
    "`503` and `Retry-After: 0` (a seeded random pattern), with the client's default policy",
    `(\`maxRetries: ${retry.maxRetries}\`, so up to 3 attempts), beside the same requests to a server that never fails.`,
    "Blocks of 100 alternate between the two. Latency is per logical request, retries included.",
    "",
    table(
      ["server", "success rate", "attempts per request", "latency median", "p95", "mean"],
      [healthy, flaky].map((scenario) => [
        scenario.failRate ? "fails 30 % of GETs" : "never fails",
        `${n(scenario.successRate * 100, 1)} %`,
        n(scenario.attemptsPerRequest, 2),
        ms(scenario.latencyMs.median),
        ms(scenario.latencyMs.p95),
        ms(scenario.latencyMs.mean),
      ]),
    ),
    "",
    `Added latency: median +${ms(added("median"))}, p95 +${ms(added("p95"))}, mean +${ms(added("mean"))}.`,
    `Expected success with 3 independent attempts: 1 − 0.3³ = ${n(retry.expectedSuccessRate * 100, 1)} %; a raw`,
    `fetch that does not retry succeeds ${n(retry.rawFetchSuccessRate * 100, 1)} % of the time. Each retry after`,
    "`Retry-After: 0` waits on a 0 ms timer, which Node fires after at least 1 ms, so a request that",
    "needs all three attempts takes 2 ms or more beyond its round trips.",
    "",
  ];
}

/** A ratio's difference from 1 as a signed percentage: `+15 %`, `−20 %`. */
const signedPercent = (difference, digits) =>
  `${difference < 0 ? "−" : "+"}${n(Math.abs(difference) * 100, digits)} %`;

function typecheckSection({ typecheck }) {
  if (!typecheck) return [];
  const find = (program, skipLibCheck, mutableArrays = false) =>
    typecheck.results.find(
      (r) =>
        r.program === program &&
        r.skipLibCheck === skipLibCheck &&
        (r.mutableArrays ?? false) === mutableArrays,
    );
  const consumer = find("consumer.ts", true);
  const bare = find("consumer-bare.ts", true);
  const baseline = find("baseline.ts", true);
  const mutable = find("consumer.ts", true, true);
  const resources = find("consumer-resources.ts", true);
  const label = {
    "consumer.ts": "consumer.ts (ultravox-api)",
    "consumer-resources.ts": "consumer-resources.ts (ultravox-api, resource methods)",
    "consumer-bare.ts": "consumer-bare.ts (bare openapi-fetch + `paths`)",
    "baseline.ts": "baseline.ts (fetch only)",
  };
  const met = consumer.checkSeconds.median < 1;
  const out = [
    "## 5. Type-check cost",
    "",
    `\`tsc --noEmit --extendedDiagnostics\` (TypeScript ${typecheck.typescript}) on bench/typecheck/consumer.ts, an application`,
    "module making 20 different typed calls (GET, POST, PATCH, DELETE; path and query parameters;",
    "JSON bodies) plus `paginate`, `pages`, `unwrap` and error narrowing. It lives in a scratch",
    'project that imports the built package as `"ultravox-api"` (its `node_modules/ultravox-api` links',
    "to this repository, so the package's `exports` and `dist/*.d.ts` are resolved as for an installed",
    "package), with `strict`, `module: NodeNext`, `lib: ES2022 + DOM`. consumer-bare.ts makes the same",
    "calls on bare openapi-fetch with the package's `paths` type (a hand-written cursor loop and a",
    "small `must()` in place of `paginate` and `unwrap`): the cost of the types without the layer.",
    "consumer-resources.ts makes the same calls, listings and error narrowing with resource methods",
    "(`uv.calls.create(body)`, `for await (… of uv.calls.list(query))`).",
    "baseline.ts only calls `fetch`: the TypeScript and DOM libraries alone. Times are the median",
    `(min–max) of ${typecheck.runs} rounds, each running every program once, and move with the machine's load; types and instantiations do not.`,
    "",
    table(
      ["program", "skipLibCheck", "check time", "total time", "types", "instantiations", "memory"],
      typecheck.results.map((r) => [
        r.mutableArrays ? `${label[r.program]}, request arrays mutable` : label[r.program],
        String(r.skipLibCheck),
        `${n(r.checkSeconds.median, 2)} s (${n(r.checkSeconds.min, 2)}–${n(r.checkSeconds.max, 2)})`,
        `${n(r.totalSeconds.median, 2)} s`,
        n(r.types),
        n(r.instantiations),
        `${n(r.memoryKB / 1024)} MB`,
      ]),
    ),
    "",
    `**Goal:** check time under 1 s with \`skipLibCheck\`: ${verdict(met)} (${n(consumer.checkSeconds.median, 2)} s; bare openapi-fetch: ${n(bare.checkSeconds.median, 2)} s; the libraries alone: ${n(baseline.checkSeconds.median, 2)} s).`,
    "",
    `The layer's own share (its strict, contextually typed methods and named types), in instantiations: ${n(consumer.instantiations)} with the SDK against ${n(bare.instantiations)} for the`,
    `same calls on bare openapi-fetch (${signedPercent(consumer.instantiations / bare.instantiations - 1)}). Without \`skipLibCheck\`, both also check`,
    "every declaration file they load (DOM, openapi-fetch, the generated schema), which costs the same",
    "with or without the layer.",
    "",
    ...(mutable
      ? [
          "What `readonly` arrays in the request types cost (they let `as const` values and `Readonly<…>`",
          "application types be sent): consumer.ts against a copy of the package whose request arrays are",
          `mutable needs ${n(mutable.instantiations)} instantiations and ${n(mutable.types)} types, against ${n(consumer.instantiations)} and ${n(consumer.types)}`,
          `(${signed(consumer.instantiations - mutable.instantiations, 0)} instantiations); check time ${n(mutable.checkSeconds.median, 2)} s against ${n(consumer.checkSeconds.median, 2)} s.`,
          "",
        ]
      : []),
    ...(resources
      ? [
          `**Goal:** the consumer written with resource methods under 1 s with \`skipLibCheck\` and with no more instantiations than the path-style one: ${verdict(resources.checkSeconds.median < 1 && resources.instantiations <= consumer.instantiations)} (${n(resources.checkSeconds.median, 2)} s; ${n(resources.instantiations)} instantiations against ${n(consumer.instantiations)}).`,
          "A resource method's signature is built from its operation's path and method with the",
          "path-style client's own types (`RequestBody`, `RequestInitFor`, openapi-fetch's response",
          "types), so it costs what the path-style call costs, less the strict `init` checking that",
          "path-style calls need to catch misspelt keys (a resource method's arguments are typed",
          "directly). Its types read the operation with `infer` rather than generic indexed access, which",
          "would make TypeScript resolve them for every path of the API at once.",
          "",
        ]
      : []),
  ];
  if (!met) {
    out.push(
      "Why: the SDK's calls take the generated types as they are (each schema declared by name, as",
      "read and as sent), so what is left is TypeScript's own work on each call (its `init`, its result)",
      "and the size of the Call and Agent schemas; bare openapi-fetch maps every body and response",
      "through its `Writable<>` and `Readable<>` on top. The figure also scales with the load on this",
      "shared machine (see the range); the instantiation counts are the steady measure.",
      "",
    );
  }
  return out;
}

function pipelineSection({ pipeline }, run) {
  if (!pipeline) return [];
  return [
    "## 6. Pipeline",
    "",
    "Wall time of each step as a contributor runs it (`npm run <script>`, npm's own start-up included),",
    "once each.",
    "",
    table(
      ["step", "wall time"],
      [
        ...pipeline.steps.map((step) => [`\`npm run ${step.script}\``, seconds(step.ms)]),
        ["`npm run build` (run first by the bench)", seconds(run.buildMs)],
      ],
    ),
    "",
    ...(pipeline.docsPage
      ? [
          "The docs page `npm run docs` writes (docs/index.html: renderer, spec, code samples, all",
          `inline): ${n(pipeline.docsPage.bytes)} B, ${n(pipeline.docsPage.gzipBytes)} B gzipped (level 9).`,
          "",
        ]
      : []),
  ];
}

function bundleSection({ bundle }) {
  if (!bundle) return [];
  const ours = bundle.tiny.find((entry) => entry.library === "ultravox-api");
  const resourceRows = bundle.resourceScript
    ? [
        [
          "ultravox-api, the same program with resource methods",
          `${n(bundle.resourceScript.minBytes)} B`,
          `**${n(bundle.resourceScript.gzipBytes)} B** (budget ${n(bundle.resourceBudget)} B)`,
          "",
        ],
      ]
    : [];
  return [
    "## 7. Bundle size",
    "",
    `esbuild ${bundle.versions.esbuild}, bundled, minified, ESM, \`platform: "browser"\`, gzip level 9 (the settings of`,
    "scripts/size.mjs, whose `measureBundle()` produces every figure here). First the programs `npm run size`",
    "checks against their budgets (client, `paginate`, `unwrap`, `verifyWebhook`, and the same with resource methods); then one tiny program",
    "(create a client, list, get one) written against each library: for openai, `models.list()` and",
    "`models.retrieve()`, its closest list-and-get pair.",
    "",
    table(
      ["program", "minified", "gzip", "gzip vs ultravox-api (tiny)"],
      [
        [
          "ultravox-api, size script program",
          `${n(bundle.sizeScript.minBytes)} B`,
          `**${n(bundle.sizeScript.gzipBytes)} B** (budget ${n(bundle.budget)} B)`,
          "",
        ],
        ...resourceRows,
        ...bundle.tiny.map((entry) => [
          `tiny program: ${entry.library}${entry.library === "openai" ? ` ${bundle.versions.openai}` : entry.library.startsWith("openapi-fetch") ? ` ${bundle.versions["openapi-fetch"]}` : ""}`,
          `${n(entry.minBytes)} B`,
          `${n(entry.gzipBytes)} B`,
          `${n(entry.gzipBytes / ours.gzipBytes, 2)}×`,
        ]),
      ],
    ),
    "",
    `**Budget:** the ${n(bundle.budget)} B that \`npm test\` enforces against growth ${verdict(bundle.sizeScript.gzipBytes <= bundle.budget)}. The ultravox-api bundles include openapi-fetch.`,
    "",
    "Where the size program's bytes go, its parts bundled alone (shared code counts in each):",
    "",
    table(
      ["part", "minified", "gzip"],
      bundle.parts.map((entry) => [
        entry.part,
        `${n(entry.minBytes)} B`,
        `${n(entry.gzipBytes)} B`,
      ]),
    ),
    "",
    "A client that calls one GET already carries the transport (timeouts over headers and body,",
    "retries and `Retry-After`, streaming), the checks of every option, path and query value, the",
    "error classes, and openapi-fetch, which bundles its own path and query serializers although the",
    "SDK passes its own.",
    "",
    ...(bundle.resources
      ? [
          `**The resource methods** add ${n(bundle.resources.layer.minBytes)} B minified, ${n(bundle.resources.layer.gzipBytes)} B gzipped, to the size`,
          "program (bundled from the sources with and without them). Of that, their table (every",
          `operation's name, method, path and kind) is ${n(bundle.resources.table.minBytes)} B minified, ${n(bundle.resources.table.gzipBytes)} B gzipped; the rest is the code`,
          "that builds a method from its entry, shapes its arguments, sends files as multipart and pages",
          "a listing. Every client carries all of it, whichever methods a program calls: the methods hang",
          "off the client object, so no bundler can tell which ones are unused. For the same reason a",
          "client that calls only one GET now also carries `paginate` and `pages` (the list methods' way",
          "through a listing).",
          "",
        ]
      : []),
  ];
}

/** BENCHMARKS.md for one run of bench/run.mjs. */
export function renderReport(run) {
  const { machine } = run;
  const lines = [
    "# Benchmarks",
    "",
    "What the SDK costs its users, measured against what they would pay without it, side by side in",
    "one run. Written by `npm run bench` (bench/run.mjs); do not edit by hand. No figure here fails",
    "CI: these are benchmarks, not tests.",
    "",
    `Run of ${run.date.slice(0, 16).replace("T", " ")} UTC, ${n(run.totalMs / 60000, 1)} minutes in all. **The numbers are noisy:** the`,
    `machine has ${machine.cores} cores shared with other work (load average ${n(machine.loadAverage[0], 2)} at the start, ${n(run.loadAverageAtEnd[0], 2)} at`,
    "the end), so each figure is a median over interleaved rounds with its range, and ratios are",
    "taken within a round. Compare ratios, not absolute rates, across machines.",
    "",
    table(
      ["machine", ""],
      [
        ["CPU", `${machine.cpuModel}, ${machine.cores} cores`],
        ["RAM", `${n(machine.ramGiB, 1)} GiB`],
        ["OS", machine.os],
        ["Node", `${machine.node} (undici ${machine.undici})`],
      ],
    ),
    "",
    "## Goals",
    "",
    table(
      ["goal", "this run", "verdict"],
      goals(run).map((goal) => [goal.goal, goal.measured, verdict(goal.met)]),
    ),
    "",
    ...overheadSection(run.results),
    ...coldStartSection(run.results),
    ...paginationSection(run.results),
    ...retrySection(run.results),
    ...typecheckSection(run.results),
    ...pipelineSection(run.results, run),
    ...bundleSection(run.results),
    "## Reproduce",
    "",
    "`npm ci && npm run bench` (builds dist/ first). `node bench/run.mjs overhead retry` runs some",
    "sections only and prints their raw results as JSON instead of writing this file;",
    "`--json=<file>` keeps the raw results of a full run and `--from=<file>` rewrites this file from",
    "them. Sources: bench/ (one file per section; bench/lib/ holds the server process, statistics and",
    "child-process helpers).",
    "",
  ];
  return lines.join("\n");
}
