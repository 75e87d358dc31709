// A port on 127.0.0.1 that nobody listens on, for a child process (Prism, workerd) that must
// be told its port before it starts.
import { createServer } from "node:net";

/** Asks the OS for a free port on 127.0.0.1 and releases it; rejects when none can be had. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}
