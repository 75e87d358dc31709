// Hostile path parameters and path arguments: a value stays inside its own segment or
// the call is refused before anything is sent, with an error naming the parameter.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UltravoxParameterError, type UltravoxClient } from "../../src/index.js";
import { clientFor, rejectionOf, startServer, useServers } from "../support/server.js";

// Each property runs hundreds of cases (many over HTTP): far above vitest's 5 s default on a busy machine.
const PROPERTY_TIMEOUT = { timeout: 60_000 };

useServers();

const AGENT = "a1";
const BATCH_ROUTE = `/api/agents/${AGENT}/scheduled_batches/`;

/** A server answering 204 to everything, and a client for it. */
async function setup() {
  const server = await startServer((_request, response) => void response.writeHead(204).end());
  return { server, uv: clientFor(server, { maxRetries: 0 }) };
}

/** The refusal of a call, checked to be an UltravoxParameterError for `parameter`. */
async function refusal(call: Promise<unknown>, parameter: string) {
  const error = await rejectionOf(call);
  expect(error).toBeInstanceOf(UltravoxParameterError);
  expect((error as UltravoxParameterError).parameter).toBe(parameter);
  expect(error.message.startsWith(`${parameter} `)).toBe(true);
  return error;
}

const deleteBatch = (uv: UltravoxClient, batch_id: unknown) =>
  uv.DELETE("/api/agents/{agent_id}/scheduled_batches/{batch_id}", {
    params: { path: { agent_id: AGENT, batch_id: batch_id as string } },
  });

// Values URL parsing treats specially, each inside a value or on its own.
const SPECIAL = [
  ".",
  "..",
  "%2e",
  "%2E",
  ".%2e",
  "%2e%2e",
  "/",
  "\\",
  "?",
  "#",
  "%",
  "%25",
  "%2f",
  "&",
  "=",
  ";",
  ":",
  "@",
  "+",
  " ",
  "\t",
  "\n",
  "\r",
  "\0",
  "{",
  "}",
  "|",
  "^",
  "`",
  "[",
  "]",
  "<",
  ">",
  '"',
  "'",
  "~",
  "\u00e9",
  "\u{1f600}",
  "\ud800",
  "\udc00",
  "\ufeff",
  "\u2024",
  "\uff0e",
  "\u3002",
];

describe("path parameters", () => {
  it("README worst case: a crafted batch_id never reaches DELETE /api/agents/{agent_id}", async () => {
    const { server, uv } = await setup();
    const crafted = [
      "..",
      ".",
      "../..",
      "x/../..",
      "../",
      "/..",
      "%2e%2e",
      "%2E%2e",
      ".%2e",
      "..%2f",
      "..\\",
      "\\..",
      "?",
      "#",
      "?/..",
      "#/..",
      "",
      " ",
      "..?",
      "..#",
      "\t..",
      ".\n.",
    ];
    let refused = 0;
    for (const batch_id of crafted) {
      const sentBefore = server.requests.length;
      try {
        await deleteBatch(uv, batch_id);
      } catch (error) {
        expect(error).toBeInstanceOf(UltravoxParameterError);
        expect((error as UltravoxParameterError).parameter).toBe("params.path.batch_id");
        expect(server.requests.length).toBe(sentBefore);
        refused++;
        continue;
      }
      const sent = server.requests.at(-1)!;
      expect(sent.method).toBe("DELETE");
      expect(sent.url.startsWith(BATCH_ROUTE)).toBe(true);
      const segment = sent.url.slice(BATCH_ROUTE.length);
      expect(segment).not.toMatch(/[/?#]/);
      expect(decodeURIComponent(segment)).toBe(batch_id);
    }
    // The dot segments, the empty value and those holding a slash are refused.
    expect(refused).toBe(11);
    for (const request of server.requests)
      expect(request.url.replace(/\/$/, "")).not.toBe(`/api/agents/${AGENT}`);
  });

  it(
    "property: any string is one segment whose decoded value is the string, or refused before sending",
    PROPERTY_TIMEOUT,
    async () => {
      const { server, uv } = await setup();
      const unit = fc.oneof(
        fc.constantFrom(...SPECIAL),
        fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
        fc.string({ unit: "grapheme", maxLength: 2 }),
      );
      let sentCount = 0;
      let refusedCount = 0;
      await fc.assert(
        fc.asyncProperty(fc.string({ unit, maxLength: 8 }), async (batch_id) => {
          const before = server.requests.length;
          const outcome = await deleteBatch(uv, batch_id).then(
            () => "sent" as const,
            (error: unknown) => error,
          );
          if (outcome !== "sent") {
            expect(outcome).toBeInstanceOf(UltravoxParameterError);
            expect(server.requests.length).toBe(before);
            refusedCount++;
            return;
          }
          expect(server.requests.length).toBe(before + 1);
          const url = server.requests.at(-1)!.url;
          expect(url.startsWith(BATCH_ROUTE)).toBe(true);
          const segments = url.slice(BATCH_ROUTE.length).split("/");
          expect(segments).toHaveLength(1);
          expect(segments[0]).not.toMatch(/[?#]/);
          expect(decodeURIComponent(segments[0]!)).toBe(batch_id);
          sentCount++;
        }),
        { numRuns: 400 },
      );
      // Both outcomes were exercised, so the property is not vacuous.
      expect(sentCount).toBeGreaterThan(100);
      expect(refusedCount).toBeGreaterThan(10);
    },
  );

  it(
    "property: a value of any JavaScript type is an integer's decimal, a string's segment, or refused",
    PROPERTY_TIMEOUT,
    async () => {
      const { server, uv } = await setup();
      await fc.assert(
        fc.asyncProperty(
          fc.anything({
            withBigInt: true,
            withDate: true,
            withMap: true,
            withSet: true,
            withTypedArray: true,
            withNullPrototype: true,
          }),
          async (value) => {
            const before = server.requests.length;
            const outcome = await deleteBatch(uv, value).then(
              () => "sent" as const,
              (error: unknown) => error,
            );
            if (outcome !== "sent") {
              expect(outcome).toBeInstanceOf(UltravoxParameterError);
              expect(server.requests.length).toBe(before);
              return;
            }
            const segment = server.requests.at(-1)!.url.slice(BATCH_ROUTE.length);
            expect(
              typeof value === "string" || typeof value === "bigint" || Number.isSafeInteger(value),
            ).toBe(true);
            expect(decodeURIComponent(segment)).toBe(String(value));
          },
        ),
        { numRuns: 300 },
      );
    },
  );

  it.each([
    ["a dot segment", "..", /is "\." or "\.\.", or has \/ or \\: it would change the route/],
    ["a lone dot", ".", /is "\." or "\.\.", or has \/ or \\: it would change the route/],
    ["the empty string", "", /is empty/],
    ["a slash", "abc/def", /has \/ or \\: it would change the route/],
    ["a backslash", "abc\\def", /has \/ or \\: it would change the route/],
    ["an unpaired high surrogate", "id\ud800", /unpaired UTF-16 surrogate/],
    ["an unpaired low surrogate", "\udc00id", /unpaired UTF-16 surrogate/],
    ["undefined", undefined, /is missing/],
    ["null", null, /is missing/],
    ["NaN", NaN, /is a number: pass the ID as a string/],
    ["Infinity", Infinity, /is a number: pass the ID as a string/],
    ["a fraction", 1.5, /is a number: pass the ID as a string/],
    ["an integer beyond 2^53", 2 ** 53, /is a number: pass the ID as a string/],
    ["true", true, /a boolean/],
    ["an object", { id: "b1" }, /an object/],
    ["an array", ["b1"], /an array/],
    ["a Date", new Date(0), /an object/],
    ["a symbol", Symbol("b1"), /a symbol/],
    ["a function", () => "b1", /a function/],
  ])("refuses %s before sending, naming the parameter", async (_name, value, problem) => {
    const { server, uv } = await setup();
    const error = await refusal(deleteBatch(uv, value), "params.path.batch_id");
    expect(error.message).toMatch(problem);
    expect(server.requests).toHaveLength(0);
  });

  it("never puts the value in the message", async () => {
    const { uv } = await setup();
    for (const value of ["s3cret-token/..", "s3cret-token\ud800", "s3cret-token\\x"]) {
      const error = await refusal(deleteBatch(uv, value), "params.path.batch_id");
      expect(error.message).not.toContain("s3cret");
    }
  });

  it("a missing parameter: refused whether params.path lacks it or is absent", async () => {
    const { server, uv } = await setup();
    const loose = uv as unknown as { DELETE(path: string, init?: object): Promise<unknown> };
    const path = "/api/agents/{agent_id}/scheduled_batches/{batch_id}";
    await refusal(
      loose.DELETE(path, { params: { path: { agent_id: AGENT } } }),
      "params.path.batch_id",
    );
    await refusal(loose.DELETE(path, { params: {} }), "params.path.agent_id");
    await refusal(loose.DELETE(path), "params.path.agent_id");
    expect(server.requests).toHaveLength(0);
  });

  it("a key the path does not use is refused: the call may be on the wrong operation", async () => {
    const { server, uv } = await setup();
    const loose = uv as unknown as { DELETE(path: string, init?: object): Promise<unknown> };
    // Meant to delete one batch, but written against Delete Agent.
    const error = await refusal(
      loose.DELETE("/api/agents/{agent_id}", {
        params: { path: { agent_id: AGENT, batch_id: "b1" } },
      }),
      "params.path.batch_id",
    );
    expect(error.message).toMatch(/is not in this path/);
    expect(server.requests).toHaveLength(0);
  });

  it("params.path that is not an object is refused", async () => {
    const { server, uv } = await setup();
    const loose = uv as unknown as { GET(path: string, init?: object): Promise<unknown> };
    await refusal(loose.GET("/api/calls/{call_id}", { params: { path: "c1" } }), "params.path");
    expect(server.requests).toHaveLength(0);
  });

  it("integers go in decimal, -0 as 0, bigints too; strings with specials stay in their segment", async () => {
    const { server, uv } = await setup();
    const messageAudio =
      "/api/calls/{call_id}/stages/{call_stage_id}/messages/{call_stage_message_index}/audio";
    for (const index of [0, -0, 7, 2 ** 53 - 1, 12n] as unknown as number[])
      await uv.GET(messageAudio, {
        params: {
          path: { call_id: "c 1", call_stage_id: "s?#%", call_stage_message_index: index },
        },
      });
    expect(server.requests.map((request) => request.url.split("/")[7])).toEqual([
      "0",
      "0",
      "7",
      "9007199254740991",
      "12",
    ]);
    expect(server.requests[0]!.url).toBe("/api/calls/c%201/stages/s%3F%23%25/messages/0/audio");
  });
});

describe("the path argument (plain JavaScript callers can pass any string)", () => {
  const refusedByTheCheck: [string, string][] = [
    ["a dot segment", "/api/agents/a1/scheduled_batches/.."],
    ["a dot segment after a template", "/api/agents/{agent_id}/.."],
    ["an encoded dot segment", "/api/agents/a1/%2e%2E"],
    ["a single dot", "/api/agents/a1/./scheduled_batches"],
    ["an empty segment", "/api//agents"],
    ["a query", "/api/calls?pageSize=1"],
    ["a query hiding the rest of the route", "/api/agents/a1?/scheduled_batches/b1"],
    ["a fragment", "/api/calls#x"],
    ["a backslash", "/api\\..\\agents"],
    ["a protocol-relative host", "//evil.example/api/calls"],
    ["a tab inside a dot segment", "/api/agents/a1/.\t."],
    ["a newline", "/api/calls\n"],
    ["a space", "/api/ calls"],
    ["non-ASCII", "/api/caf\u00e9"],
    ["an unfilled template with a stray brace", "/api/calls/{call_id"],
    ["an empty string", ""],
  ];
  it.each(refusedByTheCheck)("refuses %s before sending", async (_name, path) => {
    const { server, uv } = await setup();
    const loose = uv as unknown as { DELETE(path: string, init?: object): Promise<unknown> };
    const init = path.includes("{agent_id}") ? { params: { path: { agent_id: AGENT } } } : {};
    const error = await refusal(loose.DELETE(path, init), "path");
    expect(error.message).toMatch(/is not an API path like \/api\/calls\/\{call_id\}/);
    expect(server.requests).toHaveLength(0);
  });

  // Checked before openapi-fetch joins the path to the base URL, so these never reach the
  // platform's URL parser (where, after a base URL with a port, they were TypeErrors).
  const joinedWithTheBaseUrl: [string, string][] = [
    ["no leading slash", "api/calls"],
    ["a host suffix", ".evil.example/api/calls"],
    ["a port", ":8080/api/calls"],
    ["an absolute URL", "http://evil.example/api/calls"],
    ["userinfo that moves the host", "@evil.example/api/calls"],
  ];
  it.each(joinedWithTheBaseUrl)("refuses %s before sending", async (_name, path) => {
    const { server, uv } = await setup();
    const loose = uv as unknown as { DELETE(path: string): Promise<unknown> };
    const error = await refusal(loose.DELETE(path), "path");
    expect(error.message).toMatch(/is not an API path like \/api\/calls\/\{call_id\}/);
    expect(server.requests).toHaveLength(0);
  });

  it("refuses a path that is not a string, even one that stringifies to a valid path", async () => {
    const { server, uv } = await setup();
    const loose = uv as unknown as { GET(path: unknown): Promise<unknown> };
    await refusal(loose.GET({ toString: () => "/api/calls" }), "path");
    await refusal(loose.GET(["/api/calls"]), "path");
    for (const path of [undefined, null, 42]) await refusal(loose.GET(path), "path");
    expect(server.requests).toHaveLength(0);
  });

  it("every path of the spec passes", async () => {
    const { server, uv } = await setup();
    await uv.GET("/api/calls/{call_id}/stages/{call_stage_id}", {
      params: { path: { call_id: "c1", call_stage_id: "s1" } },
    });
    await uv.GET("/api/calls");
    expect(server.requests.map((request) => request.url)).toEqual([
      "/api/calls/c1/stages/s1",
      "/api/calls",
    ]);
  });
});
