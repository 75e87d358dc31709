// From what a GET read to what a PUT or PATCH sends: a value the API returned, without the
// read-only keys it may not send back. Which keys those are, the spec says: generated/
// read-only-plans.js is derived from the same markers as the write shapes' `?: never` keys.
import {
  readOnlyPlans,
  type ReadOnlyPlan,
  type ReadOnlyTarget,
} from "../generated/read-only-plans.js";
import type { components } from "../generated/schema.js";
import { check, isPlainObject } from "./utils/checks.js";
import type { RequestSchema, Schema } from "./types.js";

/**
 * Returns `value`, a `Name` schema as the API returned it, as a request may send it: a deep
 * copy without its read-only keys (`toolId`, `created`, a call template's `updated`, …) at
 * any depth, typed `RequestSchema<Name>`. Read, change, send back:
 *
 * @example
 * const tool = unwrap(await uv.GET("/api/tools/{tool_id}", { params: { path: { tool_id } } }));
 * const body = toRequestSchema("Tool", tool); // what Update Tool (PUT) takes
 * body.definition.description = "Looks up an order by its number.";
 * unwrap(await uv.PUT("/api/tools/{tool_id}", { params: { path: { tool_id } }, body }));
 * @throws {UltravoxParameterError} (`name`) when `name` is not the name of a schema of the
 *   API; (`value…`, naming where) when `value` contains itself.
 */
export function toRequestSchema<Name extends keyof components["schemas"]>(
  name: Name,
  value: NoInfer<Schema<Name>>,
): RequestSchema<Name> {
  check(
    typeof name === "string" && Object.hasOwn(readOnlyPlans, name),
    "name",
    'is not the name of a schema of the API, such as "Tool" (hover a value to see its type)',
  );
  return copyWithout(value, plansOf(name), "value", new Set()) as RequestSchema<Name>;
}

/** The plans a target stands for. */
function plansOf(target: ReadOnlyTarget | 0 | undefined): ReadOnlyPlan[] {
  if (!target) return [];
  if (typeof target === "string") return plansOf(readOnlyPlans[target]);
  if (Array.isArray(target)) return target.flatMap(plansOf);
  return [target as ReadOnlyPlan];
}

/** A deep copy of `value` (plain objects and arrays; anything else as it is) without the keys `plans` drop. */
function copyWithout(
  value: unknown,
  plans: readonly ReadOnlyPlan[],
  where: string,
  ancestors: Set<object>,
): unknown {
  if (!Array.isArray(value) && !isPlainObject(value)) return value;
  check(!ancestors.has(value), where, "contains itself");
  ancestors.add(value);
  const copy = Array.isArray(value)
    ? value.map((item, index) => copyWithout(item, plans, `${where}[${index}]`, ancestors))
    : Object.fromEntries(
        Object.entries(value).flatMap(([key, item]) =>
          plans.some((plan) => plan.drop?.includes(key))
            ? []
            : [[key, copyWithout(item, plans.flatMap(inner(key)), `${where}.${key}`, ancestors)]],
        ),
      );
  ancestors.delete(value);
  return copy;
}

/** The plans for the value of `key`, in an object `plan` applies to. */
const inner =
  (key: string) =>
  (plan: ReadOnlyPlan): ReadOnlyPlan[] =>
    plansOf(plan.keys && Object.hasOwn(plan.keys, key) ? plan.keys[key] : plan.values);
