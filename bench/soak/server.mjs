// The soak's fault server, in its own process (forked by run.mjs): the API on one port of
// 127.0.0.1, a storage host recordings redirect to on another, and a foreign host that
// listings' foreign `next` links name (which must never be asked anything). Each API request
// carries its operation in X-Soak-Op and its plan in X-Soak-Plan (see plan.mjs); the server
// counts the attempts of each operation (each page of a listing apart), answers attempt n
// with the plan's n-th fault, and logs every attempt for run.mjs to check. Nothing leaves
// 127.0.0.1; everything stops when run.mjs says so.
import { createServer } from "node:http";
import { hashOf, pageItems, RECORDING_BYTES } from "./plan.mjs";

const key = process.argv[2];
const servers = {};
const origins = {};
/** One row per API attempt: [op, page key, attempt, method, arrival (epoch ms), fault, retryAt, noRetry]. */
const attempts = [];
const attemptCounts = new Map();
/** Requests that reached storage or the foreign host: [host, path, carried the key]. */
const elsewhere = [];
const storageHits = new Map();
/** Requests that arrived without the key, or with another one. */
let unauthenticated = 0;
const faults = {};

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(" ");
const two = (number) => String(number).padStart(2, "0");
const clock = (date) =>
  `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}`;

/** `Retry-After` for `form` sent now: [header value or undefined, retryAt (epoch ms) or null, noRetry]. */
function retryAfter(form, now) {
  // About a second ahead, on a whole second (an HTTP-date has no finer resolution).
  const ahead = new Date(Math.ceil(now / 1000) * 1000 + 1000);
  const weekday = WEEKDAYS[ahead.getUTCDay()];
  const month = MONTHS[ahead.getUTCMonth()];
  switch (form) {
    case "none":
      return [undefined, null, false];
    case "s0":
    case "s1":
    case "s2": {
      const seconds = Number(form[1]);
      return [String(seconds), now + seconds * 1000, false];
    }
    case "past":
      return [new Date(now - 10_000).toUTCString(), now, false];
    case "imf":
      return [ahead.toUTCString(), ahead.getTime(), false];
    case "rfc850":
      return [
        `${weekday}, ${two(ahead.getUTCDate())}-${month}-${two(ahead.getUTCFullYear() % 100)} ${clock(ahead)} GMT`,
        ahead.getTime(),
        false,
      ];
    case "asctime":
      return [
        `${weekday.slice(0, 3)} ${month} ${String(ahead.getUTCDate()).padStart(2, " ")} ${clock(ahead)} ${ahead.getUTCFullYear()}`,
        ahead.getTime(),
        false,
      ];
    case "bad":
      return ["1.5", null, false];
    case "huge":
      return ["3600", null, true];
    default:
      throw new Error(`unknown Retry-After form ${form}`);
  }
}

const html = (title) =>
  `<!doctype html><html><head><title>${title}</title></head><body><h1>${title}</h1>` +
  `<p>upstream rejected key=${key}</p></body></html>`;

function json(response, status, body, headers = {}) {
  response.writeHead(status, { "content-type": "application/json", ...headers });
  response.end(body === undefined ? undefined : JSON.stringify(body));
}

/** The normal answer to an API request. */
function answer(request, response, route, op) {
  const { method } = request;
  if (route.kind === "list") return json(response, 200, listPage(request, route, op));
  if (route.kind === "recording") {
    const body = request.headers["x-soak-body"] ?? "full";
    response.writeHead(302, { location: `${origins.storage}/rec/${op}?body=${body}` });
    return response.end();
  }
  if (method === "DELETE") {
    response.writeHead(204);
    return response.end();
  }
  if (method === "POST")
    return json(response, 201, { callId: `${op}-call`, joinUrl: `wss://soak.test/${op}` });
  if (method === "PATCH") return json(response, 200, { agentId: op, name: "soak" });
  return json(response, 200, { callId: op, created: "2026-01-01T00:00:00Z", metadata: {} });
}

/** One page of a listing, its `next` written as X-Soak-List asks. */
function listPage(request, route, op) {
  const [listKind, pagesText] = String(request.headers["x-soak-list"]).split(".");
  const pages = Number(pagesText);
  const page = route.page;
  const body = { results: pageItems(op, page).map((callId) => ({ callId })), previous: null };
  // A repeated link: page 3's next is page 2's cursor again.
  if (listKind === "repeated" && page === 3) return { ...body, next: `/api/calls?cursor=${op}~2` };
  if (page >= pages) return { ...body, next: null };
  const cursor = `${op}~${page + 1}`;
  const styles = ["absolute", "path", "relative", "foreign"];
  const style =
    listKind === "mixed"
      ? styles[page % styles.length]
      : listKind === "repeated"
        ? "path"
        : listKind;
  const next = {
    absolute: `${origins.api}/api/calls?cursor=${cursor}`,
    path: `/api/calls?cursor=${cursor}`,
    relative: `?cursor=${cursor}`,
    foreign: `${origins.foreign}/api/calls?cursor=${cursor}`,
  }[style];
  return { ...body, next };
}

/** Which API route a request is for, and the operation (and page) it belongs to. */
function routeOf(url, request) {
  const { pathname, searchParams } = url;
  if (pathname === "/api/calls" && request.method === "GET") {
    const cursor = searchParams.get("cursor");
    const page = cursor ? Number(cursor.split("~")[1]) : 1;
    return { kind: "list", page, pageKey: String(page) };
  }
  if (/^\/api\/calls\/[^/]+\/recording$/.test(pathname)) return { kind: "recording", pageKey: "" };
  return { kind: "single", pageKey: "" };
}

function handleApi(request, response) {
  const now = Date.now();
  const url = new URL(request.url, origins.api);
  if (request.headers["x-api-key"] !== key) unauthenticated++;
  const op = String(request.headers["x-soak-op"] ?? "");
  const route = routeOf(url, request);
  const countKey = `${op}|${route.pageKey}`;
  const attempt = (attemptCounts.get(countKey) ?? 0) + 1;
  attemptCounts.set(countKey, attempt);
  const plan = String(request.headers["x-soak-plan"] ?? "")
    .split(",")
    .filter(Boolean);
  const fault = plan[attempt - 1] ?? "ok";
  const row = [op, route.pageKey, attempt, request.method, now, fault, null, false];
  attempts.push(row);
  faults[fault] = (faults[fault] ?? 0) + 1;
  const seed = hashOf(`${countKey}#${attempt}`);
  const socket = request.socket;

  if (/^r(429|503):/.test(fault)) {
    const status = Number(fault.slice(1, 4));
    const [value, retryAt, noRetry] = retryAfter(fault.slice(5), now);
    row[6] = retryAt;
    row[7] = noRetry;
    return json(
      response,
      status,
      { detail: status === 429 ? "Too many calls." : "Try again later." },
      value === undefined ? {} : { "retry-after": value },
    );
  }
  switch (fault) {
    case "ok":
      return answer(request, response, route, op);
    case "slow":
      return void setTimeout(() => answer(request, response, route, op), 30 + (seed % 91));
    case "h500":
    case "h502": {
      const status = Number(fault.slice(1));
      response.writeHead(status, { "content-type": "text/html" });
      return response.end(html(`${status} ${status === 500 ? "Server Error" : "Bad Gateway"}`));
    }
    case "e401":
      response.writeHead(401, `Invalid key ${key}`, {
        "content-type": "application/json",
        "x-echo": `key=${key}`,
      });
      return response.end(JSON.stringify({ detail: `Invalid API key ${key}` }));
    case "e400esc": {
      const escaped = [...key]
        .map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`)
        .join("");
      response.writeHead(400, { "content-type": "application/json" });
      return response.end(`{"detail":"Bad key ${escaped}"}`);
    }
    case "resetBefore":
      return socket.destroy();
    case "resetDuring":
      response.writeHead(200, { "content-type": "application/json", "content-length": "4000" });
      response.write('{"callId":"');
      return void setTimeout(() => socket.destroy(), 5);
    case "resetAfter":
      response.on("finish", () => socket.destroy());
      return answer(request, response, route, op);
    case "stall":
      return; // the client's timeout closes the connection
    case "trunc": {
      response.writeHead(200, { "content-type": "application/json" });
      return response.end(
        `{"callId":"${op}","echo":"${key.slice(0, 1 + (seed % (key.length - 1)))}`,
      );
    }
    case "html200":
      response.writeHead(200, { "content-type": "text/html" });
      return response.end(`<html><body>Welcome back, ${key}</body></html>`);
    default:
      throw new Error(`unknown fault ${fault}`);
  }
}

const CHUNK = Buffer.alloc(RECORDING_BYTES / 5, 7);

function handleStorage(request, response) {
  const url = new URL(request.url, origins.storage);
  elsewhere.push(["storage", url.pathname, request.headers["x-api-key"] !== undefined]);
  const op = url.pathname.split("/").at(-1);
  const hits = (storageHits.get(op) ?? 0) + 1;
  storageHits.set(op, hits);
  // The body's fault on the first download only: a retried one gets the whole body.
  const body = hits === 1 ? url.searchParams.get("body") : "full";
  faults[`body:${body}`] = (faults[`body:${body}`] ?? 0) + 1;
  response.writeHead(200, {
    "content-type": "audio/wav",
    "content-length": String(RECORDING_BYTES),
  });
  if (body === "full") return response.end(Buffer.concat(Array(5).fill(CHUNK)));
  let sent = 0;
  const sendNext = () => {
    if (response.destroyed) return;
    if (body === "stall" && sent === 2) return; // the client's timeout closes it
    if (body === "reset" && sent === 2) return response.socket?.destroy();
    sent++;
    if (sent === 5) return response.end(CHUNK);
    response.write(CHUNK);
    setTimeout(sendNext, body === "slow" ? 15 : 0);
  };
  sendNext();
}

function handleForeign(request, response) {
  elsewhere.push(["foreign", request.url, request.headers["x-api-key"] !== undefined]);
  json(response, 404, { detail: "This host is not the API." });
}

async function listen(name, handler) {
  const server = createServer(handler);
  server.keepAliveTimeout = 30_000;
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers[name] = server;
  origins[name] = `http://127.0.0.1:${server.address().port}`;
}

await listen("api", handleApi);
await listen("storage", handleStorage);
await listen("foreign", handleForeign);
process.send({ type: "ready", origins });
// Ends with run.mjs, however that ends.
process.on("disconnect", () => process.exit(0));
process.on("message", (message) => {
  if (message.type === "report") {
    process.send({ type: "report", attempts, elsewhere, unauthenticated, faults });
  } else if (message.type === "stop") {
    for (const server of Object.values(servers)) {
      server.closeAllConnections();
      server.close();
    }
    process.disconnect();
  }
});
