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

/** Runs `variant` for `warmup` + `requests` requests under cachegrind; resolves with its instruction count. */
function countInstructions(origin, variant, warmup, requests) {
  const args = [
    "--tool=cachegrind",
    "--cache-sim=no",
    "--cachegrind-out-file=/dev/null",
    process.execPath,
    child,
    origin,
    variant,
    String(warmup),
    String(requests),
  ];
  return new Promise((resolve, reject) => {
    const process_ = spawn("valgrind", args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    process_.stderr.on("data", (chunk) => (stderr += chunk));
    process_.on("error", reject);
    process_.on("exit", (code) => {
      const total = /I\s+refs:\s+([\d,]+)/.exec(stderr)?.[1];
      if (code === 0 && total) resolve(Number(total.replaceAll(",", "")));
      else
        reject(new Error(`valgrind ${variant} ${requests} exited ${code}: ${stderr.slice(-500)}`));
    });
  });
}

// 2,000 warm-up requests and 2,400 counted: with 1,000 and 600, whether V8 happened to compile
// or collect inside the counted window swung (c) − (b) by ±150k instructions per request.
export async function run({ warmup = 2000, requests = [300, 2700], variants = ["b", "c"] } = {}) {
  const valgrind = valgrindVersion();
  if (!valgrind) return { skipped: "valgrind is not installed" };
  const server = await startServer();
  try {
    const jobs = variants.flatMap((variant) => requests.map((count) => ({ variant, count })));
    // Two at a time: one per core of this machine.
    const totals = new Map();
    for (let index = 0; index < jobs.length; index += 2) {
      await Promise.all(
        jobs.slice(index, index + 2).map(async ({ variant, count }) => {
          totals.set(
            `${variant} ${count}`,
            await countInstructions(server.origin, variant, warmup, count),
          );
        }),
      );
    }
    const [fewer, more] = requests;
    return {
      valgrind,
      warmup,
      requests,
      variants: variants.map((key) => ({
        key,
        perRequest: (totals.get(`${key} ${more}`) - totals.get(`${key} ${fewer}`)) / (more - fewer),
      })),
    };
  } finally {
    await server.stop();
  }
}
