// The npm package as users install it: built, packed, and checked by publint and
// "Are the Types Wrong?" on the tarball itself, with nothing unexpected inside.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
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
  // For TypeScript's node10 resolution, which does not read `exports`: `ultravox-api/testing`.
  /^testing\/package\.json$/,
  /^README\.md$/,
  /^CHANGELOG\.md$/,
  /^LICENSE$/,
  /^generated\/(?:schema|simulator|resources)\.d\.ts$/,
  /^dist\/generated\/(?:schema|simulator|resources)\.d\.cts$/,
  /^dist\/(?:[a-z]+\/)?[a-z-]+\.(?:js|cjs|d\.ts|d\.cts|js\.map|cjs\.map|d\.ts\.map)$/,
  /^dist\/index\.browser\.c?js(?:\.map)?$/,
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
    expect(files).toContain("dist/index.cjs");
    expect(files).toContain("dist/index.d.cts");
    expect(files).not.toContain("dist/transport/platform.browser.js"); // only inside the browser bundle
  });

  it("ships each build as an ES module and a CommonJS file with their source maps, and declarations of both kinds for every module of src/", () => {
    const files = new Set(pack.files.map((file) => file.path));
    const builds = [
      "dist/index.browser.cjs",
      "dist/index.browser.js",
      "dist/index.cjs",
      "dist/index.js",
      "dist/testing.cjs",
      "dist/testing.js",
    ];
    expect([...files].filter((file) => /\.c?js$/.test(file)).sort()).toEqual(builds);
    for (const build of builds) expect(files).toContain(`${build}.map`);
    const modules = readdirSync(join(root, "src"), { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".ts") && !file.endsWith("platform.browser.ts"))
      .map((file) => `dist/${file.slice(0, -3)}`);
    expect(modules.length).toBeGreaterThan(10);
    for (const module of modules) {
      for (const suffix of [".d.ts", ".d.ts.map", ".d.cts"])
        expect(files, module + suffix).toContain(module + suffix);
    }
  });

  it("points CommonJS declarations at CommonJS declarations", () => {
    const index = readFileSync(join(root, "dist", "index.d.cts"), "utf8");
    expect(index).toContain('from "./errors.cjs"');
    expect(index).toContain('from "./generated/schema.cjs"');
    expect(readFileSync(join(root, "dist", "generated", "schema.d.cts"), "utf8")).toBe(
      readFileSync(join(root, "generated", "schema.d.ts"), "utf8"),
    );
    expect(index).not.toMatch(/from "\.\/[^"]+\.js"/);
    expect(index).not.toContain("sourceMappingURL");
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

  it("passes Are the Types Wrong? for require and import under every moduleResolution, and the check can fail", () => {
    const attw = join(
      require.resolve("@arethetypeswrong/cli/package.json"),
      "..",
      "dist",
      "index.js",
    );
    const check = (...args: string[]) =>
      spawnSync(process.execPath, [attw, ...args, "--format", "ascii", "--no-color"], {
        encoding: "utf8",
      });
    const strict = check(tarball, "--profile", "strict");
    expect(strict.status, strict.stdout + strict.stderr).toBe(0);
    expect(strict.stdout).toContain("No problems found");
    // The package as it was when ESM-only gave `require` its ES declarations: attw must fail it.
    const unpacked = join(packDir, "package");
    rmSync(unpacked, { recursive: true, force: true });
    execFileSync("tar", ["-xzf", tarball, "-C", packDir]);
    const manifest = JSON.parse(readFileSync(join(unpacked, "package.json"), "utf8")) as {
      exports: { ".": Record<string, unknown> };
    };
    manifest.exports["."]["types"] = "./dist/index.d.ts";
    writeFileSync(join(unpacked, "package.json"), JSON.stringify(manifest));
    const esmTypes = join(packDir, "esm-types.tgz");
    execFileSync("tar", ["-czf", esmTypes, "-C", packDir, "package"]);
    const broken = check(esmTypes, "--profile", "strict");
    expect(broken.status, broken.stdout).toBe(1);
    expect(broken.stdout).toContain("Masquerading as ESM");
  });

  it("loaded both ways in one process, each build recognises the other's errors (the dual-package hazard)", async () => {
    const commonJs = require(join(root, "dist", "index.cjs")) as typeof import("ultravox-api");
    const esm = (await import(
      pathToFileURL(join(root, "dist", "index.js")).href
    )) as typeof import("ultravox-api");
    expect(commonJs.NotFoundError).not.toBe(esm.NotFoundError);
    const request = { method: "GET", url: "https://api.ultravox.ai/api/calls/x" };
    for (const [from, to] of [
      [commonJs, esm],
      [esm, commonJs],
    ] as const) {
      const notFound = new from.NotFoundError(new Response("", { status: 404 }), "", request);
      expect(notFound instanceof to.NotFoundError).toBe(true);
      expect(notFound instanceof to.UltravoxAPIError).toBe(true);
      expect(notFound instanceof to.UltravoxError).toBe(true);
      expect(notFound instanceof to.ConflictError).toBe(false);
      expect(new from.UltravoxParameterError("x", "is wrong") instanceof to.UltravoxAPIError).toBe(
        false,
      );
      expect(new Error("x") instanceof to.UltravoxError).toBe(false);
    }
  });

  it("ultravox-api/testing loads with import and require, and a client of either build talks to its simulator", async () => {
    type Testing = typeof import("../../src/testing/index.js");
    const load = async (build: "cjs" | "js") =>
      build === "cjs"
        ? ([
            require(join(root, "dist", "index.cjs")) as typeof import("ultravox-api"),
            require(join(root, "dist", "testing.cjs")) as Testing,
          ] as const)
        : ([
            (await import(
              pathToFileURL(join(root, "dist", "index.js")).href
            )) as typeof import("ultravox-api"),
            (await import(pathToFileURL(join(root, "dist", "testing.js")).href)) as Testing,
          ] as const);
    for (const build of ["cjs", "js"] as const) {
      const [sdk, testing] = await load(build);
      const sim = testing.createUltravoxSimulator();
      const uv = sdk.createUltravoxClient({ apiKey: "k", fetch: sim.fetch });
      const call = sdk.unwrap(await uv.POST("/api/calls", { body: { systemPrompt: build } }));
      expect(call.systemPrompt).toBe(build);
      expect(sim.requestsTo("POST /api/calls")).toHaveLength(1);
    }
    const stub = JSON.parse(readFileSync(join(root, "testing", "package.json"), "utf8")) as {
      main: string;
      types: string;
    };
    expect(stub).toEqual({ main: "../dist/testing.cjs", types: "../dist/testing/index.d.cts" });
  });

  it("declares an ES package with CommonJS twins for require, that bundlers may tree-shake", () => {
    const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as Record<
      string,
      unknown
    >;
    expect(manifest["type"]).toBe("module");
    expect(manifest["sideEffects"]).toBe(false);
    expect(manifest["dependencies"]).toEqual({ "openapi-fetch": expect.any(String) });
    expect(manifest["main"]).toBe("./dist/index.cjs");
    expect(manifest["types"]).toBe("./dist/index.d.cts");
    const server = { import: "./dist/index.js", require: "./dist/index.cjs" };
    expect(manifest["exports"]).toEqual({
      ".": {
        types: { import: "./dist/index.d.ts", require: "./dist/index.d.cts" },
        workerd: server,
        worker: server,
        "edge-light": server,
        browser: { import: "./dist/index.browser.js", require: "./dist/index.browser.cjs" },
        ...server,
        default: "./dist/index.js",
      },
      "./testing": {
        types: {
          import: "./dist/testing/index.d.ts",
          require: "./dist/testing/index.d.cts",
        },
        import: "./dist/testing.js",
        require: "./dist/testing.cjs",
        default: "./dist/testing.js",
      },
      "./package.json": "./package.json",
    });
    // TypeScript takes the first condition it knows: "types" must come before the others.
    const conditions = Object.keys((manifest["exports"] as Record<string, object>)["."]!);
    expect(conditions[0]).toBe("types");
  });
});
