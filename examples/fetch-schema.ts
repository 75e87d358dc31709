// Saves the OpenAPI schema Ultravox's API serves (GET /api/schema/) as JSON, for
// `npm run spec:diff -- <file>` (README, "Changing the spec").
// Run it with `npx tsx examples/fetch-schema.ts [file]`; ULTRAVOX_API_KEY must be set.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createUltravoxClient, unwrap, type UltravoxClient } from "ultravox-api";

/**
 * Downloads the API's own OpenAPI document as JSON and writes it to `file`, creating its
 * folder. Returns the document's OpenAPI version. Throws the SDK's errors (for example
 * `UltravoxConnectionError`) when the download fails.
 */
export async function savePublishedSchema(uv: UltravoxClient, file: string): Promise<string> {
  const schema = unwrap(await uv.GET("/api/schema/", { params: { query: { format: "json" } } }));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
  return String(schema["openapi"]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2] ?? ".artifacts/ultravox-schema.json";
  const version = await savePublishedSchema(createUltravoxClient(), file);
  console.log(`Saved Ultravox's OpenAPI ${version} schema to ${file}`);
}
