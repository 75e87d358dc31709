// The layout of src/: no module imports one that (directly or not) imports it back, type
// imports included; only the transport's modules touch the request bookkeeping; and the
// README's table of modules is complete.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const srcDir = new URL("../../src/", import.meta.url);
const modules = readdirSync(srcDir).filter((file) => file.endsWith(".ts"));
const sources = Object.fromEntries(
  modules.map((file) => [file, readFileSync(new URL(file, srcDir), "utf8")]),
);
/** The src/ modules `file` imports or re-exports from, type-only ones included. */
const importsOf = (file: string) =>
  [...sources[file]!.matchAll(/^(?:import|export)\b[^;]*?from "\.\/([\w.-]+)\.js";/gms)].map(
    (match) => `${match[1]}.ts`,
  );

/** An import cycle through `start`, as a list of modules, or undefined. */
function cycleFrom(start: string): string[] | undefined {
  const walk = (file: string, path: string[]): string[] | undefined => {
    for (const next of importsOf(file)) {
      if (next === start) return [...path, next];
      if (!path.includes(next)) {
        const found = walk(next, [...path, next]);
        if (found) return found;
      }
    }
    return undefined;
  };
  return walk(start, [start]);
}

describe("src/", () => {
  it("has no import cycle", () => {
    expect(modules.length).toBeGreaterThan(10);
    expect(modules.map(cycleFrom).filter(Boolean)).toEqual([]);
  });

  it("the check finds a cycle when there is one", () => {
    sources["errors.ts"] += '\nimport type { Transport } from "./transport.js";';
    try {
      expect(cycleFrom("errors.ts")).toBeDefined();
    } finally {
      sources["errors.ts"] = readFileSync(new URL("errors.ts", srcDir), "utf8");
    }
  });

  it("the README's module table names every module of src/, and only those", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const table = readme.slice(readme.indexOf("| module "), readme.indexOf("| script "));
    const named = [...table.matchAll(/`([\w.-]+\.ts)`/g)].map((match) => match[1]);
    expect(named.length).toBeGreaterThan(10);
    expect([...named].sort()).toEqual([...modules].sort());
  });

  it("errors.ts only builds errors: it imports no transport module", () => {
    expect(
      importsOf("errors.ts").filter((file) => !/^(request-line|retry-timing)\.ts$/.test(file)),
    ).toEqual([]);
    expect(sources["errors.ts"]).not.toMatch(/WeakMap|recordRequestLine/);
  });
});
