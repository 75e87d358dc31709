/** One fact a reference page shows: a field (or enum constant) on one side of a target. */
export interface PageFact {
  /** `POST /api/calls`, `webhook call.ended`, `webhook *` or `schema Call`. */
  target: string;
  /** `request`, `response`, `query`, `path`, or `body` for a webhook or schema target. */
  side: string;
  /** The key path, `a.b[].c`; for parameters, the parameter's name. */
  path: string;
  /** For an enum constant: the value the page uses at `path`. */
  value?: string;
  /** The page files that show it. */
  sources: string[];
  /** For a fact carried over by an INDEX.md rule: the rule. */
  rule?: string;
}
export declare function pageTargets(pagesDir: string): Map<string, string>;
export declare function readJsonKeyPaths(
  text: string,
  start: number,
): { paths: string[]; constants: { path: string; value: string }[]; end: number };
export declare function jsonExamples(text: string): {
  side: "request" | "response";
  paths: string[];
  constants: { path: string; value: string }[];
}[];
export declare function fieldLists(
  text: string,
  initialSide?: string,
): { side: string; path: string }[];
export declare function openApiExcerptFacts(
  text: string,
): { side: string; path: string; value?: string }[];
export declare function knownValueTable(
  text: string,
): { side: string; path: string; value: string }[];
export declare function extractPageFields(pagesDir: string): PageFact[];
export declare function sourceStubs(
  pagesDir: string,
): Generator<{ base: string; stub: string; operation: string | undefined }>;
