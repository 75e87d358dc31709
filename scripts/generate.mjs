// `npm run generate`: writes generated/schema.d.ts from openapi.yaml.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, relative } from "node:path";
import { generateSchemaSource, outputPath } from "./spec-types.mjs";

const source = await generateSchemaSource();
await mkdir(dirname(outputPath), { recursive: true });
await writeFile(outputPath, source);
console.log(`wrote ${relative(process.cwd(), outputPath)} (${source.length} bytes)`);
