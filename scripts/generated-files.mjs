// Every file of generated/, as `npm run generate` writes it and `npm run check:generated`
// compares it: one list, so a new output cannot be written without being checked.
import { generateResourceSources } from "./resource-tree.mjs";
import { generateSources } from "./spec-types.mjs";
import {
  generateSimulatorSources,
  simulatorDataPath,
  simulatorTypesPath,
} from "./simulator-data.mjs";

/**
 * The path and content of each generated file, from openapi.yaml: schema.d.ts (the types),
 * read-only-plans.js (what toRequestSchema drops), the resource tree (resources.d.ts,
 * resources.js) and simulator.js (the data `ultravox-api/testing` answers from), each with
 * its declarations.
 */
export async function generatedFiles() {
  const [types, resources, simulator] = await Promise.all([
    generateSources(),
    generateResourceSources(),
    generateSimulatorSources(),
  ]);
  return [
    ...Object.entries(types),
    ...Object.entries(resources),
    [simulatorDataPath, simulator.js],
    [simulatorTypesPath, simulator.dts],
  ];
}
