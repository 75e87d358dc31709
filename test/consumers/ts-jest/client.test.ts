// TypeScript through ts-jest, which type-checks each test file: a common setup of Jest
// projects, tsconfig `"module": "commonjs"` with TypeScript's default (node10) resolution.
import { expect, test } from "@jest/globals";
import {
  createUltravoxClient,
  NotFoundError,
  UltravoxError,
  unwrap,
  type Schema,
} from "ultravox-api";

const baseUrl = process.env["CONSUMER_BASE_URL"] ?? "";
const name = process.env["CONSUMER_NAME"] ?? "";

test("a typed request, and a typed error narrowed with instanceof", async () => {
  const uv = createUltravoxClient({ apiKey: "smoke-test-key", baseUrl, maxRetries: 0 });
  const call: Schema<"Call"> = unwrap(
    await uv.GET("/api/calls/{call_id}", { params: { path: { call_id: name } } }),
  );
  expect(call.joinUrl).toBe(`wss://example.test/${name}`);

  const missing = await uv.GET("/api/calls/{call_id}", {
    params: { path: { call_id: "missing" } },
  });
  let status = 0;
  try {
    unwrap(missing);
  } catch (error) {
    if (!(error instanceof UltravoxError)) throw error;
    if (error instanceof NotFoundError) status = error.status; // `status` exists only once narrowed
  }
  expect(status).toBe(404);
  expect(() => unwrap(missing)).toThrow(NotFoundError);
});
