import type { components, paths } from "../generated/schema.js";

/**
 * A schema from the spec as the API returns it (the read shape): read-only fields
 * (`callId`, `created`) are plain values and write-only fields (secrets) are absent. It is the
 * very type a response has, printed by its name (`Call`). For a piece of a request body, use
 * {@link RequestSchema}.
 *
 * @example type Call = Schema<"Call">;
 */
export type Schema<Name extends keyof components["schemas"]> = components["schemas"][Name];

/**
 * A schema from the spec as you send it (the write shape): read-only fields
 * (`created`, `toolId`) cannot be set, write-only fields (secrets) can, and arrays may be
 * `readonly` (so `as const` values fit). Use it for a piece of a request body built apart
 * from the call, as `const template = { … } satisfies RequestSchema<"CallTemplate">`, which
 * keeps enum values literal and checks every key where it is written; to turn a schema read
 * from the API into one, see `toRequestSchema`.
 *
 * @example const tool = { modelToolName: "lookup", client: {} } satisfies RequestSchema<"BaseToolDefinition">;
 */
export type RequestSchema<Name extends keyof components["requestSchemas"]> =
  components["requestSchemas"][Name];

/** The HTTP methods an API path supports. */
export type MethodOf<Path extends keyof paths> = {
  [Method in keyof paths[Path]]: paths[Path][Method] extends { responses: object } ? Method : never;
}[keyof paths[Path]];

/** The body `Operation` takes (of any media type), or `never` when it takes none. */
export type BodyContent<Operation> =
  NonNullable<Operation extends { requestBody?: infer Body } ? Body : never> extends {
    content: infer Content;
  }
    ? Content[keyof Content]
    : never;

/**
 * The `body` option of an operation's `init`: required when the operation requires a body,
 * optional when the body is, and `never` when it takes none.
 */
export type BodyOption<Operation> = Operation extends { requestBody: object }
  ? { body: BodyContent<Operation> }
  : [BodyContent<Operation>] extends [never]
    ? { body?: never }
    : { body?: BodyContent<Operation> };

/**
 * The JSON body an operation accepts, exactly as `client.POST/PUT/PATCH` take it
 * (read-only fields cannot be set, arrays may be `readonly`). It is printed by its
 * schema's name (`CreateCallRequest`) in errors and hovers.
 *
 * @example const body: RequestBody<"/api/calls", "post"> = { systemPrompt: "Hi" };
 */
export type RequestBody<Path extends keyof paths, Method extends MethodOf<Path>> = BodyContent<
  paths[Path][Method]
>;
