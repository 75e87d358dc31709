// Starts Prism (@stoplight/prism-cli) as a mock of the Ultravox API described by
// openapi.yaml, on 127.0.0.1 and a free port. Prism validates every request
// against the spec (answering 400/422 with an `sl-violations` header when one
// does not conform) and answers with the spec's examples. Used by `npm start`
// (scripts/start.mjs) and the contract tests (test/contract/).
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "./free-port.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const require = createRequire(import.meta.url);
const prismCli = join(
  dirname(require.resolve("@stoplight/prism-cli/package.json")),
  "dist/index.js",
);

/** Any header value works: Prism only checks that the `X-API-Key` header is present. */
export const MOCK_API_KEY = "mock-api-key";

const READY_TIMEOUT_MS = 30_000;
const PORT_ATTEMPTS = 3;

/** Resolves once `url` answers HTTP at all (Prism answers unknown paths with 404). */
async function waitUntilReady(url, child, output, signal) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    signal?.throwIfAborted();
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`Prism exited before it was ready:\n${output.join("")}`);
    }
    try {
      const response = await fetch(`${url}/__ready`, { signal: AbortSignal.timeout(1000) });
      await response.arrayBuffer();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`Prism did not answer within ${READY_TIMEOUT_MS / 1000} s:\n${output.join("")}`);
}

function stopChild(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const force = setTimeout(() => child.kill("SIGKILL"), 3000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

async function startOnce(spec, signal) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    [prismCli, "mock", spec, "--host", "127.0.0.1", "--port", String(port), "-v", "warn"],
    { cwd: root, stdio: ["ignore", "pipe", "pipe"] },
  );
  // Kept for error messages only; Prism's per-request log is not needed.
  const output = [];
  const keep = (chunk) => {
    output.push(String(chunk));
    if (output.length > 50) output.shift();
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  try {
    await waitUntilReady(url, child, output, signal);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return { url, port, pid: child.pid, stop: () => stopChild(child), output };
}

/**
 * Starts the mock and resolves when it answers requests, with its `url` and a
 * `stop()` that ends the Prism process. Retries on a new port if another
 * process took the chosen one in the meantime. Aborting `signal` stops Prism
 * while it starts.
 *
 * @throws {Error} when Prism exits early or does not answer within 30 s, or the
 * signal's reason when it aborts first.
 */
export async function startMockServer({ spec = join(root, "openapi.yaml"), signal } = {}) {
  let lastError;
  for (let attempt = 0; attempt < PORT_ATTEMPTS; attempt++) {
    try {
      return await startOnce(spec, signal);
    } catch (error) {
      lastError = error;
      if (signal?.aborted || !/EADDRINUSE/.test(String(error))) break;
    }
  }
  throw lastError;
}
