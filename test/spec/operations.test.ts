import { describe, expect, it } from "vitest";
import { listOperations } from "./spec.js";
import { indexedOperations, stubOperations } from "./reference.js";

// Operations only a source stub names, which the spec leaves out because nothing the
// pages or the published schema hold says what they take or answer. None today: the
// published schema gives Get Concurrency Usage, List Models and Get OpenAPI Schema.
const NOT_SPECIFIED: Record<string, string> = {};
const DEPRECATED_OPERATIONS = [
  "GET /api/accounts/me/telephony_config",
  "PATCH /api/accounts/me/telephony_config",
];

const inSpec = new Set(
  listOperations().map(({ method, path }) => `${method.toUpperCase()} ${path}`),
);

describe("operations listed in the reference INDEX.md", () => {
  const rows = indexedOperations();

  it("the INDEX table parses into operations", () => {
    expect(rows.length).toBeGreaterThan(60);
  });

  for (const group of [...new Set(rows.map((row) => row.group))]) {
    const groupRows = rows.filter((row) => row.group === group);
    it(`covers the ${group} group (${groupRows.length} operations)`, () => {
      expect(groupRows.length).toBeGreaterThan(0);
      const missing = groupRows
        .map((row) => `${row.method} ${row.path}`)
        .filter((operation) => !inSpec.has(operation));
      expect(missing).toEqual([]);
    });
  }

  it("covers every operation of the INDEX table", () => {
    const missing = rows
      .filter((row) => !inSpec.has(`${row.method} ${row.path}`))
      .map((row) => `${row.method} ${row.path} (${row.group}: ${row.name})`);
    expect(missing).toEqual([]);
  });
});

describe("operations from pages outside the INDEX table", () => {
  const indexed = new Set(indexedOperations().map((row) => `${row.method} ${row.path}`));
  const outside = stubOperations().filter((stub) => !indexed.has(`${stub.method} ${stub.path}`));

  it("finds the pages/other operations (call throttles, SIP, telephony configs, …)", () => {
    expect(outside.length).toBeGreaterThan(25);
  });

  it("covers every one of them, except those listed as not specifiable", () => {
    const missing = outside
      .map((stub) => `${stub.method} ${stub.path}`)
      .filter((operation) => !inSpec.has(operation) && !(operation in NOT_SPECIFIED));
    expect(missing).toEqual([]);
  });

  it("lists as not specifiable only operations a stub names and the spec lacks", () => {
    const stubs = new Set(outside.map((stub) => `${stub.method} ${stub.path}`));
    for (const operation of Object.keys(NOT_SPECIFIED)) {
      expect(stubs.has(operation), operation).toBe(true);
      expect(inSpec.has(operation), operation).toBe(false);
    }
  });

  it("names each one as its page does (summary = page title, case aside)", () => {
    const summaries = new Map(
      listOperations().map(({ method, path, operation }) => [
        `${method.toUpperCase()} ${path}`,
        operation.summary?.toLowerCase(),
      ]),
    );
    for (const stub of outside) {
      const operation = `${stub.method} ${stub.path}`;
      if (inSpec.has(operation))
        expect(summaries.get(operation), operation).toBe(stub.title.toLowerCase());
    }
  });

  it("marks the account-level telephony credentials operations deprecated", () => {
    const deprecated = listOperations()
      .filter(({ operation }) => (operation as { deprecated?: boolean }).deprecated === true)
      .map(({ method, path }) => `${method.toUpperCase()} ${path}`);
    expect(DEPRECATED_OPERATIONS.filter((operation) => !deprecated.includes(operation))).toEqual(
      [],
    );
  });
});

describe("operation conventions", () => {
  const operations = listOperations();

  it("every operationId is unique and camelCase", () => {
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(ids.every((id) => typeof id === "string" && /^[a-z][a-zA-Z0-9]*$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("every operation has exactly one tag and a summary", () => {
    for (const { method, path, operation } of operations) {
      expect(operation.tags, `${method} ${path}`).toHaveLength(1);
      expect(operation.summary, `${method} ${path}`).toBeTruthy();
    }
  });

  it("every 429 and 503 answer documents Retry-After", async () => {
    const { resolveRef } = await import("./spec.js");
    for (const { method, path, operation } of operations) {
      for (const status of ["429", "503"]) {
        const response = operation.responses?.[status];
        if (!response) continue;
        const resolved = resolveRef(response) as { headers?: Record<string, unknown> };
        expect(Object.keys(resolved.headers ?? {}), `${method} ${path} ${status}`).toContain(
          "Retry-After",
        );
      }
    }
  });
});
