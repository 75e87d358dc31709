// `npm run check:generated`: fails when generated/ no longer matches openapi.yaml.
import { readFile } from "node:fs/promises";
import { relative } from "node:path";
import { generateResourceSources } from "./resource-tree.mjs";
import { generateSources } from "./spec-types.mjs";
import {
  generateSimulatorSources,
  simulatorDataPath,
  simulatorTypesPath,
} from "./simulator-data.mjs";

const { js, dts } = await generateSimulatorSources();
const expected = [
  ...Object.entries(await generateSources()),
  ...Object.entries(await generateResourceSources()),
  [simulatorDataPath, js],
  [simulatorTypesPath, dts],
];
let stale = false;
for (const [path, source] of expected) {
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
