// Type-check cost: `tsc --noEmit --extendedDiagnostics` on typecheck/consumer.ts (20
// different typed calls plus paginate, pages and unwrap) and typecheck/consumer-resources.ts
// (the same calls as resource methods) in a scratch project that
// imports the built package as "ultravox-api", the way an application does (its
// node_modules/ultravox-api links to this repository, so the package's "exports" and
// dist/*.d.ts are what is resolved). Beside it: typecheck/consumer-bare.ts, the same
// calls on bare openapi-fetch with the package's `paths` (what the types cost without
// the layer), and a baseline program that only calls fetch (the TypeScript and DOM
// libraries alone). Each with and without `skipLibCheck`. And consumer.ts once more against a
// copy of the package whose request types take only mutable arrays, as before `readonly` was
// added to them: what accepting `as const` values costs. Needs `npm run build` first.
import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { roundOrder } from "./lib/rounds.mjs";
import { summarize } from "./lib/stats.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const require = createRequire(import.meta.url);
const tsc = require.resolve("typescript/bin/tsc");
const PROGRAMS = ["consumer.ts", "consumer-resources.ts", "consumer-bare.ts", "baseline.ts"];
const BASELINE = `// Only the platform's fetch: what type-checking costs before any SDK.
export async function main(): Promise<number> {
  const response = await fetch("https://api.ultravox.ai/api/calls");
  const page = (await response.json()) as { results: unknown[] };
  return page.results.length;
}
`;

/** The numbers `--extendedDiagnostics` prints, keyed by label ("Check time" in seconds). */
function readDiagnostics(output) {
  const values = {};
  for (const [, label, value] of output.matchAll(/^([A-Za-z /]+):\s+([\d.]+)([sK]?)$/gm)) {
    values[label.trim()] = Number(value);
  }
  return values;
}

export async function run({ runs = 5 }) {
  const scratch = mkdtempSync(join(tmpdir(), "ultravox-bench-tsc-"));
  try {
    mkdirSync(join(scratch, "node_modules"));
    symlinkSync(root, join(scratch, "node_modules", "ultravox-api"), "dir");
    const openapiFetch = join(root, "node_modules", "openapi-fetch");
    symlinkSync(openapiFetch, join(scratch, "node_modules", "openapi-fetch"), "dir");
    writeFileSync(join(scratch, "package.json"), '{ "type": "module", "private": true }\n');
    for (const program of PROGRAMS.slice(0, -1)) {
      copyFileSync(new URL(`./typecheck/${program}`, import.meta.url), join(scratch, program));
    }
    writeFileSync(join(scratch, "baseline.ts"), BASELINE);
    // The package without `readonly` arrays in its request types, in a project of its own (the
    // generator writes `readonly` nowhere else: scripts/named-types.mjs).
    const mutable = join(scratch, "mutable");
    const mutablePackage = join(mutable, "node_modules", "ultravox-api");
    mkdirSync(join(mutablePackage, "generated"), { recursive: true });
    symlinkSync(
      join(scratch, "node_modules", "openapi-fetch"),
      join(mutable, "node_modules", "openapi-fetch"),
      "dir",
    );
    // A copy, not a link: TypeScript resolves a link to its real path, and dist's `../generated`
    // with it.
    cpSync(join(root, "dist"), join(mutablePackage, "dist"), { recursive: true });
    copyFileSync(join(root, "package.json"), join(mutablePackage, "package.json"));
    copyFileSync(join(scratch, "package.json"), join(mutable, "package.json"));
    copyFileSync(join(scratch, "consumer.ts"), join(mutable, "consumer.ts"));
    writeFileSync(
      join(mutablePackage, "generated", "schema.d.ts"),
      readFileSync(join(root, "generated", "schema.d.ts"), "utf8").replaceAll("readonly ", ""),
    );
    const configs = [];
    for (const program of PROGRAMS) {
      for (const skipLibCheck of [true, false]) {
        const config = join(scratch, `tsconfig.${program}.${skipLibCheck}.json`);
        writeFileSync(
          config,
          JSON.stringify({
            compilerOptions: {
              target: "ES2022",
              lib: ["ES2022", "DOM", "DOM.Iterable"],
              module: "NodeNext",
              moduleResolution: "NodeNext",
              strict: true,
              noEmit: true,
              skipLibCheck,
              types: [],
            },
            files: [program],
          }),
        );
        configs.push({ program, skipLibCheck, config, samples: [] });
      }
    }
    const mutableConfig = join(mutable, "tsconfig.json");
    writeFileSync(
      mutableConfig,
      readFileSync(join(scratch, "tsconfig.consumer.ts.true.json"), "utf8"),
    );
    configs.push({
      program: "consumer.ts",
      mutableArrays: true,
      skipLibCheck: true,
      config: mutableConfig,
      cwd: mutable,
      samples: [],
    });
    // Round by round, every program once per round in a rotating order, so that a busy spell
    // of the machine slows all of them alike instead of whichever ran then.
    for (let round = 0; round < runs; round++) {
      for (const turn of roundOrder(configs.length, round)) {
        const { config, samples, cwd = scratch } = configs[turn];
        const output = execFileSync(
          process.execPath,
          [tsc, "-p", config, "--extendedDiagnostics"],
          {
            cwd,
            encoding: "utf8",
          },
        );
        samples.push(readDiagnostics(output));
      }
    }
    const results = configs.map(({ program, mutableArrays = false, skipLibCheck, samples }) => {
      const stat = (label) => summarize(samples.map((sample) => sample[label]));
      return {
        program,
        mutableArrays,
        skipLibCheck,
        checkSeconds: stat("Check time"),
        totalSeconds: stat("Total time"),
        types: samples[0]["Types"],
        instantiations: samples[0]["Instantiations"],
        files: samples[0]["Files"],
        memoryKB: stat("Memory used").median,
      };
    });
    return { runs, typescript: require("typescript/package.json").version, results };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
