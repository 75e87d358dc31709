import type { BuildOptions, Plugin } from "esbuild";
export declare const srcDir: string;
export declare const browserPlatform: Plugin;
export declare const bundleOptions: BuildOptions;
export declare const browserBuildOptions: BuildOptions;
export declare const testingEntry: string;
