// The drift check must fail when openapi.yaml changes without regenerating.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
mkdirSync(join(root, ".artifacts"), { recursive: true });
// Inside the project so the copy resolves the project's node_modules and prettier config.
const copy = mkdtempSync(join(root, ".artifacts", "drift-"));
for (const entry of ["scripts", "generated", "openapi.yaml"]) {
  cpSync(join(root, entry), join(copy, entry), { recursive: true });
}
afterAll(() => rmSync(copy, { recursive: true, force: true }));

const check = () =>
  spawnSync(process.execPath, [join(copy, "scripts", "check-generated.mjs")], { encoding: "utf8" });

// Each check regenerates generated/ from the whole spec in a child process (openapi-typescript,
// the named types, prettier over the result): seconds of CPU, which vitest's default 5 s timeout
// does not cover on a loaded machine; the last test generates twice.
describe("npm run check:generated", { timeout: 90_000 }, () => {
  it("passes on the committed spec and types", () => {
    expect(check().status).toBe(0);
  });

  it("fails, naming the fix, once the spec changes without regenerating", () => {
    const spec = join(copy, "openapi.yaml");
    writeFileSync(
      spec,
      readFileSync(spec, "utf8").replace(
        "description: The call's unique ID.",
        "description: Changed.",
      ),
    );
    const result = check();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("npm run generate");
  });

  it("passes again after npm run generate", () => {
    execFileSync(process.execPath, [join(copy, "scripts", "generate.mjs")]);
    expect(check().status).toBe(0);
  });
});
