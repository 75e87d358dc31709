// The vendored reference data must match ../shared whenever it is present.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractPageFields } from "../../scripts/page-fields.mjs";
import {
  extractOperations,
  extractPayloadNotes,
  extractStubOperations,
  readPublishedSchemaFacts,
  sharedDir,
} from "../../scripts/sync-reference.mjs";
import {
  fixtureDir,
  indexedOperations,
  realworldPayloads,
  stubOperations,
  webhookVectors,
} from "./reference.js";

const shared = sharedDir;

describe.runIf(existsSync(join(shared, "pages", "INDEX.md")))(
  "test/fixtures/reference is in sync with ../shared",
  () => {
    it("operations table", () => {
      const index = readFileSync(join(shared, "pages", "INDEX.md"), "utf8");
      expect(indexedOperations()).toEqual(extractOperations(index));
    });

    it("operations of the source stubs", () => {
      expect(stubOperations()).toEqual(extractStubOperations(join(shared, "pages")));
    });

    it("payloads and their notes", () => {
      const dir = join(shared, "realworld", "payloads");
      const files = readdirSync(dir)
        .filter((file) => file.endsWith(".json"))
        .sort();
      expect(realworldPayloads().map((payload) => payload.file)).toEqual(files);
      for (const file of files) {
        expect(readFileSync(join(fixtureDir, "payloads", file), "utf8"), file).toBe(
          readFileSync(join(dir, file), "utf8"),
        );
      }
      const readme = readFileSync(join(shared, "realworld", "README.md"), "utf8");
      expect(JSON.parse(readFileSync(join(fixtureDir, "payload-notes.json"), "utf8"))).toEqual(
        extractPayloadNotes(readme, files),
      );
    });

    it("page field facts (for the page-coverage check)", () => {
      const vendored = JSON.parse(
        readFileSync(join(fixtureDir, "page-fields.json"), "utf8"),
      ) as unknown;
      expect(vendored).toEqual(extractPageFields(join(shared, "pages")));
    });

    it("the published schema's facts (for the spec:diff gate)", () => {
      const vendored = JSON.parse(
        readFileSync(join(fixtureDir, "published-schema.json"), "utf8"),
      ) as unknown;
      expect(vendored).toEqual(readPublishedSchemaFacts(join(shared, "pages")));
    });

    it("webhook vectors", () => {
      const vectors = JSON.parse(
        readFileSync(join(shared, "realworld", "webhook-vectors.json"), "utf8"),
      ) as { vectors: unknown };
      expect(webhookVectors()).toEqual(vectors.vectors);
    });
  },
);

describe("vendored reference data", () => {
  it("holds the published schema's facts and none of its prose", () => {
    const text = readFileSync(join(fixtureDir, "published-schema.json"), "utf8");
    const facts = JSON.parse(text) as { openapi: string; paths: object; "x-reduced-from": string };
    expect(facts.openapi).toBe("3.0.3");
    expect(Object.keys(facts.paths).length).toBeGreaterThan(50);
    expect(facts["x-reduced-from"]).toMatch(
      /^published-schema\/ultravox-openapi-\d{4}-\d{2}-\d{2}\./,
    );
    // Prose keywords are gone; fields that are named like them (a voice's `description`) stay.
    expect(text).not.toMatch(/"(description|summary|title|example|x-codeSamples)": "/);
    expect(text).toContain('"description": {');
  });

  it("holds the operations, payloads and vectors", () => {
    expect(indexedOperations().length).toBeGreaterThan(60);
    expect(realworldPayloads().length).toBeGreaterThan(50);
    expect(webhookVectors().length).toBeGreaterThan(3);
  });
});
