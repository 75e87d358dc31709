// `npm run build`: builds dist/: declarations for every module of src/ (tsc), and the
// JavaScript as bundles with source maps (esbuild), openapi-fetch left as an import or a
// require: dist/index.js (ES module) and dist/index.cjs (CommonJS) for servers and workers,
// dist/index.browser.js and dist/index.browser.cjs for browsers (server-only code already
// left out, see browser-build.mjs), dist/testing.js and dist/testing.cjs for
// `ultravox-api/testing`. One file instead of one per module halves the time a fresh
// process takes to import the package. The CommonJS files are for `require` (Jest's default
// setup, for one); each declaration file gets a CommonJS twin (.d.cts) that refers to the
// other twins, so that TypeScript sees CommonJS types where `require` loads CommonJS code.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { browserBuildOptions, bundleOptions, testingEntry } from "./browser-build.mjs";

/** A relative import of a `.js` file in a declaration: its quote, then its specifier without `.js`. */
const RELATIVE_JS_IMPORT = /(["'])(\.{1,2}\/[^"']*)\.js\1/g;

/**
 * Makes the CommonJS builds call openapi-fetch's CommonJS `exports.default`. src/ is in an
 * ES package, so esbuild would convert its `import createClient from "openapi-fetch"` the way
 * Node imports CommonJS, taking the whole `exports` object for the default; the import is
 * routed through a module of no package type, converted the way bundlers do.
 */
const openapiFetchDefault = {
  name: "openapi-fetch-commonjs-default",
  setup(build) {
    build.onResolve({ filter: /^openapi-fetch$/ }, ({ namespace }) =>
      namespace === "openapi-fetch-default"
        ? { path: "openapi-fetch", external: true }
        : { path: "openapi-fetch", namespace: "openapi-fetch-default" },
    );
    build.onLoad({ filter: /.*/, namespace: "openapi-fetch-default" }, () => ({
      contents: 'export { default } from "openapi-fetch";',
      loader: "js",
    }));
  },
};

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = join(root, "dist");
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
rmSync(dist, { recursive: true, force: true });
execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
writeCommonJsDeclarations();
const sourceMaps = { sourcemap: true, sourcesContent: true, logLevel: "warning" };
// The "browser" export is the same modules with platform.ts swapped for its browser twin.
// `ultravox-api/testing` is its own bundle: nothing of it reaches the main entry's.
const builds = {
  index: { ...bundleOptions, platform: "neutral" },
  "index.browser": browserBuildOptions,
  testing: { ...bundleOptions, entryPoints: [testingEntry], platform: "neutral" },
};
await Promise.all(
  Object.entries(builds).flatMap(([name, options]) => [
    build({ ...options, ...sourceMaps, outfile: join(dist, `${name}.js`) }),
    build({
      ...options,
      ...sourceMaps,
      format: "cjs",
      plugins: [...(options.plugins ?? []), openapiFetchDefault],
      outfile: join(dist, `${name}.cjs`),
    }),
  ]),
);
console.log(
  "built dist/ (index, index.browser and testing as .js and .cjs, declarations as .d.ts and .d.cts)",
);

/**
 * Writes a `.d.cts` beside each `.d.ts` of dist/, its relative imports pointed at `.cjs`
 * twins. A declaration imported from outside dist/ (generated/schema.d.ts) gets its twin in
 * dist/ (dist/generated/schema.d.cts): under `moduleResolution` node16 a CommonJS declaration
 * may not import an ES one, not even its types. No declaration maps: the package does not
 * ship the sources they point to.
 */
function writeCommonJsDeclarations(dir = dist) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) writeCommonJsDeclarations(path);
    if (!entry.name.endsWith(".d.ts")) continue;
    const text = readFileSync(path, "utf8")
      .replace(/^\/\/# sourceMappingURL=.*\n?/m, "")
      .replace(RELATIVE_JS_IMPORT, (_, quote, specifier) => {
        let target = resolve(dirname(path), specifier);
        if (relative(dist, target).startsWith("..")) target = writeOutsideTwin(target);
        const twinSpecifier = relative(dirname(path), target).replaceAll("\\", "/");
        return `${quote}${twinSpecifier.startsWith(".") ? "" : "./"}${twinSpecifier}.cjs${quote}`;
      });
    writeFileSync(path.replace(/\.d\.ts$/, ".d.cts"), text);
  }
}

/**
 * Writes the `.d.cts` twin in dist/ of a declaration outside it (`target` without `.d.ts`),
 * its relative imports pointed at `.cjs` twins written the same way
 * (generated/resources.d.ts imports ./schema.js). Returns the twin's path, without extension.
 */
function writeOutsideTwin(target) {
  const twin = join(dist, relative(root, target));
  mkdirSync(dirname(twin), { recursive: true });
  const text = readFileSync(`${target}.d.ts`, "utf8").replace(
    RELATIVE_JS_IMPORT,
    (_, quote, specifier) => {
      writeOutsideTwin(resolve(dirname(target), specifier));
      return `${quote}${specifier}.cjs${quote}`;
    },
  );
  writeFileSync(`${twin}.d.cts`, text);
  return twin;
}
