// Deliberately broken copies of the client, to prove the soak can fail: each mutant is one
// exact text replacement in a copy of the built bundle (dist/index.js), and names the
// invariant that should catch it. The targets are the bundle's text, so a refactor of src/
// can move them: applying a mutant whose target is not found exactly once throws, saying so,
// rather than soaking an unbroken client.

/** Mutant name → what it breaks, the text it replaces and with what, and the invariant expected to catch it. */
export const MUTANTS = {
  "post-resent-after-5xx": {
    breaks: "POST and PATCH are resent after a 500 or 502, when they may have run",
    find: "var NOT_PROCESSED_STATUSES = [429, 503];",
    replace: "var NOT_PROCESSED_STATUSES = [429, 500, 502, 503];",
    caughtBy: "no POST/PATCH resent after it may have run",
  },
  "one-retry-too-many": {
    breaks: "a failed attempt is retried maxRetries + 1 times",
    find: "if (attempt > policy.maxRetries) return",
    replace: "if (attempt > policy.maxRetries + 1) return",
    caughtBy: "attempts within maxRetries + 1",
  },
  "retry-after-ignored": {
    breaks: "the wait before a retry is always the jittered backoff",
    find: "waitMs: retryAfterMs ?? backoffMs(attempt - 1, random),",
    replace: "waitMs: backoffMs(attempt - 1, random),",
    caughtBy: "Retry-After honoured",
  },
  "timer-left-running": {
    breaks: "an attempt's deadline is never cancelled, its timer runs until it expires",
    find: "  } finally {\n    cancelDeadline();\n    if (!streaming)",
    replace: "  } finally {\n    if (!streaming)",
    caughtBy: "the process exits on its own",
  },
  "reason-phrase-unredacted": {
    breaks: "an error response's reason phrase keeps the key",
    find: "statusText: redact(statusText),",
    replace: "statusText,",
    caughtBy: "the key in no error, header or log line",
  },
  "stream-abort-hangs": {
    breaks:
      "a streamed body leaves aborts to the platform (Node 20's fetch never settles the read)",
    find: 'signal.addEventListener("abort", stop);',
    replace: "void stop;",
    caughtBy: "every call settles",
  },
  "foreign-next-followed": {
    breaks: "a next link on another origin or path is followed as given",
    find: "if (next.origin !== requested.origin || next.pathname !== requested.pathname) {",
    replace: "if (false) {",
    caughtBy: "the key never sent to another host",
  },
};

/**
 * `source` with mutant `name` applied.
 *
 * @throws {Error} when there is no such mutant, or its target text is not in `source`
 *   exactly once.
 */
export function applyMutant(source, name) {
  const mutant = MUTANTS[name];
  if (!mutant)
    throw new Error(`no mutant "${name}"; the mutants are ${Object.keys(MUTANTS).join(", ")}`);
  const found = source.split(mutant.find).length - 1;
  if (found !== 1)
    throw new Error(
      `mutant "${name}": its target text is found ${found} times in dist/index.js, not once; ` +
        `point it at the current bundle (bench/soak/mutants.mjs):\n${mutant.find}`,
    );
  return source.replace(mutant.find, () => mutant.replace);
}
