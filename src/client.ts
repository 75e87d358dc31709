import createClient from "openapi-fetch";
import type { paths } from "../generated/schema.js";
import { UltravoxError } from "./errors.js";
import { API_KEY_HEADER, runtimeName } from "./platform.js";
import { checkPathTemplate, serializePath } from "./path.js";
import { serializeQuery } from "./query.js";
import { createRetryingFetch, type FetchFunction } from "./retry.js";
import type { UltravoxClient } from "./typed-client.js";
import { VERSION } from "./version.js";

/** The production API origin; every path in the spec starts with `/api/`. */
export const DEFAULT_BASE_URL = "https://api.ultravox.ai";

/** Options for {@link createUltravoxClient}. All are optional. */
export interface UltravoxClientOptions {
  /** The API key, sent as `X-API-Key` (`X-Unsafe-API-Key` by the browser build). Defaults to `process.env.ULTRAVOX_API_KEY` where `process` exists. */
  apiKey?: string;
  /** The API origin. Defaults to {@link DEFAULT_BASE_URL}. */
  baseUrl?: string;
  /**
   * How long one attempt may take, from sending the request to the last byte of the
   * response body, in milliseconds. Default 60 000. Raise it for large downloads.
   */
  timeoutMs?: number;
  /** How many times a failed request is retried (see the README's "Retries"). Default 2. */
  maxRetries?: number;
  /**
   * Also retry POST and PATCH after 5xx answers, timeouts and dropped connections, when the
   * API may already have processed them (a retried Create Call can then create two calls).
   * Default false: they are retried only on 429 and 503 and when no connection was made.
   */
  retryNonIdempotent?: boolean;
  /** The longest `Retry-After` the client waits for; a longer one is returned at once. Default 60 000. */
  maxRetryAfterMs?: number;
  /** Headers sent with every request. */
  headers?: HeadersInit;
  /** The fetch to send requests with (wrapped in the retry and timeout policy). Defaults to the global `fetch`. */
  fetch?: FetchFunction;
  /** Appended to the `User-Agent` header, such as `"my-app/1.2"` (sent in Node, Bun and Deno; browsers set their own). */
  userAgent?: string;
}

export type { UltravoxClient } from "./typed-client.js";

/**
 * Creates a typed client for the Ultravox REST API: an openapi-fetch client whose
 * requests carry the API key and go through the retry and timeout policy.
 * Its methods resolve with `{data, error, response}` for any HTTP status (see
 * `unwrap`), and reject with `UltravoxTimeoutError` or `UltravoxConnectionError`
 * when no response arrived, or with the `AbortError` of a `signal` you passed.
 *
 * @throws {UltravoxError} when no API key is given and `ULTRAVOX_API_KEY` is unset.
 */
export function createUltravoxClient(options: UltravoxClientOptions = {}): UltravoxClient {
  const apiKey = options.apiKey ?? readEnvApiKey();
  if (!apiKey) {
    throw new UltravoxError("Missing Ultravox API key: pass { apiKey } or set ULTRAVOX_API_KEY.");
  }
  const headers = new Headers(options.headers);
  const runtime = runtimeName();
  if (runtime && !headers.has("user-agent")) {
    headers.set(
      "User-Agent",
      `ultravox-api/${VERSION} ${runtime} ${options.userAgent ?? ""}`.trim(),
    );
  }
  headers.set(API_KEY_HEADER, apiKey);
  const client = createClient<paths>({
    baseUrl: options.baseUrl ?? DEFAULT_BASE_URL,
    headers,
    pathSerializer: serializePath,
    querySerializer: serializeQuery,
    fetch: createRetryingFetch(options, apiKey),
  });
  client.use(checkPathTemplate);
  // The same object, seen through the strict interface: every init it accepts is one
  // openapi-fetch accepts, and the results are typed alike (see typed-client.ts).
  return client as unknown as UltravoxClient;
}

type ProcessLike = { env?: Record<string, string | undefined> };
const processLike = (globalThis as { process?: ProcessLike }).process;

function readEnvApiKey(): string | undefined {
  // `process` is absent in browsers and workers; the key must then be passed explicitly.
  try {
    return processLike?.env?.["ULTRAVOX_API_KEY"] || undefined;
  } catch {
    return undefined; // Deno without --allow-env
  }
}
