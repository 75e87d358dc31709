// The operations of the spec as the simulator names, types and finds them: `"POST /api/calls"`
// keys typed from `paths`, and the route a request's method and path match.
import type { paths } from "../../generated/schema.js";
import { OPERATIONS, type OperationData } from "../../generated/simulator.js";
import type { CallResult } from "../typed-client.js";
import type { MethodOf, RequestBody } from "../types.js";

/** An operation of the API as `"METHOD /path/template"`, such as `"POST /api/calls"`. */
export type OperationKey = {
  [Path in keyof paths]: {
    [Method in keyof paths[Path]]-?: paths[Path][Method] extends { responses: object }
      ? `${Uppercase<Method & string>} ${Path & string}`
      : never;
  }[keyof paths[Path]];
}[keyof paths];

/** The path of an operation key: `"/api/calls"` for `"POST /api/calls"`. */
export type PathOf<Key extends OperationKey> = Key extends `${string} ${infer Path}`
  ? Extract<Path, keyof paths>
  : never;

/** The lower-case method of an operation key: `"post"` for `"POST /api/calls"`. */
export type MethodOfKey<Key extends OperationKey> = Key extends `${infer Method} ${string}`
  ? Extract<Lowercase<Method>, Exclude<MethodOf<PathOf<Key>>, undefined>>
  : never;

/** The operation an operation key names, as `paths` types it. */
type OperationOf<Key extends OperationKey> = Extract<
  NonNullable<paths[PathOf<Key>][MethodOfKey<Key>]>,
  Record<string, unknown>
>;

/**
 * What a success answer of the operation holds, exactly as the client's `data` types it:
 * `Schema<"Call">` for `"POST /api/calls"`.
 */
export type AnswerOf<Key extends OperationKey> = Extract<
  CallResult<OperationOf<Key>>,
  { data: unknown }
>["data"];

/** The JSON body the operation takes, as the client sends it (`undefined` for none). */
export type BodyOf<Key extends OperationKey> =
  RequestBody<PathOf<Key>, MethodOfKey<Key>> extends infer Body
    ? unknown extends Body
      ? undefined
      : Body
    : never;

/** The operation's path parameters by name, as they were in the URL (decoded). */
export type PathParamsOf<Key extends OperationKey> =
  OperationOf<Key> extends { parameters: { path: infer Params } }
    ? { [Name in keyof Params]: string }
    : Record<string, never>;

/** A route: an operation with the pattern its paths match. */
export interface Route extends OperationData {
  key: OperationKey;
  method: string;
  path: string;
  pattern: RegExp;
  /** The path parameter names, in order. */
  names: string[];
}

// Routes with fewer parameters first: a literal segment wins over a parameter.
const ROUTES: Route[] = OPERATIONS.map((operation) => {
  const [method = "", path = ""] = operation.key.split(" ");
  const names = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
  const source = path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "([^/]+)");
  return {
    ...operation,
    key: operation.key as OperationKey,
    method,
    path,
    names,
    pattern: new RegExp(`^${source}$`),
  };
}).sort((a, b) => a.names.length - b.names.length);

/** Whether `key` names an operation of the spec. */
export function isOperationKey(key: unknown): key is OperationKey {
  return ROUTES.some((route) => route.key === key);
}

/**
 * The route `method` and `pathname` (from `/api/` on) match, with its path parameters
 * decoded; `"method"` when the path exists for other methods only; undefined for none.
 */
export function findRoute(
  method: string,
  pathname: string,
): { route: Route; params: Record<string, string> } | "method" | undefined {
  let pathExists = false;
  for (const route of ROUTES) {
    const match = route.pattern.exec(pathname);
    if (!match) continue;
    if (route.method !== method) {
      pathExists = true;
      continue;
    }
    const params: Record<string, string> = {};
    route.names.forEach((name, index) => {
      params[name] = decodeURIComponent(match[index + 1]!);
    });
    return { route, params };
  }
  return pathExists ? "method" : undefined;
}
