// Type-level contract of the client layer, checked by `tsc --noEmit` (part of `npm test`).
import { describe, expectTypeOf, it } from "vitest";
import {
  createUltravoxClient,
  paginate,
  pages,
  unwrap,
  type ItemOf,
  type PageOf,
  type PaginatedPath,
  type RateLimitError,
  type Schema,
  type UltravoxAPIError,
  type UltravoxClient,
  type UltravoxClientOptions,
} from "../../src/index.js";

declare const uv: UltravoxClient;
/** Type-checks `body` without running it: `uv` exists only for the compiler. */
const typeOnly = (body: () => void) => expectTypeOf(body).toBeFunction();

describe("createUltravoxClient", () => {
  it("returns the strictly typed UltravoxClient", () => {
    expectTypeOf(createUltravoxClient).returns.toEqualTypeOf<UltravoxClient>();
  });

  it("takes exactly the documented options", () => {
    expectTypeOf<keyof UltravoxClientOptions>().toEqualTypeOf<
      | "apiKey"
      | "baseUrl"
      | "fetchOptions"
      | "dangerouslyAllowBrowser"
      | "timeoutMs"
      | "maxRetries"
      | "retryNonIdempotent"
      | "maxRetryAfterMs"
      | "headers"
      | "fetch"
      | "userAgent"
      | "logger"
      | "logLevel"
    >();
    typeOnly(() => {
      // @ts-expect-error timeoutMs is a number of milliseconds
      createUltravoxClient({ timeoutMs: "60s" });
    });
  });
});

describe("unwrap", () => {
  it("returns the success type, and undefined for 204", () => {
    typeOnly(async () => {
      const call = unwrap(
        await uv.GET("/api/calls/{call_id}", { params: { path: { call_id: "c" } } }),
      );
      expectTypeOf(call).toEqualTypeOf<Schema<"Call">>();
      const deleted = unwrap(
        await uv.DELETE("/api/calls/{call_id}", { params: { path: { call_id: "c" } } }),
      );
      expectTypeOf(deleted).toEqualTypeOf<undefined>();
    });
  });
});

describe("errors", () => {
  it("carry typed facts", () => {
    expectTypeOf<UltravoxAPIError["status"]>().toEqualTypeOf<number>();
    expectTypeOf<UltravoxAPIError["body"]>().toEqualTypeOf<unknown>();
    expectTypeOf<UltravoxAPIError["detail"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<RateLimitError["retryAfterMs"]>().toEqualTypeOf<number | undefined>();
  });
});

describe("paginate and pages", () => {
  it("yield items and pages typed from the path's response", () => {
    typeOnly(() => {
      expectTypeOf(paginate(uv, "/api/calls")).toEqualTypeOf<
        AsyncGenerator<Schema<"Call">, void, undefined>
      >();
      expectTypeOf(pages(uv, "/api/calls")).toEqualTypeOf<
        AsyncGenerator<Schema<"CallPage">, void, undefined>
      >();
    });
    expectTypeOf<ItemOf<"/api/deleted_calls">>().toEqualTypeOf<Schema<"DeletedCall">>();
  });

  it("PageOf is exactly what client.GET resolves data to", () => {
    typeOnly(async () => {
      const init = { params: { path: { call_id: "c" } } };
      const { data } = await uv.GET("/api/calls/{call_id}/messages", init);
      expectTypeOf<PageOf<"/api/calls/{call_id}/messages">>().toEqualTypeOf<
        NonNullable<typeof data>
      >();
      const { data: agents } = await uv.GET("/api/agents");
      expectTypeOf<PageOf<"/api/agents">>().toEqualTypeOf<NonNullable<typeof agents>>();
    });
  });

  it("accept exactly the paginated paths", () => {
    expectTypeOf<"/api/calls">().toExtend<PaginatedPath>();
    expectTypeOf<"/api/calls/{call_id}/messages">().toExtend<PaginatedPath>();
    expectTypeOf<"/api/calls/{call_id}/tools">().not.toExtend<PaginatedPath>();
    expectTypeOf<"/api/calls/{call_id}">().not.toExtend<PaginatedPath>();
    typeOnly(() => {
      // @ts-expect-error List Call Tools returns a bare array, not a page
      paginate(uv, "/api/calls/{call_id}/tools", { params: { path: { call_id: "c" } } });
      // @ts-expect-error Get Call returns one call
      pages(uv, "/api/calls/{call_id}", { params: { path: { call_id: "c" } } });
    });
  });

  it("take the listing's parameters, required when the path has path parameters", () => {
    typeOnly(() => {
      paginate(
        uv,
        "/api/calls",
        { params: { query: { pageSize: 10, metadata: { k: "v" } } } },
        { maxItems: 5 },
      );
      paginate(
        uv,
        "/api/calls/{call_id}/messages",
        { params: { path: { call_id: "c" } } },
        { prefetch: true },
      );
      // @ts-expect-error call_id is required
      paginate(uv, "/api/calls/{call_id}/messages");
      // @ts-expect-error pageSize is a number
      paginate(uv, "/api/calls", { params: { query: { pageSize: "10" } } });
      // @ts-expect-error unknown limit
      paginate(uv, "/api/calls", {}, { maxItem: 5 });
    });
  });
});
