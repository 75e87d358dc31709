// The browser bundle stays within budget and never pulls in Node built-ins.
import { describe, expect, it } from "vitest";
import {
  GZIP_BUDGET_BYTES,
  measureBundle,
  measureEntries,
  RESOURCE_GZIP_BUDGET_BYTES,
  RESOURCE_PROGRAM,
} from "../../scripts/size.mjs";

describe("bundle size", () => {
  it(`a program using createUltravoxClient, paginate, unwrap and verifyWebhook is at most ${GZIP_BUDGET_BYTES} bytes gzipped`, async () => {
    const { gzipBytes, minBytes, inputs } = await measureBundle();
    expect(inputs.some((input) => input.includes("openapi-fetch"))).toBe(true);
    expect(minBytes).toBeGreaterThan(gzipBytes);
    expect(gzipBytes).toBeLessThanOrEqual(GZIP_BUDGET_BYTES);
  });

  it(`the same program written with resource methods is at most ${RESOURCE_GZIP_BUDGET_BYTES} bytes gzipped`, async () => {
    const { gzipBytes, code } = await measureBundle(RESOURCE_PROGRAM);
    expect(code).toContain("/api/calls/{call_id}");
    expect(gzipBytes).toBeLessThanOrEqual(RESOURCE_GZIP_BUDGET_BYTES);
  });

  it("the browser bundle contains no node: modules", async () => {
    const { nodeBuiltins } = await measureBundle();
    expect(nodeBuiltins).toEqual([]);
  });

  it("the browser bundle leaves out what only server runtimes need", async () => {
    const { inputs } = await measureBundle();
    expect(inputs.some((input) => input.endsWith("src/transport/platform.browser.ts"))).toBe(true);
    expect(inputs.some((input) => input.endsWith("src/transport/platform.ts"))).toBe(false);
  });

  it("a program that only verifies webhooks carries none of the client: the build's top-level statements are all removable", async () => {
    const { code, gzipBytes } = await measureBundle(
      `import { verifyWebhook } from "ultravox-api"; export const verify = verifyWebhook;`,
    );
    expect(code).toContain("X-Ultravox-Webhook-Signature");
    for (const clientWord of [
      "retryNonIdempotent",
      "maxRetryAfterMs",
      "api.ultravox.ai",
      "metadata",
    ])
      expect(code, clientWord).not.toContain(clientWord);
    expect(gzipBytes).toBeLessThan(2048);
  });

  it("nothing of ultravox-api/testing reaches the main entry's bundles (server and browser), and it can tell", async () => {
    const [{ main, testing }, browser] = await Promise.all([measureEntries(), measureBundle()]);
    const fromTesting = (input: string) =>
      input.includes("src/testing/") || input.includes("generated/simulator");
    expect(testing.inputs.some(fromTesting)).toBe(true);
    expect(main.inputs.filter(fromTesting)).toEqual([]);
    expect(browser.inputs.filter(fromTesting)).toEqual([]);
    // Strings only the simulator holds (an example's ID, its own names) are in neither.
    for (const word of ["createUltravoxSimulator", "8f6a3c0e-2f4b-4f7e-9a51-3e1f0c9d2b7a"]) {
      expect(testing.code, word).toContain(word);
      expect(main.code, word).not.toContain(word);
      expect(browser.code, word).not.toContain(word);
    }
  });
});
