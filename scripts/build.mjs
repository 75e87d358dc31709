// `npm run build`: builds dist/: declarations for every module of src/ (tsc), and the
// JavaScript as two ESM bundles with source maps (esbuild), openapi-fetch left as an import:
// dist/index.js for servers and workers, dist/index.browser.js for browsers (server-only code
// already left out, see browser-build.mjs). One file instead of one per module halves the
// time a fresh process takes to import the package.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { browserBuildOptions, bundleOptions } from "./browser-build.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });
execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
const sourceMaps = { sourcemap: true, sourcesContent: true, logLevel: "warning" };
await build({
  ...bundleOptions,
  ...sourceMaps,
  outfile: join(root, "dist", "index.js"),
  platform: "neutral",
});
// The "browser" export: the same modules with platform.ts swapped for its browser twin.
await build({
  ...browserBuildOptions,
  ...sourceMaps,
  outfile: join(root, "dist", "index.browser.js"),
});
console.log("built dist/ (index.js, index.browser.js, declarations)");
