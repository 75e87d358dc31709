// Starts the benchmark server (server-process.mjs) in a child process with its own
// event loop, and stops it.
import { fork } from "node:child_process";
import { once } from "node:events";

/**
 * Starts the server and resolves with its origin (`http://127.0.0.1:<port>`) and a `stop()`
 * that ends the child. Rejects if the child exits before listening.
 */
export async function startServer() {
  const child = fork(new URL("./server-process.mjs", import.meta.url), [], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const [message] = await Promise.race([
    once(child, "message"),
    once(child, "exit").then(([code]) => {
      throw new Error(`benchmark server exited with ${code} before listening`);
    }),
  ]);
  return {
    origin: `http://127.0.0.1:${message.port}`,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = once(child, "exit");
      child.kill();
      await exited;
    },
  };
}
