// The log: `logger` and `logLevel` (or ULTRAVOX_LOG), a line per attempt at debug, per retry
// at info, failures at warn and error; never the API key, a body or a query value.
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  createUltravoxClient,
  UltravoxParameterError,
  type Logger,
  type LogLevel,
} from "../../src/index.js";
import {
  closedPort,
  json,
  rejectionOf,
  startServer,
  useServers,
  type Handler,
} from "../support/server.js";

useServers();
afterEach(() => {
  vi.unstubAllEnvs();
});

type Line = [level: keyof Logger, line: string];

/** A logger that keeps its lines. */
function recorder(): Logger & { lines: Line[] } {
  const lines: Line[] = [];
  return {
    lines,
    debug: (line) => lines.push(["debug", line]),
    info: (line) => lines.push(["info", line]),
    warn: (line) => lines.push(["warn", line]),
    error: (line) => lines.push(["error", line]),
  };
}

const CANARY_KEY = "uvk_CANARY.k3y-0f-th3-l0g-t3st";
const params = { path: { call_id: "c1" } };

/** A server answering with `handler`, a recording logger, and a client at `logLevel` writing to it. */
async function setup(handler: Handler, logLevel: LogLevel | undefined, options = {}) {
  const server = await startServer(handler);
  const logger = recorder();
  const uv = createUltravoxClient({
    apiKey: CANARY_KEY,
    baseUrl: server.origin,
    logger,
    ...(logLevel ? { logLevel } : {}),
    ...options,
  });
  return { server, logger, uv };
}

const failOnce: Handler = (_request, response, index) =>
  index === 0
    ? json(response, 503, { detail: "busy" }, { "retry-after": "0" })
    : json(response, 200, { callId: "c1" });

describe("lines", () => {
  it("debug: one line per attempt (method, path, status, attempt, duration); info: one per retry", async () => {
    const { logger, uv } = await setup(failOnce, "debug");
    await uv.GET("/api/calls/{call_id}", { params });
    expect(logger.lines).toHaveLength(3);
    const [first, retry, second] = logger.lines;
    expect(first?.[0]).toBe("debug");
    expect(first?.[1]).toMatch(/^ultravox-api: GET \/api\/calls\/c1 \(attempt 1\): 503 in \d+ ms$/);
    expect(retry).toEqual([
      "info",
      "ultravox-api: GET /api/calls/c1 (attempt 1) got 503; retrying in 0 ms",
    ]);
    expect(second?.[1]).toMatch(
      /^ultravox-api: GET \/api\/calls\/c1 \(attempt 2\): 200 in \d+ ms$/,
    );
  });

  it("warn: a call that ends with an error status", async () => {
    const { logger, uv } = await setup(
      (_request, response) => json(response, 404, { detail: "Not found." }),
      "warn",
    );
    await uv.GET("/api/calls/{call_id}", { params });
    expect(logger.lines).toEqual([
      ["warn", "ultravox-api: GET /api/calls/c1 (attempt 1): 404, not retried"],
    ]);
  });

  it("error: a call that throws, named by its error", async () => {
    const port = await closedPort();
    const logger = recorder();
    const uv = createUltravoxClient({
      apiKey: CANARY_KEY,
      baseUrl: `http://127.0.0.1:${port}`,
      logger,
      logLevel: "error",
      maxRetries: 0,
    });
    await rejectionOf(uv.GET("/api/calls/{call_id}", { params }));
    expect(logger.lines).toEqual([
      [
        "error",
        "ultravox-api: GET /api/calls/c1 (attempt 1): UltravoxConnectionError, not retried",
      ],
    ]);
  });

  it("each level includes the levels above it", async () => {
    const counts: Record<string, number> = {};
    for (const level of ["off", "error", "warn", "info", "debug"] as const) {
      const { logger, uv } = await setup(failOnce, level);
      await uv.GET("/api/calls/{call_id}", { params });
      counts[level] = logger.lines.length;
    }
    expect(counts).toEqual({ off: 0, error: 0, warn: 0, info: 1, debug: 3 });
  });
});

describe("the level", () => {
  it("is off by default: the logger is never called", async () => {
    vi.stubEnv("ULTRAVOX_LOG", "");
    const { logger, uv } = await setup(failOnce, undefined);
    await uv.GET("/api/calls/{call_id}", { params });
    expect(logger.lines).toEqual([]);
  });

  it("is read from ULTRAVOX_LOG when the option is absent", async () => {
    vi.stubEnv("ULTRAVOX_LOG", "info");
    const { logger, uv } = await setup(failOnce, undefined);
    await uv.GET("/api/calls/{call_id}", { params });
    expect(logger.lines.map(([level]) => level)).toEqual(["info"]);
  });

  it("the option wins over ULTRAVOX_LOG", async () => {
    vi.stubEnv("ULTRAVOX_LOG", "debug");
    const { logger, uv } = await setup(failOnce, "off");
    await uv.GET("/api/calls/{call_id}", { params });
    expect(logger.lines).toEqual([]);
  });

  it("an ULTRAVOX_LOG that is not a level is reported once, and nothing is logged", async () => {
    vi.stubEnv("ULTRAVOX_LOG", "verbose");
    const { logger, uv } = await setup(failOnce, undefined);
    await uv.GET("/api/calls/{call_id}", { params });
    expect(logger.lines).toEqual([
      [
        "warn",
        "ultravox-api: ULTRAVOX_LOG is not one of off, error, warn, info, debug; not logging",
      ],
    ]);
  });

  it("a logLevel or logger that makes no sense is refused at creation", () => {
    const create = (options: object) => () =>
      createUltravoxClient({ apiKey: "k", ...options } as never);
    const refusal = (options: object) =>
      (() => {
        try {
          create(options)();
        } catch (error) {
          return error as UltravoxParameterError;
        }
        throw new Error("expected a refusal");
      })();
    for (const [options, parameter, message] of [
      [
        { logLevel: "verbose" },
        "logLevel",
        "logLevel must be one of off, error, warn, info, debug",
      ],
      [
        { logger: { warn() {}, error() {} } },
        "logger",
        "logger must have debug, info, warn and error methods, as console does",
      ],
      [
        { logger: null },
        "logger",
        "logger must have debug, info, warn and error methods, as console does",
      ],
    ] as const) {
      const error = refusal(options);
      expect(error).toBeInstanceOf(UltravoxParameterError);
      expect(error.parameter).toBe(parameter);
      expect(error.message).toBe(message);
    }
  });

  it("console is the default logger", async () => {
    const debug = vi.spyOn(console, "debug").mockImplementation(() => {});
    try {
      const server = await startServer((_request, response) => json(response, 200, {}));
      await createUltravoxClient({ apiKey: "k", baseUrl: server.origin, logLevel: "debug" }).GET(
        "/api/calls",
      );
      expect(debug).toHaveBeenCalledTimes(1);
      expect(debug.mock.calls[0]?.[0]).toMatch(
        /^ultravox-api: GET \/api\/calls \(attempt 1\): 200/,
      );
    } finally {
      debug.mockRestore();
    }
  });
});

describe("never the API key, a body or a query value", () => {
  const BODY_CANARY = "b0dy-canary-Jane-Smith-42";
  const QUERY_CANARY = "+15551234567";
  const canaries = [CANARY_KEY, BODY_CANARY, QUERY_CANARY, encodeURIComponent(QUERY_CANARY)];

  /** Every request path this test takes: success, retries, errors echoing the key and body, malformed JSON, timeouts. */
  const handler: Handler = async (request, response, index) => {
    const echo = `${request.headers["x-api-key"]} ${request.url} ${request.body} ${BODY_CANARY}`;
    if (request.url.includes("timeout")) return; // never answers
    if (request.url.includes("malformed")) {
      response.writeHead(200, { "content-type": "application/json" });
      return void response.end(`{"echo": "${echo}"`);
    }
    if (index % 3 === 0)
      return json(response, 503, { detail: echo }, { "x-echo": echo, "retry-after": "0" });
    if (index % 3 === 1) return json(response, 400, { detail: echo }, { "x-echo": echo });
    json(response, 200, { echo });
  };

  it("in every line at debug, whatever the server echoes", async () => {
    const { logger, uv } = await setup(handler, "debug", { timeoutMs: 200 });
    const query = { search: QUERY_CANARY, metadata: { phone: QUERY_CANARY } };
    await uv.GET("/api/calls", { params: { query } });
    await uv.GET("/api/calls", { params: { query } });
    await uv.POST("/api/calls", {
      body: { systemPrompt: BODY_CANARY },
      params: { query } as never,
    });
    await uv.GET("/api/calls/{call_id}", { params: { path: { call_id: CANARY_KEY } } });
    await rejectionOf(
      uv.GET("/api/calls/{call_id}", {
        params: { path: { call_id: "malformed" }, query } as never,
      }),
    );
    await rejectionOf(
      uv.GET("/api/calls/{call_id}", {
        params: { path: { call_id: "timeout" }, query } as never,
        maxRetries: 0,
      }),
    );
    expect(logger.lines.length).toBeGreaterThanOrEqual(8);
    const text = logger.lines.map(([, line]) => line).join("\n");
    for (const canary of canaries) expect(text).not.toContain(canary);
    expect(text).toContain("[redacted]"); // the path holding the key was logged, redacted
    expect(text).toMatch(/UltravoxMalformedResponseError/);
    expect(text).toMatch(/UltravoxTimeoutError/);
  });
});
