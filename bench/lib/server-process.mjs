// The benchmark's API server, run as its own process (see server.mjs) so that its work
// never shares an event loop or a CPU timeslice with the client being measured.
// Keep-alive HTTP/1.1 on 127.0.0.1, answering:
//   GET /api/calls?pageSize=&cursor=   a List Calls page (payload.mjs)
//   GET /api/calls/{call_id}           one call
// Per-request behaviour is set by request headers, so one server serves every scenario:
//   x-bench-total: <n>          calls in the listing (default 100 000)
//   x-bench-delay-us: <µs>      wait this long before answering (precise to ~20 µs)
//   x-bench-fail-rate: <0..1>   answer this share of GETs with 503 and `Retry-After: 0`
import { createServer } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { callJson, pageJson } from "./payload.mjs";

// A seeded generator (mulberry32), so a failure pattern is the same in every run.
let seed = 0x9e3779b9;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** Waits `us` microseconds: a timer for the bulk, then polling the clock for precision. */
async function waitMicroseconds(us) {
  const deadline = process.hrtime.bigint() + BigInt(Math.round(us * 1000));
  if (us > 2000) await sleep(Math.floor(us / 1000) - 1);
  while (process.hrtime.bigint() < deadline) await new Promise(setImmediate);
}

let cached = { key: "", body: Buffer.alloc(0) };
function bodyFor(key, make) {
  if (cached.key !== key) cached = { key, body: Buffer.from(make()) };
  return cached.body;
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? "/", `http://${request.headers.host}`);
  const header = (name, fallback) => Number(request.headers[name] ?? fallback);
  const delayUs = header("x-bench-delay-us", 0);
  if (delayUs > 0) await waitMicroseconds(delayUs);
  if (request.method === "GET" && random() < header("x-bench-fail-rate", 0)) {
    const body = '{"detail":"Service temporarily unavailable."}';
    response.writeHead(503, {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(body),
      "retry-after": "0",
    });
    response.end(body);
    return;
  }
  let body;
  const call = /^\/api\/calls\/([^/]+)$/.exec(url.pathname);
  if (request.method === "GET" && url.pathname === "/api/calls") {
    const total = header("x-bench-total", 100_000);
    body = bodyFor(`${url.href} ${total}`, () => pageJson(url, total));
  } else if (request.method === "GET" && call) {
    body = Buffer.from(callJson(decodeURIComponent(call[1])));
  } else {
    response.writeHead(404, { "content-type": "application/json" });
    response.end('{"detail":"Not found."}');
    return;
  }
  response.writeHead(200, { "content-type": "application/json", "content-length": body.length });
  response.end(body);
});
server.keepAliveTimeout = 120_000;
server.listen(0, "127.0.0.1", () => process.send({ port: server.address().port }));
process.on("disconnect", () => process.exit(0));
