// paginate() and pages() against a real server: following next, cursors from other
// origins, the ends of a listing, loops, limits and prefetch.
import { describe, expect, it } from "vitest";
import { NotFoundError, pages, paginate, UltravoxError } from "../../src/index.js";
import {
  API_KEY,
  clientFor,
  json,
  rejectionOf,
  startServer,
  useServers,
  type RecordedRequest,
  type TestServer,
} from "../support/server.js";

useServers();

const ITEMS = ["c1", "c2", "c3", "c4", "c5"].map((callId) => ({ callId }));

/**
 * A List Calls server over ITEMS with pages of 2: the cursor is the index of the
 * page's first item. `nextLink` writes the `next` of a page given its cursor.
 */
function listing(
  nextLink: (server: TestServer, cursor: number) => string | null,
): Promise<TestServer> {
  const server = startServer((request: RecordedRequest, response) => {
    const cursor = Number(new URL(request.url, "http://x").searchParams.get("cursor") ?? 0);
    const next = cursor + 2 < ITEMS.length ? nextLink(serverRef, cursor + 2) : null;
    json(response, 200, {
      results: ITEMS.slice(cursor, cursor + 2),
      next,
      previous: null,
      total: ITEMS.length,
    });
  });
  let serverRef!: TestServer;
  return server.then((started) => (serverRef = started));
}

const sameOrigin = (_self: TestServer, cursor: number) => `/api/calls?cursor=${cursor}`;

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

describe("paginate", () => {
  it("a 3-page listing yields every item in order, following same-origin next links", async () => {
    const server = await listing(
      (self, cursor) => `${self.origin}/api/calls?cursor=${cursor}&pageSize=2`,
    );
    const calls = await collect(
      paginate(clientFor(server), "/api/calls", { params: { query: { pageSize: 2 } } }),
    );
    expect(calls).toEqual(ITEMS);
    expect(server.requests.map((request) => request.url)).toEqual([
      "/api/calls?pageSize=2",
      "/api/calls?cursor=2&pageSize=2",
      "/api/calls?cursor=4&pageSize=2",
    ]);
    expect(server.requests.every((request) => request.headers["x-api-key"] === API_KEY)).toBe(true);
  });

  it("follows next as given when on the same origin, extra parameters included", async () => {
    const server = await listing((_self, cursor) => `/api/calls?cursor=${cursor}&view=compact`);
    await collect(paginate(clientFor(server), "/api/calls"));
    expect(server.requests.map((request) => request.url)).toEqual([
      "/api/calls",
      "/api/calls?cursor=2&view=compact",
      "/api/calls?cursor=4&view=compact",
    ]);
  });

  it("a next link on another origin: only its cursor is sent, to the base URL", async () => {
    const foreign = await startServer((_request, response) => json(response, 500, {}));
    const server = await listing((_self, cursor) => `${foreign.origin}/api/calls?cursor=${cursor}`);
    const client = clientFor(server);
    const calls = await collect(
      paginate(client, "/api/calls", {
        params: { query: { pageSize: 2, metadata: { team: "a" } } },
      }),
    );
    expect(calls).toEqual(ITEMS);
    expect(foreign.requests).toHaveLength(0);
    expect(server.requests.map((request) => request.url)).toEqual([
      "/api/calls?pageSize=2&metadata.team=a",
      "/api/calls?pageSize=2&metadata.team=a&cursor=2",
      "/api/calls?pageSize=2&metadata.team=a&cursor=4",
    ]);
  });

  it("a foreign next without a cursor throws UltravoxError", async () => {
    const server = await listing(() => "https://elsewhere.example/api/calls?page=2");
    const error = await rejectionOf(collect(paginate(clientFor(server), "/api/calls")));
    expect(error).toBeInstanceOf(UltravoxError);
    expect(error.message).toMatch(/another origin/);
  });

  it.each([[""], [null]])("next = %j ends the listing", async (end) => {
    const server = await startServer((_request, response) =>
      json(response, 200, { results: ITEMS.slice(0, 2), next: end }),
    );
    expect(await collect(paginate(clientFor(server), "/api/calls"))).toEqual(ITEMS.slice(0, 2));
    expect(server.requests).toHaveLength(1);
  });

  it("a page without next ends the listing", async () => {
    const server = await startServer((_request, response) =>
      json(response, 200, { results: ITEMS }),
    );
    expect(await collect(paginate(clientFor(server), "/api/calls"))).toEqual(ITEMS);
  });

  it("a repeating cursor throws UltravoxError instead of looping", async () => {
    const server = await startServer((request, response) =>
      json(response, 200, { results: [{ callId: request.url }], next: "/api/calls?cursor=same" }),
    );
    const seen: unknown[] = [];
    const error = await rejectionOf(
      (async () => {
        for await (const call of paginate(clientFor(server), "/api/calls")) seen.push(call.callId);
      })(),
    );
    expect(error).toBeInstanceOf(UltravoxError);
    expect(error.message).toBe(
      '/api/calls: the API sent the cursor "same" a second time; nothing from it was used',
    );
    expect(seen).toEqual(["/api/calls"]);
    expect(server.requests).toHaveLength(2);
  });

  it("a cursor the caller passed counts as seen", async () => {
    const server = await startServer((_request, response) =>
      json(response, 200, { results: [], next: "/api/calls?cursor=start" }),
    );
    const error = await rejectionOf(
      collect(
        paginate(clientFor(server), "/api/calls", { params: { query: { cursor: "start" } } }),
      ),
    );
    expect(error).toBeInstanceOf(UltravoxError);
  });

  it("a failing page throws the matching error class", async () => {
    const server = await startServer((request, response) =>
      request.url.includes("cursor")
        ? json(response, 404, { detail: "Cursor expired." })
        : json(response, 200, { results: ITEMS.slice(0, 2), next: "/api/calls?cursor=2" }),
    );
    const seen: unknown[] = [];
    const error = await rejectionOf(
      (async () => {
        for await (const call of paginate(clientFor(server), "/api/calls")) seen.push(call);
      })(),
    );
    expect(seen).toEqual(ITEMS.slice(0, 2));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toBe("GET /api/calls failed with 404 Not Found: Cursor expired.");
  });

  it("path parameters are kept on every page", async () => {
    const server = await startServer((request, response) =>
      json(response, 200, {
        results: [{ text: request.url }],
        next: request.url.includes("cursor") ? null : "https://api.ultravox.ai/x?cursor=2",
      }),
    );
    const messages = await collect(
      paginate(clientFor(server), "/api/calls/{call_id}/messages", {
        params: { path: { call_id: "c9" } },
      }),
    );
    expect(messages.map((message) => message.text)).toEqual([
      "/api/calls/c9/messages",
      "/api/calls/c9/messages?cursor=2",
    ]);
  });
});

describe("limits", () => {
  it("maxItems stops mid-page and requests no more pages than needed", async () => {
    const server = await listing(sameOrigin);
    const calls = await collect(
      paginate(clientFor(server), "/api/calls", undefined, { maxItems: 3 }),
    );
    expect(calls).toEqual(ITEMS.slice(0, 3));
    expect(server.requests).toHaveLength(2);
  });

  it("maxPages stops after that many pages", async () => {
    const server = await listing(sameOrigin);
    const calls = await collect(paginate(clientFor(server), "/api/calls", {}, { maxPages: 2 }));
    expect(calls).toEqual(ITEMS.slice(0, 4));
    expect(server.requests).toHaveLength(2);
  });

  it("breaking out of the loop stops requesting", async () => {
    const server = await listing(sameOrigin);
    for await (const call of paginate(clientFor(server), "/api/calls"))
      if (call.callId === "c1") break;
    expect(server.requests).toHaveLength(1);
  });
});

describe("pages", () => {
  it("yields whole pages with their links", async () => {
    const server = await listing(sameOrigin);
    const all = await collect(pages(clientFor(server), "/api/calls"));
    expect(all.map((page) => page.results.map((call) => call.callId))).toEqual([
      ["c1", "c2"],
      ["c3", "c4"],
      ["c5"],
    ]);
    expect(all.map((page) => page.next)).toEqual([
      "/api/calls?cursor=2",
      "/api/calls?cursor=4",
      null,
    ]);
  });

  it("maxItems cuts the last page short", async () => {
    const server = await listing(sameOrigin);
    const all = await collect(pages(clientFor(server), "/api/calls", {}, { maxItems: 3 }));
    expect(all.map((page) => page.results.length)).toEqual([2, 1]);
  });
});

describe("prefetch", () => {
  const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

  it("requests page n+1 while the caller holds page n; without it, only on demand", async () => {
    const server = await listing(sameOrigin);
    const eager = pages(clientFor(server), "/api/calls", {}, { prefetch: true });
    await eager.next();
    await settle();
    expect(server.requests).toHaveLength(2);
    expect((await collect(eager)).length).toBe(2);
    expect(server.requests).toHaveLength(3);

    const lazyServer = await listing(sameOrigin);
    const lazy = pages(clientFor(lazyServer), "/api/calls");
    await lazy.next();
    await settle();
    expect(lazyServer.requests).toHaveLength(1);
    await lazy.return();
  });

  it("stopping early cancels the prefetch without an unhandled rejection", async () => {
    let releaseSecond!: () => void;
    const server = await startServer((request, response) => {
      if (!request.url.includes("cursor"))
        return json(response, 200, { results: ITEMS, next: "/api/calls?cursor=2" });
      // The second page fails, late: the caller has stopped by then.
      releaseSecond = () => json(response, 500, { detail: "boom" });
    });
    for await (const page of pages(
      clientFor(server, { maxRetries: 0 }),
      "/api/calls",
      {},
      { prefetch: true },
    )) {
      expect(page.results).toHaveLength(5);
      await settle();
      expect(server.requests).toHaveLength(2);
      break;
    }
    await settle();
    expect(server.abandoned).toBe(1);
    releaseSecond();
  });

  it("a failed prefetched page throws when the caller gets to it", async () => {
    const server = await startServer((request, response) =>
      request.url.includes("cursor")
        ? json(response, 404, { detail: "gone" })
        : json(response, 200, { results: ITEMS, next: "/api/calls?cursor=2" }),
    );
    const error = await rejectionOf(
      collect(pages(clientFor(server), "/api/calls", {}, { prefetch: true })),
    );
    expect(error).toBeInstanceOf(NotFoundError);
  });
});

describe("abort", () => {
  it("the caller's signal aborts the listing with an AbortError", async () => {
    const server = await startServer((request, response) => {
      if (!request.url.includes("cursor"))
        json(response, 200, { results: ITEMS, next: "/api/calls?cursor=2" });
    });
    const controller = new AbortController();
    const error = await rejectionOf(
      (async () => {
        for await (const call of paginate(clientFor(server), "/api/calls", {
          signal: controller.signal,
        })) {
          if (call.callId === "c1") setTimeout(() => controller.abort(), 50);
        }
      })(),
    );
    expect(error.name).toBe("AbortError");
  });
});
