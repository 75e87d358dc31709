export declare const sharedDir: string;
export declare const fixtureDir: string;
export declare function extractOperations(
  indexMarkdown: string,
): { group: string; name: string; method: string; path: string }[];
export declare function extractPayloadNotes(
  readmeMarkdown: string,
  files: string[],
): Record<string, { nature: string; negative: boolean; notes: string }>;
export declare function extractStubOperations(
  pagesDir: string,
): { method: string; path: string; title: string; file: string }[];
/** The newest `published-schema/ultravox-openapi-<date>` file under `pagesDir`, relative to it. */
export declare function publishedSchemaFile(pagesDir: string): string;
/** A published OpenAPI document without its prose: names, types, formats, enums, bounds, defaults, flags. */
export declare function reducePublishedSchema(
  document: Record<string, unknown>,
  source: string,
): Record<string, unknown>;
/** The fact-only copy of the newest published schema under `pagesDir`, as sync:reference vendors it. */
export declare function readPublishedSchemaFacts(pagesDir: string): Record<string, unknown>;
