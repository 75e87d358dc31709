// `npm run build`: compiles src/ into dist/ (ESM JavaScript, declarations, source maps).
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { browserPlatform, srcDir } from "./browser-build.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });
execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
// The "browser" export: the same modules with platform.ts swapped for its browser twin.
await build({
  entryPoints: [join(srcDir, "index.ts")],
  outfile: join(root, "dist", "index.browser.js"),
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  sourcemap: true,
  sourcesContent: true,
  external: ["openapi-fetch"],
  plugins: [browserPlatform],
  logLevel: "warning",
});
console.log("built dist/ (and dist/index.browser.js)");
