// Logging: a line per attempt at "debug", one per retry at "info", calls that end with an
// error status at "warn", calls that throw at "error". Never the API key, a body or query values.
import { createUltravoxClient, type Logger } from "ultravox-api";

/** A client that writes every attempt to the console (ULTRAVOX_LOG=debug does the same without code). */
export function createDebugClient() {
  return createUltravoxClient({ logLevel: "debug" });
}

/** A client that reports retries and failures to your own logger (any object with console's four methods). */
export function createClientLoggingTo(logger: Logger) {
  return createUltravoxClient({ logger, logLevel: "info" });
}
