// Hostile webhook requests: however many signatures an attacker puts in the header,
// verifying costs one HMAC per secret (counted on crypto.subtle, never timed); the
// header's size and entry count are bounded; nonsensical options are refused.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { webhookHandler } from "../../examples/webhook-handler.js";
import {
  signWebhook,
  UltravoxParameterError,
  UltravoxWebhookError,
  verifyWebhook,
  type VerifyWebhookOptions,
} from "../../src/index.js";

const SECRET = "whsec-hostile-9c2e";
const SENT_AT = "2026-05-21T12:00:00.000Z";
const SENT_MS = Date.parse(SENT_AT);
const BODY = '{"event":"call.ended","call":{"callId":"c1"}}';
const SIGNATURE = "X-Ultravox-Webhook-Signature";
/** 64 lowercase hex digits that are nobody's signature. */
const bogus = (index: number) => index.toString(16).padStart(64, "0");

async function signed(overrides: Partial<VerifyWebhookOptions> = {}) {
  const { headers, signature } = await signWebhook({
    secret: SECRET,
    body: BODY,
    timestamp: SENT_AT,
  });
  const options: VerifyWebhookOptions = {
    secret: SECRET,
    body: BODY,
    headers,
    now: SENT_MS,
    ...overrides,
  };
  return { options, signature, headers };
}

/** `options` with the signature header replaced. */
const withSignatures = (options: VerifyWebhookOptions, header: string | string[]) => ({
  ...options,
  headers: { ...(options.headers as Record<string, string>), [SIGNATURE]: header },
});

async function rejection(options: VerifyWebhookOptions) {
  const error = await verifyWebhook(options).then(
    () => new Error("verified"),
    (thrown: unknown) => thrown as Error,
  );
  expect(error.message).not.toContain(SECRET);
  return error;
}

describe("cost: one HMAC per secret, whatever the header holds", () => {
  let sign: ReturnType<typeof vi.spyOn>;
  let verify: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    sign = vi.spyOn(crypto.subtle, "sign");
    verify = vi.spyOn(crypto.subtle, "verify");
  });
  afterEach(() => vi.restoreAllMocks());

  it("16 signatures (the most accepted), the valid one last: one HMAC", async () => {
    const { options, signature } = await signed();
    sign.mockClear();
    const header = [...Array.from({ length: 15 }, (_, i) => bogus(i)), signature].join(",");
    expect(await verifyWebhook(withSignatures(options, header))).toMatchObject({
      event: "call.ended",
    });
    expect(sign).toHaveBeenCalledTimes(1);
    expect(verify).not.toHaveBeenCalled();
  });

  it("16 bogus signatures on a 4 MB body, three secrets: three HMACs, invalid_signature", async () => {
    const body = new Uint8Array(4 * 1024 * 1024).fill(0x61);
    const header = Array.from({ length: 16 }, (_, i) => bogus(i)).join(", ");
    const error = await rejection({
      secret: [SECRET, "old-1", "old-2"],
      body,
      headers: { [SIGNATURE]: header, "X-Ultravox-Webhook-Timestamp": SENT_AT },
      now: SENT_MS,
    });
    expect((error as UltravoxWebhookError).reason).toBe("invalid_signature");
    expect(sign).toHaveBeenCalledTimes(3);
    expect(verify).not.toHaveBeenCalled();
  });

  it.each([
    ["17 signatures", Array.from({ length: 17 }, (_, i) => bogus(i)).join(",")],
    ["100 signatures", Array.from({ length: 100 }, (_, i) => bogus(i)).join(",")],
    ["17 entries, most of them empty", `${"".padEnd(16, ",")}${bogus(1)}`],
    ["a header over 2048 characters", `${bogus(1)}${" ".repeat(2048)},${bogus(2)}`],
    ["a 1 MB header", "f".repeat(1 << 20)],
  ])("%s: invalid_signature before any HMAC, saying what the bound is", async (_name, header) => {
    const { options } = await signed();
    sign.mockClear();
    const error = await rejection(withSignatures(options, header));
    expect(error).toBeInstanceOf(UltravoxWebhookError);
    expect((error as UltravoxWebhookError).reason).toBe("invalid_signature");
    expect(error.message).toBe(
      "X-Ultravox-Webhook-Signature holds more than 16 signatures or 2048 characters; none was checked.",
    );
    expect(sign).not.toHaveBeenCalled();
    expect(verify).not.toHaveBeenCalled();
  });

  it("the bound counts values repeated in a plain headers object, as Node gives them", async () => {
    const { options, signature } = await signed();
    const error = await rejection(
      withSignatures(options, [...Array<string>(16).fill(bogus(3)), signature]),
    );
    expect((error as UltravoxWebhookError).reason).toBe("invalid_signature");
  });

  it("a valid signature in a header of exactly 2048 characters is accepted", async () => {
    const { options, signature } = await signed();
    const header = `${signature},${" ".repeat(2048 - 65)}`;
    expect(header).toHaveLength(2048);
    expect(await verifyWebhook(withSignatures(options, header))).toMatchObject({
      event: "call.ended",
    });
  });
});

describe("comparison", () => {
  it("a signature differing in its first or last digit, or upper-cased, is rejected", async () => {
    const { options, signature } = await signed();
    const flip = (digit: string) => (digit === "0" ? "1" : "0");
    for (const forged of [
      flip(signature[0]!) + signature.slice(1),
      signature.slice(0, -1) + flip(signature.at(-1)!),
      signature.toUpperCase(),
      signature.slice(0, 63),
      `${signature}0`,
    ]) {
      const error = await rejection(withSignatures(options, forged));
      expect((error as UltravoxWebhookError).reason).toBe("invalid_signature");
    }
  });
});

describe("options that make no sense are refused", () => {
  const cases: [string, Partial<VerifyWebhookOptions>, RegExp][] = [
    ["toleranceSeconds", { toleranceSeconds: -1 }, /number of seconds, 0 or more/],
    ["toleranceSeconds", { toleranceSeconds: NaN }, /number of seconds, 0 or more/],
    ["toleranceSeconds", { toleranceSeconds: -Infinity }, /number of seconds, 0 or more/],
    ["toleranceSeconds", { toleranceSeconds: "300" as unknown as number }, /number of seconds/],
    ["toleranceSeconds", { toleranceSeconds: null as unknown as number }, /number of seconds/],
    ["toleranceSeconds", { toleranceSeconds: true as unknown as number }, /number of seconds/],
    ["now", { now: new Date(NaN) }, /valid Date or a finite number/],
    ["now", { now: NaN }, /valid Date or a finite number/],
    ["now", { now: Infinity }, /valid Date or a finite number/],
    ["now", { now: "2026-05-21" as unknown as number }, /valid Date or a finite number/],
    ["now", { now: null as unknown as number }, /valid Date or a finite number/],
    ["headers", { headers: null as unknown as Headers }, /is null: pass the request's headers/],
    ["headers", { headers: "x" as unknown as Headers }, /is a string/],
    ["secret", { secret: "  " }, /is missing or blank/],
    ["body", { body: null as unknown as string }, /raw request body/],
  ];
  it.each(cases)("%s: %o", async (parameter, overrides, problem) => {
    const { options } = await signed(overrides);
    const error = await rejection(options);
    expect(error).toBeInstanceOf(UltravoxParameterError);
    expect(error).not.toBeInstanceOf(UltravoxWebhookError);
    expect((error as UltravoxParameterError).parameter).toBe(parameter);
    expect(error.message).toMatch(problem);
  });

  it.each([new Date(NaN), 42, null])("signWebhook's timestamp %o: refused", async (timestamp) => {
    const error = await signWebhook({
      secret: SECRET,
      body: BODY,
      timestamp: timestamp as unknown as Date,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UltravoxParameterError);
    expect((error as UltravoxParameterError).parameter).toBe("timestamp");
    expect((error as Error).message).toMatch(/valid Date or a string/);
  });

  it("toleranceSeconds: Infinity accepts an authentic request of any age", async () => {
    const tenYears = 10 * 365 * 86_400_000;
    const { options } = await signed({ now: SENT_MS + tenYears, toleranceSeconds: Infinity });
    expect(await verifyWebhook(options)).toMatchObject({ event: "call.ended" });
    const { options: forged } = await signed({ secret: "guessed", toleranceSeconds: Infinity });
    expect(((await rejection(forged)) as UltravoxWebhookError).reason).toBe("invalid_signature");
  });
});

describe("over HTTP: examples/webhook-handler.ts answers 401 to a stuffed header", () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    const handle = webhookHandler(SECRET);
    server = createServer((req, res) => void handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it("17 signatures, the valid one among them: 401, and the event is not handled", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const { headers, signature } = await signWebhook({ secret: SECRET, body: BODY });
    const stuffed = [signature, ...Array.from({ length: 16 }, (_, i) => bogus(i))].join(",");
    const response = await fetch(url, {
      method: "POST",
      body: BODY,
      headers: { ...headers, [SIGNATURE]: stuffed },
    });
    expect(response.status).toBe(401);
    const ok = await fetch(url, { method: "POST", body: BODY, headers });
    expect(ok.status).toBe(204);
    expect(log).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/more than 16 signatures/));
    vi.restoreAllMocks();
  });
});
