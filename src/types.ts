import type { FetchResponse, RequestBodyOption } from "openapi-fetch";
import type { components, paths } from "../generated/schema.js";

// openapi-fetch types a response with its own `Readable` and a body with its own `Writable`:
// the same mapping as the generated file's, but another alias, so TypeScript cannot tell the
// two apart without comparing them key by key (one `Schema<"Call">` annotation on a response
// cost the bench's 20-call consumer 7,300 more instantiations). Reaching openapi-fetch's own
// through its exported types makes `Schema<"Call">` the very type a Get Call response has.
/** `T` as openapi-fetch types it in a response: write-only fields left out. */
export type ReadShape<T> = Extract<
  FetchResponse<
    { responses: { 200: { content: { "application/json": T } } } },
    { parseAs: "json" },
    "application/json"
  >,
  { data: unknown }
>["data"];

/** `T` as openapi-fetch types it in a request body: read-only fields left out. */
type WriteShape<T> = RequestBodyOption<{
  requestBody: { content: { "application/json": T } };
}>["body"];

/**
 * A schema from the spec as the API returns it (the read shape): read-only fields
 * (`callId`, `created`) are plain values and write-only fields (secrets) are absent.
 * For a piece of a request body, use {@link RequestSchema}.
 *
 * @example type Call = Schema<"Call">;
 */
export type Schema<Name extends keyof components["schemas"]> = ReadShape<
  components["schemas"][Name]
>;

/**
 * A schema from the spec as you send it (the write shape): read-only fields
 * (`created`, `toolId`) cannot be set and write-only fields (secrets) can. Use it
 * for a piece of a request body built apart from the call, as
 * `const template = { … } satisfies RequestSchema<"CallTemplate">`, which keeps
 * enum values literal and checks every key where it is written.
 *
 * @example const tool = { modelToolName: "lookup", client: {} } satisfies RequestSchema<"BaseToolDefinition">;
 */
export type RequestSchema<Name extends keyof components["schemas"]> = WriteShape<
  components["schemas"][Name]
>;

/** The HTTP methods an API path supports. */
export type MethodOf<Path extends keyof paths> = {
  [Method in keyof paths[Path]]: paths[Path][Method] extends { responses: object } ? Method : never;
}[keyof paths[Path]];

/**
 * The JSON body an operation accepts, exactly as `client.POST/PUT/PATCH` take it
 * (read-only fields removed).
 *
 * @example const body: RequestBody<"/api/calls", "post"> = { systemPrompt: "Hi" };
 */
export type RequestBody<Path extends keyof paths, Method extends MethodOf<Path>> = NonNullable<
  RequestBodyOption<paths[Path][Method]>["body"]
>;
