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
  | "nullable"
  | "required"
  | "readOnly"
  | "writeOnly";

export interface Difference {
  /** `METHOD path`, with our path when we have the operation. */
  operation: string;
  scope: "operation" | "parameter" | "request" | "response";
  /** Parameters only. */
  in?: "path" | "query" | "header" | "cookie";
  /** The field path (`results[].callId`), the parameter name, or "" for the operation or body. */
  path: string;
  kind: DifferenceKind;
  /** Our value: a description for `extra`, the operationId for operations, null when absent. */
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
/** The report as text, grouped by operation, ending with the summary line. */
export declare function formatReport(report: SpecDiffReport): string;
/** The command line: writes the report, returns the exit code (0, 1 with --fail-on-diff, 2 on bad input). */
export declare function main(
  args: string[],
  io?: {
    cwd?: string;
    stdout?: { write(text: string): unknown };
    stderr?: { write(text: string): unknown };
  },
): number;
