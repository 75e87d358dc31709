// The soak's client process (spawned by run.mjs with --expose-gc): runs every operation of
// the plan through the package's public API (createUltravoxClient, unwrap, paginate, pages,
// parseAs: "stream") against the fault server, checks what only the client can see (every
// call settles, failures are the documented errors, pages exactly once and in order,
// streamed bodies end as they should, no canary key in any error or log line, no unhandled
// rejection or warning, the heap between two points), prints one SOAK-RESULT line of JSON,
// and then simply returns: run.mjs checks that the process exits on its own.
//
//   node --expose-gc bench/soak/workload.mjs <client module> <config JSON>
import { pathToFileURL } from "node:url";
import { expectedListing, RECORDING_BYTES, soakOperations } from "./plan.mjs";
import { percentile } from "../lib/stats.mjs";

const [clientModule, configText] = process.argv.slice(2);
const { origins, key, seed, scale } = JSON.parse(configText);
const sdk = await import(pathToFileURL(clientModule).href);
const { createUltravoxClient, unwrap, paginate, pages, UltravoxError } = sdk;

/** Invariant name → { count, samples }: what went wrong, a few examples of each. */
const problems = {};
function problem(invariant, detail) {
  const entry = (problems[invariant] ??= { count: 0, samples: [] });
  entry.count++;
  if (entry.samples.length < 5) entry.samples.push(String(detail).slice(0, 300));
}

process.on("unhandledRejection", (reason) =>
  problem("no unhandled rejection or warning", `unhandled rejection: ${reason}`),
);
process.on("warning", (warning) =>
  problem("no unhandled rejection or warning", `${warning.name}: ${warning.message}`),
);

// Any 8 characters in a row of the key count as a leak: a cut body keeps a start of it.
const KEY_PIECES = Array.from({ length: key.length - 7 }, (_, start) =>
  key.slice(start, start + 8),
);
const counts = { logLines: 0, errorsScanned: 0, textsScanned: 0, retryLines: 0 };

/** Reports `where` if `text` holds any piece of the key, raw or percent-encoded. */
function scan(text, where) {
  if (typeof text !== "string" || !text) return;
  counts.textsScanned++;
  let decoded = text;
  try {
    decoded = decodeURIComponent(text);
  } catch {
    // not percent-encoded text
  }
  for (const candidate of decoded === text ? [text] : [text, decoded])
    if (KEY_PIECES.some((piece) => candidate.includes(piece)))
      return problem("the key in no error, header or log line", `${where}: ${text}`);
}

/** Scans everything an error exposes: message, stack, excerpt, body, headers, its causes'. */
function scanError(error, op) {
  counts.errorsScanned++;
  let current = error;
  for (let depth = 0; current && typeof current === "object" && depth < 5; depth++) {
    const where = `${op.id} ${current.name} (depth ${depth})`;
    for (const field of ["message", "stack", "excerpt", "contentType", "detail", "url"])
      scan(current[field], `${where} ${field}`);
    if (current.body !== undefined) scan(JSON.stringify(current.body), `${where} body`);
    current.headers?.forEach?.((value, name) => scan(value, `${where} header ${name}`));
    current = current.cause;
  }
}

const phases = soakOperations(seed, scale);
const operationsById = new Map(
  phases.flatMap((phase) => phase.operations.map((op) => [op.id, op])),
);
const totalOperations = operationsById.size + 1;

// A line per attempt (debug) or per retry (info): each is scanned, counted and read for its
// attempt number, never kept (kept lines would grow the heap the soak measures).
function logLine(line) {
  counts.logLines++;
  scan(line, "log line");
  if (line.includes("; retrying in ")) counts.retryLines++;
  const attempt = /^ultravox-api: \w+ \/api\/(?:calls|agents)\/(o\d+)\S* \(attempt (\d+)\)/.exec(
    line,
  );
  const op = attempt && operationsById.get(attempt[1]);
  if (op && Number(attempt[2]) > op.maxRetries + 1)
    problem("attempts within maxRetries + 1", `${op.id}: ${line}`);
}
const logger = { debug: logLine, info: logLine, warn: logLine, error: logLine };
const clients = {
  main: createUltravoxClient({
    apiKey: key,
    baseUrl: origins.api,
    timeoutMs: 30_000,
    logger,
    logLevel: "debug",
  }),
  quiet: createUltravoxClient({
    apiKey: key,
    baseUrl: origins.api,
    timeoutMs: 30_000,
    maxRetries: 1,
    logger,
    logLevel: "info",
  }),
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** What a wait that outlived its bound rejects with: the operation counts as hung. */
class Hung extends Error {}

/** `promise`, or a rejection with {@link Hung} once it has been pending `ms`. */
function within(promise, ms, what) {
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Hung(`${what} pending ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
const latencies = new Float64Array(totalOperations);
const abortLatencies = [];
let settled = 0;
let hung = 0;
let failed = 0;
let aborted = 0;

/** What the call of `op` does, given its init; resolves when the call (and any body read) ends. */
async function perform(op, init, abortNow, wasAborted) {
  const client = clients[op.client];
  const path = { params: { path: { call_id: op.id } } };
  const agent = { params: { path: { agent_id: op.id } } };
  switch (op.kind) {
    case "get": {
      const call = unwrap(await client.GET("/api/calls/{call_id}", { ...init, ...path }));
      if (call.callId !== op.id) problem("answers reach their call", `${op.id} got ${call.callId}`);
      return;
    }
    case "post": {
      const body = { templateContext: { soak: op.id } };
      const call = unwrap(
        await client.POST("/api/agents/{agent_id}/calls", { ...init, ...agent, body }),
      );
      if (call.callId !== `${op.id}-call`) problem("answers reach their call", op.id);
      return;
    }
    case "patch": {
      const body = { name: `soak ${op.id}` };
      const updated = unwrap(
        await client.PATCH("/api/agents/{agent_id}", { ...init, ...agent, body }),
      );
      if (updated.agentId !== op.id) problem("answers reach their call", op.id);
      return;
    }
    case "delete":
      if (
        unwrap(await client.DELETE("/api/agents/{agent_id}", { ...init, ...agent })) !== undefined
      )
        problem("answers reach their call", `${op.id}: DELETE answered data`);
      return;
    case "recording": {
      const init_ = { ...init, ...path, parseAs: "arrayBuffer" };
      const data = unwrap(await client.GET("/api/calls/{call_id}/recording", init_));
      if (data.byteLength !== RECORDING_BYTES)
        problem("recordings arrive whole", `${op.id}: ${data.byteLength} bytes`);
      return;
    }
    case "stream":
      return stream(op, client, { ...init, ...path, parseAs: "stream" }, abortNow, wasAborted);
    case "list":
      return list(op, client, init, wasAborted);
  }
}

/** Reads a streamed recording as a slow consumer would, aborting in a pause when planned. */
async function stream(op, client, init, abortNow, wasAborted) {
  const body = unwrap(await client.GET("/api/calls/{call_id}/recording", init));
  const reader = body.getReader();
  // Each read waits at most timeoutMs for the server (then UltravoxTimeoutError): 2 s more
  // and it counts as hung.
  const readLimit = (init.timeoutMs ?? 30_000) + 2_000;
  let bytes = 0;
  let error;
  try {
    for (let reads = 0; ; reads++) {
      if (op.pauseMs) await sleep(op.pauseMs);
      if (op.abortInPause && reads === 1) {
        await sleep(20); // the rest of the body arrives meanwhile
        abortNow();
      }
      const { done, value } = await within(reader.read(), readLimit, "a read of the body");
      if (done) break;
      bytes += value.length;
    }
  } catch (caught) {
    if (caught instanceof Hung) throw caught;
    error = caught;
  }
  const expected = {
    stall: "UltravoxTimeoutError",
    reset: "UltravoxConnectionError",
  }[op.body];
  const whole = bytes === RECORDING_BYTES && !error;
  // An attempt that timed out before its body (a slow redirect under load) is retried, and
  // the retried download gets the whole body: the fault is on the first download only.
  const fine =
    wasAborted() || // the caller's reason, checked with every abort
    whole ||
    (expected !== undefined && error?.name === expected);
  if (!fine)
    problem(
      "streamed bodies arrive whole or fail with their fault's error",
      `${op.id} (${op.body}): ${bytes} bytes, ${error?.name ?? "no error"}`,
    );
  if (error) throw error;
}

/** Walks a listing with paginate or pages, checking each item arrives once and in order. */
async function list(op, client, init, wasAborted) {
  const limits = {};
  if (op.prefetch) limits.prefetch = true;
  if (op.maxItems !== undefined) limits.maxItems = op.maxItems;
  const listInit = { ...init, params: { query: { pageSize: 3 } } };
  const { items, refused } = expectedListing(op.id, op.listKind, op.pages);
  const wanted = items.slice(0, op.maxItems ?? Infinity);
  const seen = [];
  let error;
  try {
    if (op.style === "paginate") {
      for await (const call of paginate(client, "/api/calls", listInit, limits))
        seen.push(call.callId);
    } else {
      for await (const page of pages(client, "/api/calls", listInit, limits))
        seen.push(...page.results.map((call) => call.callId));
    }
  } catch (caught) {
    error = caught;
  }
  const inOrder = seen.every((item, index) => item === wanted[index]);
  const mustRefuse = refused && (op.maxItems ?? Infinity) > items.length;
  if (!inOrder || (!error && seen.length !== wanted.length))
    problem(
      "pages exactly once and in order",
      `${op.id} (${op.listKind}): got ${seen.join(" ")}; wanted ${wanted.join(" ")}`,
    );
  if (!error && mustRefuse)
    problem("pages exactly once and in order", `${op.id}: a repeated cursor was not refused`);
  // Without a planned fault (and with a retry for a connection reused as the server closed
  // it), a listing ends only where it should: its last page, or a repeated cursor.
  const refusedAsPlanned = mustRefuse && /a second time/.test(String(error?.message));
  if (error && !refusedAsPlanned && !op.plan.length && op.maxRetries > 0 && !wasAborted())
    problem(
      "pages exactly once and in order",
      `${op.id} (${op.listKind}) failed without a fault: ${error.message}`,
    );
  if (error) throw error;
}

/** How long an operation may take before it counts as hung: far above any planned one. */
const WATCHDOG_MS = 60_000;
/** How long an aborted operation may take to settle before it counts as hung. */
const ABORT_WATCHDOG_MS = 2_000;

/** Runs one operation to its end, checking it settles and fails only as documented. */
async function runOperation(op, index) {
  const started = performance.now();
  const headers = { "X-Soak-Op": op.id, "X-Soak-Plan": op.plan.join(",") };
  if (op.listKind) headers["X-Soak-List"] = `${op.listKind}.${op.pages}`;
  if (op.body) headers["X-Soak-Body"] = op.body;
  const init = { ...op.options, headers };
  const controller =
    op.abortAfterMs !== undefined || op.abortInPause ? new AbortController() : null;
  const reason = controller && new Error(`the soak aborted ${op.id}`);
  let abortedAt;
  let watchdog;
  let hang;
  const hangs = new Promise((resolve) => (hang = resolve));
  const abortNow = () => {
    abortedAt ??= performance.now();
    controller.abort(reason);
    clearTimeout(watchdog);
    watchdog = setTimeout(() => hang({ hung: ABORT_WATCHDOG_MS }), ABORT_WATCHDOG_MS);
  };
  if (controller) init.signal = controller.signal;
  const abortTimer =
    op.abortAfterMs !== undefined ? setTimeout(abortNow, op.abortAfterMs) : undefined;
  watchdog = setTimeout(() => hang({ hung: WATCHDOG_MS }), WATCHDOG_MS);
  const outcome = await Promise.race([
    perform(op, init, abortNow, () => abortedAt !== undefined).then(
      () => ({ ok: true }),
      (error) => ({ ok: false, error }),
    ),
    hangs,
  ]);
  clearTimeout(watchdog);
  clearTimeout(abortTimer);
  const ended = performance.now();
  latencies[index] = ended - started;
  if (outcome.hung || outcome.error instanceof Hung) {
    hung++;
    const since = abortedAt === undefined ? "its start" : "its abort";
    const detail = outcome.hung
      ? `pending ${outcome.hung} ms after ${since}`
      : outcome.error.message;
    return problem("every call settles", `${op.id} (${op.kind}): ${detail}`);
  }
  settled++;
  if (abortedAt !== undefined) {
    aborted++;
    abortLatencies.push(ended - abortedAt);
    if (!outcome.ok && outcome.error !== reason)
      problem("an aborted call rejects with its reason", `${op.id}: ${outcome.error}`);
    if (ended - abortedAt > 1_000)
      problem("an aborted call settles at once", `${op.id}: ${Math.round(ended - abortedAt)} ms`);
    if (!outcome.ok && outcome.error === reason) return;
  }
  if (!outcome.ok) {
    failed++;
    if (!(outcome.error instanceof UltravoxError))
      problem(
        "every failure is an UltravoxError",
        `${op.id} (${op.kind}): ${outcome.error?.stack ?? outcome.error}`,
      );
    scanError(outcome.error, op);
  }
}

/** Runs `operations` with `concurrency` in flight. */
async function runPhase(operations, concurrency, offset) {
  let next = 0;
  const worker = async () => {
    while (next < operations.length) {
      const index = next++;
      await runOperation(operations[index], offset + index);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

const heapAfterGc = () => {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
};

const started = performance.now();
const phaseFigures = [];
const heap = [];
let offset = 0;
for (const [index, phase] of phases.entries()) {
  const phaseStart = performance.now();
  await runPhase(phase.operations, phase.concurrency, offset);
  offset += phase.operations.length;
  phaseFigures.push({
    concurrency: phase.concurrency,
    operations: phase.operations.length,
    seconds: (performance.now() - phaseStart) / 1000,
  });
  if (index >= phases.length - 2) heap.push({ afterOperations: offset, bytes: heapAfterGc() });
}
// The last call: a plain GET with the client's 30 s timeout, so that a deadline timer left
// running would keep the process alive well past run.mjs's limit.
await runOperation(
  {
    id: "o-last",
    kind: "get",
    method: "GET",
    plan: [],
    options: {},
    client: "main",
    maxRetries: 2,
  },
  offset,
);
const workMs = performance.now() - started;

const sorted = [...latencies].sort((a, b) => a - b);
console.log(
  `SOAK-RESULT ${JSON.stringify({
    operations: totalOperations,
    settled,
    hung,
    failed,
    aborted,
    workMs,
    phases: phaseFigures,
    latency: {
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      max: sorted.at(-1),
    },
    abortToSettle: {
      p95: percentile(abortLatencies, 95),
      max: Math.max(0, ...abortLatencies),
    },
    heap,
    counts,
    problems,
  })}`,
);
// No process.exit: the process must end by itself once nothing is pending.
