// Jest's default setup (no configuration, CommonJS): require() loads the package.
const sdk = require("ultravox-api");
const { NotFoundError, UltravoxAPIError, UltravoxError, unwrap } = require("ultravox-api");
const { getCallThenMissing, thrownBy } = require("./checks.cjs");

test("a request through the required package, and its typed error", async () => {
  const missing = await getCallThenMissing(sdk, process.env.CONSUMER_NAME);
  expect(() => unwrap(missing)).toThrow(NotFoundError);
  const error = thrownBy(() => unwrap(missing));
  expect(error).toBeInstanceOf(UltravoxAPIError);
  expect(error).toBeInstanceOf(UltravoxError);
  expect(error).toMatchObject({ name: "NotFoundError", status: 404, detail: "Not found." });
});
