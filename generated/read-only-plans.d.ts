/**
 * GENERATED FILE: do not edit by hand.
 * Source: openapi.yaml. Regenerate with `npm run generate`; `npm test` fails when this is stale.
 */

import type { components } from "./schema.js";

/** Where a value holds read-only keys: a schema's name, a plan, or several of them. */
export type ReadOnlyTarget = keyof components["schemas"] | ReadOnlyPlan | readonly ReadOnlyTarget[];

/** The read-only keys of one object, and where its values hold more. */
export interface ReadOnlyPlan {
  /** The keys to drop from the object. */
  readonly drop?: readonly string[];
  /** The target of each key's value. */
  readonly keys?: { readonly [key: string]: ReadOnlyTarget | 0 };
  /** The target of every other value of an open map. */
  readonly values?: ReadOnlyTarget;
}

/** Each schema's target, `0` when it holds no read-only key anywhere. */
export declare const readOnlyPlans: {
  readonly [Name in keyof components["schemas"]]: ReadOnlyTarget | 0;
};
