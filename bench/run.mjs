// `npm run bench`: builds the package, runs every benchmark in bench/ and writes
// BENCHMARKS.md. Benchmarks, not tests: no figure fails the run; only a crash does.
//
//   node bench/run.mjs                       everything, writes BENCHMARKS.md
//   node bench/run.mjs overhead retry        only these sections, JSON to stdout
//   node bench/run.mjs --json=results.json   also keep the raw results
//   node bench/run.mjs --from=results.json   rewrite BENCHMARKS.md from kept results
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { format, resolveConfig } from "prettier";
import { runInChild } from "./lib/child.mjs";
import { describeMachine } from "./lib/machine.mjs";
import { timeScript } from "./pipeline.mjs";
import { renderReport } from "./report.mjs";

const here = (file) => new URL(file, import.meta.url);

// Client-side measurements run in a fresh process each (clean heap and JIT state).
const SECTIONS = {
  overhead: () => runInChild(here("./overhead.mjs"), {}),
  instructions: async () => (await import("./instructions.mjs")).run(),
  coldStart: async () => (await import("./cold-start.mjs")).run({}),
  pagination: async () => (await import("./pagination.mjs")).run({}),
  retry: () => runInChild(here("./retry.mjs"), {}),
  typecheck: async () => (await import("./typecheck.mjs")).run({}),
  pipeline: async () => (await import("./pipeline.mjs")).run({}),
  bundle: async () => (await import("./bundle.mjs")).run(),
};

const args = process.argv.slice(2);
const option = (name) =>
  args.find((arg) => arg.startsWith(`--${name}=`))?.slice(`--${name}=`.length);
for (const arg of args.filter((arg) => arg.startsWith("--"))) {
  if (!/^--(json|from)=./.test(arg)) throw new Error(`unknown option ${arg}`);
}
const selected = args.filter((arg) => !arg.startsWith("--"));
for (const name of selected) {
  if (!(name in SECTIONS)) throw new Error(`unknown section ${name}: ${Object.keys(SECTIONS)}`);
}

/** Writes BENCHMARKS.md, formatted as `npm test`'s prettier --check expects. */
async function writeReport(run) {
  const file = fileURLToPath(here("../BENCHMARKS.md"));
  const options = { ...(await resolveConfig(file)), filepath: file };
  writeFileSync(file, await format(renderReport(run), options));
}

const from = option("from");
if (from) {
  await writeReport(JSON.parse(readFileSync(from, "utf8")));
  process.exit(0);
}

const names = selected.length ? selected : Object.keys(SECTIONS);
const started = performance.now();
const log = (message) =>
  console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0)}s] ${message}`);
const machine = describeMachine();
log("npm run build");
const buildMs = timeScript("build");
const results = {};
for (const name of names) {
  log(name);
  results[name] = await SECTIONS[name]();
}
const totalMs = performance.now() - started;
log(`done in ${(totalMs / 1000).toFixed(0)} s`);
const run = {
  date: new Date().toISOString(),
  machine,
  loadAverageAtEnd: describeMachine().loadAverage,
  buildMs,
  totalMs,
  results,
};
const jsonPath = option("json");
if (jsonPath) writeFileSync(jsonPath, JSON.stringify(run, null, 2));
if (selected.length) {
  console.log(JSON.stringify(run, null, 2));
} else {
  await writeReport(run);
  log("wrote BENCHMARKS.md");
}
