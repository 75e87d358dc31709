// `npm run check:generated`: fails when generated/ no longer matches openapi.yaml.
import { readFile } from "node:fs/promises";
import { relative } from "node:path";
import { generateResourceSources } from "./resource-tree.mjs";
import { generateSchemaSource, outputPath } from "./spec-types.mjs";

const outputs = {
  [outputPath]: await generateSchemaSource(),
  ...(await generateResourceSources()),
};
let stale = false;
for (const [path, expected] of Object.entries(outputs)) {
  const actual = await readFile(path, "utf8").catch(() => "");
  const name = relative(process.cwd(), path);
  if (actual === expected) {
    console.log(`${name} is up to date with openapi.yaml.`);
  } else {
    console.error(`${name} is stale: openapi.yaml changed since it was generated.`);
    stale = true;
  }
}
if (stale) {
  console.error("Run `npm run generate` and commit the result.");
  process.exit(1);
}
