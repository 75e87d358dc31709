export interface Mutant {
  /** What the mutant breaks. */
  breaks: string;
  /** The exact text of dist/index.js it replaces (found exactly once). */
  find: string;
  replace: string;
  /** The invariant expected to catch it. */
  caughtBy: string;
}
export declare const MUTANTS: Record<string, Mutant>;
export declare function applyMutant(source: string, name: string): string;
