/** One operation of the spec with the name of its resource method (see resource-tree.mjs). */
export interface ResourceOperation {
  /** The method's name, by resource: `["calls", "stages", "list"]`. */
  name: string[];
  operationId: string;
  /** Upper case: `"GET"`. */
  method: string;
  path: string;
  /** The path parameters' names, in path order. */
  pathParams: string[];
  summary: string;
  description: string;
  body: "required" | "optional" | "none";
  query: "required" | "optional" | "none";
  answer: "json" | "list" | "blob" | "text";
  /** The multipart body's fields that carry a file. */
  files: string[];
}

export declare const specPath: string;
export declare const declarationsPath: string;
export declare const tablePath: string;
export declare function resourceOperations(spec: unknown): ResourceOperation[];
export declare function resourceTree(operations: ResourceOperation[]): Record<string, unknown>;
export declare function declarationsSource(operations: ResourceOperation[]): string;
export declare function tableSource(operations: ResourceOperation[]): string;
export declare function generateResourceSources(): Promise<Record<string, string>>;
