// Hostile listings: a page that is not { results: [...], next } throws an UltravoxError
// naming the path and yields nothing from the malformed page; a next link (an http(s) URL
// or a reference resolved against the page's URL) is followed only when it is on the
// listing's own origin and path.
import type { ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { pages, paginate, UltravoxError, UltravoxParameterError } from "../../src/index.js";
import {
  clientFor,
  json,
  rejectionOf,
  startServer,
  useServers,
  type RecordedRequest,
} from "../support/server.js";

useServers();

const FIRST = [{ callId: "c1" }, { callId: "c2" }];
const BAD = [{ callId: "bad1" }];

/** Collects what a listing yields until it ends or throws. */
async function drain<T>(iterable: AsyncIterable<T>): Promise<{ seen: T[]; error?: Error }> {
  const seen: T[] = [];
  try {
    for await (const item of iterable) seen.push(item);
  } catch (error) {
    return { seen, error: error as Error };
  }
  return { seen };
}

/** A listing whose first page is good and whose second is `write`'s answer. */
function twoPages(write: (response: ServerResponse) => void) {
  return startServer((request: RecordedRequest, response) =>
    request.url.includes("cursor")
      ? write(response)
      : json(response, 200, { results: FIRST, next: "/api/calls?cursor=2" }),
  );
}

const rawJson = (text: string) => (response: ServerResponse) => {
  response.writeHead(200, { "content-type": "application/json" });
  response.end(text);
};

const MALFORMED_BODIES: [string, string, RegExp][] = [
  ["results missing", '{"next":null}', /a page whose results is undefined/],
  ["results null", '{"results":null,"next":null}', /a page whose results is null/],
  ["results a string", '{"results":"c1,c2","next":null}', /a page whose results is a string/],
  ["results an object", '{"results":{"0":{"callId":"bad1"}},"next":null}', /results is an object/],
  ["results a number", '{"results":2}', /results is a number/],
  ["a body that is an array", '[{"callId":"bad1"}]', /an answer that is an array/],
  ["a body that is null", "null", /an answer that is null/],
  ["a body that is a string", '"results"', /an answer that is a string/],
  ["a body that is a number", "42", /an answer that is a number/],
  ["next a number", '{"results":[{"callId":"bad1"}],"next":2}', /a page whose next is a number/],
  ["next true", '{"results":[{"callId":"bad1"}],"next":true}', /a page whose next is a boolean/],
  ["next an object", '{"results":[{"callId":"bad1"}],"next":{"cursor":"2"}}', /next is an object/],
  [
    "next an array",
    '{"results":[{"callId":"bad1"}],"next":["/api/calls?cursor=3"]}',
    /next is an array/,
  ],
];

const BAD_NEXT_LINKS: [string, string][] = [
  ["a javascript: URL", "javascript:alert(1)"],
  ["a file: URL", "file:///etc/passwd"],
  ["a data: URL", "data:text/plain,cursor=3"],
  ["an ftp: URL", "ftp://127.0.0.1/api/calls?cursor=3"],
  ["a mailto: URL", "mailto:x@example.com?cursor=3"],
];

// References (RFC 3986) resolved against /api/calls that lead nowhere a listing can go.
const DEAD_END_REFERENCES: [string, string, string][] = [
  ["a word", "not a url", "a next link to another origin or path, without a cursor"],
  ["a bare cursor=", "cursor=3", "a next link to another origin or path, without a cursor"],
  ["blank", "   ", "a next link to the page itself"],
  ["a fragment", "#more", "a next link to the page itself"],
];

describe("a malformed first page", () => {
  it.each(MALFORMED_BODIES)(
    "%s: UltravoxError naming the path, nothing yielded",
    async (_name, body, problem) => {
      const server = await startServer((_request, response) => rawJson(body)(response));
      const { seen, error } = await drain(paginate(clientFor(server), "/api/calls"));
      expect(seen).toEqual([]);
      expect(error).toBeInstanceOf(UltravoxError);
      expect(error!.message).toMatch(/^\/api\/calls: the API sent /);
      expect(error!.message).toMatch(problem);
      expect(server.requests).toHaveLength(1);
    },
  );

  it("204 No Content on a listing: UltravoxError, nothing yielded", async () => {
    const server = await startServer((_request, response) => void response.writeHead(204).end());
    const { seen, error } = await drain(pages(clientFor(server), "/api/calls"));
    expect(seen).toEqual([]);
    expect(error?.message).toMatch(/^\/api\/calls: the API sent an answer that is undefined/);
  });

  it.each(BAD_NEXT_LINKS)(
    "next %s: UltravoxError, and the page carrying it is not yielded",
    async (_name, next) => {
      const server = await startServer((_request, response) =>
        json(response, 200, { results: BAD, next }),
      );
      const { seen, error } = await drain(paginate(clientFor(server), "/api/calls"));
      expect(seen).toEqual([]);
      expect(error).toBeInstanceOf(UltravoxError);
      expect(error!.message).toBe(
        "/api/calls: the API sent a next link that is not an http(s) URL; nothing from it was used",
      );
      expect(server.requests).toHaveLength(1);
    },
  );

  it.each(DEAD_END_REFERENCES)(
    "next %s: UltravoxError, and the page carrying it is not yielded",
    async (_name, next, problem) => {
      const server = await startServer((_request, response) =>
        json(response, 200, { results: BAD, next }),
      );
      const { seen, error } = await drain(paginate(clientFor(server), "/api/calls"));
      expect(seen).toEqual([]);
      expect(error!.message).toBe(`/api/calls: the API sent ${problem}; nothing from it was used`);
      expect(server.requests).toHaveLength(1);
    },
  );
});

describe("a malformed later page", () => {
  it.each(MALFORMED_BODIES)(
    "%s: the good page is yielded, nothing from the bad one",
    async (_name, body) => {
      const server = await twoPages(rawJson(body));
      const { seen, error } = await drain(paginate(clientFor(server), "/api/calls"));
      expect(seen).toEqual(FIRST);
      expect(error).toBeInstanceOf(UltravoxError);
      expect(error!.message).toMatch(/^\/api\/calls: /);
    },
  );

  it.each(BAD_NEXT_LINKS)(
    "next %s, with prefetch: thrown when the caller reaches that page",
    async (_name, next) => {
      const server = await twoPages((response) => json(response, 200, { results: BAD, next }));
      const { seen, error } = await drain(
        pages(clientFor(server), "/api/calls", {}, { prefetch: true }),
      );
      expect(seen.map((page) => page.results)).toEqual([FIRST]);
      expect(error?.message).toMatch(/a next link that is not an http\(s\) URL/);
    },
  );

  it("path parameters in the message: the path template is named", async () => {
    const server = await startServer((_request, response) => json(response, 200, [BAD]));
    const listing = paginate(clientFor(server), "/api/calls/{call_id}/messages", {
      params: { path: { call_id: "c1" } },
    });
    const error = await rejectionOf(drain(listing).then(({ error }) => Promise.reject(error)));
    expect(error.message).toMatch(
      /^\/api\/calls\/\{call_id\}\/messages: the API sent an answer that is an array/,
    );
  });
});

describe("next links that are followed, or only their cursor", () => {
  it("an absolute same-origin URL and a path are followed as given", async () => {
    const server = await startServer((request, response) => {
      const cursor = new URL(request.url, "http://x").searchParams.get("cursor");
      const next =
        cursor === null
          ? `${server.origin}/api/calls?cursor=2&x=1`
          : cursor === "2"
            ? "/api/calls?cursor=3&y=2"
            : null;
      json(response, 200, { results: [{ callId: `c${cursor}` }], next });
    });
    const { seen } = await drain(paginate(clientFor(server), "/api/calls"));
    expect(seen).toHaveLength(3);
    expect(server.requests.map((request) => request.url)).toEqual([
      "/api/calls",
      "/api/calls?cursor=2&x=1",
      "/api/calls?cursor=3&y=2",
    ]);
  });

  it("a relative reference is resolved against the page's URL (RFC 3986) and followed as given", async () => {
    const links: Record<string, string | null> = {
      "": "?cursor=2",
      "2": "calls?cursor=3&x=1",
      "3": "./calls?cursor=4#fragment",
      "4": "../api/calls?cursor=5",
      "5": null,
    };
    const server = await startServer((request, response) => {
      const cursor = new URL(request.url, "http://x").searchParams.get("cursor") ?? "";
      json(response, 200, { results: [{ callId: `c${cursor}` }], next: links[cursor] });
    });
    const uv = clientFor(server, { baseUrl: `${server.origin}/v1` });
    const { seen, error } = await drain(
      paginate(uv, "/api/calls", { params: { query: { pageSize: 1 } } }),
    );
    expect(error).toBeUndefined();
    expect(seen.map((call) => call.callId)).toEqual(["c", "c2", "c3", "c4", "c5"]);
    expect(server.requests.map((request) => request.url)).toEqual([
      "/v1/api/calls?pageSize=1",
      "/v1/api/calls?cursor=2",
      "/v1/api/calls?cursor=3&x=1",
      "/v1/api/calls?cursor=4",
      "/v1/api/calls?cursor=5",
    ]);
  });

  it.each([
    ["a path", "/api/agents/a1?cursor=2&x=1"],
    ["a relative reference", "api/calls?cursor=2"],
  ])("%s to another path: only its cursor is sent, to the listing's path", async (_name, next) => {
    const server = await startServer((request, response) =>
      request.url.includes("cursor")
        ? json(response, 200, { results: [{ callId: "c3" }], next: null })
        : json(response, 200, { results: FIRST, next }),
    );
    const { seen } = await drain(
      paginate(clientFor(server), "/api/calls", { params: { query: { pageSize: 2 } } }),
    );
    expect(seen).toHaveLength(3);
    expect(server.requests.map((request) => request.url)).toEqual([
      "/api/calls?pageSize=2",
      "/api/calls?pageSize=2&cursor=2",
    ]);
  });

  it("a same-origin next on another path without a cursor is refused", async () => {
    const server = await startServer((_request, response) =>
      json(response, 200, { results: BAD, next: "/api/agents/a1" }),
    );
    const { seen, error } = await drain(paginate(clientFor(server), "/api/calls"));
    expect(seen).toEqual([]);
    expect(error?.message).toBe(
      "/api/calls: the API sent a next link to another origin or path, without a cursor; nothing from it was used",
    );
    expect(server.requests).toHaveLength(1);
  });
});

describe("limits are checked before any request", () => {
  const bad: [string, string, object][] = [
    ["maxItems", "-1", { maxItems: -1 }],
    ["maxItems", "1.5", { maxItems: 1.5 }],
    ["maxItems", "NaN", { maxItems: NaN }],
    ["maxItems", "-Infinity", { maxItems: -Infinity }],
    ["maxItems", "2 ** 53", { maxItems: 2 ** 53 }],
    ["maxItems", '"10"', { maxItems: "10" }],
    ["maxItems", "null", { maxItems: null }],
    ["maxItems", "10n", { maxItems: 10n }],
    ["maxPages", "-1", { maxPages: -1 }],
    ["maxPages", "0.5", { maxPages: 0.5 }],
    ["maxPages", "true", { maxPages: true }],
    ["prefetch", '"false"', { prefetch: "false" }],
    ["prefetch", "1", { prefetch: 1 }],
    ["prefetch", "null", { prefetch: null }],
  ];
  it.each(bad)("limits.%s = %s is refused", async (name, _label, limits) => {
    const server = await startServer((_request, response) =>
      json(response, 200, { results: FIRST }),
    );
    const { seen, error } = await drain(paginate(clientFor(server), "/api/calls", {}, limits));
    expect(seen).toEqual([]);
    expect(error).toBeInstanceOf(UltravoxParameterError);
    expect((error as UltravoxParameterError).parameter).toBe(`limits.${name}`);
    expect(error!.message).toMatch(
      name === "prefetch" ? /must be a boolean/ : /whole number, 0 or more, or Infinity/,
    );
    expect(server.requests).toHaveLength(0);
  });

  it.each([[null], ["all"], [5], [[]]])("limits = %j is refused", async (limits) => {
    const server = await startServer((_request, response) =>
      json(response, 200, { results: FIRST }),
    );
    const { error } = await drain(
      paginate(clientFor(server), "/api/calls", {}, limits as unknown as object),
    );
    expect((error as UltravoxParameterError).parameter).toBe("limits");
    expect(server.requests).toHaveLength(0);
  });

  it("0 yields nothing and sends nothing; Infinity and undefined are no limit", async () => {
    const server = await startServer((request, response) =>
      json(response, 200, {
        results: FIRST,
        next: request.url.includes("cursor") ? null : "/api/calls?cursor=2",
      }),
    );
    const client = clientFor(server);
    expect((await drain(paginate(client, "/api/calls", {}, { maxItems: 0 }))).seen).toEqual([]);
    expect((await drain(paginate(client, "/api/calls", {}, { maxPages: 0 }))).seen).toEqual([]);
    expect(server.requests).toHaveLength(0);
    const all = { maxItems: Infinity, maxPages: undefined, prefetch: false };
    expect((await drain(paginate(client, "/api/calls", {}, all))).seen).toHaveLength(4);
  });
});
