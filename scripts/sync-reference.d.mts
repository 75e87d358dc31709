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
