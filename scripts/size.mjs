// `npm run size`: bundles a small browser program that uses the SDK's main entry points
// against the package's browser build (dist/index.browser.js, built in memory as
// `npm run build` publishes it), the way a user's bundler sees the package (esbuild,
// minified, for the browser, openapi-fetch included), and reports its minified and
// gzipped size against the budget. `npm test` runs the same measurement
// (test/package/size.test.ts) and fails over budget.
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { browserBuildOptions } from "./browser-build.mjs";

// The budgets: the browser bundles of SIZE_PROGRAM and RESOURCE_PROGRAM may not grow past
// these unnoticed. They are stated here only; `npm run size` prints the measured figures
// (BENCHMARKS.md §7 says where the bytes go), and `npm test` fails above them. Raise them
// only with a reason in the commit. (12.5 KB since every client carries the resource
// methods: their table of 100 operations and the code that builds them, about 2.5 KB.)
export const GZIP_BUDGET_BYTES = 12.5 * 1024;
export const RESOURCE_GZIP_BUDGET_BYTES = 12.5 * 1024;
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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
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
  if (over) process.exit(1);
}
