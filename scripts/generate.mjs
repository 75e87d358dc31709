// `npm run generate`: writes generated/ from openapi.yaml: schema.d.ts (the types),
// read-only-plans.js (what toRequestSchema drops), the resource tree (resources.d.ts,
// resources.js; see resource-tree.mjs) and simulator.js (the data `ultravox-api/testing`
// answers from), each with its declarations.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, relative } from "node:path";
import { generateResourceSources } from "./resource-tree.mjs";
import { generateSources, outputPath } from "./spec-types.mjs";
import {
  generateSimulatorSources,
  simulatorDataPath,
  simulatorTypesPath,
} from "./simulator-data.mjs";

const { js, dts } = await generateSimulatorSources();
const files = [
  ...Object.entries(await generateSources()),
  ...Object.entries(await generateResourceSources()),
  [simulatorDataPath, js],
  [simulatorTypesPath, dts],
];
await mkdir(dirname(outputPath), { recursive: true });
for (const [path, source] of files) {
  await writeFile(path, source);
  console.log(`wrote ${relative(process.cwd(), path)} (${source.length} bytes)`);
}
