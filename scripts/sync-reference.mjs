// `npm run sync:reference`: copies the reference data the tests use from ../shared
// (the Ultravox pages' operations table, the real-world payloads with their README
// notes, the webhook signature vectors, the operations the pages' source stubs name,
// the field facts of the pages for the page-coverage check, and the facts of Ultravox's
// published OpenAPI schema for the spec:diff gate) into test/fixtures/reference, so the
// tests run on any clean clone. `test/spec/reference.test.ts` checks the copy is
// current whenever ../shared is present.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { extractPageFields, sourceStubs } from "./page-fields.mjs";

export const sharedDir = fileURLToPath(new URL("../../shared/", import.meta.url));
export const fixtureDir = fileURLToPath(new URL("../test/fixtures/reference/", import.meta.url));

/** The rows of INDEX.md's Operations table that name a method and path. */
export function extractOperations(indexMarkdown) {
  const table = indexMarkdown.slice(
    indexMarkdown.indexOf("## Operations"),
    indexMarkdown.indexOf("## Pages that are missing"),
  );
  return table
    .split("\n")
    .filter((line) => line.startsWith("| "))
    .map((line) => line.split("|").map((cell) => cell.trim()))
    .map(([, group = "", name = "", method = "", path = ""]) => ({ group, name, method, path }))
    .filter((row) => /^(GET|POST|PUT|PATCH|DELETE)$/.test(row.method) && row.path.startsWith("/"));
}

/** Every operation a page's source stub names (`openapi: <method> <path>`), with its title. */
export function extractStubOperations(pagesDir) {
  const operations = [];
  for (const { base, stub, operation } of sourceStubs(pagesDir)) {
    if (!operation) continue;
    const [method, path] = operation.split(" ");
    const title = /^title:\s*"?(.*?)"?\s*$/m.exec(stub);
    operations.push({ method, path, title: title?.[1] ?? "", file: `${base}.source-mdx.txt` });
  }
  return operations.sort((a, b) => a.file.localeCompare(b.file));
}

/** The README notes of each payload file: whether it is marked NEGATIVE or EDGE CASE, and why. */
export function extractPayloadNotes(readmeMarkdown, files) {
  return Object.fromEntries(
    files.map((file) => {
      const row = readmeMarkdown.split("\n").find((line) => line.startsWith(`| ${file} |`)) ?? "";
      const cells = row.split("|").map((cell) => cell.trim());
      const nature = cells[2] ?? "";
      const notes = cells[cells.length - 2] ?? "";
      return [file, { nature, negative: /NEGATIVE|EDGE CASE/.test(notes), notes }];
    }),
  );
}

/**
 * The newest published schema under `pagesDir`/published-schema (files are named by
 * date, `ultravox-openapi-YYYY-MM-DD.yaml` or `.json`), as a path relative to `pagesDir`.
 */
export function publishedSchemaFile(pagesDir) {
  const files = readdirSync(join(pagesDir, "published-schema"))
    .filter((file) => /^ultravox-openapi-\d{4}-\d{2}-\d{2}\.(ya?ml|json)$/.test(file))
    .sort();
  if (files.length === 0) throw new Error(`no ultravox-openapi-<date> file in ${pagesDir}`);
  return `published-schema/${files.at(-1)}`;
}

// Keywords that hold prose or samples, never a fact: dropped from the vendored copy.
const PROSE = new Set(["description", "summary", "title", "example", "examples", "externalDocs"]);
// Keywords whose values are data (or names), copied as they are.
const DATA = new Set(["enum", "default", "const", "required"]);
// Keywords that hold a map keyed by names (fields, paths, status codes, media types, …).
const NAMED = new Set([
  "properties",
  "paths",
  "responses",
  "content",
  "schemas",
  "parameters",
  "securitySchemes",
  "headers",
]);

/**
 * The facts of a published OpenAPI document: the same document without its prose
 * (descriptions, summaries, titles, examples, `x-` extensions such as code samples), so
 * spec-diff reads it as it reads the original. Names, types, formats, enums, bounds,
 * patterns, defaults and flags stay. Keys of maps of names (`properties`, `responses`, …) stay.
 */
export function reducePublishedSchema(document, source) {
  const reduce = (node, names) => {
    if (Array.isArray(node)) return node.map((item) => reduce(item, false));
    if (typeof node !== "object" || node === null) return node;
    const out = {};
    for (const [key, value] of Object.entries(node)) {
      if (!names && (PROSE.has(key) || key.startsWith("x-"))) continue;
      out[key] = !names && DATA.has(key) ? value : reduce(value, !names && NAMED.has(key));
    }
    return out;
  };
  return { "x-reduced-from": source, ...reduce(document, false) };
}

/** The vendored copy of the newest published schema under `pagesDir` (reducePublishedSchema). */
export function readPublishedSchemaFacts(pagesDir) {
  const file = publishedSchemaFile(pagesDir);
  return reducePublishedSchema(parseYaml(readFileSync(join(pagesDir, file), "utf8")), file);
}

function sync() {
  rmSync(fixtureDir, { recursive: true, force: true });
  mkdirSync(join(fixtureDir, "payloads"), { recursive: true });
  const payloadDir = join(sharedDir, "realworld", "payloads");
  const files = readdirSync(payloadDir)
    .filter((file) => file.endsWith(".json"))
    .sort();
  for (const file of files)
    copyFileSync(join(payloadDir, file), join(fixtureDir, "payloads", file));
  copyFileSync(
    join(sharedDir, "realworld", "webhook-vectors.json"),
    join(fixtureDir, "webhook-vectors.json"),
  );
  const readme = readFileSync(join(sharedDir, "realworld", "README.md"), "utf8");
  const index = readFileSync(join(sharedDir, "pages", "INDEX.md"), "utf8");
  writeFileSync(
    join(fixtureDir, "payload-notes.json"),
    JSON.stringify(extractPayloadNotes(readme, files), null, 2) + "\n",
  );
  writeFileSync(
    join(fixtureDir, "operations.json"),
    JSON.stringify(extractOperations(index), null, 2) + "\n",
  );
  writeFileSync(
    join(fixtureDir, "stub-operations.json"),
    JSON.stringify(extractStubOperations(join(sharedDir, "pages")), null, 2) + "\n",
  );
  const pageFields = extractPageFields(join(sharedDir, "pages"));
  writeFileSync(join(fixtureDir, "page-fields.json"), JSON.stringify(pageFields, null, 2) + "\n");
  const published = readPublishedSchemaFacts(join(sharedDir, "pages"));
  writeFileSync(
    join(fixtureDir, "published-schema.json"),
    JSON.stringify(published, null, 2) + "\n",
  );
  console.log(
    `synced ${files.length} payloads, the operations table, the webhook vectors, the source stubs' operations, ${pageFields.length} page field facts and the facts of ${published["x-reduced-from"]} into test/fixtures/reference`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) sync();
