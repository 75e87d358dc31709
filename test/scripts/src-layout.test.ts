// The layout of src/: folders by role (transport/ sends a call, request/ checks and
// serialises what a call sends, utils/ holds leaf helpers; the public concepts sit at the
// top); no module imports one that (directly or not) imports it back, type imports
// included; and the README's table of modules is complete.
import { readdirSync, readFileSync } from "node:fs";
import { posix } from "node:path";
import { describe, expect, it } from "vitest";

const srcDir = new URL("../../src/", import.meta.url);
/** Every module of src/, by its path under src/ (`transport/attempt.ts`). */
const modules = readdirSync(srcDir, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".ts"))
  .map((file) => file.split("\\").join("/"));
const read = (file: string) => readFileSync(new URL(file, srcDir), "utf8");
const sources: Record<string, string> = Object.fromEntries(
  modules.map((file) => [file, read(file)]),
);

/** The src/ modules `file` imports or re-exports from, type-only ones included. */
const importsOf = (file: string) =>
  [...sources[file]!.matchAll(/^(?:import|export)\b[^;]*?from "(\.\.?\/[\w./-]+)\.js";/gms)]
    .map((match) => posix.join(posix.dirname(file), `${match[1]}.ts`))
    .filter((target) => !target.startsWith(".."));

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
  it("resolves every relative import to a module of src/", () => {
    const unresolved = modules.flatMap((file) =>
      importsOf(file)
        .filter((target) => !modules.includes(target))
        .map((target) => `${file} -> ${target}`),
    );
    expect(unresolved).toEqual([]);
  });

  it("has no import cycle", () => {
    expect(modules.length).toBeGreaterThan(10);
    expect(modules.map(cycleFrom).filter(Boolean)).toEqual([]);
  });

  it("the check finds a cycle when there is one", () => {
    sources["errors.ts"] += '\nimport type { Transport } from "./transport/transport.js";';
    try {
      expect(cycleFrom("errors.ts")).toBeDefined();
    } finally {
      sources["errors.ts"] = read("errors.ts");
    }
  });

  it("CONTRIBUTING.md's module table names every module of src/, and only those", () => {
    const readme = readFileSync(new URL("../../CONTRIBUTING.md", import.meta.url), "utf8");
    const table = readme.slice(readme.indexOf("| module "), readme.indexOf("| script "));
    const named = [...table.matchAll(/`([\w./-]+\.ts)`/g)].map((match) => match[1]);
    expect(named.length).toBeGreaterThan(10);
    expect([...named].sort()).toEqual([...modules].sort());
  });
});
