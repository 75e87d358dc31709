// `npm run test:runtimes` (node test/runtimes/run.mjs): installs the packed package into a scratch project and
// runs one smoke program (test/runtimes/smoke.mjs) against a local server under
// Node 20 (this one), 22 and 24, Bun, Deno, Cloudflare workerd and Chromium.
// Runtimes come from npm (versions in test/runtimes/versions.json) into the
// git-ignored .runtimes/ folder, and Chromium from Debian; nothing else is downloaded.
import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import { build } from "esbuild";
import { CHROMIUM_PATH, launchChromium } from "../../scripts/chromium.mjs";
import { freePort } from "../../scripts/free-port.mjs";
import {
  buildAndPack,
  installOnce,
  npm,
  root,
  run as runTool,
} from "../../scripts/packed-package.mjs";
import { startSmokeServer } from "./server.mjs";

const work = join(root, ".runtimes");
const tools = join(work, "tools");
const scratch = join(work, "scratch");
const versions = JSON.parse(readFileSync(join(root, "test/runtimes/versions.json"), "utf8"));
const vectors = JSON.parse(
  readFileSync(join(root, "test/fixtures/reference/webhook-vectors.json"), "utf8"),
);
const vector = vectors.vectors.find((v) => v.name === "minimal-call-ended");

function packAndInstall() {
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  const tarball = buildAndPack(work);
  writeFileSync(join(scratch, "package.json"), JSON.stringify({ private: true, type: "module" }));
  // Stops tools that read tsconfig.json (Bun, esbuild) from finding the repository's, whose
  // `paths` map "ultravox-api" to src/: the scratch project must get the packed package.
  writeFileSync(join(scratch, "tsconfig.json"), "{}");
  npm(["install", "--no-audit", "--no-fund", "--loglevel=error", tarball], scratch);
  copyFileSync(join(root, "test/runtimes/smoke.mjs"), join(scratch, "smoke.mjs"));
}

const smokeArgs = (baseUrl, runtime) => JSON.stringify({ baseUrl, runtime, vector });

function writeEntries(name, baseUrl) {
  const args = smokeArgs(baseUrl, name);
  const report = `(passed) => console.log("PASS ${name}: " + passed.join(", ")), (error) => { console.error("FAIL ${name}: " + (error && error.stack || error)); process.exit(1); }`;
  writeFileSync(
    join(scratch, `${name}.mjs`),
    `import * as sdk from "ultravox-api";\nimport { runSmoke } from "./smoke.mjs";\nrunSmoke(sdk, ${args}).then(${report});\n`,
  );
  writeFileSync(
    join(scratch, `${name}.cjs`),
    `const sdk = require("ultravox-api");\nimport("./smoke.mjs").then(({ runSmoke }) => runSmoke(sdk, ${args})).then(${report});\n`,
  );
}

const run = (command, args, options = {}) => runTool(command, args, { cwd: scratch, ...options });

async function versionOf(command, args, pattern = /\S/) {
  const { output } = await run(command, args);
  return (
    output
      .trim()
      .split("\n")
      .find((line) => pattern.test(line))
      ?.trim() ?? "unknown"
  );
}

/**
 * Bundles an entry as the runtime's own tooling would (wrangler resolves the
 * "workerd" condition, browser bundlers the "browser" one) and checks which build
 * of the package it picked: the server build for workers, the browser build for Chromium.
 */
async function bundle(entryContents, file, conditions, expectedBuild) {
  const { metafile } = await build({
    stdin: { contents: entryContents, resolveDir: scratch, loader: "js" },
    bundle: true,
    format: "esm",
    platform: "browser",
    conditions,
    tsconfigRaw: {},
    outfile: join(scratch, file),
    metafile: true,
    logLevel: "silent",
  });
  const used = Object.keys(metafile.inputs).filter((input) =>
    input.includes("ultravox-api/dist/index"),
  );
  if (!used.some((input) => input.endsWith(expectedBuild))) {
    throw new Error(`expected the package's ${expectedBuild}, bundled ${used.join(", ")}`);
  }
}

async function runNode(name, binary, baseUrl) {
  writeEntries(name, baseUrl);
  const esm = await run(binary, [`${name}.mjs`]);
  if (esm.code !== 0) return { ok: false, output: esm.output };
  const cjs = await run(binary, ["--no-warnings", `${name}.cjs`]);
  return { ok: cjs.code === 0, output: `${esm.output.trim()}\n  require(): ${cjs.output.trim()}` };
}

async function runWorkerd(binary, baseUrl) {
  const name = "workerd";
  await bundle(
    `import * as sdk from "ultravox-api";\nimport { runSmoke } from "./smoke.mjs";\nexport default { async fetch() {\n  try { return Response.json({ ok: true, passed: await runSmoke(sdk, ${smokeArgs(baseUrl, name)}) }); }\n  catch (error) { return Response.json({ ok: false, error: String(error && error.stack || error) }); }\n} };\n`,
    "worker.js",
    ["workerd", "worker", "browser"],
    "dist/index.js",
  );
  const port = await freePort();
  writeFileSync(
    join(scratch, "workerd.capnp"),
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .smokeWorker),
    (name = "internet", network = (allow = ["public", "private", "local"])),
  ],
  sockets = [ (name = "http", address = "127.0.0.1:${port}", http = (), service = "main") ],
);
const smokeWorker :Workerd.Worker = (
  modules = [ (name = "worker", esModule = embed "worker.js") ],
  compatibilityDate = "2025-09-01",
);
`,
  );
  const child = spawn(binary, ["serve", "workerd.capnp"], { cwd: scratch });
  let logs = "";
  child.stderr.on("data", (chunk) => (logs += chunk));
  try {
    for (let attempt = 0; attempt < 100; attempt++) {
      try {
        const result = await (await fetch(`http://127.0.0.1:${port}/`)).json();
        return result.ok
          ? { ok: true, output: `PASS ${name}: ${result.passed.join(", ")}` }
          : { ok: false, output: `FAIL ${name}: ${result.error}\n${logs}` };
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    return { ok: false, output: `FAIL ${name}: workerd did not start\n${logs}` };
  } finally {
    child.kill("SIGKILL");
  }
}

async function runChromium(baseUrl) {
  const name = "chromium";
  await bundle(
    `import * as sdk from "ultravox-api";\nimport { runSmoke } from "./smoke.mjs";\nrunSmoke(sdk, ${smokeArgs(baseUrl, name)}).then((passed) => (window.__smoke = { ok: true, passed }), (error) => (window.__smoke = { ok: false, error: String(error && error.stack || error) }));\n`,
    "browser.js",
    ["browser"],
    "dist/index.browser.js",
  );
  const page = `<!doctype html><meta charset="utf-8"><script type="module" src="/browser.js"></script>`;
  const script = readFileSync(join(scratch, "browser.js"));
  // A different origin from the API server, so the SDK's requests are real cross-origin CORS requests.
  const site = createServer((request, response) => {
    const js = request.url === "/browser.js";
    response.writeHead(200, { "Content-Type": js ? "text/javascript" : "text/html" });
    response.end(js ? script : page);
  });
  await new Promise((resolve) => site.listen(0, "127.0.0.1", resolve));
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage();
    const errors = [];
    tab.on("pageerror", (error) => errors.push(String(error)));
    await tab.goto(`http://127.0.0.1:${site.address().port}/`);
    await tab.waitForFunction(() => window.__smoke, undefined, { timeout: 30_000 });
    const result = await tab.evaluate(() => window.__smoke);
    return result.ok && errors.length === 0
      ? { ok: true, output: `PASS ${name}: ${result.passed.join(", ")}` }
      : { ok: false, output: `FAIL ${name}: ${result.error ?? ""} ${errors.join("\n")}` };
  } finally {
    await browser.close();
    site.close();
  }
}

await installOnce(tools, { private: true, dependencies: versions });
packAndInstall();
const server = await startSmokeServer();
const bin = (name) => join(tools, "node_modules", ".bin", name);
const node = (alias) => join(tools, "node_modules", alias, "bin", "node");
const matrix = [
  {
    name: "node20",
    version: () => process.version,
    run: () => runNode("node20", process.execPath, server.baseUrl),
  },
  {
    name: "node22",
    version: () => versionOf(node("node22"), ["--version"]),
    run: () => runNode("node22", node("node22"), server.baseUrl),
  },
  {
    name: "node24",
    version: () => versionOf(node("node24"), ["--version"]),
    run: () => runNode("node24", node("node24"), server.baseUrl),
  },
  {
    name: "bun",
    version: () => versionOf(bin("bun"), ["--version"]),
    run: async () => {
      writeEntries("bun", server.baseUrl);
      const r = await run(bin("bun"), ["bun.mjs"]);
      return { ok: r.code === 0, output: r.output };
    },
  },
  {
    name: "deno",
    version: () => versionOf(bin("deno"), ["--version"]),
    run: async () => {
      writeEntries("deno", server.baseUrl);
      const r = await run(
        bin("deno"),
        ["run", "--allow-net=127.0.0.1", "--allow-read=.", "--allow-env", "deno.mjs"],
        { env: { ...process.env, DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1" } },
      );
      return { ok: r.code === 0, output: r.output };
    },
  },
  {
    name: "workerd",
    version: () => versionOf(bin("workerd"), ["--version"]),
    run: () => runWorkerd(bin("workerd"), server.baseUrl),
  },
  {
    name: "chromium",
    version: () => versionOf(CHROMIUM_PATH, ["--version"], /Chromium/),
    run: () => runChromium(server.baseUrl),
  },
];

let failures = 0;
try {
  for (const runtime of matrix) {
    const version = await runtime.version();
    const result = await runtime
      .run()
      .catch((error) => ({ ok: false, output: `FAIL ${runtime.name}: ${error.stack ?? error}` }));
    if (!result.ok) failures++;
    console.log(
      `${result.ok ? "✓" : "✗"} ${runtime.name} (${version})\n  ${result.output.trim().split("\n").join("\n  ")}`,
    );
  }
  const unauthenticated = server.requests.filter((request) => request.apiKey !== "smoke-test-key");
  // The browser build sends the key as X-Unsafe-API-Key (the header CORS admits), the others as X-API-Key.
  const wrongKeyHeader = matrix.flatMap(({ name }) =>
    server.requests
      .filter((r) => r.path.startsWith(`/api/calls/${name}`))
      .filter((r) => r.keyHeader !== (name === "chromium" ? "X-Unsafe-API-Key" : "X-API-Key"))
      .map((r) => `${name}: ${r.keyHeader} on ${r.path}`),
  );
  if (wrongKeyHeader.length) {
    failures++;
    console.log(`✗ wrong key header: ${wrongKeyHeader.join("; ")}`);
  }
  const leaked = server.storageRequests.filter((request) => request.apiKey !== undefined);
  const downloaded = matrix
    .filter((runtime) => runtime.name !== "chromium")
    .every((runtime) =>
      server.storageRequests.some((request) => request.path.includes(`/${runtime.name}.`)),
    );
  if (unauthenticated.length || leaked.length || !downloaded) {
    failures++;
    console.log(`✗ API requests without the key: ${JSON.stringify(unauthenticated)}`);
    console.log(
      `✗ storage requests (each server runtime's, none with the key): ${JSON.stringify(server.storageRequests)}`,
    );
  } else {
    console.log(
      `✓ the API key reached only the API (${server.storageRequests.length} redirected downloads without it)`,
    );
  }
} finally {
  await server.close();
}
console.log(
  failures ? `\n${failures} runtime(s) failed` : `\nall ${matrix.length} runtimes passed`,
);
process.exit(failures ? 1 : 0);
