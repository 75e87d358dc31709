// `npm run generate`: writes generated/ from openapi.yaml (the files: generated-files.mjs).
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, relative } from "node:path";
import { generatedFiles } from "./generated-files.mjs";

for (const [path, source] of await generatedFiles()) {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, source);
  console.log(`wrote ${relative(process.cwd(), path)} (${source.length} bytes)`);
}
