// Cold start: what importing the package costs a fresh Node process, against openapi-fetch
// alone, ky and openai-node. Each run is a new process that imports one library with a
// dynamic import() and reports the time the import took and its resident set size (RSS)
// before and after. Runs alternate between the libraries (the order rotates each round);
// medians and ranges over the rounds.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { summarize } from "./lib/stats.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));

/** What each run imports; `null` imports nothing (the process on its own). */
export const LIBRARIES = {
  "node alone": null,
  "ultravox-api": new URL("../dist/index.js", import.meta.url).href,
  "openapi-fetch": "openapi-fetch",
  ky: "ky",
  openai: "openai",
};

const CHILD = `
const specifier = process.argv[1];
const before = process.memoryUsage().rss;
const start = performance.now();
if (specifier !== "null") await import(specifier);
const ms = performance.now() - start;
console.log(JSON.stringify({ ms, rssBefore: before, rssAfter: process.memoryUsage().rss }));
`;

/** One import in a fresh process. */
function measure(specifier) {
  const result = spawnSync(
    process.execPath,
    ["--input-type=module", "-e", CHILD, String(specifier)],
    { cwd: root, encoding: "utf8" },
  );
  if (result.status !== 0) throw new Error(`import of ${specifier} failed:\n${result.stderr}`);
  return JSON.parse(result.stdout);
}

export async function run({ rounds = 15 }) {
  const names = Object.keys(LIBRARIES);
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (let offset = 0; offset < names.length; offset++) {
      const name = names[(round + offset) % names.length];
      samples[name].push(measure(LIBRARIES[name]));
    }
  }
  return {
    rounds,
    libraries: names.map((name) => ({
      name,
      importMs: summarize(samples[name].map((sample) => sample.ms)),
      rssAfter: summarize(samples[name].map((sample) => sample.rssAfter)),
      rssAdded: summarize(samples[name].map((sample) => sample.rssAfter - sample.rssBefore)),
    })),
  };
}
