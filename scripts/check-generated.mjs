// `npm run check:generated`: fails when generated/ no longer matches openapi.yaml.
import { readFile } from "node:fs/promises";
import { relative } from "node:path";
import { generateSources } from "./spec-types.mjs";

const stale = [];
for (const [path, expected] of Object.entries(await generateSources())) {
  const actual = await readFile(path, "utf8").catch(() => "");
  if (actual !== expected) stale.push(relative(process.cwd(), path));
}
if (stale.length) {
  console.error(`${stale.join(", ")} stale: openapi.yaml changed since generated/ was generated.`);
  console.error("Run `npm run generate` and commit the result.");
  process.exit(1);
}
console.log("generated/ is up to date with openapi.yaml.");
