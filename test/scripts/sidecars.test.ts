// The hand-written declarations of scripts/ and bench/soak/ (`x.d.mts`, which type the
// scripts for the tests and tools that import them) against the scripts themselves: every value a sidecar declares
// is exported by its script with the same kind, a function takes no more required
// parameters than declared, and nothing the script exports is left undeclared.
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const sidecars = ["scripts/", "bench/soak/"]
  .flatMap((dir) => readdirSync(`${root}${dir}`).map((file) => `${dir}${file}`))
  .filter((file) => file.endsWith(".d.mts"))
  .sort();

type Declared = { kind: "function" | "class" | "value"; parameters: number };

/** The values each sidecar declares (types and interfaces left out), by name. */
function declaredValues(): Map<string, Map<string, Declared>> {
  const files = sidecars.map((file) => `${root}${file}`);
  const program = ts.createProgram(files, { strict: true, noEmit: true, types: [] });
  const checker = program.getTypeChecker();
  const bySidecar = new Map<string, Map<string, Declared>>();
  for (const file of files) {
    const module = checker.getSymbolAtLocation(program.getSourceFile(file)!)!;
    const values = new Map<string, Declared>();
    for (const symbol of checker.getExportsOfModule(module)) {
      const { flags } = symbol;
      if (flags & ts.SymbolFlags.Class) values.set(symbol.name, { kind: "class", parameters: 0 });
      else if (flags & ts.SymbolFlags.Function) {
        const type = checker.getTypeOfSymbol(symbol);
        const most = Math.max(
          ...type.getCallSignatures().map((signature) => signature.parameters.length),
        );
        values.set(symbol.name, { kind: "function", parameters: most });
      } else if (flags & ts.SymbolFlags.Variable)
        values.set(symbol.name, { kind: "value", parameters: 0 });
    }
    bySidecar.set(file.slice(root.length), values);
  }
  return bySidecar;
}

describe("scripts/*.d.mts and bench/soak/*.d.mts", () => {
  const declared = declaredValues();

  it("there are sidecars to check", () => {
    expect(sidecars.length).toBeGreaterThan(5);
  });

  it.each(sidecars)("%s declares exactly what its script exports", async (sidecar) => {
    const script = (await import(`${root}${sidecar.replace(/\.d\.mts$/, ".mjs")}`)) as Record<
      string,
      unknown
    >;
    const values = declared.get(sidecar)!;
    expect(Object.keys(script).sort(), "exported by the script").toEqual([...values.keys()].sort());
    for (const [name, { kind, parameters }] of values) {
      const value = script[name];
      if (kind === "value") expect(value, name).not.toBeUndefined();
      else {
        expect(typeof value, name).toBe("function");
        if (kind === "function")
          expect(
            (value as (...args: unknown[]) => unknown).length,
            `${name}'s parameters`,
          ).toBeLessThanOrEqual(parameters);
      }
    }
  });
});
