// The browser build: src/ bundled into one ESM file with platform.ts swapped for
// platform.browser.ts (see there), openapi-fetch left as an import. Used by
// `npm run build` (dist/index.browser.js, the package's "browser" export) and by
// `npm run size`, which measures a program bundled against it, as users' bundlers see it.
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const srcDir = fileURLToPath(new URL("../src/", import.meta.url));

const platform = join(srcDir, "transport", "platform");

/** An esbuild plugin that resolves src/'s imports of `transport/platform.js` to `platform.browser.ts`. */
export const browserPlatform = {
  name: "ultravox-browser-platform",
  setup(build) {
    build.onResolve({ filter: /\/platform\.js$/ }, (args) =>
      args.importer.startsWith(srcDir) && join(args.resolveDir, args.path) === `${platform}.js`
        ? { path: `${platform}.browser.ts` }
        : undefined,
    );
  },
};

/** The entry point of `ultravox-api/testing`, bundled apart from the main entry. */
export const testingEntry = join(srcDir, "testing", "index.ts");

/** What both builds of dist/ share: src/ as one ESM bundle, openapi-fetch left as an import. */
export const bundleOptions = {
  entryPoints: [join(srcDir, "index.ts")],
  bundle: true,
  format: "esm",
  target: "es2022",
  external: ["openapi-fetch"],
};

/**
 * The browser build's esbuild options. `minifySyntax` folds the constant `SERVER_BUILD` and
 * drops what it guards, so every bundler gets the browser build without server code, however
 * it minifies (or not); names and layout are kept, so the published file stays readable.
 */
export const browserBuildOptions = {
  ...bundleOptions,
  platform: "browser",
  plugins: [browserPlatform],
  minifySyntax: true,
};
