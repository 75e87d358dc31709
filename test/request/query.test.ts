// Query strings as the API reads them (repeated keys for arrays, metadata.<key> pairs),
// and hostile query values: every JavaScript type a caller can pass, even against the
// types. Each is sent as the spec says (the server reads back exactly what was meant)
// or refused before sending with an error naming the parameter; a filter is never
// silently dropped or altered.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { serializeQuery, UltravoxParameterError } from "../../src/index.js";
import { DOTTED_QUERY_PARAMETERS } from "../../src/request/query.js";
import { spec } from "../spec/spec.js";
import { clientFor, json, rejectionOf, startServer, useServers } from "../support/server.js";

// Each property runs hundreds of cases (many over HTTP): far above vitest's 5 s default on a busy machine.
const PROPERTY_TIMEOUT = { timeout: 60_000 };

useServers();

async function setup() {
  const server = await startServer((_request, response) =>
    json(response, 200, { results: [], next: null }),
  );
  const uv = clientFor(server, { maxRetries: 0 });
  /** List Calls with any query, as a plain JavaScript caller could write it. */
  const listCalls = (query: unknown) =>
    uv.GET("/api/calls", { params: { query: query as Record<string, never> } });
  /** The query the server received last, parsed. */
  const received = () => new URL(server.requests.at(-1)!.url, "http://x").searchParams;
  return { server, uv, listCalls, received };
}

async function refusal(call: Promise<unknown>, parameter: string, problem: RegExp) {
  const error = await rejectionOf(call);
  expect(error).toBeInstanceOf(UltravoxParameterError);
  expect((error as UltravoxParameterError).parameter).toBe(parameter);
  expect(error.message).toMatch(problem);
  return error;
}

describe("values sent as the spec says", () => {
  it("a Date is ISO 8601 in UTC; numbers as text, -0 as 0; booleans and bigints as text", async () => {
    const { listCalls, received, server } = await setup();
    await listCalls({
      fromDate: new Date(Date.UTC(2025, 5, 1, 12, 30)),
      toDate: "2025-06-30",
      pageSize: 10n,
      durationMin: -0,
      enabled: false,
    });
    expect(server.requests[0]!.url).toBe(
      "/api/calls?fromDate=2025-06-01T12%3A30%3A00.000Z&toDate=2025-06-30&pageSize=10&durationMin=0&enabled=false",
    );
    expect(received().get("fromDate")).toBe("2025-06-01T12:30:00.000Z");
  });

  it("strings with &, =, +, #, %, spaces and emoji come back exactly", async () => {
    const { listCalls, received } = await setup();
    const search = "a&b=c+d #e %25 f\u{1f600}\n";
    await listCalls({ search, metadata: { "k&=.y": search } });
    expect(received().get("search")).toBe(search);
    expect(received().get("metadata.k&=.y")).toBe(search);
  });

  it("an array repeats its name; metadata is one metadata.<key> pair per entry", async () => {
    const { listCalls, server } = await setup();
    await listCalls({ agentIds: ["a1", "a2"], metadata: { team: "x", rank: 2, vip: true } });
    expect(server.requests[0]!.url).toBe(
      "/api/calls?agentIds=a1&agentIds=a2&metadata.team=x&metadata.rank=2&metadata.vip=true",
    );
  });

  it("undefined and null leave the parameter out (no filter); so does an empty metadata object", async () => {
    const { listCalls, server } = await setup();
    await listCalls({ search: undefined, voiceId: null, metadata: {}, pageSize: 5 });
    expect(server.requests[0]!.url).toBe("/api/calls?pageSize=5");
  });

  it("a metadata entry that is undefined is absent, as at the top level", async () => {
    const { listCalls, server } = await setup();
    const team: string | undefined = undefined;
    await listCalls({ metadata: { team, region: "eu" }, search: undefined });
    expect(server.requests[0]!.url).toBe("/api/calls?metadata.region=eu");
    await listCalls({ metadata: { team } });
    expect(server.requests[1]!.url).toBe("/api/calls");
  });

  it("metadata may be a null-prototype object", async () => {
    const { listCalls, server } = await setup();
    const metadata = Object.assign(Object.create(null) as object, { team: "x" });
    await listCalls({ metadata });
    expect(server.requests[0]!.url).toBe("/api/calls?metadata.team=x");
  });

  it("the dotted parameters are exactly those the spec marks x-ultravox-query-style: dotted", () => {
    const marked = new Set<string>();
    JSON.stringify(spec, (_key, value: unknown) => {
      const parameter = value as { name?: string; "x-ultravox-query-style"?: string };
      if (parameter?.["x-ultravox-query-style"] === "dotted") marked.add(parameter.name!);
      return value;
    });
    expect([...marked].sort()).toEqual([...DOTTED_QUERY_PARAMETERS].sort());
  });
});

describe("values refused before sending, naming the parameter", () => {
  const cases: [string, unknown, string, RegExp][] = [
    [
      "NaN",
      { pageSize: NaN },
      "params.query.pageSize",
      /^params\.query\.pageSize is NaN or ±Infinity$/,
    ],
    ["Infinity", { pageSize: Infinity }, "params.query.pageSize", /is NaN or ±Infinity/],
    ["-Infinity", { durationMax: -Infinity }, "params.query.durationMax", /is NaN or ±Infinity/],
    ["an invalid Date", { fromDate: new Date("nope") }, "params.query.fromDate", /invalid Date/],
    ["an empty array", { agentIds: [] }, "params.query.agentIds", /empty array/],
    ["an array of objects", { agentIds: [{ id: "a1" }] }, "params.query.agentIds[0]", /an object/],
    ["an array of arrays", { agentIds: ["a1", ["a2"]] }, "params.query.agentIds[1]", /an array/],
    [
      "an array with undefined",
      { agentIds: ["a1", undefined] },
      "params.query.agentIds[1]",
      /is undefined/,
    ],
    ["an array with null", { agentIds: [null] }, "params.query.agentIds[0]", /is null/],
    ["a sparse array", { agentIds: [, "a1"] }, "params.query.agentIds[0]", /is undefined/],
    [
      "an object for a plain parameter",
      { search: { q: "x" } },
      "params.query.search",
      /is an object: pass a string, number, boolean or Date/,
    ],
    ["a Map", { search: new Map([["q", "x"]]) }, "params.query.search", /an object/],
    ["nested metadata", { metadata: { a: { b: "c" } } }, "params.query.metadata.a", /an object/],
    ["metadata with an array", { metadata: { a: ["b"] } }, "params.query.metadata.a", /an array/],
    ["metadata with null", { metadata: { a: null } }, "params.query.metadata.a", /is null/],
    [
      "metadata that is a string",
      { metadata: "team=x" },
      "params.query.metadata",
      /is a string: pass an object/,
    ],
    ["metadata that is an array", { metadata: ["x"] }, "params.query.metadata", /is an array/],
    [
      "metadata that is a Map",
      { metadata: new Map([["a", "b"]]) },
      "params.query.metadata",
      /an object/,
    ],
    ["an empty metadata key", { metadata: { "": "x" } }, "params.query.metadata", /empty key/],
    ["a symbol", { search: Symbol("q") }, "params.query.search", /a symbol/],
    ["a function", { search: () => "q" }, "params.query.search", /a function/],
    [
      "an unpaired surrogate",
      { search: "x\ud800" },
      "params.query.search",
      /unpaired UTF-16 surrogate/,
    ],
    [
      "an unpaired surrogate in a metadata key",
      { metadata: { "\udc00": "x" } },
      "params.query.metadata.\udc00",
      /unpaired/,
    ],
    ["a query that is a string", "search=x", "params.query", /must be an object/],
    ["a query that is an array", [["search", "x"]], "params.query", /must be an object/],
  ];
  it.each(cases)("%s", async (_name, query, parameter, problem) => {
    const { listCalls, server } = await setup();
    await refusal(listCalls(query), parameter, problem);
    expect(server.requests).toHaveLength(0);
  });

  it("never puts the value in the message", async () => {
    const { listCalls } = await setup();
    for (const query of [{ search: "s3cret\ud800" }, { metadata: { k: { v: "s3cret" } } }]) {
      const error = await rejectionOf(listCalls(query));
      expect(error.message).not.toContain("s3cret");
    }
  });

  it("serializeQuery itself throws the same error", () => {
    expect(() => serializeQuery({ pageSize: NaN })).toThrow(UltravoxParameterError);
  });
});

/** The text the server must read back for one value, or undefined when it must be refused. */
function scalarText(value: unknown): string | undefined {
  if (typeof value === "string") return /\p{Cs}/u.test(value) ? undefined : value;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  return undefined;
}

/** What the server must read back for a plain parameter's value, or "refused". */
function expected(value: unknown): string[] | "refused" {
  if (value == null) return [];
  const texts = Array.isArray(value) ? Array.from(value, scalarText) : [scalarText(value)];
  return texts.length && !texts.includes(undefined) ? (texts as string[]) : "refused";
}

describe("properties", () => {
  const anything = fc.anything({
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withTypedArray: true,
    withSparseArray: true,
    withBoxedValues: true,
  });
  const scalar = fc.oneof(
    fc.string({ unit: "binary" }),
    fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
    fc.double(),
    fc.bigInt(),
    fc.boolean(),
    fc.date(),
  );
  const edgy = fc.oneof(
    anything,
    scalar,
    fc.constantFrom(
      NaN,
      Infinity,
      -Infinity,
      -0,
      new Date(NaN),
      Symbol("s"),
      () => 1,
      "\ud800",
      [],
    ),
    fc.array(fc.oneof(scalar, fc.constant(undefined), fc.object()), { maxLength: 4 }),
    fc.array(scalar, { minLength: 1, maxLength: 4 }),
  );

  it(
    "any value of a plain parameter is read back exactly as meant, left out for null/undefined, or refused",
    PROPERTY_TIMEOUT,
    async () => {
      const { listCalls, received, server } = await setup();
      let sent = 0;
      await fc.assert(
        fc.asyncProperty(edgy, async (value) => {
          const before = server.requests.length;
          const outcome = await listCalls({ search: value }).then(
            () => "sent" as const,
            (error: unknown) => error,
          );
          const want = expected(value);
          if (want === "refused") {
            expect(outcome).toBeInstanceOf(UltravoxParameterError);
            expect(server.requests.length).toBe(before);
            return;
          }
          expect(outcome).toBe("sent");
          expect(received().getAll("search")).toEqual(want);
          sent++;
        }),
        { numRuns: 400 },
      );
      expect(sent).toBeGreaterThan(100);
    },
  );

  it(
    "any metadata object is read back pair by pair (undefined entries absent), or refused",
    PROPERTY_TIMEOUT,
    async () => {
      const { listCalls, received, server } = await setup();
      await fc.assert(
        fc.asyncProperty(
          fc.dictionary(fc.string({ unit: "binary" }), edgy, { maxKeys: 4 }),
          async (metadata) => {
            const before = server.requests.length;
            const outcome = await listCalls({ metadata }).then(
              () => "sent" as const,
              (error: unknown) => error,
            );
            // An undefined entry is absent; every other one is sent or refuses the call.
            const entries = Object.entries(metadata).filter(([, value]) => value !== undefined);
            const absent = Object.keys(metadata).filter((key) => metadata[key] === undefined);
            const wants = entries.map(([key, value]) =>
              key && !/\p{Cs}/u.test(key) ? scalarText(value) : undefined,
            );
            if (wants.includes(undefined)) {
              expect(outcome).toBeInstanceOf(UltravoxParameterError);
              expect(server.requests.length).toBe(before);
              return;
            }
            expect(outcome).toBe("sent");
            const query = received();
            entries.forEach(([key], index) =>
              expect(query.getAll(`metadata.${key}`)).toEqual([wants[index]]),
            );
            for (const key of absent) expect(query.has(`metadata.${key}`)).toBe(false);
          },
        ),
        { numRuns: 300 },
      );
    },
  );
});

describe("serializeQuery", () => {
  it("repeats array keys, writes objects as name.key pairs, drops null and undefined", () => {
    expect(
      serializeQuery({
        agentIds: ["a1", "a2"],
        metadata: { customer: "1234", "order id": "x&y=z" },
        pageSize: 10,
        enabled: false,
        cursor: undefined,
        search: null,
      }),
    ).toBe(
      "agentIds=a1&agentIds=a2&metadata.customer=1234&metadata.order+id=x%26y%3Dz&pageSize=10&enabled=false",
    );
  });

  it("an empty query, or an empty metadata object (no filter), is the empty string", () => {
    expect(serializeQuery({})).toBe("");
    expect(serializeQuery({ metadata: {} })).toBe("");
  });
});

describe("the client sends it", () => {
  it("List Calls with metadata, agentIds and dates", async () => {
    const server = await startServer((_request, response) => json(response, 200, { results: [] }));
    await clientFor(server).GET("/api/calls", {
      params: {
        query: {
          agentIds: ["a1", "a2"],
          metadata: { customer: "1234" },
          fromDate: "2025-01-01",
          pageSize: 50,
        },
      },
    });
    expect(server.requests[0]?.url).toBe(
      "/api/calls?agentIds=a1&agentIds=a2&metadata.customer=1234&fromDate=2025-01-01&pageSize=50",
    );
    const parsed = new URL(server.requests[0]?.url ?? "", "http://x").searchParams;
    expect(parsed.getAll("agentIds")).toEqual(["a1", "a2"]);
    expect(parsed.get("metadata.customer")).toBe("1234");
  });

  it("List Deleted Calls with metadata", async () => {
    const server = await startServer((_request, response) => json(response, 200, { results: [] }));
    await clientFor(server).GET("/api/deleted_calls", {
      params: { query: { metadata: { team: "sales" } } },
    });
    expect(server.requests[0]?.url).toBe("/api/deleted_calls?metadata.team=sales");
  });
});
