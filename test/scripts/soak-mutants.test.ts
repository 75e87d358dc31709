// The soak's broken copies of the client (bench/soak/mutants.mjs) are exact text
// replacements in the built bundle: each target must still be in it exactly once, or a
// refactor of src/ has silently disarmed the mutant.
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { applyMutant, MUTANTS } from "../../bench/soak/mutants.mjs";
import { bundleOptions } from "../../scripts/browser-build.mjs";

describe("the soak's mutants", () => {
  it("each applies to the bundle npm run build writes as dist/index.js", async () => {
    const { outputFiles } = await build({
      ...bundleOptions,
      write: false,
      logLevel: "silent",
      outfile: "index.js",
      platform: "neutral",
    });
    const bundle = outputFiles[0]!.text;
    for (const name of Object.keys(MUTANTS)) {
      const mutated = applyMutant(bundle, name);
      expect(mutated, name).not.toBe(bundle);
    }
    expect(Object.keys(MUTANTS).length).toBeGreaterThanOrEqual(4);
  });
});
