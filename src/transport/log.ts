import { readEnv } from "./env.js";
import { check, checkOneOf } from "../utils/checks.js";
import type { Logger, TransportOptions } from "../options.js";

const LEVELS = ["error", "warn", "info", "debug"] as const;

/** What the transport reports; each method writes a line when its level is enabled. */
export interface Log {
  /**
   * An attempt ended, with a status or the name of its failure (debug); when `ended`, the
   * call ends with it, an error status (warn) or the error it throws (error).
   */
  attempt(label: string, outcome: number | string, ms: number, ended: boolean): void;
  /** A retry follows in `waitMs` (info). */
  retry(label: string, why: string, waitMs: number): void;
  /** The call ends with an error status (warn) or the error it throws, by name (error). */
  failed(label: string, outcome: number | string): void;
}

/**
 * The log for `options.logger` (default `console`) and `options.logLevel` (default: the
 * `ULTRAVOX_LOG` environment variable, else `"off"`), or undefined when nothing is logged,
 * so that the transport does no logging work at all. Every line starts with
 * `ultravox-api: ` and goes through `redact`. An `ULTRAVOX_LOG` that is not a level is
 * reported once, with `warn`.
 *
 * @throws {UltravoxParameterError} when `logLevel` is not a level or `logger` lacks one of the
 *   four methods.
 */
export function createLog(
  { logger = console, logLevel }: Pick<TransportOptions, "logger" | "logLevel">,
  redact: (text: string) => string,
): Log | undefined {
  check(
    LEVELS.every((level) => typeof Object(logger)[level] === "function"),
    "logger",
    "must have debug, info, warn and error methods, as console does",
  );
  const levels: readonly string[] = ["off", ...LEVELS];
  checkOneOf(logLevel ?? "off", levels, "logLevel");
  const env = readEnv("ULTRAVOX_LOG");
  if (logLevel === undefined && env && !levels.includes(env))
    logger.warn(`ultravox-api: ULTRAVOX_LOG is not one of ${levels.join(", ")}; not logging`);
  const enabled = levels.indexOf(logLevel ?? env ?? "off") - 1;
  if (enabled < 0) return undefined;
  const write = (level: number, line: string) => {
    if (level <= enabled) (logger as Logger)[LEVELS[level]!](redact(`ultravox-api: ${line}`));
  };
  const failed = (label: string, outcome: number | string) =>
    write(typeof outcome === "number" ? 1 : 0, `${label}: ${outcome}, not retried`);
  return {
    attempt: (label, outcome, ms, ended) => {
      write(3, `${label}: ${outcome} in ${Math.round(ms)} ms`);
      if (ended) failed(label, outcome);
    },
    retry: (label, why, waitMs) =>
      write(2, `${label} ${why}; retrying in ${Math.round(waitMs)} ms`),
    failed,
  };
}
