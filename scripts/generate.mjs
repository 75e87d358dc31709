// `npm run generate`: writes generated/ from openapi.yaml: schema.d.ts (the types) and
// simulator.js with its declarations (the data `ultravox-api/testing` answers from).
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, relative } from "node:path";
import { generateSchemaSource, outputPath } from "./spec-types.mjs";
import {
  generateSimulatorSources,
  simulatorDataPath,
  simulatorTypesPath,
} from "./simulator-data.mjs";

const { js, dts } = await generateSimulatorSources();
const files = [
  [outputPath, await generateSchemaSource()],
  [simulatorDataPath, js],
  [simulatorTypesPath, dts],
];
await mkdir(dirname(outputPath), { recursive: true });
for (const [path, source] of files) {
  await writeFile(path, source);
  console.log(`wrote ${relative(process.cwd(), path)} (${source.length} bytes)`);
}
