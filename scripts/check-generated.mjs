// `npm run check:generated`: fails when generated/ no longer matches openapi.yaml.
import { readFile } from "node:fs/promises";
import { relative } from "node:path";
import { generatedFiles } from "./generated-files.mjs";

let stale = false;
for (const [path, source] of await generatedFiles()) {
  const actual = await readFile(path, "utf8").catch(() => "");
  const name = relative(process.cwd(), path);
  if (actual === source) console.log(`${name} is up to date with openapi.yaml.`);
  else {
    stale = true;
    console.error(`${name} is stale: openapi.yaml changed since it was generated.`);
  }
}
if (stale) {
  console.error("Run `npm run generate` and commit the result.");
  process.exit(1);
}
