// The smoke program every runtime runs against the local server of
// scripts/test-runtimes.mjs. Plain JavaScript so that Node, Bun, Deno, workerd and
// Chromium can all load it without a TypeScript step. `sdk` is the installed
// package (imported or required by the runtime's entry file).

/**
 * Runs the checks and returns their names; throws on the first failure.
 * @param {typeof import("ultravox-api")} sdk
 * @param {{ baseUrl: string; runtime: string; vector: { secret: string; timestamp: string; body: string; signatureHeader: string } }} options
 */
export async function runSmoke(sdk, { baseUrl, runtime, vector }) {
  const passed = [];
  const check = (name, condition, detail) => {
    if (!condition)
      throw new Error(`${name} failed${detail === undefined ? "" : `: ${JSON.stringify(detail)}`}`);
    passed.push(name);
  };
  const uv = sdk.createUltravoxClient({ apiKey: "smoke-test-key", baseUrl, maxRetries: 2 });

  const result = await uv.GET("/api/calls/{call_id}", { params: { path: { call_id: runtime } } });
  const call = sdk.unwrap(result);
  check(
    "typed GET",
    call.callId === runtime && call.joinUrl === `wss://example.test/${runtime}`,
    call,
  );
  let usedBody;
  try {
    await result.response.text();
  } catch (error) {
    usedBody = error;
  }
  check(
    "used body refused",
    usedBody instanceof sdk.UltravoxError && usedBody.message.includes("result.data"),
    String(usedBody),
  );

  const raw = sdk.unwrap(await uv.request("GET", ["api", "calls", runtime]));
  check("request by segments", raw.callId === runtime, raw);

  const ids = [];
  for await (const item of sdk.paginate(uv, "/api/calls", { params: { query: { pageSize: 2 } } }))
    ids.push(item.callId);
  check("3-page paginate", ids.join(",") === "c1,c2,c3,c4,c5", ids);

  const retried = sdk.unwrap(
    await uv.GET("/api/calls/{call_id}/stages", {
      params: { path: { call_id: `${runtime}-flaky` } },
    }),
  );
  check(
    "retried 503",
    retried.results.length === 1 && retried.results[0].callStageId === "s1",
    retried,
  );

  // Server runtimes follow the recording's redirect to storage themselves, without the API key
  // (the runner checks what storage received). Browsers follow it under their own CORS rules.
  if (runtime !== "chromium") {
    const { data, response } = await uv.GET("/api/calls/{call_id}/recording", {
      params: { path: { call_id: runtime } },
      parseAs: "arrayBuffer",
    });
    check("recording redirect", response.ok && data.byteLength === 12, response.status);
  }

  let notFound;
  try {
    sdk.unwrap(await uv.GET("/api/calls/{call_id}", { params: { path: { call_id: "missing" } } }));
  } catch (error) {
    notFound = error;
  }
  check(
    "unwrap error",
    notFound instanceof sdk.NotFoundError &&
      notFound instanceof sdk.UltravoxError &&
      notFound.status === 404,
    String(notFound),
  );

  const event = await sdk.verifyWebhook({
    secret: vector.secret,
    body: vector.body,
    headers: {
      "X-Ultravox-Webhook-Signature": vector.signatureHeader,
      "x-ultravox-webhook-timestamp": vector.timestamp,
    },
    now: new Date(Date.parse(vector.timestamp) + 1000),
  });
  check("verifyWebhook", event.event === "call.ended" && event.call.callId === "c1", event);

  let tampered;
  try {
    await sdk.verifyWebhook({
      secret: vector.secret,
      body: vector.body.replace("c1", "c2"),
      headers: {
        "X-Ultravox-Webhook-Signature": vector.signatureHeader,
        "X-Ultravox-Webhook-Timestamp": vector.timestamp,
      },
      now: new Date(Date.parse(vector.timestamp)),
    });
  } catch (error) {
    tampered = error;
  }
  check(
    "verifyWebhook rejects tampering",
    tampered instanceof sdk.UltravoxWebhookError,
    String(tampered),
  );
  return passed;
}
