// `npm run check:generated`: fails when generated/ no longer matches openapi.yaml.
import { readFile } from "node:fs/promises";
import { relative } from "node:path";
import { generateSchemaSource, outputPath } from "./spec-types.mjs";

const expected = await generateSchemaSource();
const actual = await readFile(outputPath, "utf8").catch(() => "");
const name = relative(process.cwd(), outputPath);
if (actual !== expected) {
  console.error(`${name} is stale: openapi.yaml changed since it was generated.`);
  console.error("Run `npm run generate` and commit the result.");
  process.exit(1);
}
console.log(`${name} is up to date with openapi.yaml.`);
