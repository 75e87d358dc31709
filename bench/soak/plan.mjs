// What the soak does, decided from its seed alone: the operations of each phase, the fault
// the server answers each of their attempts with, and the per-call options they pass. The
// workload (which sends them) and the fault server (which reads the plan off each request)
// share this file, so both read a plan the same way.

/** A deterministic random source (mulberry32): the same seed gives the same soak. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (weighted) => {
    const total = weighted.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = next() * total;
    for (const [value, weight] of weighted) if ((roll -= weight) < 0) return value;
    return weighted.at(-1)[0];
  };
  return { next, pick, int: (min, max) => min + Math.floor(next() * (max - min + 1)) };
}

/** A number from a text, for the server's own seeded choices (a delay, where to cut a body). */
export function hashOf(text) {
  let hash = 2166136261;
  for (let index = 0; index < text.length; index++) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 16777619);
  }
  return hash >>> 0;
}

/** A canary API key for `seed`: printable, valid in a header and a reason phrase, 37 characters. */
export function canaryKey(seed) {
  const random = seededRandom(seed ^ 0x5eed);
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  let key = "uvk_SOAK.";
  while (key.length < 37) key += alphabet[random.int(0, alphabet.length - 1)];
  return key;
}

/**
 * The Retry-After forms a 429 or 503 carries: none; delay-seconds; an HTTP-date in the past
 * (wait 0) or about a second ahead in each of the three formats; a value the client must
 * ignore ("1.5", so it backs off); one above maxRetryAfterMs (returned at once, no retry).
 */
export const RETRY_AFTER_FORMS = [
  "none",
  "s0",
  "s1",
  "s2",
  "past",
  "imf",
  "rfc850",
  "asctime",
  "bad",
  "huge",
];

/**
 * What the server may do to an attempt instead of answering normally (`ok`), by token, and
 * what it does. `r429:<form>` and `r503:<form>` are rate limits with a Retry-After form.
 */
export const FAULTS = {
  slow: "answer after 30–120 ms",
  h500: "500, an HTML page echoing the key",
  h502: "502, an HTML page echoing the key",
  e401: "401 echoing the key in its JSON detail, a header and its reason phrase",
  e400esc: "400 echoing the key as \\uXXXX escapes in its JSON",
  resetBefore: "connection reset before any answer",
  resetDuring: "connection reset after the headers and part of the body",
  resetAfter: "connection reset after the whole answer",
  stall: "no answer (the call's timeoutMs ends the attempt)",
  trunc: "200 whose JSON is cut inside the echoed key",
  html200: "200 that is an HTML page echoing the key",
};

/** Whether a fault token is one the API documents as "not processed": 429 and 503. */
export const isNotProcessed = (fault) => /^r(429|503):/.test(fault);

/** What a recording's storage host does with the body (its first download only). */
export const BODY_FAULTS = {
  full: "recording: the whole body at once",
  slow: "recording: the body in 5 chunks, 15 ms apart",
  stall: "recording: 2 of 5 chunks, then nothing",
  reset: "recording: 2 of 5 chunks, then the connection closed",
};

/** The size of every recording: five chunks of 20 000 bytes. */
export const RECORDING_BYTES = 100_000;

/** How a listing's `next` links are written. */
export const LIST_KINDS = ["absolute", "path", "relative", "foreign", "repeated", "mixed"];

/** The items of page `page` (1-based) of listing `op`: three per page. */
export const pageItems = (op, page) => [0, 1, 2].map((index) => `${op}.${page}.${index}`);

/**
 * The items a listing of `pages` pages of `kind` yields when nothing fails, and whether it
 * ends with an UltravoxError (a repeated cursor: page 3's next is page 2's cursor; such a
 * listing has 3 pages or more).
 */
export function expectedListing(op, kind, pages) {
  const last = kind === "repeated" ? 2 : pages;
  const items = [];
  for (let page = 1; page <= last; page++) items.push(...pageItems(op, page));
  return { items, refused: kind === "repeated" };
}

const OP_KINDS = [
  ["get", 30],
  ["post", 14],
  ["patch", 7],
  ["delete", 7],
  ["list", 14],
  ["recording", 16],
  ["stream", 12],
];

/** One attempt's fault, or "ok". A recording's answer is its redirect: no 2xx body faults. */
function attemptFault(random, kind, retryable) {
  const recording = kind === "recording" || kind === "stream";
  const notProcessed = () =>
    `r${random.pick([
      ["429", 1],
      ["503", 1],
    ])}:${random.pick(RETRY_AFTER_FORMS.map((form) => [form, form === "huge" ? 0.3 : 1]))}`;
  return random.pick([
    ["ok", 6],
    [notProcessed(), 5],
    ["slow", 2],
    ["h500", retryable ? 2 : 1.5],
    ["h502", retryable ? 2 : 1.5],
    ["e401", 0.5],
    ["e400esc", 0.3],
    ["resetBefore", 1],
    ["resetDuring", kind === "delete" || recording ? 0 : 1],
    ["resetAfter", 0.7],
    ["stall", 1],
    ["trunc", kind === "delete" || recording ? 0 : 0.7],
    ["html200", recording ? 0 : 0.4],
  ]);
}

/**
 * The operations of one phase: `count` of them, numbered from `firstId`. Each is
 * `{ id, kind, method, plan, options, ... }`; `plan` lists the faults of its attempts (the
 * server answers normally once the plan runs out); `options` are the per-call options it
 * passes (`timeoutMs`, `maxRetries`, `retryNonIdempotent`), `abortAfterMs` when the caller
 * aborts it, and `client` which of the workload's clients sends it.
 */
export function phaseOperations(random, firstId, count, { faultRate }) {
  const operations = [];
  for (let index = 0; index < count; index++) {
    const id = `o${firstId + index}`;
    const kind = random.pick(OP_KINDS);
    const method = { post: "POST", patch: "PATCH", delete: "DELETE" }[kind] ?? "GET";
    const retryable = method !== "POST" && method !== "PATCH";
    const options = {};
    const client = random.next() < 0.25 ? "quiet" : "main";
    const clientMaxRetries = client === "quiet" ? 1 : 2;
    if (random.next() < 0.4) options.maxRetries = random.int(0, 3);
    const maxRetries = options.maxRetries ?? clientMaxRetries;
    if (!retryable && random.next() < 0.1) options.retryNonIdempotent = true;
    let plan = [];
    const roll = random.next();
    if (roll < faultRate * 0.12) {
      // More retryable failures than retries: the client gives up after maxRetries + 1.
      const form = random.pick([
        ["s0", 3],
        ["none", 1],
      ]);
      plan = Array.from({ length: maxRetries + 2 }, () => `r503:${form}`);
    } else if (roll < faultRate) {
      plan = Array.from({ length: random.int(1, 3) }, () => attemptFault(random, kind, retryable));
    }
    const stalls = plan.includes("stall");
    if (stalls || random.next() < 0.3) options.timeoutMs = stalls ? random.int(200, 350) : 8_000;
    const operation = { id, kind, method, plan, options, client, maxRetries };
    if (kind === "list") {
      operation.listKind = random.pick(LIST_KINDS.map((listKind) => [listKind, 1]));
      operation.pages = random.int(operation.listKind === "repeated" ? 3 : 2, 5);
      operation.style = random.pick([
        ["paginate", 2],
        ["pages", 1],
      ]);
      if (random.next() < 0.3) operation.prefetch = true;
      if (random.next() < 0.2) operation.maxItems = random.int(1, operation.pages * 3);
      // Each page gets the plan: keep listings' faults to the first attempts.
      operation.plan = plan.slice(0, 2);
    }
    if (kind === "recording" || kind === "stream") {
      operation.body = random.pick([
        ["full", 6],
        ["slow", 2],
        ["stall", kind === "stream" ? 1.5 : 0.7],
        ["reset", 1],
      ]);
      if (operation.body === "stall" || stalls) options.timeoutMs = random.int(200, 350);
      if (kind === "stream") {
        operation.pauseMs = random.int(0, 30);
        // The slow consumer that aborts while between reads (with the whole body arrived).
        if (operation.body !== "stall" && random.next() < 0.15) operation.abortInPause = true;
      }
    }
    if (!operation.abortInPause && random.next() < 0.08)
      operation.abortAfterMs = random.int(0, 600);
    operations.push(operation);
  }
  return operations;
}

/**
 * The soak's phases at `scale` (1 for the full soak): a few hundred operations one at a
 * time, then thousands 16 and 64 at a time. The two phases of 64 in flight are alike, so
 * that the heap after each can be compared.
 */
export function phasesOf(scale = 1) {
  return [
    { concurrency: 1, operations: 150, faultRate: 0.25 },
    { concurrency: 16, operations: 2_500, faultRate: 0.4 },
    { concurrency: 64, operations: 3_000, faultRate: 0.4 },
    { concurrency: 64, operations: 3_000, faultRate: 0.4 },
  ].map((phase) => ({ ...phase, operations: Math.max(1, Math.round(phase.operations * scale)) }));
}

/** Every operation of the soak, phase by phase, as `seed` decides them. */
export function soakOperations(seed, scale) {
  const random = seededRandom(seed);
  let firstId = 0;
  return phasesOf(scale).map((phase) => {
    const operations = phaseOperations(random, firstId, phase.operations, phase);
    firstId += phase.operations;
    return { ...phase, operations };
  });
}
