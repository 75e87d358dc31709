export declare const GZIP_BUDGET_BYTES: number;
export declare const SIZE_PROGRAM: string;
export declare const RESOURCE_GZIP_BUDGET_BYTES: number;
export declare const RESOURCE_PROGRAM: string;
export declare function measureBundle(program?: string): Promise<{
  /** The bundle, minified. */
  code: string;
  minBytes: number;
  gzipBytes: number;
  nodeBuiltins: string[];
  inputs: string[];
}>;
/** One entry of the package as `npm run build` bundles it. */
interface EntryMeasure {
  /** The bundle as built (not minified). */
  code: string;
  minBytes: number;
  gzipBytes: number;
  inputs: string[];
}
export declare function measureEntries(): Promise<{ main: EntryMeasure; testing: EntryMeasure }>;
