// Client instructions per request, counted by valgrind: the figure of section 1 that does
// not move with the machine's load. Each variant runs in its own process under
// `valgrind --tool=cachegrind --cache-sim=no` (it counts every instruction the client
// process executes, whatever else the machine does), twice: `warmup` requests then
// `requests[0]` more, and the same warm-up then `requests[1]` more. The difference of the
// two totals over the difference of the request counts is the cost of one request, with
// start-up, imports and the warm-up's compilation cancelled out. The server is section 1's
// (its own process, not counted). Processes run side by side: the counts do not depend on
// contention, only the wall-clock time does.
import { execFileSync, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { startServer } from "./lib/server.mjs";

const child = fileURLToPath(new URL("./lib/count-child.mjs", import.meta.url));

/** Whether valgrind can be run here. */
function valgrindVersion() {
  try {
    return execFileSync("valgrind", ["--version"], { encoding: "utf8" }).trim();
  } catch {
    return undefined;
  }
}

/**
 * Runs `mix` (`"b:300"`, or `"p:1000,q:6000"`: variants and their request counts, each after
 * `warmup` requests) under cachegrind; resolves with the process's instruction count.
 */
function countInstructions(origin, mix, warmup) {
  const args = [
    "--tool=cachegrind",
    "--cache-sim=no",
    "--cachegrind-out-file=/dev/null",
    process.execPath,
    child,
    origin,
    String(warmup),
    mix,
  ];
  return new Promise((resolve, reject) => {
    const process_ = spawn("valgrind", args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    process_.stderr.on("data", (chunk) => (stderr += chunk));
    process_.on("error", reject);
    process_.on("exit", (code) => {
      const total = /I\s+refs:\s+([\d,]+)/.exec(stderr)?.[1];
      if (code === 0 && total) resolve(Number(total.replaceAll(",", "")));
      else reject(new Error(`valgrind ${mix} exited ${code}: ${stderr.slice(-500)}`));
    });
  });
}

// 2,000 warm-up requests and 2,400 counted: with 1,000 and 600, whether V8 happened to compile
// or collect inside the counted window swung (c) − (b) by ±150k instructions per request.
const SECTION_1 = { warmup: 2000, requests: [300, 2700], variants: ["b", "c"] };

// The resource pair (bench/lib/resource-variants.mjs) is counted as a difference within one
// process: one runs p 1,000 times then q 6,000 times, the other p 6,000 then q 1,000, after
// the same warm-up of both. Both make the same number of requests over about the same time,
// so what V8 does on its own schedule (collecting, compiling) costs them alike, and the
// difference of their totals over 5,000 is (q) − (p) alone. Separate processes for p and q,
// as for (b) and (c), put the difference within noise of ±50k instructions.
const RESOURCES = { warmup: 6000, requests: [1000, 6000], pair: ["p", "q"] };

export async function run({ section1 = SECTION_1, resources = RESOURCES } = {}) {
  const valgrind = valgrindVersion();
  if (!valgrind) return { skipped: "valgrind is not installed" };
  const server = await startServer();
  try {
    const [fewer, more] = section1.requests;
    const [few, many] = resources.requests;
    const [path, resource] = resources.pair;
    const jobs = [
      ...section1.variants.flatMap((key) =>
        section1.requests.map((count) => ({
          name: `${key} ${count}`,
          mix: `${key}:${count}`,
          warmup: section1.warmup,
        })),
      ),
      ...[
        [few, many],
        [many, few],
      ].map(([pathCount, resourceCount]) => ({
        name: `${path} ${pathCount}`,
        mix: `${path}:${pathCount},${resource}:${resourceCount}`,
        warmup: resources.warmup,
      })),
    ];
    // Two at a time: one per core of this machine.
    const totals = new Map();
    for (let index = 0; index < jobs.length; index += 2) {
      await Promise.all(
        jobs.slice(index, index + 2).map(async ({ name, mix, warmup }) => {
          totals.set(name, await countInstructions(server.origin, mix, warmup));
        }),
      );
    }
    return {
      valgrind,
      warmup: section1.warmup,
      requests: section1.requests,
      variants: section1.variants.map((key) => ({
        key,
        perRequest: (totals.get(`${key} ${more}`) - totals.get(`${key} ${fewer}`)) / (more - fewer),
      })),
      resources: {
        warmup: resources.warmup,
        requests: resources.requests,
        // Per request of the pair (two calls): the resource methods' instructions above path-style's.
        above: (totals.get(`${path} ${few}`) - totals.get(`${path} ${many}`)) / (many - few),
      },
    };
  } finally {
    await server.stop();
  }
}
