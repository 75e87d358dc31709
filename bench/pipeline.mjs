// Pipeline: wall time of each step as a contributor runs it (`npm run <script>`).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

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

export async function run({ scripts = ["generate", "lint:spec", "docs"] }) {
  return { steps: scripts.map((script) => ({ script, ms: timeScript(script) })) };
}
