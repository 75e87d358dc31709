// The browser build: src/ bundled into one ESM file with platform.ts swapped for
// platform.browser.ts (see there), openapi-fetch left as an import. Used by
// `npm run build` (dist/index.browser.js, the package's "browser" export) and by
// `npm run size`, which measures what a browser bundle of the package holds.
import { fileURLToPath } from "node:url";

export const srcDir = fileURLToPath(new URL("../src/", import.meta.url));

/** An esbuild plugin that resolves src/'s `./platform.js` to `platform.browser.ts`. */
export const browserPlatform = {
  name: "ultravox-browser-platform",
  setup(build) {
    build.onResolve({ filter: /^\.\/platform\.js$/ }, (args) =>
      args.importer.startsWith(srcDir) ? { path: `${srcDir}platform.browser.ts` } : undefined,
    );
  },
};
