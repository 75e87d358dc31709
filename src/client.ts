import createClient, { type Client } from "openapi-fetch";
import type { paths } from "../generated/schema.js";
import { UltravoxError } from "./errors.js";

/** The production API origin; every path in the spec starts with `/api/`. */
export const DEFAULT_BASE_URL = "https://api.ultravox.ai";

/** Options for {@link createUltravoxClient}. All are optional. */
export interface UltravoxClientOptions {
  /** The API key sent as `X-API-Key`. Defaults to `process.env.ULTRAVOX_API_KEY` where `process` exists. */
  apiKey?: string;
  /** The API origin. Defaults to {@link DEFAULT_BASE_URL}. */
  baseUrl?: string;
}

/** A typed openapi-fetch client for every operation in the Ultravox API. */
export type UltravoxClient = Client<paths>;

/**
 * Creates a typed client for the Ultravox REST API.
 *
 * @throws {UltravoxError} when no API key is given and `ULTRAVOX_API_KEY` is unset.
 */
export function createUltravoxClient(options: UltravoxClientOptions = {}): UltravoxClient {
  const apiKey = options.apiKey ?? readEnvApiKey();
  if (!apiKey) {
    throw new UltravoxError(
      "No Ultravox API key: pass { apiKey } to createUltravoxClient or set the ULTRAVOX_API_KEY environment variable.",
    );
  }
  return createClient<paths>({
    baseUrl: options.baseUrl ?? DEFAULT_BASE_URL,
    headers: { "X-API-Key": apiKey },
  });
}

function readEnvApiKey(): string | undefined {
  // `process` is absent in browsers and workers; the key must then be passed explicitly.
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
    ?.env;
  return env?.["ULTRAVOX_API_KEY"] || undefined;
}
