// Creating a client, with every option at its default.
import { createUltravoxClient } from "ultravox-api";

export function createClient() {
  return createUltravoxClient({
    apiKey: process.env["ULTRAVOX_API_KEY"], // the default
    baseUrl: "https://api.ultravox.ai", // the default
    timeoutMs: 60_000, // per attempt, response headers and body
    maxRetries: 2,
    retryNonIdempotent: false, // never resend a POST or PATCH that may have run
    maxRetryAfterMs: 60_000, // a longer Retry-After is not waited for
    headers: { "X-Request-Source": "billing-worker" },
    userAgent: "billing-worker/3.1", // appended to User-Agent: ultravox-api/<version> node/<version>
  });
}
