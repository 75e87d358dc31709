// The smoke program every runtime runs against the local server of
// test/runtimes/run.mjs. Plain JavaScript so that Node, Bun, Deno, workerd and
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
  // The browser build requires dangerouslyAllowBrowser (a key in a page is public); servers ignore it.
  const uv = sdk.createUltravoxClient({
    apiKey: "smoke-test-key",
    baseUrl,
    maxRetries: 2,
    dangerouslyAllowBrowser: true,
  });

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

  // A slow consumer of a streamed download: the whole body has arrived, and the caller aborts
  // while the consumer is between reads. The next read rejects with the reason at once, and
  // the client's listener leaves the caller's signal. Then a body that stalls: the read ends
  // after timeoutMs. (Node 20 and 22's own fetch never settle the first read.)
  const streamed = async (suffix, timeoutMs, watched) => {
    const { data } = await uv.GET("/api/calls/{call_id}/recording", {
      params: { path: { call_id: `${runtime}-${suffix}` } },
      parseAs: "stream",
      signal: watched.signal,
      timeoutMs,
    });
    return data.getReader();
  };
  const outcomeOf = (read, ms) =>
    Promise.race([
      read.then(
        () => "resolved",
        (error) => error,
      ),
      sleep(ms).then(() => `still pending after ${ms} ms`),
    ]);
  const aborted = watchedSignal();
  const delivered = await streamed("delivered", 10_000, aborted);
  await delivered.read();
  await sleep(100);
  const reason = new Error("the user closed the player");
  aborted.controller.abort(reason);
  const afterAbort = await outcomeOf(delivered.read(), 2_000);
  check("stream: abort between reads", afterAbort === reason && aborted.listeners.size === 0, {
    outcome: String(afterAbort),
    listeners: aborted.listeners.size,
  });
  const waited = watchedSignal();
  const stalled = await streamed("stalled", 300, waited);
  const afterStall = await outcomeOf(
    (async () => {
      for (;;) if ((await stalled.read()).done) return;
    })(),
    5_000,
  );
  check(
    "stream: a stall ends after timeoutMs",
    afterStall instanceof sdk.UltravoxTimeoutError && waited.listeners.size === 0,
    { outcome: String(afterStall), listeners: waited.listeners.size },
  );

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

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** An AbortSignal that keeps the set of abort listeners added to it and not yet removed. */
function watchedSignal() {
  const controller = new AbortController();
  const { signal } = controller;
  const listeners = new Set();
  const add = signal.addEventListener.bind(signal);
  const remove = signal.removeEventListener.bind(signal);
  signal.addEventListener = (type, listener, options) => {
    if (type === "abort") listeners.add(listener);
    add(type, listener, options);
  };
  signal.removeEventListener = (type, listener, options) => {
    if (type === "abort") listeners.delete(listener);
    remove(type, listener, options);
  };
  return { controller, signal, listeners };
}
