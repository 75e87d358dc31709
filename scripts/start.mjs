// `npm start`: starts a local mock of the Ultravox API (Prism, from openapi.yaml, on
// 127.0.0.1 and a free port), runs examples/quickstart.ts against it with the SDK,
// then stops the mock. Exits with the quickstart's status. On Ctrl-C, a signal or a
// failure, at any point, the mock and the quickstart are stopped: no process is left.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { MOCK_API_KEY, startMockServer } from "./mock-server.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
const SIGNAL_EXIT_CODES = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };

const interrupted = new AbortController();
let mock;
let quickstart;

let exiting = false;
async function exit(code) {
  if (exiting) return;
  exiting = true;
  if (quickstart && quickstart.exitCode === null) quickstart.kill("SIGTERM");
  await mock?.stop();
  process.exit(code);
}

for (const [signal, code] of Object.entries(SIGNAL_EXIT_CODES)) {
  process.once(signal, () => {
    interrupted.abort();
    // While Prism starts, startMockServer stops it and rejects; afterwards, stop here.
    if (mock) void exit(code);
    else process.exitCode = code;
  });
}

try {
  mock = await startMockServer({ signal: interrupted.signal });
  console.log(
    `Mock Ultravox API (Prism, from openapi.yaml) on ${mock.url}, ready in ${seconds()} s`,
  );
  console.log(
    "Running examples/quickstart.ts against it; Prism checks each request against the spec.\n",
  );
  const code = await new Promise((resolve, reject) => {
    quickstart = spawn(process.execPath, ["--import", "tsx", "examples/quickstart.ts"], {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, ULTRAVOX_BASE_URL: mock.url, ULTRAVOX_API_KEY: MOCK_API_KEY },
    });
    quickstart.once("error", reject);
    quickstart.once("exit", (exitCode) => resolve(exitCode ?? 1));
  });
  if (interrupted.signal.aborted) await new Promise(() => {}); // the signal handler exits
  if (code !== 0) {
    // Prism logs why it rejected a request (warnings and errors only, as started).
    const log = mock.output
      .join("")
      .split("\n")
      .filter((line) => line && !line.includes("/__ready"));
    console.error(`\nPrism's log:\n${log.join("\n")}`);
  }
  console.log(
    code === 0
      ? `\nQuickstart done in ${seconds()} s; mock stopped.`
      : `\nQuickstart failed (exit ${code}); mock stopped.`,
  );
  await exit(code);
} catch (error) {
  if (!interrupted.signal.aborted) console.error(error);
  await exit(process.exitCode ?? 1);
}
