// The local API the smoke program talks to (127.0.0.1 only), with CORS for the browser run.
import { createServer } from "node:http";

const call = (callId) => ({
  callId,
  clientVersion: null,
  created: "2025-06-02T09:14:05.102341Z",
  joined: null,
  ended: null,
  endReason: null,
  firstSpeaker: "FIRST_SPEAKER_AGENT",
  firstSpeakerSettings: { agent: {} },
  initialOutputMedium: "MESSAGE_MEDIUM_VOICE",
  joinUrl: `wss://example.test/${callId}`,
  errorCount: 0,
  shortSummary: null,
  summary: null,
  experimentalSettings: null,
  metadata: {},
});

/** Starts the smoke-test API on a free port of 127.0.0.1, and a "storage" host on another port it redirects to. */
export async function startSmokeServer() {
  const flakyHits = new Map();
  const requests = [];
  const storageRequests = [];
  const storage = createServer((request, response) => {
    storageRequests.push({
      path: request.url,
      apiKey: request.headers["x-api-key"] ?? request.headers["x-unsafe-api-key"],
    });
    response.writeHead(200, { "Content-Type": "audio/wav" });
    response.end(Buffer.from("RIFF0000WAVE"));
  });
  await new Promise((resolve) => storage.listen(0, "127.0.0.1", resolve));
  const storageOrigin = `http://127.0.0.1:${storage.address().port}`;
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const origin = `http://${request.headers.host}`;
    const cors = {
      "Access-Control-Allow-Origin": request.headers.origin ?? "*",
      // Like the real API: X-Unsafe-API-Key is the only key header a preflight admits.
      "Access-Control-Allow-Headers": "X-Unsafe-API-Key, Content-Type",
      "Access-Control-Expose-Headers": "Retry-After",
    };
    const send = (status, body, headers = {}) => {
      response.writeHead(status, { "Content-Type": "application/json", ...cors, ...headers });
      response.end(body === undefined ? undefined : JSON.stringify(body));
    };
    if (request.method === "OPTIONS") return send(204);
    const keyHeader = request.headers["x-api-key"] ? "X-API-Key" : "X-Unsafe-API-Key";
    const apiKey = request.headers["x-api-key"] ?? request.headers["x-unsafe-api-key"];
    requests.push({ method: request.method, path: url.pathname, apiKey, keyHeader });
    if (apiKey !== "smoke-test-key") return send(401, { detail: "Invalid API key." });

    if (url.pathname === "/api/calls") {
      const pages = { "": ["c1", "c2", "p2"], p2: ["c3", "c4", "p3"], p3: ["c5", null, null] };
      const [first, second, next] = pages[url.searchParams.get("cursor") ?? ""] ?? [];
      if (!first) return send(400, { detail: "bad cursor" });
      return send(200, {
        next: next ? `${origin}/api/calls?cursor=${next}&pageSize=2` : null,
        previous: null,
        results: [first, second].filter(Boolean).map(call),
      });
    }
    const stages = url.pathname.match(/^\/api\/calls\/([^/]+)\/stages$/);
    if (stages) {
      const hits = (flakyHits.get(stages[1]) ?? 0) + 1;
      flakyHits.set(stages[1], hits);
      if (hits === 1) return send(503, { detail: "Try again." }, { "Retry-After": "0" });
      return send(200, {
        next: null,
        previous: null,
        results: [
          {
            callId: stages[1],
            callStageId: "s1",
            created: "2025-06-02T09:14:05Z",
            temperature: 0,
            errorCount: 0,
            experimentalSettings: null,
          },
        ],
      });
    }
    const recording = url.pathname.match(/^\/api\/calls\/([^/]+)\/recording$/);
    // A streamed recording: the whole body at once (more than one 64 KiB chunk, less than
    // two), or its first bytes and then nothing.
    if (recording?.[1].endsWith("-delivered") || recording?.[1].endsWith("-stalled")) {
      response.writeHead(200, { "Content-Type": "audio/wav", ...cors });
      const audio = Buffer.alloc(70_000, 7);
      return recording[1].endsWith("-delivered") ? response.end(audio) : response.write(audio);
    }
    if (recording)
      return send(302, undefined, { Location: `${storageOrigin}/recordings/${recording[1]}.wav` });
    const single = url.pathname.match(/^\/api\/calls\/([^/]+)$/);
    if (single && single[1] !== "missing") return send(200, call(single[1]));
    return send(404, { detail: "Not found." });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    storageRequests,
    close: () =>
      Promise.all(
        [server, storage].map((s) => {
          s.closeAllConnections();
          return new Promise((resolve) => s.close(resolve));
        }),
      ),
  };
}
