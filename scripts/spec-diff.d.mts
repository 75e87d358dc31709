/** A parsed OpenAPI document and the name used for it in messages and reports. */
export interface LoadedSpec {
  name: string;
  document: Record<string, unknown>;
}

export type DifferenceKind =
  | "missing"
  | "extra"
  | "location"
  | "status"
  | "mediaType"
  | "type"
  | "format"
  | "enum"
  | "range"
  | "pattern"
  | "default"
  | "nullable"
  | "required"
  | "readOnly"
  | "writeOnly"
  | "deprecated";

export interface Difference {
  /** `METHOD path`, with our path when we have the operation. */
  operation: string;
  scope: "operation" | "parameter" | "request" | "response";
  /** Parameters only. */
  in?: "path" | "query" | "header" | "cookie";
  /**
   * The field path (`results[].callId`), the parameter name, or "" for the operation or
   * body. Fields of a body's other media types are prefixed `(<media type>) `.
   */
  path: string;
  kind: DifferenceKind;
  /**
   * Our value: a description for `extra`, the operationId for operations, a range such as
   * `>= 0, <= 1`, a default as JSON text, null when absent.
   */
  ours: string | boolean | string[] | null;
  theirs: string | boolean | string[] | null;
  /** Enum values only theirs lists (when both list values). */
  missing?: string[];
  /** Enum values only ours lists (when both list values). */
  extra?: string[];
}

export interface Coverage {
  /** How many of theirs were compared. */
  theirs: number;
  /** How many of those ours has too. */
  matched: number;
}

export interface SpecDiffReport {
  ours: { file: string; openapi: string; operations: number };
  theirs: { file: string; openapi: string; operations: number };
  /** The matched operations, with each side's path and operationId. */
  operations: {
    operation: string;
    ours: { path: string; operationId: string | null };
    theirs: { path: string; operationId: string | null };
  }[];
  summary: {
    operations: Coverage & { ours: number; missing: number; extra: number };
    parameters: Coverage;
    requestFields: Coverage;
    responseFields: Coverage;
    differences: number;
  };
  differences: Difference[];
}

/** A body that expands to more fields than this is refused (SpecDiffError). */
export declare const MAX_FIELDS_PER_BODY: number;
/** Bad input: a file that cannot be read, is not OpenAPI 3.0/3.1, or is malformed. */
export declare class SpecDiffError extends Error {}
/** Reads and parses an OpenAPI 3.0/3.1 file (JSON if it ends in .json, else YAML). Throws SpecDiffError. */
export declare function loadSpec(file: string, name?: string): LoadedSpec;
/** Compares `ours` with `theirs`. Throws SpecDiffError on a malformed document. */
export declare function diffSpecs(ours: LoadedSpec, theirs: LoadedSpec): SpecDiffReport;
/** What an exceptions file explains in a report (explainDifferences). */
export interface Explanation {
  /** How many differences an entry explains. */
  explained: number;
  /** The differences no entry explains. */
  unexplained: Difference[];
  /** The entries that explain no difference. */
  stale: string[];
}

/** The report as text, grouped by operation, ending with the summary line; given an explanation, only what it leaves unexplained, then the stale entries. */
export declare function formatReport(
  report: SpecDiffReport,
  explanation?: Explanation & { file: string },
): string;
/** How an exceptions file names a difference: `POST /api/calls request medium: nullable ours no, theirs yes`. */
export declare function differenceKey(difference: Difference): string;
/** Parses an exceptions file (a YAML list of `{ reason, differences }`): each entry with its reason. Throws SpecDiffError. */
export declare function readExceptions(text: string, name?: string): Map<string, string>;
/** Which differences the entries explain (`*` in an entry stands for any text), and which entries are stale. */
export declare function explainDifferences(
  report: SpecDiffReport,
  exceptions: Map<string, string>,
): Explanation;
/** The fact-only copy of Ultravox's published schema that `npm run sync:reference` vendors. */
export declare const defaultTheirsPath: string;
/** The reviewed file of the differences openapi.yaml keeps on purpose. */
export declare const defaultExceptionsPath: string;
/** The command line: writes the report, returns the exit code (0, 1 with --fail-on-diff, 2 on bad input). */
export declare function main(
  args: string[],
  io?: {
    cwd?: string;
    stdout?: { write(text: string): unknown };
    stderr?: { write(text: string): unknown };
  },
): number;
