// Every deadline of the process's clients runs on one timer, armed for the earliest of
// them: starting and cancelling a deadline then costs a set insertion and removal, not a
// timer of its own (creating and clearing a timer per request is a measurable part of a
// fast request's CPU). While no deadline is pending the timer no longer keeps the process
// alive: it is unref'd where the runtime can (Node, Bun), cleared elsewhere. The browser
// build uses a timer per deadline instead (platform.browser.ts): a page has no process to
// keep alive, and a browser makes few enough requests for one timer each to cost nothing.

type Timer = ReturnType<typeof setTimeout> & { ref?(): void; unref?(): void };
type Deadline = { at: number; expire: () => void };

const pending = new Set<Deadline>();
let timer: Timer | undefined;
let armedFor = Infinity;

function arm(at: number): void {
  if (at < armedFor) {
    clearTimeout(timer);
    armedFor = at;
    timer = setTimeout(expireDue, at - performance.now()) as Timer;
  } else timer?.ref?.();
}

function expireDue(): void {
  armedFor = Infinity;
  const now = performance.now();
  let next = Infinity;
  for (const deadline of pending) {
    if (deadline.at > now) next = Math.min(next, deadline.at);
    else {
      pending.delete(deadline);
      deadline.expire();
    }
  }
  if (next < Infinity) arm(next);
}

/**
 * Calls `expire` once `ms` milliseconds have passed, unless the returned function is called
 * first (it cancels; calling it again does nothing). `ms` must be at most 2^31−1; `Infinity`
 * never expires. Never throws.
 */
export function startDeadline(ms: number, expire: () => void): () => void {
  if (ms === Infinity) return () => {};
  const deadline = { at: performance.now() + ms, expire };
  pending.add(deadline);
  arm(deadline.at);
  return () => {
    const wasPending = pending.delete(deadline);
    if (wasPending && !pending.size) {
      if (timer?.unref) timer.unref();
      else {
        clearTimeout(timer);
        armedFor = Infinity;
      }
    }
  };
}
