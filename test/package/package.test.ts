// The npm package as users install it: built, packed, and checked by publint and
// "Are the Types Wrong?" on the tarball itself, with nothing unexpected inside.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const packDir = join(root, ".artifacts", "pack");
const require = createRequire(import.meta.url);

interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string }[];
}

let pack: PackResult;
let tarball: string;

beforeAll(() => {
  execFileSync(process.execPath, [join(root, "scripts", "build.mjs")], {
    cwd: root,
    stdio: "ignore",
  });
  rmSync(packDir, { recursive: true, force: true });
  mkdirSync(packDir, { recursive: true });
  const npm = process.env["npm_execpath"];
  const args = ["pack", "--json", "--pack-destination", packDir];
  const output = npm
    ? execFileSync(process.execPath, [npm, ...args], { cwd: root, encoding: "utf8" })
    : execFileSync("npm", args, { cwd: root, encoding: "utf8" });
  pack = (JSON.parse(output) as PackResult[])[0]!;
  tarball = join(packDir, pack.filename);
}, 120_000);

/** What a published tarball may contain; anything else (tests, scripts, fixtures, sources) fails. */
const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^generated\/(?:schema|resources)\.d\.ts$/,
  /^dist\/(?:[a-z]+\/)?[a-z-]+\.(?:js|d\.ts|js\.map|d\.ts\.map)$/,
  /^dist\/index\.browser\.js(?:\.map)?$/,
];

// Packing, publint and attw each take seconds, more on a busy machine.
describe("the packed tarball", { timeout: 60_000 }, () => {
  it("contains only the built package, its types and docs", () => {
    const files = pack.files.map((file) => file.path);
    expect(files.filter((file) => !ALLOWED.some((pattern) => pattern.test(file)))).toEqual([]);
    expect(files).toContain("dist/index.js");
    expect(files).toContain("dist/index.d.ts");
    expect(files).toContain("generated/schema.d.ts");
    expect(files).toContain("generated/resources.d.ts"); // the resource methods' types
    expect(files).not.toContain("generated/resources.js"); // bundled into dist/
    expect(files).toContain("dist/index.browser.js");
    expect(files).not.toContain("dist/transport/platform.browser.js"); // only inside the browser bundle
  });

  it("ships one JavaScript bundle per build with its source map, and declarations for every module of src/", () => {
    const files = new Set(pack.files.map((file) => file.path));
    expect([...files].filter((file) => file.endsWith(".js")).sort()).toEqual([
      "dist/index.browser.js",
      "dist/index.js",
    ]);
    for (const file of ["dist/index.js.map", "dist/index.browser.js.map"])
      expect(files).toContain(file);
    const modules = readdirSync(join(root, "src"), { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".ts") && !file.endsWith("platform.browser.ts"))
      .map((file) => `dist/${file.slice(0, -3)}`);
    expect(modules.length).toBeGreaterThan(10);
    for (const module of modules) {
      for (const suffix of [".d.ts", ".d.ts.map"])
        expect(files, module + suffix).toContain(module + suffix);
    }
  });

  it("passes publint with no errors, warnings or suggestions", async () => {
    const buffer = readFileSync(tarball);
    const { messages, pkg } = await publint({
      pack: {
        tarball: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength),
      },
      level: "suggestion",
      strict: true,
    });
    expect(
      messages.map((message) => `${message.type}: ${formatMessage(message, pkg) ?? message.code}`),
    ).toEqual([]);
  });

  it("passes Are the Types Wrong? under the ESM-only profile, and the check can fail", () => {
    const attw = join(
      require.resolve("@arethetypeswrong/cli/package.json"),
      "..",
      "dist",
      "index.js",
    );
    const check = (profile: string) =>
      spawnSync(
        process.execPath,
        [attw, tarball, "--profile", profile, "--format", "ascii", "--no-color"],
        {
          encoding: "utf8",
        },
      );
    const esmOnly = check("esm-only");
    expect(esmOnly.status, esmOnly.stdout + esmOnly.stderr).toBe(0);
    // The strict profile also demands CommonJS-from-require types, which an ESM-only
    // package deliberately lacks: proof that attw reports problems through the exit code.
    expect(check("strict").status).toBe(1);
  });

  it("declares an ESM-only package that bundlers may tree-shake", () => {
    const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as Record<
      string,
      unknown
    >;
    expect(manifest["type"]).toBe("module");
    expect(manifest["sideEffects"]).toBe(false);
    expect(manifest["dependencies"]).toEqual({ "openapi-fetch": expect.any(String) });
  });
});
