// Every TypeScript snippet users read, in README.md, CONTRIBUTING.md and in the SDK sample of
// openapi.yaml's description (shown on the docs page), is a verbatim excerpt of a
// file in examples/, which `npm test` type-checks and the example tests run.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { spec } from "./spec/spec.js";

const examplesDir = new URL("../examples/", import.meta.url);
const examples = readdirSync(examplesDir, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".ts"))
  .map((file) => ({ file, text: readFileSync(new URL(file, examplesDir), "utf8") }));
const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const contributing = readFileSync(new URL("../CONTRIBUTING.md", import.meta.url), "utf8");
const specDescription = (spec as unknown as { info: { description: string } }).info.description;

/** The fenced code blocks of a Markdown text, with their language. */
function codeBlocks(markdown: string): { language: string; code: string }[] {
  return [...markdown.matchAll(/^```(\S*)\n([\s\S]*?)^```$/gm)].map((match) => ({
    language: match[1] ?? "",
    code: match[2] ?? "",
  }));
}

/** The snippets of a document that no file in examples/ contains verbatim. */
function snippetsNotInExamples(markdown: string): string[] {
  return codeBlocks(markdown)
    .filter((block) => block.language === "ts")
    .map((block) => block.code)
    .filter((code) => !examples.some((example) => example.text.includes(code)));
}

describe.each([
  ["README.md", readme],
  ["CONTRIBUTING.md", contributing],
  ["openapi.yaml info.description", specDescription],
])("TypeScript in %s", (_document, markdown) => {
  it("is written in ```ts blocks", () => {
    const blocks = codeBlocks(markdown);
    expect(blocks.filter((block) => block.language === "ts").length).toBeGreaterThan(0);
    const otherCode = blocks.filter((block) =>
      ["typescript", "tsx", "js", "javascript", "mjs"].includes(block.language),
    );
    expect(otherCode.map((block) => block.code)).toEqual([]);
  });

  it("appears verbatim in a file under examples/", () => {
    expect(snippetsNotInExamples(markdown)).toEqual([]);
  });
});
