export type RefErrorKind = "external" | "malformed" | "not-pointer" | "missing" | "cycle";
export declare class RefError extends Error {
  constructor(kind: RefErrorKind, ref: string);
  readonly kind: RefErrorKind;
  readonly ref: string;
}
export declare function lookupRef(document: unknown, ref: string): unknown;
export declare function deref<T>(document: unknown, node: T | { $ref: string }): T;
