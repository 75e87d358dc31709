// Turns openapi.yaml into the TypeScript source of generated/schema.d.ts.
// Shared by `npm run generate` (writes the file) and `npm run check:generated`
// (fails when the committed file differs), so both always agree byte for byte.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import * as prettier from "prettier";
import ts from "typescript";

export const specPath = fileURLToPath(new URL("../openapi.yaml", import.meta.url));
export const outputPath = fileURLToPath(new URL("../generated/schema.d.ts", import.meta.url));

const header = `/**
 * GENERATED FILE: do not edit by hand.
 * Source: openapi.yaml. Regenerate with \`npm run generate\`; \`npm test\` fails when this is stale.
 */

`;

/**
 * The openapi-typescript options, each chosen on purpose:
 * - defaultNonNullable: false. Components are shared by requests and responses;
 *   a server-side \`default\` means a client may omit the field, so it must stay
 *   optional in request bodies (e.g. \`joinTimeout\` in Create Call).
 * - readWriteMarkers: true. Wraps readOnly/writeOnly properties in $Read/$Write
 *   so openapi-fetch drops readOnly fields (\`callId\`, \`created\`) from request
 *   bodies and writeOnly ones (\`sharedSecrets\`) from responses.
 * - alphabetize: true. Output order does not follow edit order in the spec, so
 *   diffs of the generated file show only real changes.
 * - additionalProperties / emptyObjectsUnknown: left off. The spec states its
 *   open maps explicitly (\`additionalProperties: true\`), so closed objects stay
 *   closed and TypeScript rejects misspelt keys.
 * - transform: a property a oneOf branch forbids (\`twilio: false\` in the
 *   branch of CallMedium that requires \`webRtc\`) becomes \`$Read<never>\`,
 *   not plain \`never\`. Request bodies (Writable) still forbid it, so a body
 *   setting two exclusive keys does not compile; and responses (Readable) keep
 *   it as \`never\` instead of dropping it, so every branch of the union has the
 *   key and \`call.medium.twilio\` reads as \`TwilioMedium | undefined\` without
 *   narrowing first.
 */
export const generatorOptions = {
  defaultNonNullable: false,
  readWriteMarkers: true,
  alphabetize: true,
  transform: (schema) =>
    schema === false
      ? ts.factory.createTypeReferenceNode("$Read", [
          ts.factory.createKeywordTypeNode(ts.SyntaxKind.NeverKeyword),
        ])
      : undefined,
};

/** Generates the formatted contents of generated/schema.d.ts from the spec on disk. */
export async function generateSchemaSource() {
  const spec = await readFile(specPath, "utf8");
  const ast = await openapiTS(spec, generatorOptions);
  const source = header + astToString(ast);
  const config = (await prettier.resolveConfig(outputPath)) ?? {};
  return prettier.format(source, { ...config, filepath: outputPath });
}
