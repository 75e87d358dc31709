// Hostile headers: the API key, userAgent and custom headers are checked when the client is
// created; a malformed one is refused with an UltravoxParameterError naming the option, never
// quoting the value (the platform's own Headers errors do quote it).
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { checkClientOptions } from "../../src/options.js";
import { createUltravoxClient, UltravoxParameterError, VERSION } from "../../src/index.js";
import { json, startServer, useServers } from "../support/server.js";

// Each property runs hundreds of cases (many over HTTP): far above vitest's 5 s default on a busy machine.
const PROPERTY_TIMEOUT = { timeout: 60_000 };

useServers();
afterEach(() => {
  vi.unstubAllEnvs();
});

const SECRET = "uvk_s3cr3t.Zk9Ht7Lu0a1b2c3d";

/**
 * The UltravoxParameterError `create` throws, checked to name `parameter`; fails the test
 * when it throws anything else or nothing.
 */
function refusal(create: () => unknown, parameter: string): UltravoxParameterError {
  try {
    create();
  } catch (error) {
    expect(error).toBeInstanceOf(UltravoxParameterError);
    expect((error as UltravoxParameterError).parameter).toBe(parameter);
    return error as UltravoxParameterError;
  }
  throw new Error("expected createUltravoxClient to throw");
}

/** What an error exposes: message, stack, string form, JSON, cause. */
const exposed = (error: Error) =>
  [error.message, error.stack, String(error), JSON.stringify(error), String(error.cause)].join(
    "\n",
  );

describe("the API key", () => {
  it.each([
    ["a line break inside", `${SECRET.slice(0, 8)}\n${SECRET.slice(8)}`],
    ["a NUL character", `${SECRET}\0`],
    ["a carriage return inside", `uvk_\r${SECRET}`],
    ["a character beyond U+00FF (a curly quote copied with it)", `“${SECRET}”`],
  ])("with %s: refused, naming apiKey, without the key", (_case, apiKey) => {
    const error = refusal(() => createUltravoxClient({ apiKey }), "apiKey");
    expect(error.message).toBe(
      "apiKey is not a valid HTTP header: check for a line break or control character",
    );
    expect(exposed(error)).not.toContain(SECRET.slice(4));
  });

  it("from ULTRAVOX_API_KEY with a bad character: the error names the variable", () => {
    vi.stubEnv("ULTRAVOX_API_KEY", `${SECRET.slice(0, 8)}\u2603${SECRET.slice(8)}`);
    const error = refusal(() => createUltravoxClient(), "ULTRAVOX_API_KEY");
    expect(error.message).toMatch(/^ULTRAVOX_API_KEY is not a valid HTTP header/);
    expect(exposed(error)).not.toContain(SECRET.slice(8));
  });

  it.each([[12345], [{ key: SECRET }], [null]])("not a string (%j): refused", (apiKey) => {
    const error = refusal(() => createUltravoxClient({ apiKey } as never), "apiKey");
    expect(error.message).toBe("apiKey must be a string");
    expect(exposed(error)).not.toContain(SECRET);
  });

  it.each([[""], ["   "], ["\n\t"]])("blank (%j): the missing-key error", (apiKey) => {
    vi.stubEnv("ULTRAVOX_API_KEY", "");
    expect(refusal(() => createUltravoxClient({ apiKey }), "apiKey").message).toBe(
      "apiKey is missing: pass { apiKey } or set ULTRAVOX_API_KEY",
    );
  });

  it("whitespace around it (a newline read from a file) is removed: the key is sent and redacted as trimmed", async () => {
    const server = await startServer((request, response) =>
      json(response, 401, { detail: `bad key ${request.headers["x-api-key"]}` }),
    );
    const uv = createUltravoxClient({ apiKey: ` ${SECRET}\n`, baseUrl: server.origin });
    const { error } = await uv.GET("/api/calls");
    expect(server.requests[0]?.headers["x-api-key"]).toBe(SECRET);
    expect(error).toEqual({ detail: "bad key [redacted]" });
  });
});

describe("custom headers", () => {
  it.each([
    ["a value with a line break (header injection)", { "X-Team": `voice\r\nX-Evil: ${SECRET}` }],
    ["a value with a NUL", { "X-Team": `voice\0${SECRET}` }],
    [
      "a value with another control character (which Headers itself accepts)",
      { "X-Team": `voice\x01${SECRET}` },
    ],
    ["a value with DEL (which Headers itself accepts)", { "X-Team": `voice\x7f${SECRET}` }],
    ["a value beyond U+00FF", { "X-Team": `vöice ☎ ${SECRET}` }],
  ])("%s: refused, naming the header, without the value", (_case, headers) => {
    const error = refusal(
      () => createUltravoxClient({ apiKey: "k", headers }),
      'headers["X-Team"]',
    );
    expect(error.message).toBe(
      'headers["X-Team"] is not a valid HTTP header: check for a line break or control character',
    );
    expect(exposed(error)).not.toContain(SECRET);
  });

  it("a name that is not an HTTP token: refused", () => {
    const error = refusal(
      () => createUltravoxClient({ apiKey: "k", headers: { "X Team:": "voice" } }),
      'headers["X Team:"]',
    );
    expect(error.message).toMatch(/^headers\["X Team:"\] is not a valid HTTP header/);
  });

  it.each([
    ["undefined (an unset environment variable)", { "X-Team": undefined }],
    ["a number", { "X-Retries": 3 }],
    ["an object", { "X-Team": { name: "voice" } }],
  ])("a value that is %s: refused rather than sent as its string form", (_case, headers) => {
    const [name] = Object.keys(headers);
    const parameter = `headers[${JSON.stringify(name)}]`;
    const error = refusal(() => createUltravoxClient({ apiKey: "k", headers } as never), parameter);
    expect(error.message).toBe(`${parameter} must be a string`);
  });

  it.each([
    [[["X-Team"]], 'headers["X-Team"] must be a string'],
    [["X-Team: voice"], "headers[undefined] must be a string"],
  ])("an entry that is not a [name, value] pair (%j): refused", (headers, message) => {
    const parameter = message.replace(/ .*/, "");
    const error = refusal(
      () => createUltravoxClient({ apiKey: "k", headers: headers as never }),
      parameter,
    );
    expect(error.message).toBe(message);
  });

  it("a Headers object, pairs, a Map and a record are all sent", async () => {
    const server = await startServer((_request, response) => json(response, 200, {}));
    for (const headers of [
      new Headers({ "X-Team": "voice" }),
      [["X-Team", "voice"]] as [string, string][],
      new Map([["X-Team", "voice"]]) as unknown as HeadersInit,
      { "X-Team": "voice" },
    ]) {
      await createUltravoxClient({ apiKey: "k", baseUrl: server.origin, headers }).GET(
        "/api/calls",
      );
    }
    expect(server.requests.map((request) => request.headers["x-team"])).toEqual([
      "voice",
      "voice",
      "voice",
      "voice",
    ]);
  });

  it(
    "property: any string as a header value is kept as given (around HTTP whitespace) or refused without being quoted",
    PROPERTY_TIMEOUT,
    () => {
      fc.assert(
        fc.property(fc.string({ unit: "binary", maxLength: 40 }), (value) => {
          const marked = `${value}${SECRET}`;
          let headers: Headers;
          try {
            ({ headers } = checkClientOptions(
              { apiKey: "k", headers: { "X-Value": marked } },
              "X-API-Key",
              () => undefined,
              false,
            ));
          } catch (error) {
            expect(error).toBeInstanceOf(UltravoxParameterError);
            expect((error as UltravoxParameterError).parameter).toBe('headers["X-Value"]');
            expect(exposed(error as Error)).not.toContain(SECRET);
            return;
          }
          expect(headers.get("x-value")).toBe(marked.replace(/^[\t\n\r ]+/, ""));
        }),
        { numRuns: 300 },
      );
    },
  );
});

describe("userAgent", () => {
  it("is appended to the SDK's own User-Agent", async () => {
    const server = await startServer((_request, response) => json(response, 200, {}));
    await createUltravoxClient({ apiKey: "k", baseUrl: server.origin, userAgent: "app/1.2" }).GET(
      "/api/calls",
    );
    expect(server.requests[0]?.headers["user-agent"]).toBe(
      `ultravox-api/${VERSION} node/${process.versions.node} app/1.2`,
    );
  });

  it.each([
    ["a line break", `app/1.2\r\nX-Evil: ${SECRET}`],
    ["a character beyond U+00FF", `app/1.2 ☎ ${SECRET}`],
  ])("with %s: refused, naming userAgent, without the value", (_case, userAgent) => {
    const error = refusal(() => createUltravoxClient({ apiKey: "k", userAgent }), "userAgent");
    expect(error.message).toBe(
      "userAgent is not a valid HTTP header: check for a line break or control character",
    );
    expect(exposed(error)).not.toContain(SECRET);
  });

  it("not a string: refused", () => {
    const error = refusal(
      () => createUltravoxClient({ apiKey: "k", userAgent: 12 } as never),
      "userAgent",
    );
    expect(error.message).toBe("userAgent must be a string");
  });
});
