// Runs a benchmark module's `run(options)` in a fresh Node process, so that each
// measurement starts from a clean heap and JIT state and can get its own flags
// (such as a small `--max-old-space-size`).
import { fork } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";

/**
 * Forks a process that imports `moduleUrl`, calls its `run(options)` and sends back the
 * result. Rejects when the child exits without a result (a crash, or running out of heap).
 */
export async function runInChild(moduleUrl, options = {}, execArgv = []) {
  const child = fork(fileURLToPath(new URL("./child-entry.mjs", import.meta.url)), [], {
    execArgv,
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  let result;
  child.on("message", (message) => (result = message));
  child.send({ moduleUrl: String(moduleUrl), options });
  const [code, signal] = await once(child, "exit");
  if (result === undefined) {
    throw new Error(`${moduleUrl} failed in its child process (exit ${code ?? signal})`);
  }
  return result;
}
