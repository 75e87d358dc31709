// Faults the simulator injects on demand, as a real network and server produce them: an error
// status (with Retry-After), a connection dropped before or after the request was handled, a
// connection refused, a stall, a success whose body is not JSON.
import { check, isCount, isNumberIn } from "../utils/checks.js";

/**
 * `"before"`: the fault happens before the simulator handles the request (nothing is
 * created or changed); `"after"`: once it has (a create did create).
 */
export type FaultMoment = "before" | "after";

/**
 * A fault for the next request(s) to one operation (see `UltravoxSimulator.fault`). Each
 * kind has its own key:
 * - `{ status: 503, retryAfter: 1 }`: answers that status (with the spec's example body for
 *   it, and `Retry-After` when given, in seconds or as an HTTP date), by default `before`
 *   handling; `{ status: 500, when: "after" }` is a server that failed after acting;
 * - `{ drop: "before" | "after" }`: the connection is reset (fetch rejects as a reset socket);
 * - `{ refuse: true }`: the connection is refused: the request never left (a client may
 *   safely send a POST again);
 * - `{ stall: "before" | "after" | "body" }`: no answer (or, with `"body"`, headers and then
 *   no body) until the request is aborted (a timeout, a signal), or for `ms` when given, after
 *   which the answer comes as usual;
 * - `{ malformed: true }`: the request is handled and its success answer's body cut short, so
 *   it is not JSON.
 *
 * `times` is how many requests in a row get it (default 1).
 */
export type SimulatedFault = (
  | Only<"status", { status: number; retryAfter?: number | string; when?: FaultMoment }>
  | Only<"drop", { drop: FaultMoment }>
  | Only<"refuse", { refuse: true }>
  | Only<"stall", { stall: FaultMoment | "body"; ms?: number }>
  | Only<"malformed", { malformed: true }>
) & { times?: number };

/** A fault of kind `Kind`, which may not have another kind's key. */
type Only<Kind extends FaultKind, Fault> = Fault & {
  [Other in Exclude<FaultKind, Kind>]?: never;
};

const KINDS = ["status", "drop", "refuse", "stall", "malformed"] as const;

/** The kind of a checked fault. */
export type FaultKind = (typeof KINDS)[number];

/**
 * Checks a fault as a caller wrote it and returns its kind.
 *
 * @throws {UltravoxParameterError} (`fault`, `fault.status`, …) for a fault that has no kind or
 *   two, or a value that makes no sense.
 */
export function checkFault(fault: unknown): FaultKind {
  const given = KINDS.filter((kind) => Object(fault)[kind] !== undefined);
  check(
    given.length === 1,
    "fault",
    `must have exactly one of ${KINDS.join(", ")} (it has ${given.join(", ") || "none"})`,
  );
  const kind = given[0]!;
  const { status, retryAfter, when, drop, refuse, stall, ms, malformed, times } = fault as Record<
    string,
    unknown
  >;
  const moment = (value: unknown, name: string, also: string[] = []) =>
    check(
      ["before", "after", ...also].includes(value as string),
      name,
      `must be "before" or "after"${also.map((extra) => ` or "${extra}"`).join("")}`,
    );
  if (kind === "status") {
    check(
      isNumberIn(status, 400, 599) && Number.isInteger(status),
      "fault.status",
      "must be an error status, 400 to 599",
    );
    check(
      retryAfter === undefined ||
        (typeof retryAfter === "number" && isCount(retryAfter)) ||
        typeof retryAfter === "string",
      "fault.retryAfter",
      "must be a whole number of seconds or an HTTP date",
    );
    if (when !== undefined) moment(when, "fault.when");
  }
  if (kind === "drop") moment(drop, "fault.drop");
  if (kind === "refuse") check(refuse === true, "fault.refuse", "must be true");
  if (kind === "malformed") check(malformed === true, "fault.malformed", "must be true");
  if (kind === "stall") {
    moment(stall, "fault.stall", ["body"]);
    check(
      ms === undefined || isNumberIn(ms, 0, 2 ** 31 - 1),
      "fault.ms",
      "must be a number of ms, 0 or more",
    );
  }
  check(
    times === undefined || (isCount(times) && times > 0),
    "fault.times",
    "must be a whole number, 1 or more",
  );
  return kind;
}

/** The error a fetch rejects with when the connection was reset (as Node's fetch does). */
export function resetError(): TypeError {
  return new TypeError("fetch failed", {
    cause: Object.assign(new Error("other side closed (simulated)"), { code: "UND_ERR_SOCKET" }),
  });
}

/** The error a fetch rejects with when the connection was refused: the request never left. */
export function refusedError(): TypeError {
  return new TypeError("fetch failed", {
    cause: Object.assign(new Error("connect ECONNREFUSED (simulated)"), {
      code: "ECONNREFUSED",
    }),
  });
}

/**
 * Waits `ms` (forever when undefined), or rejects with `signal`'s reason once it aborts, as a
 * fetch waiting for a server does.
 */
export function stallUntil(signal: AbortSignal, ms?: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer =
      ms === undefined
        ? undefined
        : setTimeout(() => {
            signal.removeEventListener("abort", abort);
            resolve();
          }, ms);
    if (signal.aborted) abort();
    else signal.addEventListener("abort", abort, { once: true });
  });
}

/**
 * `response` with a body that sends nothing for `ms` (forever when undefined), then the
 * original body; when `signal` aborts first, the body fails with its reason.
 */
export function stalledBody(response: Response, signal: AbortSignal, ms?: number): Response {
  const original = response.body;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        await stallUntil(signal, ms);
      } catch (reason) {
        controller.error(reason);
        return;
      }
      const reader = original?.getReader();
      for (let read = await reader?.read(); read && !read.done; read = await reader!.read())
        controller.enqueue(read.value);
      controller.close();
    },
  });
  return new Response(body, { status: response.status, headers: response.headers });
}

/** `response` with its body cut to its first half (at most 40 bytes), so it is not JSON. */
export async function malformedBody(response: Response): Promise<Response> {
  const text = await response.text();
  const cut = text.slice(0, Math.min(40, Math.floor(text.length / 2))) || "<html>";
  return new Response(cut, { status: response.status, headers: response.headers });
}
