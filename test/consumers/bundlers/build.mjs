// Bundles app.mjs with esbuild for the browser (ES module output) and with webpack for Node
// (production mode: minified, class names mangled), and checks which builds of the package
// each bundler picked for the app's import and its require().
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import webpack from "webpack";

const here = fileURLToPath(new URL(".", import.meta.url));
const packaged = (files) =>
  files
    .map(
      (file) =>
        file.replace(/\\/g, "/").match(/node_modules\/ultravox-api\/(dist\/.+\.c?js)$/)?.[1],
    )
    .filter(Boolean)
    .sort();

function expectBuilds(bundler, picked, expected) {
  const same = JSON.stringify(picked) === JSON.stringify(expected);
  console.log(`${same ? "PASS" : "FAIL"} ${bundler} bundled ${picked.join(" and ")}`);
  if (!same) process.exitCode = 1;
}

const { metafile } = await build({
  entryPoints: [`${here}app.mjs`],
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  minify: true,
  metafile: true,
  outfile: `${here}out/esbuild.mjs`,
  logLevel: "warning",
});
expectBuilds("esbuild (browser)", packaged(Object.keys(metafile.inputs)), [
  "dist/index.browser.cjs",
  "dist/index.browser.js",
]);

const stats = await new Promise((resolve, reject) =>
  webpack(
    {
      mode: "production",
      target: "node20",
      context: here,
      entry: "./app.mjs",
      output: { path: `${here}out`, filename: "webpack.cjs" },
    },
    (error, result) =>
      error || result.hasErrors()
        ? reject(error ?? new Error(result.toString("errors-only")))
        : resolve(result),
  ),
);
// Every file webpack read, the package's included (its modules are concatenated in production).
expectBuilds("webpack (node)", packaged([...stats.compilation.fileDependencies]), [
  "dist/index.cjs",
  "dist/index.js",
]);
