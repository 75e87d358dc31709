// Type-checks snippets of TypeScript in memory, with the TypeScript compiler API and the
// repository's own tsconfig.json: one program for all of them, so a few hundred inline
// calls cost one type-check, not one `tsc` process each.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** A module of snippets: `header` (imports, declarations), then each snippet (statements) in a block of its own. */
export interface SnippetFile {
  header: string;
  snippets: string[];
}

/** The diagnostics of each snippet, by file name and then by snippet index: their message texts. */
export type SnippetMessages = Record<string, string[][]>;

function compilerOptions(types: string[] = []): ts.CompilerOptions {
  const parsed = ts.getParsedCommandLineOfConfigFile(join(root, "tsconfig.json"), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
    },
  });
  if (!parsed) throw new Error("tsconfig.json could not be read");
  // Library declarations are checked by `tsc --noEmit`; here only the snippets matter.
  return { ...parsed.options, skipLibCheck: true, types, noEmit: true };
}

/** A program of the files in `texts` (path -> source, never written to disk) and what they import. */
function inMemoryProgram(texts: Map<string, string>, options: ts.CompilerOptions): ts.Program {
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (fileName, language, ...rest) => {
    const text = texts.get(fileName);
    return text === undefined
      ? getSourceFile.call(host, fileName, language, ...rest)
      : ts.createSourceFile(fileName, text, language);
  };
  host.fileExists = (fileName) => texts.has(fileName) || fileExists.call(host, fileName);
  host.readFile = (fileName) => texts.get(fileName) ?? readFile.call(host, fileName);
  return ts.createProgram([...texts.keys()], options, host);
}

/**
 * Compiles whole modules, as users' programs (imports of `ultravox-api`, Node's types, top-level
 * await), in one program; `modules` maps a file name (placed in test/types/, never written) to
 * its source. Returns the error messages of each module: `[]` when it compiles.
 */
export function compileModules(modules: Record<string, string>): Record<string, string[]> {
  const paths = Object.keys(modules).map((name) => join(root, "test", "types", name));
  const texts = new Map(paths.map((path, index) => [path, Object.values(modules)[index]!]));
  const program = inMemoryProgram(texts, compilerOptions(["node"]));
  return Object.fromEntries(
    paths.map((path) => {
      const source = program.getSourceFile(path)!;
      const diagnostics = [
        ...program.getSyntacticDiagnostics(source),
        ...program.getSemanticDiagnostics(source),
      ];
      const messages = diagnostics.map((diagnostic) =>
        ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"),
      );
      return [path.slice(dirname(path).length + 1), messages];
    }),
  );
}

/**
 * Compiles every file (placed in test/types/, so `../../src/index.js` is the SDK) in one
 * program and returns the messages of the errors each snippet has: `[]` when it compiles.
 *
 * @throws {Error} when a diagnostic falls outside every snippet (a broken header).
 */
export function compileSnippets(files: Record<string, SnippetFile>): SnippetMessages {
  const texts = new Map<string, string>();
  const spans = new Map<string, [number, number][]>();
  for (const [name, file] of Object.entries(files)) {
    let text = `${file.header}\nexport async function snippets(): Promise<void> {\n`;
    const ranges: [number, number][] = [];
    for (const snippet of file.snippets) {
      text += "  { "; // a block each, so snippets may declare the same names
      ranges.push([text.length, text.length + snippet.length]);
      text += `${snippet}; }\n`;
    }
    text += "}\n";
    const path = join(root, "test", "types", name);
    texts.set(path, text);
    spans.set(path, ranges);
  }
  const program = inMemoryProgram(texts, compilerOptions());

  const result: SnippetMessages = {};
  for (const [path, ranges] of spans) {
    const source = program.getSourceFile(path)!;
    const messages = ranges.map((): string[] => []);
    const diagnostics = [
      ...program.getSyntacticDiagnostics(source),
      ...program.getSemanticDiagnostics(source),
    ];
    for (const diagnostic of diagnostics) {
      const index = ranges.findIndex(
        ([start, end]) => diagnostic.start! >= start && diagnostic.start! < end,
      );
      const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
      if (index < 0) throw new Error(`${path}: an error outside every snippet: ${message}`);
      messages[index]!.push(message);
    }
    result[path.slice(dirname(path).length + 1)] = messages;
  }
  return result;
}
