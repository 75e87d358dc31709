// The browser bundle stays within budget and never pulls in Node built-ins.
import { describe, expect, it } from "vitest";
import { GZIP_BUDGET_BYTES, measureBundle } from "../../scripts/size.mjs";

describe("bundle size", () => {
  it(`a program using createUltravoxClient, paginate, unwrap and verifyWebhook is at most ${GZIP_BUDGET_BYTES} bytes gzipped`, async () => {
    const { gzipBytes, minBytes, inputs } = await measureBundle();
    expect(inputs.some((input) => input.includes("openapi-fetch"))).toBe(true);
    expect(minBytes).toBeGreaterThan(gzipBytes);
    expect(gzipBytes).toBeLessThanOrEqual(GZIP_BUDGET_BYTES);
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
});
