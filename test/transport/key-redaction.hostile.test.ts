// The API key never leaks: an error body, error headers, a malformed success body or a
// failing fetch may echo it, raw or escaped (JSON's \uXXXX and \/, URL %XX), and no error,
// `cause` or log line carries it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  createUltravoxClient,
  UltravoxAPIError,
  UltravoxConnectionError,
  UltravoxMalformedResponseError,
  unwrap,
} from "../../src/index.js";
import { redactor } from "../../src/transport/redact.js";
import { rejectionOf, startServer, useServers } from "../support/server.js";

// Each property runs hundreds of cases (many over HTTP): far above vitest's 5 s default on a busy machine.
const PROPERTY_TIMEOUT = { timeout: 60_000 };

useServers();

/** A key as a user could configure it: printable ASCII, no spaces. */
const apiKey = fc.string({
  unit: fc.integer({ min: 0x21, max: 0x7e }).map((code) => String.fromCharCode(code)),
  minLength: 8,
  maxLength: 40,
});

const hex = (char: string) => char.charCodeAt(0).toString(16).padStart(4, "0");
const mixCase = (text: string, upper: boolean) => (upper ? text.toUpperCase() : text);

/** `key` written inside a JSON string, each character raw or escaped in one of JSON's ways. */
const jsonEscaped = (key: string) =>
  fc
    .array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.boolean()), {
      minLength: key.length,
      maxLength: key.length,
    })
    .map((choices) =>
      [...key]
        .map((char, index) => {
          const [how, upper] = choices[index]!;
          if (char === '"' || char === "\\") return `\\${char}`; // must be escaped
          if (how === 1) return `\\u${mixCase(hex(char), upper)}`;
          if (how === 2 && char === "/") return "\\/";
          return char;
        })
        .join(""),
    );

/** `key` percent-encoded, each character raw or as %XX. */
const percentEncoded = (key: string) =>
  fc
    .array(fc.tuple(fc.boolean(), fc.boolean()), { minLength: key.length, maxLength: key.length })
    .map((choices) =>
      [...key]
        .map((char, index) => {
          const [encode, upper] = choices[index]!;
          return encode || char === "%" ? `%${mixCase(hex(char).slice(2), upper)}` : char;
        })
        .join(""),
    );

const around = fc.string({ maxLength: 20 }).map((text) => text.replace(/["\\%]/g, ""));

describe("redactor (property)", () => {
  it(
    "a key escaped inside a JSON string, in any mix of escapes, is gone once the JSON is parsed",
    PROPERTY_TIMEOUT,
    () => {
      fc.assert(
        fc.property(
          apiKey.chain((key) => fc.tuple(fc.constant(key), jsonEscaped(key), around, around)),
          ([key, escaped, before, after]) => {
            const body = `{"detail":"${before}${escaped}${after}"}`;
            expect((JSON.parse(body) as { detail: string }).detail).toContain(key);
            const parsed = JSON.parse(redactor(key)(body)) as { detail: string };
            expect(parsed.detail).not.toContain(key);
            expect(parsed.detail).toContain("[redacted]");
          },
        ),
        { numRuns: 500 },
      );
    },
  );

  it(
    "a text cut inside the key, raw or JSON-escaped, keeps at most 3 of its characters at its end",
    PROPERTY_TIMEOUT,
    () => {
      fc.assert(
        fc.property(
          apiKey.chain((key) =>
            fc.tuple(
              fc.constant(key),
              fc.integer({ min: 4, max: key.length }),
              fc.boolean(),
              fc.integer({ min: 0, max: 5 }),
              around,
            ),
          ),
          ([key, complete, escaped, partial, before]) => {
            // The key's first `complete` characters, then part of the next one's \uXXXX escape.
            const written = [...key].map((char) =>
              escaped ? `\\u${hex(char)}` : char === "\\" ? "\\\\" : char,
            );
            const next = written[complete] ?? "";
            const text = before + written.slice(0, complete).join("") + next.slice(0, partial);
            const redacted = redactor(key)(text);
            expect(redacted.endsWith("[redacted]")).toBe(true);
            expect(before.startsWith(redacted.slice(0, -"[redacted]".length))).toBe(true);
          },
        ),
        { numRuns: 500 },
      );
    },
  );

  // fast-check's counterexample (seed 171405217): the key's last character `\` also reads
  // as the raw `\` that starts the cut escape, so the whole key matched and `u005` stayed.
  it.each([0, 1, 2, 3, 4, 5])(
    "a key ending in `\\`, escaped, cut %i characters into its last escape: nothing after [redacted]",
    (partial) => {
      const key = "AcE<GGr9%\\";
      const written = [...key].map((char) => `\\u${hex(char)}`);
      const text = `{"echo":"${written.slice(0, 9).join("")}${written[9]!.slice(0, partial)}`;
      expect(redactor(key)(text)).toBe('{"echo":"[redacted]');
    },
  );

  it(
    "a key percent-encoded in a URL, in any mix, is gone once the URL is decoded",
    PROPERTY_TIMEOUT,
    () => {
      fc.assert(
        fc.property(
          apiKey.chain((key) => fc.tuple(fc.constant(key), percentEncoded(key))),
          ([key, encoded]) => {
            const url = `https://example.test/callback?key=${encoded}&x=1`;
            expect(decodeURIComponent(url)).toContain(key);
            expect(decodeURIComponent(redactor(key)(url))).not.toContain(key);
          },
        ),
        { numRuns: 500 },
      );
    },
  );
});

const KEY = "uvk_Ech0/ed.K3y+v4lue";

/** Every text an error exposes, its cause's too. */
const exposed = (error: Error) => {
  const cause = Object(error.cause) as Error;
  return [
    error.message,
    error.stack,
    JSON.stringify(error),
    cause.message,
    cause.stack,
    Object(cause.cause).message,
    Object(cause.cause).stack,
  ].join("\n");
};

/** The error unwrap throws for a GET answered by `answer`. */
async function apiError(answer: Parameters<typeof startServer>[0]) {
  const server = await startServer(answer);
  const uv = createUltravoxClient({ apiKey: KEY, baseUrl: server.origin, maxRetries: 0 });
  const result = await uv.GET("/api/calls");
  return (await rejectionOf((async () => unwrap(result))())) as UltravoxAPIError;
}

describe("error responses that echo the key", () => {
  it.each([
    ["raw", KEY],
    ["with \\/ (PHP's json_encode)", KEY.replaceAll("/", "\\/")],
    [
      "as \\u escapes (an encoder that escapes everything)",
      [...KEY].map((c) => `\\u${hex(c)}`).join(""),
    ],
    ["mixed, upper-case hex", KEY.replace("E", "\\u0045").replace(".", "\\u002E")],
  ])("in a JSON body, %s: body, detail and message are redacted", async (_case, written) => {
    const error = await apiError((_request, response) => {
      response.writeHead(401, { "content-type": "application/json" });
      response.end(`{"detail":"Invalid API key ${written}"}`);
    });
    expect(error.detail).toBe("Invalid API key [redacted]");
    expect(error.message).toBe(
      "GET /api/calls failed with 401 Unauthorized: Invalid API key [redacted]",
    );
    expect(JSON.stringify(error.body)).not.toContain(KEY);
    expect(exposed(error)).not.toContain(KEY);
  });

  it("in a response header: the error's headers are redacted", async () => {
    const error = await apiError((_request, response) => {
      response.writeHead(403, { "x-echo": `key=${KEY}`, "content-type": "application/json" });
      response.end('{"detail":"Forbidden."}');
    });
    expect(error.headers.get("x-echo")).toBe("key=[redacted]");
    expect(error.headers.get("content-type")).toBe("application/json");
  });

  it("in the reason phrase: the error's message and stack are redacted", async () => {
    const error = await apiError((_request, response) => {
      response.writeHead(401, `No such key ${KEY}`, { "content-type": "application/json" });
      response.end('{"detail":"Invalid API key."}');
    });
    expect(error.message).toBe(
      "GET /api/calls failed with 401 No such key [redacted]: Invalid API key.",
    );
    expect(exposed(error)).not.toContain(KEY);
  });

  it.each([4, 12, KEY.length - 1])(
    "in an error body cut after %i of the key's characters: the body keeps none of them",
    async (length) => {
      const error = await apiError((_request, response) => {
        response.writeHead(500, { "content-type": "text/plain" });
        response.end(`upstream refused ${KEY.slice(0, length)}`);
      });
      expect(error.body).toBe("upstream refused [redacted]");
      expect(exposed(error)).not.toContain(KEY.slice(0, 4));
    },
  );

  it("in a URL in the body, percent-encoded", async () => {
    const error = await apiError((_request, response) => {
      response.writeHead(500, { "content-type": "text/plain" });
      response.end(`upstream https://x.test/?k=${encodeURIComponent(KEY)} failed`);
    });
    expect(error.body).toBe("upstream https://x.test/?k=[redacted] failed");
  });
});

describe("other ways the key could reach an error", () => {
  it("a custom fetch whose error quotes the request's headers: the cause is a redacted copy", async () => {
    const failing = async (request: Request): Promise<Response> => {
      const cause = Object.assign(
        new Error(`proxy refused X-API-Key: ${request.headers.get("x-api-key")}`),
        {
          code: "ECONNREFUSED",
        },
      );
      throw new TypeError(`fetch failed for ${request.headers.get("x-api-key")}`, { cause });
    };
    const uv = createUltravoxClient({
      apiKey: KEY,
      baseUrl: "http://127.0.0.1:9",
      fetch: failing,
      maxRetries: 0,
    });
    const error = await rejectionOf(uv.GET("/api/calls"));
    expect(error).toBeInstanceOf(UltravoxConnectionError);
    expect(error.message).toBe(
      "GET /api/calls (attempt 1): connection failed: proxy refused X-API-Key: [redacted]",
    );
    expect(exposed(error)).not.toContain(KEY);
    const cause = error.cause as Error & { cause: Error & { code: string } };
    expect(cause.name).toBe("TypeError");
    expect(cause.message).toBe("fetch failed for [redacted]");
    expect(cause.cause.code).toBe("ECONNREFUSED");
  });

  it("a platform error without the key is the cause as it is", async () => {
    const original = new TypeError("fetch failed");
    const uv = createUltravoxClient({
      apiKey: KEY,
      baseUrl: "http://127.0.0.1:9",
      fetch: () => Promise.reject(original),
      maxRetries: 0,
    });
    expect((await rejectionOf(uv.GET("/api/calls"))).cause).toBe(original);
  });

  it("a malformed success body that echoes it: the excerpt and message are redacted", async () => {
    const server = await startServer((_request, response) => {
      response.writeHead(200, { "content-type": `text/html; key=${KEY}` });
      response.end(`<html>Welcome, ${KEY}!`);
    });
    const uv = createUltravoxClient({ apiKey: KEY, baseUrl: server.origin });
    const error = (await rejectionOf(uv.GET("/api/calls"))) as UltravoxMalformedResponseError;
    expect(error).toBeInstanceOf(UltravoxMalformedResponseError);
    expect(error.excerpt).toBe("<html>Welcome, [redacted]!");
    expect(error.contentType).toBe("text/html; key=[redacted]");
    expect(exposed(error)).not.toContain(KEY);
  });

  it.each([4, 12, KEY.length - 1])(
    "a malformed success body cut after %i of the echoed key's characters: the excerpt keeps none of them",
    async (length) => {
      const server = await startServer((_request, response) => {
        response.writeHead(200, { "content-type": "application/json" });
        response.end(`{"results":[],"echo":"${KEY.slice(0, length)}`);
      });
      const uv = createUltravoxClient({ apiKey: KEY, baseUrl: server.origin });
      const error = (await rejectionOf(uv.GET("/api/calls"))) as UltravoxMalformedResponseError;
      expect(error).toBeInstanceOf(UltravoxMalformedResponseError);
      expect(error.excerpt).toBe('{"results":[],"echo":"[redacted]');
      expect(exposed(error)).not.toContain(KEY.slice(0, 4));
    },
  );
});
