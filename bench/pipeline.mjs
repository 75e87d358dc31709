// Pipeline: wall time of each step as a contributor runs it (`npm run <script>`), and the
// weight of the docs page `npm run docs` writes.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = fileURLToPath(new URL("..", import.meta.url));

/** Runs `npm run <script>` and returns its wall time in ms; throws if it fails. */
export function timeScript(script) {
  const start = performance.now();
  const result = spawnSync("npm", ["run", "--silent", script], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  const ms = performance.now() - start;
  if (result.status !== 0) {
    throw new Error(`npm run ${script} failed:\n${result.stdout}\n${result.stderr}`);
  }
  return ms;
}

/** docs/index.html as served: its bytes, and gzipped at level 9 (what a static host sends). */
function docsPage() {
  const html = readFileSync(`${root}docs/index.html`);
  return { bytes: html.length, gzipBytes: gzipSync(html, { level: 9 }).length };
}

export async function run({ scripts = ["generate", "lint:spec", "docs"] }) {
  const steps = scripts.map((script) => ({ script, ms: timeScript(script) }));
  return { steps, docsPage: scripts.includes("docs") ? docsPage() : undefined };
}
