// `npm run size`: bundles a small browser program that uses the SDK's main entry points
// against the package's browser build (dist/index.browser.js, built in memory as
// `npm run build` publishes it), the way a user's bundler sees the package (esbuild,
// minified, for the browser, openapi-fetch included), and reports its minified and
// gzipped size against the budget. `npm test` runs the same measurement
// (test/package/size.test.ts) and fails over budget.
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { browserBuildOptions, bundleOptions, testingEntry } from "./browser-build.mjs";

// The budgets: the browser bundles of SIZE_PROGRAM and RESOURCE_PROGRAM may not grow past
// these unnoticed. They are stated here only; `npm run size` prints the measured figures
// (BENCHMARKS.md §7 says where the bytes go), and `npm test` fails above them. Raise them
// only with a reason in the commit. (15 KB since every client carries the resource
// methods, their table of 100 operations and the code that builds them, which no bundler
// can drop since they hang off the client.)
export const GZIP_BUDGET_BYTES = 15 * 1024;
export const RESOURCE_GZIP_BUDGET_BYTES = 15 * 1024;
const root = fileURLToPath(new URL("..", import.meta.url));

/** The program measured: what a typical browser or worker user imports and calls. */
export const SIZE_PROGRAM = `
import { createUltravoxClient, paginate, unwrap, verifyWebhook } from "ultravox-api";
const uv = createUltravoxClient({ apiKey: "k" });
export async function main(secret, body, headers) {
  for await (const call of paginate(uv, "/api/calls")) console.log(call.callId);
  console.log(unwrap(await uv.GET("/api/calls/{call_id}", { params: { path: { call_id: "x" } } })));
  return verifyWebhook({ secret, body, headers });
}
`;

/** SIZE_PROGRAM's calls as resource methods (`uv.calls.list()`, `uv.calls.get(id)`). */
export const RESOURCE_PROGRAM = `
import { createUltravoxClient, verifyWebhook } from "ultravox-api";
const uv = createUltravoxClient({ apiKey: "k" });
export async function main(secret, body, headers) {
  for await (const call of uv.calls.list()) console.log(call.callId);
  console.log(await uv.calls.get("x"));
  return verifyWebhook({ secret, body, headers });
}
`;

let browserBuild;
/** The package's browser build as `npm run build` writes it, and the files it was built from. */
function publishedBrowserBuild() {
  browserBuild ??= build({
    ...browserBuildOptions,
    write: false,
    metafile: true,
    logLevel: "silent",
  }).then((result) => ({
    code: result.outputFiles[0].text,
    inputs: Object.keys(result.metafile.inputs),
  }));
  return browserBuild;
}

/**
 * Bundles {@link SIZE_PROGRAM} (or another program; `"ultravox-api"` is the package's browser
 * build) and returns its minified code and its minified and gzipped byte counts, the Node
 * built-ins it pulls in, and the files it was built from (the browser build's sources included).
 */
export async function measureBundle(program = SIZE_PROGRAM) {
  const published = await publishedBrowserBuild();
  const result = await build({
    stdin: { contents: program, loader: "ts", resolveDir: root },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
    plugins: [
      {
        name: "ultravox-api-browser-build",
        setup(bundler) {
          bundler.onResolve({ filter: /^ultravox-api$/ }, () => ({
            path: "dist/index.browser.js",
            namespace: "ultravox-api",
          }));
          bundler.onLoad({ filter: /.*/, namespace: "ultravox-api" }, () => ({
            contents: published.code,
            loader: "js",
            resolveDir: root,
          }));
        },
      },
    ],
  });
  const code = result.outputFiles[0].contents;
  const inputs = [...published.inputs, ...Object.keys(result.metafile.inputs)];
  return {
    code: new TextDecoder().decode(code),
    minBytes: code.byteLength,
    gzipBytes: gzipSync(code, { level: 9 }).byteLength,
    nodeBuiltins: inputs.filter((input) => input.startsWith("node:")),
    inputs,
  };
}

/**
 * The entries of the package as `npm run build` bundles them (server build, unminified, in
 * memory): `main` (dist/index.js) and `testing` (dist/testing.js, `ultravox-api/testing`),
 * each with its byte counts (minified, as a bundler would ship it, then gzipped) and the
 * files it was built from.
 */
export async function measureEntries() {
  const measure = async (entryPoints) => {
    const options = { ...bundleOptions, entryPoints, platform: "neutral", write: false };
    const [plain, minified] = await Promise.all([
      build({ ...options, metafile: true, logLevel: "silent" }),
      build({ ...options, minify: true, logLevel: "silent" }),
    ]);
    const code = minified.outputFiles[0].contents;
    return {
      code: plain.outputFiles[0].text,
      minBytes: code.byteLength,
      gzipBytes: gzipSync(code, { level: 9 }).byteLength,
      inputs: Object.keys(plain.metafile.inputs),
    };
  };
  const [main, testing] = await Promise.all([
    measure(bundleOptions.entryPoints),
    measure([testingEntry]),
  ]);
  return { main, testing };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { testing } = await measureEntries();
  let over = false;
  for (const [name, program, budget] of [
    ["path-style program", SIZE_PROGRAM, GZIP_BUDGET_BYTES],
    ["resource-method program", RESOURCE_PROGRAM, RESOURCE_GZIP_BUDGET_BYTES],
  ]) {
    const { minBytes, gzipBytes } = await measureBundle(program);
    over ||= gzipBytes > budget;
    const verdict = gzipBytes <= budget ? "within" : "OVER";
    console.log(
      `${name}: minified ${minBytes} bytes, gzip ${gzipBytes} bytes (${verdict} the ${budget}-byte budget)`,
    );
  }
  console.log(
    `ultravox-api/testing (not in the above; for tests): ${testing.minBytes} bytes minified, ${testing.gzipBytes} gzipped`,
  );
  if (over) process.exit(1);
}
