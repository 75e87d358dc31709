import type { RequestBodyOption } from "openapi-fetch";
import type { components, paths, Readable } from "../generated/schema.js";

/**
 * A schema from the spec as the API returns it: read-only fields are plain
 * values and write-only fields (secrets) are absent.
 *
 * @example type Call = Schema<"Call">;
 */
export type Schema<Name extends keyof components["schemas"]> = Readable<
  components["schemas"][Name]
>;

/** The HTTP methods an API path supports. */
export type MethodOf<Path extends keyof paths> = {
  [Method in keyof paths[Path]]: paths[Path][Method] extends { responses: object } ? Method : never;
}[keyof paths[Path]];

/**
 * The JSON body an operation accepts, exactly as `client.POST/PUT/PATCH` take it
 * (read-only fields removed). Annotating a variable with it also catches
 * misspelt keys in nested objects, which inline literals passed to the client
 * methods do not.
 *
 * @example const body: RequestBody<"/api/calls", "post"> = { systemPrompt: "Hi" };
 */
export type RequestBody<Path extends keyof paths, Method extends MethodOf<Path>> = NonNullable<
  RequestBodyOption<paths[Path][Method]>["body"]
>;
