// `npm run generate`: writes generated/ (schema.d.ts and read-only-plans.js) from openapi.yaml.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, relative } from "node:path";
import { generateSources } from "./spec-types.mjs";

for (const [path, source] of Object.entries(await generateSources())) {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, source);
  console.log(`wrote ${relative(process.cwd(), path)} (${source.length} bytes)`);
}
