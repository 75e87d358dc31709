// The examples of ultravox-api/testing in each test runner: Vitest's runs in `npm test`
// itself (vitest.config.ts includes it), node:test's here under `node --test` (through tsx,
// which maps the package name to src/ as vitest does), Jest's in `npm run test:consumers`
// (the ts-jest project, against the packed package).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { createUltravoxClient } from "ultravox-api";
import { createUltravoxSimulator } from "ultravox-api/testing";
import { callBack } from "../../examples/create-once.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

describe("ultravox-api/testing examples", () => {
  it("node:test: examples/testing/app.node.test.ts passes under node --test", () => {
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", "--test", "examples/testing/app.node.test.ts"],
      { cwd: root, encoding: "utf8", timeout: 60_000 },
    );
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^# pass 2$/m);
    expect(run.stdout).toMatch(/^# fail 0$/m);
  }, 90_000);

  it("Jest: test:consumers copies the Jest example into the ts-jest project and requires it to pass", () => {
    const runner = readFileSync(new URL("../consumers/run.mjs", import.meta.url), "utf8");
    expect(runner).toContain('examples: ["testing/app.ts", "testing/app.jest.test.ts"]');
    expect(runner).toContain('mustPass: ["client.test.ts", "app.jest.test.ts"]');
  });
});

describe("examples/create-once.ts", () => {
  it("callBack makes one call for an order when the connection drops after the API created it", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const sim = createUltravoxSimulator({ examples: false });
    sim.fault("POST /api/calls", { drop: "after" });
    const call = await callBack(createUltravoxClient({ apiKey: "k", fetch: sim.fetch }), "o-1");
    expect(call.metadata).toEqual({ orderId: "o-1", createOnceKey: "callback-o-1" });
    expect(sim.stored("Call")).toEqual([call]);
    expect(log).toHaveBeenCalledWith(`call ${call.callId}: found`);
    log.mockRestore();
  });
});
