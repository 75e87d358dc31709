/**
 * GENERATED FILE: do not edit by hand.
 * Source: openapi.yaml. Regenerate with `npm run generate`; `npm test` fails when this is stale.
 */

/** How an operation acts on the store. */
export type Role = "list" | "create" | "get" | "update" | "replace" | "delete";

/** One operation of the spec, as the simulator answers it. */
export interface OperationData {
  /** `METHOD /path/template`. */
  key: string;
  /** The success status. */
  status: number;
  /** The success media type; null when the answer has no body. */
  media: string | null;
  /** The success example (index into EXAMPLES), or null when the spec has none. */
  example: number | null;
  /** What the operation does to the store, for operations on a stored resource. */
  role?: Role;
  /** The stored schema it acts on. */
  schema?: string;
}

/** A resource the simulator stores. */
export interface ResourceData {
  /** The field that holds its ID (`callId`), when it has one. */
  id?: string;
  /** The path parameter that names one (`call_id`). */
  param?: string;
  /** Its fields as the API returns them (write-only ones left out). */
  fields: string[];
  /** The examples the store starts with: [path parameters of the list it came from, example index]. */
  seeds: [Record<string, string>, number][];
}

export declare const EXAMPLES: readonly unknown[];
export declare const OPERATIONS: readonly OperationData[];
export declare const RESOURCES: Readonly<Record<string, ResourceData>>;
export declare const STATUS_EXAMPLES: Readonly<Record<string, number>>;
export declare const WEBHOOK_CALLS: Readonly<Record<string, number>>;
