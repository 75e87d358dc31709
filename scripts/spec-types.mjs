// Turns openapi.yaml into the files of generated/: the types (schema.d.ts) and what the
// runtime derives from them (read-only-plans.js).
// Shared by `npm run generate` (writes the files) and `npm run check:generated`
// (fails when a committed file differs), so both always agree byte for byte.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import * as prettier from "prettier";
import ts from "typescript";
import { parse } from "yaml";
import { readOnlyPlans, withNamedTypes } from "./named-types.mjs";

export const specPath = fileURLToPath(new URL("../openapi.yaml", import.meta.url));
const generatedPath = (name) => fileURLToPath(new URL(`../generated/${name}`, import.meta.url));
export const outputPath = generatedPath("schema.d.ts");

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

const READ_ONLY_HEADER = `${header.trimEnd()}
// For each schema, where a value read from the API holds read-only keys: used by
// toRequestSchema (src/request-schema.ts), which drops them. See readOnlyPlans in
// scripts/named-types.mjs for the format.
`;

const READ_ONLY_TYPES = `${header}import type { components } from "./schema.js";

/** Where a value holds read-only keys: a schema's name, a plan, or several of them. */
export type ReadOnlyTarget = keyof components["schemas"] | ReadOnlyPlan | readonly ReadOnlyTarget[];

/** The read-only keys of one object, and where its values hold more. */
export interface ReadOnlyPlan {
  /** The keys to drop from the object. */
  readonly drop?: readonly string[];
  /** The target of each key's value. */
  readonly keys?: { readonly [key: string]: ReadOnlyTarget | 0 };
  /** The target of every other value of an open map. */
  readonly values?: ReadOnlyTarget;
}

/** Each schema's target, \`0\` when it holds no read-only key anywhere. */
export declare const readOnlyPlans: {
  readonly [Name in keyof components["schemas"]]: ReadOnlyTarget | 0;
};
`;

/**
 * Generates every file of generated/ from the spec on disk, formatted: the types
 * (schema.d.ts) and the read-only key plans (read-only-plans.js, with its declarations).
 */
export async function generateSources() {
  const spec = await readFile(specPath, "utf8");
  const parsed = parse(spec);
  const output = astToString(await openapiTS(spec, optionsFor(parsed)));
  const webhookOperations = new Set(
    Object.values(parsed.webhooks ?? {}).flatMap((item) =>
      Object.values(item).map((operation) => operation.operationId),
    ),
  );
  const plans = JSON.stringify(readOnlyPlans(output));
  const sources = {
    [outputPath]: header + withNamedTypes(output, webhookOperations),
    [generatedPath("read-only-plans.js")]:
      `${READ_ONLY_HEADER}export const readOnlyPlans = ${plans};\n`,
    [generatedPath("read-only-plans.d.ts")]: READ_ONLY_TYPES,
  };
  const config = (await prettier.resolveConfig(outputPath)) ?? {};
  const formatted = Object.entries(sources).map(async ([path, source]) => [
    path,
    await prettier.format(source, { ...config, filepath: path }),
  ]);
  return Object.fromEntries(await Promise.all(formatted));
}
