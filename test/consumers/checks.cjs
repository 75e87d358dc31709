// What every consumer project does with the installed package, whichever way it loaded it
// (`sdk`): a typed GET against the local API of scripts/test-consumers.mjs, then a GET the
// API answers 404, whose result it returns for the project to unwrap into a typed error.
// CommonJS, so that Jest's default setup, Vitest and bundlers can all load it.

/**
 * @param {typeof import("ultravox-api")} sdk
 * @param {string} name sent as the call id, so that the runner sees who called
 */
exports.getCallThenMissing = async function getCallThenMissing(sdk, name) {
  const baseUrl = process.env.CONSUMER_BASE_URL;
  if (!baseUrl) throw new Error("CONSUMER_BASE_URL is not set: run npm run test:consumers");
  // The browser build (esbuild's bundle) refuses a client without dangerouslyAllowBrowser.
  const uv = sdk.createUltravoxClient({
    apiKey: "smoke-test-key",
    baseUrl,
    maxRetries: 0,
    dangerouslyAllowBrowser: true,
  });
  const call = sdk.unwrap(
    await uv.GET("/api/calls/{call_id}", { params: { path: { call_id: name } } }),
  );
  if (call.joinUrl !== `wss://example.test/${name}`)
    throw new Error(`unexpected call: ${JSON.stringify(call)}`);
  return uv.GET("/api/calls/{call_id}", { params: { path: { call_id: "missing" } } });
};

/** The error `fail` throws; throws itself when `fail` does not. */
exports.thrownBy = function thrownBy(fail) {
  try {
    fail();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
};
