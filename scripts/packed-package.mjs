// What the scripts that try the packed package in other projects share (test/runtimes/run.mjs,
// test/consumers/run.mjs): npm run the way the calling npm runs, the package built and packed as
// `npm publish` would, and tools run with a time limit.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("..", import.meta.url));
// Under `npm run`, the npm that runs the script; otherwise the one on PATH.
const npmCli = process.env.npm_execpath;
const npmCommand = (args) => (npmCli ? [process.execPath, [npmCli, ...args]] : ["npm", args]);

/** Runs npm in `cwd` and returns what it printed; its errors go to this process's stderr. */
export function npm(args, cwd) {
  const [command, commandArgs] = npmCommand(args);
  return execFileSync(command, commandArgs, {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
}

/** Builds dist/ and packs the package into `destination`; returns the tarball's path. */
export function buildAndPack(destination) {
  execFileSync(process.execPath, [join(root, "scripts/build.mjs")], { cwd: root, stdio: "ignore" });
  const [{ filename }] = JSON.parse(
    npm(["pack", "--json", "--pack-destination", destination], root),
  );
  return join(destination, filename);
}

/**
 * Runs `command` (`"npm"` runs npm as {@link npm} does) and resolves with its exit code, its
 * output (stdout and stderr together) and how long it took; kills it after `timeoutMs`.
 */
export function run(command, args, { timeoutMs = 60_000, ...options } = {}) {
  const [file, fileArgs] = command === "npm" ? npmCommand(args) : [command, args];
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(file, fileArgs, options);
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      output += `\n(killed after ${timeoutMs / 1000} s)`;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, output, ms: performance.now() - started });
    });
  });
}

/**
 * Installs the dependencies of `manifest` (a package.json's contents) into the folder `dir`,
 * unless that manifest is installed there already; resolves with whether it installed. Throws
 * when npm fails.
 */
export async function installOnce(dir, manifest) {
  const text = JSON.stringify(manifest);
  // Written only once npm succeeded: an install that failed half-way is redone.
  const marker = join(dir, "installed-manifest.json");
  if (existsSync(marker) && readFileSync(marker, "utf8") === text) return false;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), text);
  const args = ["install", "--no-audit", "--no-fund", "--no-package-lock", "--loglevel=error"];
  const { code, output } = await run("npm", args, { cwd: dir, timeoutMs: 600_000 });
  if (code !== 0) throw new Error(`npm install in ${dir} failed:\n${output}`);
  writeFileSync(marker, text);
  return true;
}
