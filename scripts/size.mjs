// `npm run size`: bundles a small browser program that uses the SDK's main entry
// points (esbuild, minified, for the browser, openapi-fetch included) and reports
// its minified and gzipped size against the budget. `npm test` runs the same
// measurement (test/package/size.test.ts) and fails over budget.
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { browserPlatform } from "./browser-build.mjs";

// 8 KiB since the transport of issue 15 and the hostile-input checks of issue 13 (streaming,
// per-call options, option and header checks, strict Retry-After, malformed-JSON errors):
// 6 KiB could not hold them even with every check left out of the browser build.
export const GZIP_BUDGET_BYTES = 8 * 1024;
const entry = fileURLToPath(new URL("../src/index.ts", import.meta.url));

/** The program measured: what a typical browser or worker user imports and calls. */
export const SIZE_PROGRAM = `
import { createUltravoxClient, paginate, unwrap, verifyWebhook } from ${JSON.stringify(entry)};
const uv = createUltravoxClient({ apiKey: "k" });
export async function main(secret, body, headers) {
  for await (const call of paginate(uv, "/api/calls")) console.log(call.callId);
  console.log(unwrap(await uv.GET("/api/calls/{call_id}", { params: { path: { call_id: "x" } } })));
  return verifyWebhook({ secret, body, headers });
}
`;

/** Bundles {@link SIZE_PROGRAM} (or another program) and returns its minified and gzipped byte counts. */
export async function measureBundle(program = SIZE_PROGRAM) {
  const result = await build({
    stdin: {
      contents: program,
      loader: "ts",
      resolveDir: fileURLToPath(new URL("..", import.meta.url)),
    },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
    // What a browser bundle of the package holds: its "browser" export (scripts/browser-build.mjs).
    plugins: [browserPlatform],
  });
  const code = result.outputFiles[0].contents;
  const inputs = Object.keys(result.metafile.inputs);
  return {
    minBytes: code.byteLength,
    gzipBytes: gzipSync(code, { level: 9 }).byteLength,
    nodeBuiltins: inputs.filter((input) => input.startsWith("node:")),
    inputs,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { minBytes, gzipBytes } = await measureBundle();
  const verdict = gzipBytes <= GZIP_BUDGET_BYTES ? "within" : "OVER";
  console.log(`minified: ${minBytes} bytes`);
  console.log(`gzip:     ${gzipBytes} bytes (${verdict} the ${GZIP_BUDGET_BYTES}-byte budget)`);
  if (gzipBytes > GZIP_BUDGET_BYTES) process.exit(1);
}
