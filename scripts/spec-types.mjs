// Turns openapi.yaml into the TypeScript source of generated/schema.d.ts.
// Shared by `npm run generate` (writes the file) and `npm run check:generated`
// (fails when the committed file differs), so both always agree byte for byte.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import * as prettier from "prettier";
import ts from "typescript";
import { parse } from "yaml";
import { withNamedTypes } from "./named-types.mjs";

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
 * - readWriteMarkers: true. Wraps readOnly/writeOnly properties in $Read/$Write,
 *   which named-types.mjs resolves into a read shape of each schema (writeOnly
 *   fields such as \`sharedSecrets\` left out) and a write shape (readOnly fields
 *   such as \`callId\`, \`created\` unsettable), both declared by name.
 * - alphabetize: true. Output order does not follow edit order in the spec, so
 *   diffs of the generated file show only real changes.
 * - additionalProperties / emptyObjectsUnknown: left off. The spec states its
 *   open maps explicitly (\`additionalProperties: true\`), so closed objects stay
 *   closed and TypeScript rejects misspelt keys.
 * - transformProperty: a property a oneOf branch forbids (\`twilio: false\` in the
 *   branch of CallMedium that requires \`webRtc\`) becomes
 *   \`$Read<never> | $Write<"<the conflict>">\`, not plain \`never\`.
 *   Request bodies (write shapes) see a string literal that states the conflict, which
 *   no object satisfies, so a body setting two exclusive keys does not compile and
 *   the error names them ("Type '{}' is not assignable to type 'twilio: set only
 *   one of webRtc, twilio, …'"), not "Type '{}' is not assignable to type 'undefined'".
 *   Responses (read shapes) keep the key as \`never\` instead of dropping it, so
 *   every branch of the union has the key and \`call.medium.twilio\` reads as
 *   \`TwilioMedium | undefined\` without narrowing first.
 */
export const generatorOptions = {
  defaultNonNullable: false,
  readWriteMarkers: true,
  alphabetize: true,
};

/** The options for one spec: the forbidden-key transform needs the spec to name each conflict. */
function optionsFor(spec) {
  return {
    ...generatorOptions,
    transformProperty: (property, schema, { path = "" }) =>
      schema === false ? forbiddenKeyProperty(property, exclusiveKeys(spec, path)) : undefined,
  };
}

/** The keys a oneOf/anyOf offers as alternatives, from the path of one of its branches' properties. */
function exclusiveKeys(spec, propertyPath) {
  const branches = propertyPath
    .replace(/^#\//, "")
    .split("/")
    .slice(0, -2)
    .reduce((node, part) => node?.[part.replaceAll("~1", "/").replaceAll("~0", "~")], spec);
  const keys = (branches ?? []).flatMap((branch) =>
    Object.entries(branch?.properties ?? {}).flatMap(([key, value]) =>
      value === false ? [] : [key],
    ),
  );
  return [...new Set(keys)];
}

function forbiddenKeyProperty(property, alternatives) {
  const f = ts.factory;
  const conflict = f.createLiteralTypeNode(
    f.createStringLiteral(`${property.name.text}: set only one of ${alternatives.join(", ")}`),
  );
  const type = f.createUnionTypeNode([
    f.createTypeReferenceNode("$Read", [f.createKeywordTypeNode(ts.SyntaxKind.NeverKeyword)]),
    f.createTypeReferenceNode("$Write", [conflict]),
  ]);
  return f.updatePropertySignature(
    property,
    property.modifiers,
    property.name,
    property.questionToken,
    type,
  );
}

/** Generates the formatted contents of generated/schema.d.ts from the spec on disk. */
export async function generateSchemaSource() {
  const spec = await readFile(specPath, "utf8");
  const parsed = parse(spec);
  const ast = await openapiTS(spec, optionsFor(parsed));
  const webhookOperations = new Set(
    Object.values(parsed.webhooks ?? {}).flatMap((item) =>
      Object.values(item).map((operation) => operation.operationId),
    ),
  );
  const source = header + withNamedTypes(astToString(ast), webhookOperations);
  const config = (await prettier.resolveConfig(outputPath)) ?? {};
  return prettier.format(source, { ...config, filepath: outputPath });
}
