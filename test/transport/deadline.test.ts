// One timer for every attempt's deadline (src/deadline.ts): deadlines expire in time order,
// cancelled ones never, and a finished request leaves nothing that keeps the process alive.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { startDeadline } from "../../src/transport/deadline.js";
import { json, since, startServer, useServers } from "../support/server.js";

useServers();

describe("startDeadline", () => {
  it("expires each deadline once its time has passed, in time order, whatever the start order", async () => {
    const start = performance.now();
    const expired: [string, number][] = [];
    const at = (name: string) => () => expired.push([name, since(start)]);
    startDeadline(120, at("120"));
    startDeadline(40, at("40"));
    const cancel = startDeadline(80, at("80, cancelled"));
    startDeadline(80, at("80"));
    cancel();
    cancel(); // a second call does nothing
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(expired.map(([name]) => name)).toEqual(["40", "80", "120"]);
    for (const [name, ms] of expired) {
      expect(ms).toBeGreaterThanOrEqual(Number(name) - 1);
      expect(ms).toBeLessThan(Number(name) + 100);
    }
  });

  it("Infinity never expires", async () => {
    let expired = false;
    const cancel = startDeadline(Infinity, () => (expired = true));
    await new Promise((resolve) => setTimeout(resolve, 30));
    cancel();
    expect(expired).toBe(false);
  });

  it(
    "a process that made a request with a 60 s timeout exits as soon as it is done",
    { timeout: 30_000 },
    async () => {
      const server = await startServer((_request, response) =>
        json(response, 200, { results: [] }),
      );
      const child = fileURLToPath(new URL("./fixtures/one-request.ts", import.meta.url));
      const start = performance.now();
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ["--import", "tsx", child, server.origin],
        { cwd: fileURLToPath(new URL("../..", import.meta.url)), timeout: 30_000 },
      );
      expect(stdout.trim()).toBe("200");
      expect(since(start)).toBeLessThan(15_000); // tsx's start-up included; the timeout is 60 s
    },
  );
});
