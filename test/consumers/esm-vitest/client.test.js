// Vitest's default setup in an ES project: import loads the package's ES build, and
// createRequire its CommonJS build, two copies in one process (the dual-package hazard).
import { createRequire } from "node:module";
import * as sdk from "ultravox-api";
import { NotFoundError, UltravoxAPIError, UltravoxError, unwrap } from "ultravox-api";
import { expect, test } from "vitest";
import { getCallThenMissing, thrownBy } from "./checks.cjs";

const name = process.env.CONSUMER_NAME;

test("a request through the imported package, and its typed error", async () => {
  const missing = await getCallThenMissing(sdk, name);
  expect(() => unwrap(missing)).toThrow(NotFoundError);
  const error = thrownBy(() => unwrap(missing));
  expect(error).toBeInstanceOf(UltravoxAPIError);
  expect(error).toBeInstanceOf(UltravoxError);
  expect(error).toMatchObject({ name: "NotFoundError", status: 404, detail: "Not found." });
});

test("the required copy's errors are recognised by the imported copy's classes, and back", async () => {
  const required = createRequire(import.meta.url)("ultravox-api");
  expect(required.NotFoundError).not.toBe(NotFoundError);
  const missing = await getCallThenMissing(required, `${name}-require`);
  expect(thrownBy(() => required.unwrap(missing))).toBeInstanceOf(NotFoundError);
  expect(thrownBy(() => unwrap(missing))).toBeInstanceOf(required.NotFoundError);
  expect(thrownBy(() => required.unwrap(missing))).not.toBeInstanceOf(sdk.ConflictError);
});
