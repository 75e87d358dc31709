// `npm run generate`: writes generated/ from openapi.yaml: schema.d.ts (the types) and the
// resource tree (resources.d.ts, resources.js; see resource-tree.mjs).
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, relative } from "node:path";
import { generateResourceSources } from "./resource-tree.mjs";
import { generateSchemaSource, outputPath } from "./spec-types.mjs";

const outputs = {
  [outputPath]: await generateSchemaSource(),
  ...(await generateResourceSources()),
};
for (const [path, source] of Object.entries(outputs)) {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, source);
  console.log(`wrote ${relative(process.cwd(), path)} (${source.length} bytes)`);
}
