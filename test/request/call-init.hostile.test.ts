// Hostile call inits: everything a call's init object can hold besides the transport's own
// options (checked in options.test.ts). Headers a call adds, `params`, keys that are no option
// (or that the client sets itself), a per-call `baseUrl`, and the JSON body. Each value is sent
// as written or refused before anything is sent, with an UltravoxParameterError naming it
// and never quoting it: nothing is silently dropped, altered, or left to the platform's
// TypeError (which quotes a header's value).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { serializeBody } from "../../src/request/body.js";
import { UltravoxParameterError, unwrap } from "../../src/index.js";
import {
  API_KEY,
  clientFor,
  json,
  rejectionOf,
  startServer,
  useServers,
} from "../support/server.js";

// Each property runs hundreds of cases (many over HTTP): far above vitest's 5 s default on a busy machine.
const PROPERTY_TIMEOUT = { timeout: 60_000 };

useServers();

const CANARY = "s3cr3t-t0ken-Zk9Ht7Lu";

async function setup() {
  const server = await startServer((request, response) =>
    json(response, 200, request.method === "GET" ? { results: [], next: null } : { callId: "c" }),
  );
  const uv = clientFor(server, { maxRetries: 0 });
  /** List Calls with any init, as a plain JavaScript caller could write it. */
  const listCalls = (init: unknown) => uv.GET("/api/calls", init as never);
  /** Create Call with any body. */
  const createCall = (body: unknown) => uv.POST("/api/calls", { body: body as never });
  return { server, uv, listCalls, createCall };
}

/** Checks that `call` is refused naming `parameter` with `message`, and that nothing was sent. */
async function refusal(
  server: { requests: unknown[] },
  call: Promise<unknown>,
  parameter: string,
  problem: string | RegExp,
) {
  const error = await rejectionOf(call);
  expect(error).toBeInstanceOf(UltravoxParameterError);
  expect((error as UltravoxParameterError).parameter).toBe(parameter);
  if (typeof problem === "string") expect(error.message).toBe(`${parameter} ${problem}`);
  else expect(error.message).toMatch(problem);
  expect(server.requests).toHaveLength(0);
  const exposed = [error.message, error.stack, String(error), JSON.stringify(error)].join("\n");
  expect(exposed).not.toContain(CANARY);
  return error;
}

const INVALID_HEADER = "is not a valid HTTP header: check for a line break or control character";
const NOT_A_HEADER_VALUE = "must be a string, number, boolean or an array of them";

describe("headers a call adds (init.headers and params.header)", () => {
  it.each([
    ["a line break in the value", { "X-Token": `a\n${CANARY}` }, "X-Token", INVALID_HEADER],
    ["a carriage return", { "X-Token": `${CANARY}\r` }, "X-Token", INVALID_HEADER],
    ["a NUL", { "X-Token": `${CANARY}\0` }, "X-Token", INVALID_HEADER],
    ["a character beyond U+00FF", { "X-Token": `“${CANARY}”` }, "X-Token", INVALID_HEADER],
    ["a name with a space", { "X Token": CANARY }, "X Token", INVALID_HEADER],
    ["an empty name", { "": CANARY }, "", INVALID_HEADER],
    ["an object value", { "X-Team": { id: CANARY } }, "X-Team", NOT_A_HEADER_VALUE],
    ["a symbol value", { "X-Team": Symbol(CANARY) }, "X-Team", NOT_A_HEADER_VALUE],
    ["an object in an array", { "X-Team": ["a", { id: 1 }] }, "X-Team", NOT_A_HEADER_VALUE],
  ])("%s: refused naming the header, without its value", async (_case, headers, name, problem) => {
    const { server, listCalls } = await setup();
    const parameter = `init.headers[${JSON.stringify(name)}]`;
    await refusal(server, listCalls({ headers }), parameter, problem);
    const inParams = `params.header[${JSON.stringify(name)}]`;
    await refusal(server, listCalls({ params: { header: headers } }), inParams, problem);
  });

  it("as [name, value] pairs: checked alike", async () => {
    const { server, listCalls } = await setup();
    await refusal(
      server,
      listCalls({ headers: [["X-Token", `a\n${CANARY}`]] }),
      'init.headers["X-Token"]',
      INVALID_HEADER,
    );
  });

  it.each([["oops"], [42], [true]])(
    "headers that are not an object (%j): refused",
    async (headers) => {
      const { server, listCalls } = await setup();
      await refusal(server, listCalls({ headers }), "init.headers", "must be an object");
    },
  );

  it.each([["X-API-Key"], ["x-api-key"], ["X-Unsafe-API-Key"]])(
    "%s set by a call: refused, since the client redacts only its own key from errors and logs",
    async (name) => {
      const { server, listCalls } = await setup();
      const problem =
        "carries the API key: pass it as apiKey to createUltravoxClient (a client per key)";
      await refusal(
        server,
        listCalls({ headers: { [name]: CANARY } }),
        `init.headers[${JSON.stringify(name)}]`,
        problem,
      );
      await refusal(
        server,
        listCalls({ headers: new Headers({ [name]: CANARY }) }),
        `init.headers[${JSON.stringify(name.toLowerCase())}]`,
        problem,
      );
      await refusal(
        server,
        listCalls({ params: { header: { [name]: CANARY } } }),
        `params.header[${JSON.stringify(name)}]`,
        problem,
      );
    },
  );

  it("strings, numbers, booleans and arrays are sent as text; null or undefined sends no header", async () => {
    const { server, uv } = await setup();
    unwrap(
      await uv.GET("/api/calls", {
        headers: {
          "X-Team": "voice",
          "X-Count": 5,
          "X-Flag": true,
          "X-Tags": ["a", "b"],
          "X-None": null,
        },
        params: { header: { "X-Extra": "1", "X-Gone": undefined } as never },
      }),
    );
    const { headers } = server.requests[0]!;
    expect(headers["x-team"]).toBe("voice");
    expect(headers["x-count"]).toBe("5");
    expect(headers["x-flag"]).toBe("true");
    expect(headers["x-tags"]).toBe("a, b");
    expect(headers["x-extra"]).toBe("1");
    expect(headers).not.toHaveProperty("x-none");
    expect(headers).not.toHaveProperty("x-gone");
    expect(headers["x-api-key"]).toBe(API_KEY);
  });
});

describe("the keys of a call's init", () => {
  const OPTIONS =
    "params, body, bodySerializer, headers, signal, parseAs, fetch, middleware, baseUrl, timeoutMs, maxRetries, retryNonIdempotent, maxRetryAfterMs, redirect, credentials, mode, cache, keepalive, integrity, referrer, referrerPolicy, priority, dispatcher";

  it.each([["timeoutMS"], ["retries"], ["agent"], ["query"], ["requestInitExt"]])(
    "%s, not an option of a call: refused, listing the options, rather than ignored",
    async (name) => {
      const { server, listCalls } = await setup();
      await refusal(
        server,
        listCalls({ [name]: 1 }),
        `init.${name}`,
        `is not an option of a call; the options are ${OPTIONS}`,
      );
    },
  );

  it.each([
    ["method", "DELETE"],
    ["querySerializer", () => "pageSize=1"],
    ["pathSerializer", () => "/api/agents"],
  ])(
    "%s, which the client sets itself: refused rather than ignored or let past its checks",
    async (name, value) => {
      const { server, listCalls } = await setup();
      await refusal(
        server,
        listCalls({ [name]: value }),
        `init.${name}`,
        "is set by the client (method by the method you call): leave it out",
      );
    },
  );

  it.each([["x"], [["path"]], [42]])(
    "params that is not an object (%j): refused",
    async (params) => {
      const { server, listCalls } = await setup();
      await refusal(server, listCalls({ params }), "params", "must be an object");
    },
  );

  it.each([["cookie"], ["body"], ["querry"]])(
    "params.%s: refused, naming the kinds there are",
    async (name) => {
      const { server, listCalls } = await setup();
      await refusal(
        server,
        listCalls({ params: { [name]: {} } }),
        `params.${name}`,
        "is not a kind of parameter: use path, query or header",
      );
    },
  );

  it("a body on a GET: refused (fetch would throw a bare TypeError)", async () => {
    const { server, listCalls } = await setup();
    await refusal(
      server,
      listCalls({ body: { pageSize: 1 } }),
      "init.body",
      "must be left out: a GET sends no body",
    );
  });

  it("a call's own bodySerializer is used (Create Voice sends multipart/form-data)", async () => {
    const { server, uv } = await setup();
    const toFormData = (body: unknown) => {
      const form = new FormData();
      const { name, file } = body as { name: string; file: Blob };
      form.set("name", name);
      form.set("file", file, "sample.wav");
      return form;
    };
    const file = new Blob([new Uint8Array([82, 73, 70, 70])], { type: "audio/wav" });
    await uv.POST("/api/voices", { body: { name: "Mine", file }, bodySerializer: toFormData });
    const [request] = server.requests;
    expect(request!.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(request!.body).toContain('name="file"; filename="sample.wav"');
    expect(request!.body).toContain("RIFF");
  });
});

describe("middleware and fetch options", () => {
  const HOOKS = "must be an object with onRequest, onResponse or onError functions";
  it.each([
    ["not an array", { onRequest: () => undefined }, "init.middleware", "must be an array"],
    ["a function", [() => undefined], "init.middleware[0]", HOOKS],
    ["an empty object", [{}], "init.middleware[0]", HOOKS],
    [
      "a hook that is no function",
      [{ onRequest: () => undefined }, { onResponse: "log" }],
      "init.middleware[1]",
      HOOKS,
    ],
    ["null", [null], "init.middleware[0]", HOOKS],
  ])(
    "a call's middleware %s: refused (openapi-fetch would skip it silently)",
    async (_case, middleware, parameter, problem) => {
      const { server, listCalls } = await setup();
      await refusal(server, listCalls({ middleware }), parameter, problem);
    },
  );

  it("use(): an entry that is no middleware is refused naming it", async () => {
    const { server, uv } = await setup();
    const seen: string[] = [];
    const error = await rejectionOf(
      (async () =>
        uv.use({ onRequest: () => void seen.push("first") }, {
          onRequst: () => undefined,
        } as never))(),
    );
    expect(error).toBeInstanceOf(UltravoxParameterError);
    expect((error as UltravoxParameterError).parameter).toBe("middleware[1]");
    await uv.GET("/api/calls");
    expect(seen).toEqual([]); // neither entry was added
    uv.use({ onRequest: () => void seen.push("added") });
    await uv.GET("/api/calls");
    expect(seen).toEqual(["added"]);
    expect(server.requests).toHaveLength(2);
  });

  it.each([
    [{ redirect: "bogus" }, "init.redirect"],
    [{ credentials: "everything" }, "init.credentials"],
    [{ mode: "navigate" }, "init.mode"],
    [{ referrerPolicy: "sometimes" }, "init.referrerPolicy"],
    [{ redirect: "follow", cache: "only-if-cached" }, "init.cache"],
  ])("fetch option %j: refused naming it, not a bare TypeError", async (init, parameter) => {
    const { server, listCalls } = await setup();
    await refusal(
      server,
      listCalls(init),
      parameter,
      "is not a value fetch takes (alone or with the other fetch options given)",
    );
  });

  it("valid fetch options are passed on", async () => {
    const { server, listCalls } = await setup();
    const result = await listCalls({ cache: "no-store", redirect: "error", keepalive: false });
    expect(result.data).toEqual({ results: [], next: null });
    expect(server.requests).toHaveLength(1);
  });
});

describe("a call's baseUrl", () => {
  it.each([
    ["ftp://127.0.0.1"],
    [`https://user:${CANARY}@127.0.0.1`],
    ["https://127.0.0.1/?region=eu"],
    ["https://127.0.0.1/#top"],
    ["javascript:alert(1)"],
    [""],
    [42],
  ])("%j: refused as the client's baseUrl is", async (baseUrl) => {
    const { server, listCalls } = await setup();
    await refusal(
      server,
      listCalls({ baseUrl }),
      "init.baseUrl",
      "must be an http(s) URL without credentials, query or fragment, such as https://api.ultravox.ai",
    );
  });

  it("an http(s) URL: the call goes there, with the key", async () => {
    const { server, listCalls } = await setup();
    const other = await startServer((_request, response) => json(response, 200, { results: [] }));
    const result = await listCalls({ baseUrl: `${other.origin}/prefix` });
    expect(result.data).toEqual({ results: [] });
    expect(server.requests).toHaveLength(0);
    expect(other.requests[0]!.url).toBe("/prefix/api/calls");
    expect(other.requests[0]!.headers["x-api-key"]).toBe(API_KEY);
  });
});

/**
 * What `value` is as JSON data, built without JSON: plain objects and arrays rebuilt (a hole
 * becomes undefined, which JSON.parse never gives), properties set to undefined left out, -0
 * as 0; anything else kept as it is, so that a value JSON cannot carry compares unequal.
 */
function asJson(value: unknown): unknown {
  if (Object.is(value, -0)) return 0;
  if (Array.isArray(value)) return Array.from(value, asJson);
  const prototype = value !== null && typeof value === "object" && Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value;
  return Object.fromEntries(
    Object.entries(value as object)
      .filter(([, item]) => item !== undefined)
      .map(([key, item]) => [key, asJson(item)]),
  );
}

describe("the JSON body", () => {
  const cycle: Record<string, unknown> = { name: "loop" };
  cycle["self"] = cycle;
  it.each([
    [
      "NaN",
      { temperature: Number.NaN },
      "body.temperature",
      "is NaN or ±Infinity, which JSON cannot carry",
    ],
    [
      "Infinity, nested",
      { medium: { twilio: { n: Infinity } } },
      "body.medium.twilio.n",
      "is NaN or ±Infinity, which JSON cannot carry",
    ],
    [
      "a bigint",
      { metadata: { n: 10n } },
      "body.metadata.n",
      "is a bigint, which JSON cannot carry",
    ],
    [
      "a function",
      { systemPrompt: () => "hi" },
      "body.systemPrompt",
      "is a function, which JSON cannot carry",
    ],
    ["a symbol", { voice: Symbol("v") }, "body.voice", "is a symbol, which JSON cannot carry"],
    [
      "undefined in an array",
      { selectedTools: [undefined] },
      "body.selectedTools[0]",
      "is undefined, which JSON sends as null",
    ],
    // eslint-disable-next-line no-sparse-arrays
    [
      "a hole in an array",
      { initialMessages: [{}, , {}] },
      "body.initialMessages[1]",
      "is undefined, which JSON sends as null",
    ],
    [
      "a Map",
      { metadata: new Map([["k", "v"]]) },
      "body.metadata",
      "is a Map, not a plain object or array: JSON would not carry it as it is",
    ],
    [
      "a Set",
      { selectedTools: new Set([1]) },
      "body.selectedTools",
      "is a Set, not a plain object or array: JSON would not carry it as it is",
    ],
    [
      "a Blob",
      { file: new Blob(["x"]) },
      "body.file",
      "is a Blob, not a plain object or array: JSON would not carry it as it is",
    ],
    [
      "a cycle",
      { metadata: cycle },
      "body.metadata.self",
      "contains itself, which JSON cannot carry",
    ],
    ["NaN as the whole body", Number.NaN, "body", "is NaN or ±Infinity, which JSON cannot carry"],
  ])("%s: refused naming where it is, nothing sent", async (_case, body, parameter, problem) => {
    const { server, createCall } = await setup();
    await refusal(server, createCall(body), parameter, problem);
  });

  it("a Date is sent as its ISO text, undefined properties are left out, shared objects are no cycle", async () => {
    const { server, createCall } = await setup();
    const tool = { toolName: "hangUp" };
    unwrap(
      await createCall({
        systemPrompt: "Hi",
        temperature: undefined,
        metadata: { at: new Date(Date.UTC(2026, 0, 2)) },
        selectedTools: [tool, tool],
      }),
    );
    expect(JSON.parse(server.requests[0]!.body)).toEqual({
      systemPrompt: "Hi",
      metadata: { at: "2026-01-02T00:00:00.000Z" },
      selectedTools: [{ toolName: "hangUp" }, { toolName: "hangUp" }],
    });
  });

  it(
    "property: any JSON value is sent exactly as JSON.stringify writes it",
    PROPERTY_TIMEOUT,
    () => {
      fc.assert(
        fc.property(fc.jsonValue(), (value) => {
          expect(serializeBody(value)).toBe(JSON.stringify(value));
        }),
        { numRuns: 500 },
      );
    },
  );

  it(
    "property: any value at all is refused, or sent as JSON that reads back as that very value",
    PROPERTY_TIMEOUT,
    () => {
      fc.assert(
        fc.property(
          fc
            .anything({
              withBigInt: true,
              withMap: true,
              withSet: true,
              withSparseArray: true,
              withDate: false,
              withNullPrototype: true,
              withTypedArray: true,
            })
            // No body at all is no body: openapi-fetch calls the serializer only with one.
            .filter((value) => value !== undefined),
          (value) => {
            let text: string;
            try {
              text = serializeBody(value);
            } catch (error) {
              expect(error).toBeInstanceOf(UltravoxParameterError);
              expect((error as UltravoxParameterError).parameter).toMatch(/^body/);
              return;
            }
            expect(JSON.parse(text)).toStrictEqual(asJson(value));
          },
        ),
        { numRuns: 1_000 },
      );
    },
  );
});

describe("values handed to unwrap and a call's signal", () => {
  it.each([
    [
      "the un-awaited promise of a call",
      "is a Promise: await the call first, as in unwrap(await uv.GET(path))",
    ],
    ["undefined", "is not a client method's result ({ data, error, response })"],
    [
      "a result without its response",
      "is not a client method's result ({ data, error, response })",
    ],
  ])("unwrap(%s): refused naming what to do, not a bare TypeError", async (value, problem) => {
    const { uv } = await setup();
    const pending = uv.GET("/api/calls");
    const given = {
      "the un-awaited promise of a call": pending,
      undefined,
      "a result without its response": { data: {} },
    }[value];
    const error = await rejectionOf((async () => unwrap(given as never))());
    expect(error).toBeInstanceOf(UltravoxParameterError);
    expect((error as UltravoxParameterError).parameter).toBe("result");
    expect(error.message).toBe(`result ${problem}`);
    await pending;
  });

  it("a signal-like object without throwIfAborted: refused as no AbortSignal", async () => {
    const { server, listCalls } = await setup();
    const signal = { aborted: false, addEventListener() {}, removeEventListener() {} };
    await refusal(server, listCalls({ signal }), "init.signal", "must be an AbortSignal");
  });
});
