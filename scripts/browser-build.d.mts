import type { Plugin } from "esbuild";
export declare const srcDir: string;
export declare const browserPlatform: Plugin;
