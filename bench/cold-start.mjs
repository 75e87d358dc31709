// Cold start: what importing the package costs a fresh Node process, against openapi-fetch
// alone, ky and openai-node. Each run is a new process that imports one library with a
// dynamic import() and reports the time the import took and its resident set size (RSS)
// before and after. Runs alternate between the libraries (lib/rounds.mjs: the order rotates
// each round and runs backwards every other one);
// medians and ranges over the rounds.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { roundOrder } from "./lib/rounds.mjs";
import { summarize } from "./lib/stats.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));

const SDK = new URL("../dist/index.js", import.meta.url).href;

/**
 * What each run imports; `null` imports nothing (the process on its own). `then: "client"`
 * also creates a client (the first one loads the platform's fetch classes); `then: "tree"`
 * also reaches every resource method of it, which builds them all (a client builds a
 * resource's methods only when first used).
 */
export const LIBRARIES = {
  "node alone": null,
  "ultravox-api": SDK,
  "ultravox-api, then a client": { specifier: SDK, then: "client" },
  "ultravox-api, then a client and every resource method": { specifier: SDK, then: "tree" },
  "openapi-fetch": "openapi-fetch",
  ky: "ky",
  openai: "openai",
};

const CHILD = `
const [specifier, then] = process.argv.slice(1);
const before = process.memoryUsage().rss;
const start = performance.now();
const sdk = specifier === "null" ? undefined : await import(specifier);
// Reading each resource (an enumerable getter) builds it and its methods.
const walk = (node) => { for (const name in node) if (typeof node[name] === "object") walk(node[name]); };
if (then === "client") sdk.createUltravoxClient({ apiKey: "k" });
if (then === "tree") walk(sdk.createUltravoxClient({ apiKey: "k" }));
const ms = performance.now() - start;
console.log(JSON.stringify({ ms, rssBefore: before, rssAfter: process.memoryUsage().rss }));
`;

/** One import in a fresh process. */
function measure(library) {
  const { specifier, then = "" } = library?.specifier ? library : { specifier: library };
  const result = spawnSync(
    process.execPath,
    ["--input-type=module", "-e", CHILD, String(specifier), then],
    { cwd: root, encoding: "utf8" },
  );
  if (result.status !== 0) throw new Error(`import of ${specifier} failed:\n${result.stderr}`);
  return JSON.parse(result.stdout);
}

export async function run({ rounds = 15 }) {
  const names = Object.keys(LIBRARIES);
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const index of roundOrder(names.length, round)) {
      samples[names[index]].push(measure(LIBRARIES[names[index]]));
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
