// `npm run sync:reference`: copies the reference data the tests use from ../shared
// (the Ultravox pages' operations table, the real-world payloads with their README
// notes, the webhook signature vectors, the operations the pages' source stubs name,
// and the field facts of the pages for the page-coverage check) into test/fixtures/reference, so the
// tests run on any clean clone. `test/spec/reference.test.ts` checks the copy is
// current whenever ../shared is present.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
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
  console.log(
    `synced ${files.length} payloads, the operations table, the webhook vectors, the source stubs' operations and ${pageFields.length} page field facts into test/fixtures/reference`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) sync();
