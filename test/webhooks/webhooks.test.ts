import { describe, expect, it } from "vitest";
import {
  signWebhook,
  UltravoxError,
  UltravoxWebhookError,
  verifyWebhook,
  type VerifyWebhookOptions,
  type WebhookErrorReason,
} from "../../src/index.js";
import { webhookVectors } from "../spec/reference.js";

const SECRET = "whsec-do-not-leak-7f3a";
const SENT_AT = "2026-05-21T12:00:00.000Z";
const SENT_MS = Date.parse(SENT_AT);
const BODY = '{"event":"call.ended","call":{"callId":"c1","shortSummary":"Café – “ok” ✓ 😀"}}';

/** A request as Ultravox would send it: signed with SECRET at SENT_AT, verified at SENT_AT. */
async function signed(
  body: string | Uint8Array = BODY,
  overrides: Partial<VerifyWebhookOptions> = {},
): Promise<VerifyWebhookOptions> {
  const { headers } = await signWebhook({ secret: SECRET, body, timestamp: SENT_AT });
  return { secret: SECRET, body, headers, now: SENT_MS, ...overrides };
}

/** The reason `verifyWebhook` rejects with; fails the test if it resolves or throws anything else. */
async function reasonOf(options: VerifyWebhookOptions): Promise<WebhookErrorReason> {
  const error = await verifyWebhook(options).then(
    (event) => event,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(UltravoxWebhookError);
  expect((error as Error).message).not.toContain(SECRET);
  return (error as UltravoxWebhookError).reason;
}

const signatureOf = (options: VerifyWebhookOptions) =>
  (options.headers as Record<string, string>)["X-Ultravox-Webhook-Signature"]!;

describe("verifyWebhook: reference vectors", () => {
  const vectors = webhookVectors();

  it("covers valid and invalid vectors", () => {
    expect(vectors.filter((v) => v.valid).length).toBeGreaterThanOrEqual(3);
    expect(vectors.filter((v) => !v.valid).length).toBeGreaterThanOrEqual(2);
  });

  for (const vector of vectors) {
    const options = (body: string | Uint8Array): VerifyWebhookOptions => ({
      secret: vector.secret,
      body,
      headers: {
        "X-Ultravox-Webhook-Signature": vector.signatureHeader,
        "X-Ultravox-Webhook-Timestamp": vector.timestamp,
      },
      now: new Date(vector.timestamp),
    });
    if (vector.valid) {
      it(`${vector.name}: verifies as a string and as bytes`, async () => {
        const expected = JSON.parse(vector.body) as unknown;
        expect(await verifyWebhook(options(vector.body))).toEqual(expected);
        expect(await verifyWebhook(options(new TextEncoder().encode(vector.body)))).toEqual(
          expected,
        );
      });
    } else {
      it(`${vector.name}: fails with invalid_signature`, async () => {
        expect(await reasonOf(options(vector.body))).toBe("invalid_signature");
      });
    }
  }

  it("signWebhook reproduces every single-signature valid vector", async () => {
    const single = vectors.filter((v) => v.valid && !v.signatureHeader.includes(","));
    expect(single.length).toBeGreaterThanOrEqual(3);
    for (const v of single) {
      const { signature } = await signWebhook({
        secret: v.secret,
        body: v.body,
        timestamp: v.timestamp,
      });
      expect(signature).toBe(v.signatureHeader);
    }
  });
});

describe("verifyWebhook: rejection reasons", () => {
  it("missing_signature: no header, or a blank one", async () => {
    const options = await signed();
    const { "X-Ultravox-Webhook-Signature": _, ...onlyTimestamp } = options.headers as Record<
      string,
      string
    >;
    expect(await reasonOf({ ...options, headers: onlyTimestamp })).toBe("missing_signature");
    expect(
      await reasonOf({
        ...options,
        headers: { ...onlyTimestamp, "x-ultravox-webhook-signature": " " },
      }),
    ).toBe("missing_signature");
  });

  it("missing_timestamp", async () => {
    const options = await signed();
    expect(
      await reasonOf({
        ...options,
        headers: { "X-Ultravox-Webhook-Signature": signatureOf(options) },
      }),
    ).toBe("missing_timestamp");
  });

  it("invalid_timestamp: epoch seconds, prose, a space for T, two values", async () => {
    const body = BODY;
    for (const timestamp of [
      "1779364800",
      "yesterday",
      "2026-05-21 12:00:00Z",
      "2026-05-21T12:00Z",
      "2026-13-01T00:00:00Z",
    ]) {
      const { headers } = await signWebhook({ secret: SECRET, body, timestamp });
      expect(await reasonOf({ secret: SECRET, body, headers, now: SENT_MS }), timestamp).toBe(
        "invalid_timestamp",
      );
    }
    const options = await signed();
    const headers = {
      ...(options.headers as Record<string, string>),
      "X-Ultravox-Webhook-Timestamp": [SENT_AT, SENT_AT],
    };
    expect(await reasonOf({ ...options, headers })).toBe("invalid_timestamp");
  });

  it("timestamp_out_of_tolerance, with a message saying how old", async () => {
    const options = await signed(BODY, { now: SENT_MS + 3_600_000 });
    const error = await verifyWebhook(options).catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ reason: "timestamp_out_of_tolerance" });
    expect((error as Error).message).toContain("3600 s ago");
  });

  it("invalid_signature: wrong secret, re-serialised body, tampered timestamp, uppercase or malformed entries", async () => {
    const options = await signed();
    expect(await reasonOf({ ...options, secret: "another-secret" })).toBe("invalid_signature");
    expect(await reasonOf({ ...options, body: JSON.stringify(JSON.parse(BODY), null, 1) })).toBe(
      "invalid_signature",
    );
    const headers = options.headers as Record<string, string>;
    expect(
      await reasonOf({
        ...options,
        headers: { ...headers, "X-Ultravox-Webhook-Timestamp": "2026-05-21T12:00:00.001Z" },
      }),
    ).toBe("invalid_signature");
    const signature = signatureOf(options);
    for (const header of [
      signature.toUpperCase(),
      `${signature}00`,
      signature.slice(2),
      "x".repeat(64),
      ",,",
    ]) {
      expect(
        await reasonOf({
          ...options,
          headers: { ...headers, "X-Ultravox-Webhook-Signature": header },
        }),
        header,
      ).toBe("invalid_signature");
    }
  });

  it("checks the signature before the time: a forged stale request is invalid_signature", async () => {
    const options = await signed(BODY, { now: SENT_MS + 3_600_000 });
    expect(await reasonOf({ ...options, secret: "another-secret" })).toBe("invalid_signature");
  });

  it("invalid_body: validly signed bodies that are not a JSON { event, call } object", async () => {
    const invalid = [
      "not json",
      "",
      "[]",
      "null",
      '"call.ended"',
      '{"event":"call.ended"}',
      '{"event":"call.ended","call":null}',
      '{"event":"call.ended","call":[]}',
      '{"event":1,"call":{}}',
      '{"call":{"callId":"c1"}}',
    ];
    for (const body of invalid) {
      expect(await reasonOf(await signed(body)), body).toBe("invalid_body");
    }
    // Signed bytes that are not UTF-8, even though a lenient decoder would give JSON.
    const bytes = new TextEncoder().encode('{"event":"call.ended","call":{"x":"?"}}');
    bytes[bytes.indexOf(63)] = 0xff;
    expect(await reasonOf(await signed(bytes))).toBe("invalid_body");
  });

  it("passes through event names the spec does not know yet", async () => {
    const body = '{"event":"call.future","call":{"callId":"c1"}}';
    expect(await verifyWebhook(await signed(body))).toEqual(JSON.parse(body));
  });
});

describe("verifyWebhook: programming errors are UltravoxErrors, not webhook rejections", () => {
  const cases: [string, Partial<VerifyWebhookOptions>, RegExp][] = [
    ["an empty secret", { secret: "" }, /secret is missing or blank/],
    ["a blank secret", { secret: " \n" }, /secret is missing or blank/],
    ["no secrets", { secret: [] }, /secret is missing or blank/],
    ["a blank secret among others", { secret: [SECRET, ""] }, /secret is missing or blank/],
    [
      "an undefined secret",
      { secret: undefined as unknown as string },
      /secret is missing or blank/,
    ],
    ["a parsed body", { body: JSON.parse(BODY) as string }, /raw request body .* not an object/],
    ["a negative tolerance", { toleranceSeconds: -1 }, /toleranceSeconds/],
    ["a NaN tolerance", { toleranceSeconds: NaN }, /toleranceSeconds/],
  ];
  for (const [name, overrides, message] of cases) {
    it(name, async () => {
      const options = await signed(BODY, overrides);
      const error = await verifyWebhook(options).catch((thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(UltravoxError);
      expect(error).not.toBeInstanceOf(UltravoxWebhookError);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toContain(SECRET);
    });
  }

  it("signWebhook rejects a blank secret", async () => {
    await expect(signWebhook({ secret: " ", body: BODY })).rejects.toThrow(
      /secret is missing or blank/,
    );
  });
});

describe("verifyWebhook: secret rotation", () => {
  const OLD = "old-secret";

  it("accepts when any secret matches, in either order", async () => {
    const options = await signed();
    expect(await verifyWebhook({ ...options, secret: [OLD, SECRET] })).toMatchObject({
      event: "call.ended",
    });
    expect(await verifyWebhook({ ...options, secret: [SECRET, OLD] })).toMatchObject({
      event: "call.ended",
    });
    expect(await reasonOf({ ...options, secret: [OLD, "older-secret"] })).toBe("invalid_signature");
  });

  it("accepts a header with two signatures, spaces and malformed entries around them", async () => {
    const options = await signed();
    const stale = (await signWebhook({ secret: OLD, body: BODY, timestamp: SENT_AT })).signature;
    const headers = options.headers as Record<string, string>;
    for (const header of [
      `${stale},${signatureOf(options)}`,
      `${signatureOf(options)}, ${stale}`,
      ` sha256=abc , ${stale} ,  ${signatureOf(options)} `,
    ]) {
      const rotated = { ...headers, "X-Ultravox-Webhook-Signature": header };
      expect(await verifyWebhook({ ...options, headers: rotated }), header).toMatchObject({
        event: "call.ended",
      });
    }
    // Ultravox signs with both secrets of a rotating webhook; either receiver secret matches.
    const both = { ...headers, "X-Ultravox-Webhook-Signature": `${stale},${signatureOf(options)}` };
    expect(await verifyWebhook({ ...options, secret: OLD, headers: both })).toMatchObject({
      event: "call.ended",
    });
  });
});

describe("verifyWebhook: headers", () => {
  it("reads a Headers object, including appended signature values", async () => {
    const options = await signed();
    const headers = new Headers(options.headers as Record<string, string>);
    expect(await verifyWebhook({ ...options, headers })).toMatchObject({ event: "call.ended" });
    const appended = new Headers({ "X-Ultravox-Webhook-Timestamp": SENT_AT });
    appended.append("X-Ultravox-Webhook-Signature", "0".repeat(64));
    appended.append("X-Ultravox-Webhook-Signature", signatureOf(options));
    expect(await verifyWebhook({ ...options, headers: appended })).toMatchObject({
      event: "call.ended",
    });
  });

  it("reads plain objects case-insensitively, as Node and other frameworks give them", async () => {
    const options = await signed();
    const signature = signatureOf(options);
    for (const headers of [
      { "x-ultravox-webhook-signature": signature, "x-ultravox-webhook-timestamp": SENT_AT },
      { "X-ULTRAVOX-WEBHOOK-SIGNATURE": signature, "x-Ultravox-Webhook-timestamp": SENT_AT },
      {
        "x-ultravox-webhook-signature": ["0".repeat(64), signature],
        "x-ultravox-webhook-timestamp": [SENT_AT],
      },
      {
        "x-ultravox-webhook-signature": "0".repeat(64),
        "X-Ultravox-Webhook-Signature": signature,
        "x-ultravox-webhook-timestamp": SENT_AT,
      },
      {
        "x-ultravox-webhook-signature": signature,
        "x-ultravox-webhook-timestamp": SENT_AT,
        "content-type": undefined,
      },
    ]) {
      expect(await verifyWebhook({ ...options, headers }), JSON.stringify(headers)).toMatchObject({
        event: "call.ended",
      });
    }
  });

  it("treats an empty array as a missing header", async () => {
    const options = await signed();
    const headers = { "x-ultravox-webhook-signature": [], "x-ultravox-webhook-timestamp": SENT_AT };
    expect(await reasonOf({ ...options, headers })).toBe("missing_signature");
  });
});

describe("verifyWebhook: body encodings", () => {
  const bytes = new TextEncoder().encode(BODY);

  it("verifies a non-ASCII body as a string, Uint8Array, Buffer, ArrayBuffer and offset view alike", async () => {
    const { headers } = await signWebhook({ secret: SECRET, body: BODY, timestamp: SENT_AT });
    const padded = new Uint8Array(bytes.length + 8);
    padded.set(bytes, 4);
    const bodies: VerifyWebhookOptions["body"][] = [
      BODY,
      bytes,
      Buffer.from(BODY),
      bytes.slice().buffer,
      padded.subarray(4, 4 + bytes.length),
    ];
    for (const body of bodies) {
      const event = await verifyWebhook({ secret: SECRET, body, headers, now: SENT_MS });
      expect(event).toEqual(JSON.parse(BODY));
      expect(event.event === "call.ended" && event.call.shortSummary).toBe("Café – “ok” ✓ 😀");
    }
  });

  it("signs strings as UTF-8: the string and its bytes give the same signature", async () => {
    const fromString = await signWebhook({ secret: SECRET, body: BODY, timestamp: SENT_AT });
    const fromBytes = await signWebhook({
      secret: SECRET,
      body: bytes.slice().buffer,
      timestamp: SENT_AT,
    });
    expect(fromBytes.signature).toBe(fromString.signature);
  });

  it("rejects the same text in another encoding", async () => {
    const latin1 = Uint8Array.from(BODY.replace(/[^\x00-\xff]/g, "?"), (c) => c.charCodeAt(0));
    const { headers } = await signWebhook({
      secret: SECRET,
      body: BODY.replace(/[^\x00-\xff]/g, "?"),
      timestamp: SENT_AT,
    });
    expect(await reasonOf({ secret: SECRET, body: latin1, headers, now: SENT_MS })).toBe(
      "invalid_signature",
    );
  });
});

describe("verifyWebhook: tolerance", () => {
  const cases: [string, number, number | undefined, boolean][] = [
    ["stale, exactly at the default 300 s", 300_000, undefined, true],
    ["stale, 1 ms beyond the default", 300_001, undefined, false],
    ["future, exactly at the default", -300_000, undefined, true],
    ["future, 1 ms beyond the default", -300_001, undefined, false],
    ["stale, exactly at a 60 s tolerance", 60_000, 60, true],
    ["stale, 1 ms beyond a 60 s tolerance", 60_001, 60, false],
    ["future, 1 ms beyond a 60 s tolerance", -60_001, 60, false],
    ["simultaneous, with a zero tolerance", 0, 0, true],
  ];
  for (const [name, offset, toleranceSeconds, accepted] of cases) {
    it(`${name}: ${accepted ? "accepted" : "timestamp_out_of_tolerance"}`, async () => {
      const options = await signed(BODY, { now: new Date(SENT_MS + offset), toleranceSeconds });
      if (accepted) expect(await verifyWebhook(options)).toMatchObject({ event: "call.ended" });
      else expect(await reasonOf(options)).toBe("timestamp_out_of_tolerance");
    });
  }

  it("reads microseconds and offsets: 12:00:00.999999+02:00 is 10:00:00.999 UTC", async () => {
    const timestamp = "2026-05-21T12:00:00.999999+02:00";
    const { headers } = await signWebhook({ secret: SECRET, body: BODY, timestamp });
    const at = Date.parse("2026-05-21T10:00:00.999Z");
    expect(
      await verifyWebhook({ secret: SECRET, body: BODY, headers, now: at + 300_000 }),
    ).toBeTruthy();
    expect(await reasonOf({ secret: SECRET, body: BODY, headers, now: at + 300_001 })).toBe(
      "timestamp_out_of_tolerance",
    );
  });

  it("treats a timestamp without an offset as UTC", async () => {
    const { headers } = await signWebhook({
      secret: SECRET,
      body: BODY,
      timestamp: "2026-05-21T12:00:00.5",
    });
    expect(
      await verifyWebhook({ secret: SECRET, body: BODY, headers, now: SENT_MS + 300_500 }),
    ).toBeTruthy();
    expect(await reasonOf({ secret: SECRET, body: BODY, headers, now: SENT_MS + 300_501 })).toBe(
      "timestamp_out_of_tolerance",
    );
  });

  it("defaults now to the clock, and signWebhook's timestamp to now", async () => {
    const before = Date.now();
    const { headers, timestamp } = await signWebhook({ secret: SECRET, body: BODY });
    expect(Date.parse(timestamp)).toBeGreaterThanOrEqual(before - 1);
    expect(Date.parse(timestamp)).toBeLessThanOrEqual(Date.now());
    expect(timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(await verifyWebhook({ secret: SECRET, body: BODY, headers })).toMatchObject({
      event: "call.ended",
    });
    const old = await signWebhook({
      secret: SECRET,
      body: BODY,
      timestamp: new Date(Date.now() - 301_000),
    });
    expect(await reasonOf({ secret: SECRET, body: BODY, headers: old.headers })).toBe(
      "timestamp_out_of_tolerance",
    );
  });
});

describe("signWebhook", () => {
  it("returns the signature, the timestamp and both headers", async () => {
    const result = await signWebhook({ secret: SECRET, body: BODY, timestamp: new Date(SENT_MS) });
    expect(result.timestamp).toBe(SENT_AT);
    expect(result.signature).toMatch(/^[0-9a-f]{64}$/);
    expect(result.headers).toEqual({
      "X-Ultravox-Webhook-Signature": result.signature,
      "X-Ultravox-Webhook-Timestamp": SENT_AT,
    });
  });
});
