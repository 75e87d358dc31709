// `npm run soak`: a bounded, seeded chaos soak of the built client. A fault server
// (server.mjs, its own process, 127.0.0.1 only) answers normally or with rate limits and
// Retry-After in every form, 5xx pages, resets before, during and after the body, stalls,
// slow and truncated answers, listings with every kind of next link, and redirected
// recordings; a client process (workload.mjs) sends thousands of operations through the
// package's public API, 1, 16 and 64 at a time, with per-call options and aborts. This file
// builds the package, runs both, checks the README's promises against what each side saw,
// prints the figures and `N passed, M failed`, and exits non-zero on any failure.
//
//   npm run soak                              the soak (exit 1 when an invariant fails)
//   npm run soak -- --mutant <name>           the same against a broken copy (mutants.mjs),
//                                             saying which invariants caught it (exit 1)
//   npm run soak -- --mutant all              every mutant in turn: exit 0 when each was
//                                             caught by the invariant it targets
//   npm run soak -- --seed 7 --scale 0.25     another seed; a quarter of the operations
//   npm run soak -- --report                  also write SOAK.md from this run
import { execFileSync, fork, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { format, resolveConfig } from "prettier";
import { applyMutant, MUTANTS } from "./mutants.mjs";
import { BODY_FAULTS, canaryKey, FAULTS, isNotProcessed, soakOperations } from "./plan.mjs";
import { formatNumber, percentile } from "../lib/stats.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const here = (file) => fileURLToPath(new URL(file, import.meta.url));

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? fallback : args[index + 1];
};
for (const [index, arg] of args.entries())
  if (arg.startsWith("--") && !["--mutant", "--seed", "--scale", "--report"].includes(arg))
    throw new Error(`unknown option ${arg}`);
  else if (!arg.startsWith("--") && !args[index - 1]?.startsWith("--"))
    throw new Error(`unexpected argument ${arg}`);
const seed = Number(option("seed", "20"));
const scale = Number(option("scale", "1"));
const mutant = option("mutant");
const report = args.includes("--report");

/** How long the client process may take to exit once its work is done. */
const EXIT_LIMIT_MS = 3_000;
/** How much the heap may grow between the ends of the two phases of 64 in flight. */
const HEAP_GROWTH_LIMIT = 4 * 1024 * 1024;
/** How early a retry may arrive before its Retry-After (clock reads on two processes). */
const RETRY_AFTER_SLACK_MS = 5;
/** The soak must send at least this many requests (at scale 1). */
const MIN_REQUESTS = 10_000;

if (mutant === "all") process.exit(await runEveryMutant());

const started = performance.now();
const log = (message) =>
  console.error(`[soak ${((performance.now() - started) / 1000).toFixed(0)}s] ${message}`);

log("npm run build");
execFileSync(process.execPath, [here("../../scripts/build.mjs")], { cwd: root, stdio: "ignore" });
// A mutant lives outside dist/ (which the package test packs), where openapi-fetch resolves.
const mutantDir = here("../../node_modules/.cache/ultravox-soak");
const clientModule = mutant ? `${mutantDir}/index.js` : here("../../dist/index.js");
if (mutant) {
  const source = readFileSync(here("../../dist/index.js"), "utf8");
  mkdirSync(mutantDir, { recursive: true });
  writeFileSync(clientModule, applyMutant(source, mutant));
  log(`mutant ${mutant}: ${MUTANTS[mutant].breaks}`);
}

const key = canaryKey(seed);
const server = fork(here("./server.mjs"), [key], {
  stdio: ["ignore", "inherit", "inherit", "ipc"],
});
const [{ origins }] = await once(server, "message");
log(`fault server on ${origins.api} (storage ${origins.storage}, foreign ${origins.foreign})`);

const workload = spawn(
  process.execPath,
  [
    "--expose-gc",
    here("./workload.mjs"),
    clientModule,
    JSON.stringify({ origins, key, seed, scale }),
  ],
  { cwd: root, stdio: ["ignore", "pipe", "pipe"] },
);
let stdout = "";
let stderr = "";
let result;
let doneAt;
workload.stderr.on("data", (chunk) => (stderr += chunk));
workload.stdout.on("data", (chunk) => {
  stdout += chunk;
  const line = stdout.split("\n").find((text) => text.startsWith("SOAK-RESULT "));
  if (line && !result) {
    result = JSON.parse(line.slice("SOAK-RESULT ".length));
    doneAt = performance.now();
  }
});
const exited = once(workload, "exit");
// A bound on the whole run, so that a hang in the soak itself cannot block CI.
const killer = setTimeout(() => workload.kill("SIGKILL"), 8 * 60_000);
log(
  `workload: ${soakOperations(seed, scale).reduce((n, p) => n + p.operations.length, 0)} operations`,
);
while (!result && workload.exitCode === null && workload.signalCode === null)
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 200))]);
let exitMs;
if (result) {
  const exitedInTime = await Promise.race([
    exited.then(() => true),
    new Promise((resolve) => setTimeout(() => resolve(false), EXIT_LIMIT_MS)),
  ]);
  if (exitedInTime) exitMs = performance.now() - doneAt;
  else workload.kill("SIGKILL");
}
await exited;
clearTimeout(killer);
server.send({ type: "report" });
const [serverReport] = await once(server, "message");
server.send({ type: "stop" });
if (mutant) rmSync(mutantDir, { recursive: true, force: true });

const figures = result ? checkAll(result, serverReport, exitMs) : undefined;
const outcomes = figures?.outcomes ?? [
  { name: "the client process ran the soak", ok: false, detail: `exit ${workload.exitCode}` },
];
if (!result) console.error(stderr.slice(-4_000));
printFigures(figures);
for (const { name, ok, detail } of outcomes)
  console.log(`${ok ? "✓" : "✗"} ${name}${detail ? ` — ${detail}` : ""}`);
const failures = outcomes.filter((outcome) => !outcome.ok);
const totalSeconds = (performance.now() - started) / 1000;
console.log(`\nsoak: ${formatNumber(totalSeconds, 0)} s in all (seed ${seed}, scale ${scale})`);
if (mutant) {
  const caught = failures.map((failure) => failure.name);
  console.log(
    caught.length
      ? `mutant ${mutant} caught by: ${caught.join("; ")}`
      : `mutant ${mutant} NOT caught: every invariant held`,
  );
}
if (report && figures && !mutant) await writeReport(figures, outcomes, totalSeconds);
console.log(`${outcomes.length - failures.length} passed, ${failures.length} failed`);
process.exitCode = failures.length ? 1 : 0;

/**
 * Checks every invariant against what the client and the server saw; returns the figures
 * and `outcomes`, one `{ name, ok, detail }` per invariant.
 */
function checkAll(client, serverSide, exitMs) {
  const problems = client.problems;
  const operations = new Map(
    soakOperations(seed, scale).flatMap((phase) => phase.operations.map((op) => [op.id, op])),
  );
  const broken = {};
  const breach = (invariant, detail) => {
    const entry = (broken[invariant] ??= { count: 0, samples: [] });
    entry.count++;
    if (entry.samples.length < 3) entry.samples.push(detail);
  };
  // Each operation's attempts (each page of a listing apart), in the order they arrived.
  const byKey = new Map();
  for (const row of serverSide.attempts) {
    const [op, page] = row;
    const list = byKey.get(`${op}|${page}`) ?? [];
    list.push(row);
    byKey.set(`${op}|${page}`, list);
  }
  const lateness = [];
  let retries = 0;
  for (const [attemptKey, rows] of byKey) {
    const op = operations.get(rows[0][0]);
    retries += rows.length - 1;
    if (!op) continue;
    if (rows.length > op.maxRetries + 1)
      breach(
        "attempts within maxRetries + 1",
        `${attemptKey}: ${rows.length} attempts with maxRetries ${op.maxRetries} (${rows.map((r) => r[5]).join(", ")})`,
      );
    const guarded =
      (op.method === "POST" || op.method === "PATCH") && !op.options.retryNonIdempotent;
    for (let index = 0; index + 1 < rows.length; index++) {
      const [, , , , , fault, retryAt, noRetry] = rows[index];
      const nextArrival = rows[index + 1][4];
      if (guarded && !isNotProcessed(fault))
        breach(
          "no POST/PATCH resent after it may have run",
          `${attemptKey} ${op.method}: resent after ${fault}`,
        );
      if (noRetry)
        breach(
          "Retry-After honoured",
          `${attemptKey}: retried after a Retry-After above maxRetryAfterMs`,
        );
      // With a short timeoutMs (a planned stall), the attempt may have timed out before the
      // client read the answer and its Retry-After: its retry then waits the backoff.
      if (retryAt !== null && (op.options.timeoutMs ?? 30_000) >= 1_000) {
        lateness.push(nextArrival - retryAt);
        if (nextArrival < retryAt - RETRY_AFTER_SLACK_MS)
          breach(
            "Retry-After honoured",
            `${attemptKey}: retried ${retryAt - nextArrival} ms before its Retry-After (${fault})`,
          );
      }
    }
  }
  const withKey = serverSide.elsewhere.filter(([, , hadKey]) => hadKey);
  const foreign = serverSide.elsewhere.filter(([host]) => host === "foreign");
  const storage = serverSide.elsewhere.filter(([host]) => host === "storage");
  const requests = serverSide.attempts.length + serverSide.elsewhere.length;
  const heapGrowth = client.heap.length === 2 ? client.heap[1].bytes - client.heap[0].bytes : NaN;
  const fromClient = (name) => problems[name];
  const fromServer = (name) => broken[name];
  const merge = (...entries) => {
    const present = entries.filter(Boolean);
    if (!present.length) return undefined;
    return {
      count: present.reduce((n, entry) => n + entry.count, 0),
      samples: present.flatMap((entry) => entry.samples).slice(0, 3),
    };
  };
  const invariant = (name, failure, passDetail) =>
    failure
      ? { name, ok: false, detail: `${failure.count}×, e.g. ${failure.samples.join(" | ")}` }
      : { name, ok: true, detail: passDetail };
  const lateFigures = lateness.length
    ? `${formatNumber(lateness.length)} waits, each at least as asked; late by p95 ${formatNumber(percentile(lateness, 95))} ms, max ${formatNumber(Math.max(...lateness))} ms`
    : "no Retry-After wait was followed by a retry";
  const outcomes = [
    invariant(
      "every call settles",
      merge(fromClient("every call settles")),
      `${formatNumber(client.settled)} of ${formatNumber(client.operations)} operations`,
    ),
    invariant(
      "every failure is an UltravoxError",
      merge(fromClient("every failure is an UltravoxError")),
      `${formatNumber(client.failed)} failures`,
    ),
    invariant(
      "an aborted call rejects with its reason, at once",
      merge(
        fromClient("an aborted call rejects with its reason"),
        fromClient("an aborted call settles at once"),
      ),
      `${formatNumber(client.aborted)} aborts; settled within p95 ${formatNumber(client.abortToSettle.p95, 1)} ms, max ${formatNumber(client.abortToSettle.max, 1)} ms`,
    ),
    invariant(
      "no POST/PATCH resent after it may have run",
      fromServer("no POST/PATCH resent after it may have run"),
    ),
    invariant(
      "attempts within maxRetries + 1",
      merge(
        fromServer("attempts within maxRetries + 1"),
        fromClient("attempts within maxRetries + 1"),
      ),
    ),
    invariant("Retry-After honoured", fromServer("Retry-After honoured"), lateFigures),
    invariant("pages exactly once and in order", fromClient("pages exactly once and in order")),
    invariant(
      "bodies arrive whole or fail as their fault says",
      merge(
        fromClient("streamed bodies arrive whole or fail with their fault's error"),
        fromClient("recordings arrive whole"),
        fromClient("answers reach their call"),
      ),
    ),
    invariant("no unhandled rejection or warning", fromClient("no unhandled rejection or warning")),
    invariant(
      "heap growth bounded",
      Number.isFinite(heapGrowth) && heapGrowth <= HEAP_GROWTH_LIMIT
        ? undefined
        : { count: 1, samples: [`${formatNumber(heapGrowth / 1048576, 2)} MB`] },
      `${formatNumber(heapGrowth / 1048576, 2)} MB from ${formatNumber(client.heap[0]?.afterOperations)} to ${formatNumber(client.heap[1]?.afterOperations)} operations (limit ${HEAP_GROWTH_LIMIT / 1048576} MB)`,
    ),
    invariant(
      "the process exits on its own",
      exitMs === undefined
        ? { count: 1, samples: [`still running ${EXIT_LIMIT_MS} ms after its work`] }
        : undefined,
      `${formatNumber(exitMs ?? NaN)} ms after its work (limit ${formatNumber(EXIT_LIMIT_MS)} ms)`,
    ),
    invariant(
      "the key in no error, header or log line",
      merge(fromClient("the key in no error, header or log line")),
      `${formatNumber(client.counts.errorsScanned)} errors and ${formatNumber(client.counts.logLines)} log lines scanned`,
    ),
    invariant(
      "the key never sent to another host",
      withKey.length || foreign.length
        ? {
            count: withKey.length + foreign.length,
            samples: [...withKey, ...foreign].slice(0, 3).map((row) => row.join(" ")),
          }
        : undefined,
      `${formatNumber(storage.length)} storage downloads without it; the foreign host asked nothing`,
    ),
    invariant(
      "every API request carries the key",
      serverSide.unauthenticated
        ? { count: serverSide.unauthenticated, samples: ["requests without it"] }
        : undefined,
    ),
    invariant(
      `at least ${formatNumber(MIN_REQUESTS * Math.min(1, scale))} requests`,
      requests >= MIN_REQUESTS * Math.min(1, scale)
        ? undefined
        : { count: 1, samples: [`${requests} requests`] },
      `${formatNumber(requests)} requests`,
    ),
  ];
  const faults = Object.entries(serverSide.faults).sort(([a], [b]) => a.localeCompare(b));
  return {
    outcomes,
    requests,
    apiRequests: serverSide.attempts.length,
    storageRequests: storage.length,
    retries,
    retryLines: client.counts.retryLines,
    faults,
    client,
    heapGrowth,
    exitMs,
    lateness: lateness.length
      ? { p95: percentile(lateness, 95), max: Math.max(...lateness), n: lateness.length }
      : undefined,
  };
}

/** A fault token as the report names it: `r429:s1` → `429, Retry-After in seconds`. */
function faultKind(token) {
  const forms = {
    none: "no Retry-After",
    s0: "Retry-After: 0",
    s1: "Retry-After in seconds",
    s2: "Retry-After in seconds",
    past: "Retry-After a date in the past",
    imf: "Retry-After an IMF-fixdate",
    rfc850: "Retry-After an RFC 850 date",
    asctime: "Retry-After an asctime date",
    bad: "Retry-After invalid (1.5)",
    huge: "Retry-After above maxRetryAfterMs",
  };
  const limit = /^r(429|503):(\w+)$/.exec(token);
  if (limit) return `${limit[1]}, ${forms[limit[2]]}`;
  if (token.startsWith("body:")) return BODY_FAULTS[token.slice(5)];
  return token === "ok" ? "a normal answer" : FAULTS[token];
}

/** [kind, count] for every kind of answer, normal ones first, then faults as plan.mjs lists them. */
function faultTable(faults) {
  const byKind = new Map();
  for (const [token, count] of faults) {
    const kind = faultKind(token);
    byKind.set(kind, (byKind.get(kind) ?? 0) + count);
  }
  const order = [
    "a normal answer",
    BODY_FAULTS.full,
    ...Object.values(FAULTS),
    ...Object.values(BODY_FAULTS),
  ];
  const rank = (kind) => (order.includes(kind) ? order.indexOf(kind) : order.length);
  return [...byKind].sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

function printFigures(figures) {
  if (!figures) return;
  const { client } = figures;
  console.log(
    `\nrequests: ${formatNumber(figures.requests)} (API ${formatNumber(figures.apiRequests)}, storage ${formatNumber(figures.storageRequests)}); operations: ${formatNumber(client.operations)}; retries: ${formatNumber(figures.retries)} (${formatNumber(figures.retryLines)} logged)`,
  );
  for (const phase of client.phases)
    console.log(
      `  ${String(phase.concurrency).padStart(2)} in flight: ${formatNumber(phase.operations)} operations in ${formatNumber(phase.seconds, 1)} s`,
    );
  console.log(
    `latency per operation: p50 ${formatNumber(client.latency.p50, 1)} ms, p95 ${formatNumber(client.latency.p95)} ms, max ${formatNumber(client.latency.max)} ms`,
  );
  console.log(
    `heap: ${client.heap.map((point) => `${formatNumber(point.bytes / 1048576, 2)} MB after ${formatNumber(point.afterOperations)} operations`).join(", ")}; growth ${formatNumber(figures.heapGrowth / 1048576, 2)} MB`,
  );
  console.log(
    `faults: ${faultTable(figures.faults)
      .filter(([kind]) => kind !== "a normal answer" && kind !== BODY_FAULTS.full)
      .map(([kind, count]) => `${kind} ${formatNumber(count)}`)
      .join("; ")}\n`,
  );
}

/** Writes SOAK.md: this run's figures and verdicts, formatted as prettier --check expects. */
async function writeReport(figures, outcomes, totalSeconds) {
  const { client } = figures;
  const mb = (bytes) => `${formatNumber(bytes / 1048576, 2)} MB`;
  const lines = [
    "# Chaos soak",
    "",
    "What `npm run soak` (bench/soak/) saw in its last recorded run: a seeded fault server on",
    "127.0.0.1 and the built client, driven through its public API. Written by",
    "`npm run soak -- --report`; do not edit by hand. The soak fails when an invariant fails,",
    "never on a figure: the figures depend on the machine and its load.",
    "",
    `Run of ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, seed ${seed}, ${formatNumber(totalSeconds)} s in all (build included), Node ${process.version}, on a machine with 2 cores shared with other work.`,
    "",
    "| figure | this run |",
    "| --- | --- |",
    `| requests | ${formatNumber(figures.requests)} (API ${formatNumber(figures.apiRequests)}, storage ${formatNumber(figures.storageRequests)}) |`,
    `| operations | ${formatNumber(client.operations)} (${client.phases.map((phase) => `${formatNumber(phase.operations)} at ${phase.concurrency} in flight in ${formatNumber(phase.seconds, 1)} s`).join(", ")}) |`,
    `| retries | ${formatNumber(figures.retries)} seen by the server, ${formatNumber(figures.retryLines)} logged by the client |`,
    `| failures (as planned) | ${formatNumber(client.failed)}, every one an \`UltravoxError\`; ${formatNumber(client.aborted)} caller aborts |`,
    `| latency per operation | p50 ${formatNumber(client.latency.p50, 1)} ms, p95 ${formatNumber(client.latency.p95)} ms, p99 ${formatNumber(client.latency.p99)} ms, max ${formatNumber(client.latency.max)} ms |`,
    `| abort to settled | p95 ${formatNumber(client.abortToSettle.p95, 1)} ms, max ${formatNumber(client.abortToSettle.max, 1)} ms |`,
    figures.lateness
      ? `| retry after Retry-After, later than asked | p95 ${formatNumber(figures.lateness.p95)} ms, max ${formatNumber(figures.lateness.max)} ms (${formatNumber(figures.lateness.n)} waits) |`
      : "| retry after Retry-After | none |",
    `| heap after GC | ${client.heap.map((point) => `${mb(point.bytes)} after ${formatNumber(point.afterOperations)} operations`).join(", ")}: ${mb(figures.heapGrowth)} growth |`,
    `| exit after the work | ${formatNumber(figures.exitMs)} ms |`,
    `| canary key scans | ${formatNumber(client.counts.errorsScanned)} errors, ${formatNumber(client.counts.logLines)} log lines, ${formatNumber(client.counts.textsScanned)} texts |`,
    "",
    "## Faults by kind",
    "",
    "| answer | count |",
    "| --- | --- |",
    ...faultTable(figures.faults).map(([kind, count]) => `| ${kind} | ${formatNumber(count)} |`),
    "",
    "## Invariants",
    "",
    "| invariant | verdict |",
    "| --- | --- |",
    ...outcomes.map(
      ({ name, ok, detail }) =>
        `| ${name} | ${ok ? "held" : "**failed**"}${detail ? `: ${detail}` : ""} |`,
    ),
    "",
  ];
  const file = here("../../SOAK.md");
  const options = { ...(await resolveConfig(file)), filepath: file };
  writeFileSync(file, await format(lines.join("\n"), options));
  log("wrote SOAK.md");
}

/** Runs the soak against every mutant in turn; prints which invariant caught each. */
async function runEveryMutant() {
  const rows = [];
  for (const name of Object.keys(MUTANTS)) {
    const child = spawn(
      process.execPath,
      [
        fileURLToPath(import.meta.url),
        "--mutant",
        name,
        "--seed",
        String(seed),
        "--scale",
        String(scale),
      ],
      {
        cwd: root,
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    const [code] = await once(child, "exit");
    const caughtBy = /caught by: (.*)/.exec(output)?.[1];
    rows.push({
      name,
      caught: code !== 0,
      caughtBy: caughtBy ?? "nothing",
      expected: MUTANTS[name].caughtBy,
    });
    console.log(`${code !== 0 ? "✓" : "✗"} ${name}: caught by ${caughtBy ?? "nothing"}`);
  }
  const missed = rows.filter((row) => !row.caught || !row.caughtBy.includes(row.expected));
  console.log(`${rows.length - missed.length} passed, ${missed.length} failed`);
  return missed.length ? 1 : 0;
}
