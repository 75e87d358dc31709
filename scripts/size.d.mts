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
