// `npm run test:consumers`: installs the packed package into small projects made the way
// users make theirs (test/consumers/) and runs each against a local API on 127.0.0.1:
// CommonJS with Jest 29 and with Jest 30 in their default setups, an ES project with Vitest,
// TypeScript with ts-jest (which also runs the Jest example of ultravox-api/testing), an app bundled by esbuild (browser) and by webpack (Node), and a
// TypeScript consumer type-checked under `moduleResolution` node16, nodenext (CommonJS and ES
// files) and bundler, by TypeScript 5.9 and 7. Each project's tools are pinned in
// test/consumers/versions.json and installed from npm into the git-ignored .consumers/ folder
// (kept between runs while the versions stay the same).
import { cpSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { buildAndPack, installOnce, root, run } from "../../scripts/packed-package.mjs";
import { startSmokeServer } from "../runtimes/server.mjs";

const work = join(root, ".consumers");
const sources = join(root, "test/consumers");
const versions = JSON.parse(readFileSync(join(sources, "versions.json"), "utf8"));
const bin = (project, name) => join(work, project, "node_modules", ".bin", name);
const tsc = (project, typescript) => join(work, project, "node_modules", typescript, "bin", "tsc");
const typeChecks = ["typescript", "typescript7"].flatMap((typescript) =>
  ["node16", "nodenext", "bundler"].map((config) => ({
    label: `tsc ${versions.types[typescript].replace(/^npm:typescript@/, "")} ${config}`,
    command: () => [tsc("types", typescript), ["-p", `tsconfig.${config}.json`, "--listFiles"]],
    // The CommonJS file must get the CommonJS declarations and the ES file the ES ones.
    declarations:
      config === "bundler" ? ["dist/index.d.ts"] : ["dist/index.d.cts", "dist/index.d.ts"],
  })),
);

/**
 * Each project: its folder under test/consumers/, its package.json `type`, the commands it
 * runs in its folder (in order), and the call ids its requests carry (the runner checks the
 * API saw each).
 */
const projects = [
  {
    name: "cjs-jest29",
    folder: "cjs-jest",
    type: "commonjs",
    steps: [{ label: "jest", command: () => [bin("cjs-jest29", "jest"), ["--ci"]] }],
  },
  {
    name: "cjs-jest30",
    folder: "cjs-jest",
    type: "commonjs",
    steps: [{ label: "jest", command: () => [bin("cjs-jest30", "jest"), ["--ci"]] }],
  },
  {
    name: "esm-vitest",
    folder: "esm-vitest",
    type: "module",
    steps: [{ label: "vitest", command: () => [bin("esm-vitest", "vitest"), ["run"]] }],
    callIds: ["esm-vitest", "esm-vitest-require"],
  },
  {
    name: "ts-jest",
    folder: "ts-jest",
    type: "commonjs",
    // The README's Jest example of ultravox-api/testing, with the module it tests.
    examples: ["testing/app.ts", "testing/app.jest.test.ts"],
    steps: [
      {
        label: "jest",
        command: () => [bin("ts-jest", "jest"), ["--ci"]],
        mustPass: ["client.test.ts", "app.jest.test.ts"],
      },
    ],
  },
  {
    name: "bundlers",
    folder: "bundlers",
    type: "module",
    steps: [
      { label: "build", command: () => [process.execPath, ["build.mjs"]] },
      { label: "esbuild bundle", command: () => [process.execPath, ["out/esbuild.mjs"]] },
      { label: "webpack bundle", command: () => [process.execPath, ["out/webpack.cjs"]] },
    ],
    callIds: ["bundlers-import", "bundlers-require"],
  },
  { name: "types", folder: "types", type: "commonjs", steps: typeChecks, callIds: [] },
];

/** Installs a project's pinned tools (unless already there), its files, and the tarball. */
async function install(project, tarball) {
  const dir = join(work, project.name);
  const manifest = { private: true, type: project.type, dependencies: versions[project.name] };
  const started = performance.now();
  await installOnce(dir, manifest);
  cpSync(join(sources, project.folder), dir, { recursive: true });
  cpSync(join(sources, "checks.cjs"), join(dir, "checks.cjs"));
  for (const example of project.examples ?? [])
    cpSync(join(root, "examples", example), join(dir, example.split("/").pop()));
  if (project.name === "types")
    for (const extension of ["cts", "mts"])
      cpSync(join(dir, "consumer.ts"), join(dir, `consumer.${extension}`));
  rmSync(join(dir, "node_modules", "ultravox-api"), { recursive: true, force: true });
  const args = ["install", "--no-save", "--no-audit", "--no-fund", "--loglevel=error", tarball];
  const result = await run("npm", args, { cwd: dir, timeoutMs: 600_000 });
  if (result.code !== 0) throw new Error(`installing the tarball failed:\n${result.output}`);
  return performance.now() - started;
}

async function runSteps(project, baseUrl) {
  const dir = join(work, project.name);
  const env = {
    ...process.env,
    CONSUMER_BASE_URL: baseUrl,
    CONSUMER_NAME: project.name,
    NO_COLOR: "1",
    FORCE_COLOR: "0",
  };
  const started = performance.now();
  const runStep = async (step) => {
    const [command, args] = step.command();
    return { step, ...(await run(command, args, { cwd: dir, env, timeoutMs: 180_000 })) };
  };
  const results = [];
  for (const step of project.steps) results.push(await runStep(step));
  const lines = results.map(({ step, code, output, ms }) => {
    const { passed, detail } = verdict(step, code, output);
    return { passed, line: `${passed ? "✓" : "✗"} ${step.label} (${seconds(ms)})  ${detail}` };
  });
  return {
    ok: lines.every(({ passed }) => passed),
    ms: performance.now() - started,
    lines: lines.map(({ line }) => line),
  };
}

/** Whether a step passed, and what to show of its output. */
function verdict(step, code, output) {
  // Without the files tsc lists, which say nothing about a failure.
  if (code !== 0) return { passed: false, detail: output.replace(/^\/.*\n/gm, "").trim() };
  if (step.declarations) {
    const used = ["dist/index.d.ts", "dist/index.d.cts"].filter((file) =>
      output.includes(`node_modules/ultravox-api/${file}`),
    );
    return {
      passed: used.sort().join() === [...step.declarations].sort().join(),
      detail: `declarations used: ${used.join(", ") || "none"}`,
    };
  }
  const summary = output.match(/^(PASS .*|\s*Tests:? .*)$/gm) ?? [];
  const missing = (step.mustPass ?? []).filter(
    (file) => !summary.some((line) => line.startsWith("PASS ") && line.includes(file)),
  );
  const detail = summary.join("; ").replace(/\s+/g, " ").trim();
  if (missing.length) return { passed: false, detail: `${detail}; did not pass: ${missing}` };
  return { passed: true, detail };
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

const started = performance.now();
mkdirSync(work, { recursive: true });
const tarball = buildAndPack(work);
const installs = await Promise.allSettled(projects.map((project) => install(project, tarball)));
const installed = performance.now();
const server = await startSmokeServer();
const results = [];
try {
  for (const [index, project] of projects.entries()) {
    const install = installs[index];
    if (install.status === "rejected") {
      results.push({ project, ok: false, lines: [`✗ install: ${install.reason.message}`] });
      continue;
    }
    results.push({
      project,
      installMs: install.value,
      ...(await runSteps(project, server.baseUrl)),
    });
  }
} finally {
  await server.close();
}

let failures = 0;
for (const { project, ok, ms, installMs, lines } of results) {
  if (!ok) failures++;
  const callIds = project.callIds ?? [project.name];
  const missing = callIds.filter(
    (id) => !server.requests.some((request) => request.path === `/api/calls/${id}`),
  );
  if (ok && missing.length) failures++;
  const passed = ok && missing.length === 0;
  const times = ms === undefined ? "" : ` install ${seconds(installMs)}, run ${seconds(ms)}`;
  console.log(`${passed ? "✓" : "✗"} ${project.name}:${times}`);
  for (const line of lines) console.log(`    ${line.split("\n").join("\n      ")}`);
  if (ok && missing.length) console.log(`    ✗ the API saw no request for ${missing.join(", ")}`);
}
console.log(
  `\n${failures ? `${failures} project(s) failed` : `all ${projects.length} projects passed`}` +
    ` in ${seconds(performance.now() - started)} (installs ${seconds(installed - started)})`,
);
process.exit(failures ? 1 : 0);
