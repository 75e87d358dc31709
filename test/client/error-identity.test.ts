// `instanceof` across two copies of the package in one process (the dual-package hazard:
// a program that both requires and imports it). The second copy here is src/ loaded again
// after a module reset; test/package/ repeats the check with the built CommonJS and ES files.
import { beforeAll, describe, expect, it, vi } from "vitest";
import * as first from "../../src/index.js";

type Sdk = typeof first;
let second: Sdk;

beforeAll(async () => {
  vi.resetModules();
  second = await import("../../src/index.js");
});

const CLASS_NAMES = [
  "UltravoxError",
  "UltravoxAPIError",
  "BadRequestError",
  "AuthenticationError",
  "PermissionDeniedError",
  "NotFoundError",
  "ConflictError",
  "UnprocessableEntityError",
  "RateLimitError",
  "InternalServerError",
  "UltravoxConnectionError",
  "UltravoxTimeoutError",
  "UltravoxMalformedResponseError",
  "UltravoxParameterError",
  "UltravoxWebhookError",
] as const;
type ClassName = (typeof CLASS_NAMES)[number];

/** Whether `child` is `parent` or extends it, by prototypes alone (not `instanceof`). */
const extendsClass = (child: ClassName, parent: ClassName) =>
  child === parent || first[parent].prototype.isPrototypeOf(first[child].prototype);

describe("instanceof across two copies of the package", () => {
  it("the second copy is a different copy", () => {
    expect(second.NotFoundError).not.toBe(first.NotFoundError);
    expect(Object.getPrototypeOf(second.NotFoundError.prototype)).toBe(
      second.UltravoxAPIError.prototype,
    );
  });

  it("an error from either copy is an instance of exactly its class and its ancestors in the other", () => {
    const mismatches: string[] = [];
    for (const [from, to] of [
      [second, first],
      [first, second],
    ] as const) {
      for (const made of CLASS_NAMES) {
        const error: unknown = Object.create(from[made].prototype);
        for (const tested of CLASS_NAMES) {
          if (error instanceof to[tested] !== extendsClass(made, tested))
            mismatches.push(`${made} instanceof ${tested}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("recognises a constructed error, which keeps its name", () => {
    const error = new second.RateLimitError(
      new Response(null, { status: 429, headers: { "retry-after": "2" } }),
      "",
      { method: "GET", url: "https://api.ultravox.ai/api/calls" },
    );
    expect(error.name).toBe("RateLimitError");
    expect(error.retryAfterMs).toBe(2000);
    expect(error instanceof first.RateLimitError).toBe(true);
    expect(error instanceof first.UltravoxAPIError).toBe(true);
    expect(error instanceof first.UltravoxError).toBe(true);
    expect(error instanceof first.NotFoundError).toBe(false);
    expect(error instanceof Error).toBe(true);
    expect(new second.UltravoxParameterError("timeoutMs", "must be a number").name).toBe(
      "UltravoxParameterError",
    );
  });

  it("a caller's subclass of one copy's class counts as that class in the other copy", () => {
    class TeamError extends second.NotFoundError {}
    const error: unknown = Object.create(TeamError.prototype);
    expect(error instanceof first.NotFoundError).toBe(true);
    expect(error instanceof first.UltravoxError).toBe(true);
    expect(error instanceof first.ConflictError).toBe(false);
  });

  it("a caller's own subclass is checked as the language does: only its own instances", () => {
    class TeamError extends first.NotFoundError {
      override name = "TeamError";
    }
    class OtherTeamError extends first.UltravoxError {}
    const plain = new first.UltravoxError("plain");
    expect(plain instanceof TeamError).toBe(false);
    expect(Object.create(second.NotFoundError.prototype) instanceof TeamError).toBe(false);
    expect(Object.create(first.NotFoundError.prototype) instanceof TeamError).toBe(false);
    expect(Object.create(TeamError.prototype) instanceof TeamError).toBe(true);
    expect(new OtherTeamError("x") instanceof OtherTeamError).toBe(true);
    expect(new OtherTeamError("x").name).toBe("UltravoxError");
    expect(new OtherTeamError("x") instanceof TeamError).toBe(false);
  });

  it("anything else is not an SDK error, and checking it does not throw", () => {
    const others: unknown[] = [
      null,
      undefined,
      0,
      "NotFoundError",
      Symbol("x"),
      {},
      Object.create(null),
      [],
      new Error("x"),
      new TypeError("x"),
      { name: "NotFoundError", constructor: first.NotFoundError },
      () => {},
      first.NotFoundError,
    ];
    for (const value of others)
      for (const name of CLASS_NAMES) expect(value instanceof first[name], name).toBe(false);
  });
});
