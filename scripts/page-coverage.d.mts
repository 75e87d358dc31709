import type { PageFact } from "./page-fields.mjs";

export declare const pageFieldsPath: string;
export declare const exclusionsPath: string;
export declare function factKey(fact: Pick<PageFact, "target" | "side" | "path" | "value">): string;
export declare function schemasAt(spec: unknown, schema: unknown, segments: string[]): unknown[];
export declare function targetSides(spec: unknown, target: string): unknown[] | undefined;
export declare function declares(spec: unknown, fact: PageFact): boolean;
export declare function readExclusions(text: string): Map<string, string>;
export declare function checkCoverage(
  spec: unknown,
  facts: PageFact[],
  exclusions: Map<string, string>,
): { checked: number; declared: number; excluded: number; gaps: string[]; stale: string[] };
