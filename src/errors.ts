import { parseRetryAfter } from "./retry-timing.js";

/**
 * The base class of every error this SDK throws. Catch it to handle any
 * Ultravox failure; narrow with the subclasses for specific cases.
 */
export class UltravoxError extends Error {
  override name = "UltravoxError";
}

/** The method and URL of the request a response answers, as the client sent it (before any redirect). */
export interface RequestLine {
  method: string;
  url: string;
}

/**
 * The request behind each response that went through the client's fetch, so an error
 * can name it: an openapi-fetch result carries the response but not the request.
 */
export const requestLines = new WeakMap<Response, RequestLine>();

/**
 * The API answered with a status that is not a success (see {@link unwrap}).
 * Subclasses name the common statuses; any other status is this class itself.
 */
export class UltravoxAPIError extends UltravoxError {
  override name = "UltravoxAPIError";
  /** The HTTP status, such as `400`. */
  readonly status: number;
  /** The response headers. */
  readonly headers: Headers;
  /** The response body: parsed JSON when it is JSON, otherwise the raw text (`""` when empty). */
  readonly body: unknown;
  /** The `detail` string of a JSON body such as `{"detail": "Not found."}`, when it has one. */
  readonly detail: string | undefined;
  /** The request method, such as `POST` (empty when unknown). */
  readonly method: string;
  /** The URL the client requested (before any redirect). */
  readonly url: string;

  /** Builds the error from a response and its already-read body; `request` defaults to what the client recorded. */
  constructor(response: Response, body: unknown, request = requestLines.get(response)) {
    const method = request?.method ?? "";
    const url = request?.url ?? response.url;
    const detail =
      hasKey(body, "detail") && typeof body.detail === "string" ? body.detail : undefined;
    const summary = detail ?? summarize(body);
    super(
      `${[method, pathOf(url)].filter(Boolean).join(" ")} failed with ${response.status}` +
        (response.statusText ? ` ${response.statusText}` : "") +
        (summary ? `: ${summary}` : ""),
    );
    this.status = response.status;
    this.headers = response.headers;
    this.body = body;
    this.detail = detail;
    this.method = method;
    this.url = url;
  }
}

/** `400 Bad Request`: the request is malformed or a field is invalid (see `body` for the fields). */
export class BadRequestError extends UltravoxAPIError {
  override name = "BadRequestError";
}
/** `401 Unauthorized`: the API key is missing or wrong. */
export class AuthenticationError extends UltravoxAPIError {
  override name = "AuthenticationError";
}
/** `403 Forbidden`: the API key may not do this. */
export class PermissionDeniedError extends UltravoxAPIError {
  override name = "PermissionDeniedError";
}
/** `404 Not Found`: no such resource (or not visible to this account). */
export class NotFoundError extends UltravoxAPIError {
  override name = "NotFoundError";
}
/** `409 Conflict`: the request conflicts with the resource's current state. */
export class ConflictError extends UltravoxAPIError {
  override name = "ConflictError";
}
/** `422 Unprocessable Entity`: well-formed but semantically invalid. */
export class UnprocessableEntityError extends UltravoxAPIError {
  override name = "UnprocessableEntityError";
}
/** `429 Too Many Requests`: a rate or concurrency limit was hit and the client's retries did not get through. */
export class RateLimitError extends UltravoxAPIError {
  override name = "RateLimitError";
  /** How long the API asked to wait (from `Retry-After`), in milliseconds, when it said. */
  readonly retryAfterMs: number | undefined = parseRetryAfter(this.headers.get("retry-after"));
}
/** A `5xx` status: the API failed or is unavailable. */
export class InternalServerError extends UltravoxAPIError {
  override name = "InternalServerError";
}

/** No response arrived: DNS, connection or TLS failure, or the connection dropped. The platform's error is `cause`. */
export class UltravoxConnectionError extends UltravoxError {
  override name = "UltravoxConnectionError";
}

/** An attempt got no complete response (headers and body) within `timeoutMs`, and no retry was left or allowed. */
export class UltravoxTimeoutError extends UltravoxError {
  override name = "UltravoxTimeoutError";
}

const byStatus: Record<number, typeof UltravoxAPIError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/** Builds the {@link UltravoxAPIError} subclass that matches a response's status. */
export function apiErrorFor(response: Response, body: unknown): UltravoxAPIError {
  const ErrorClass =
    byStatus[response.status] ?? (response.status >= 500 ? InternalServerError : UltravoxAPIError);
  return new ErrorClass(response, body);
}

function hasKey<Key extends string>(value: unknown, key: Key): value is Record<Key, unknown> {
  return typeof value === "object" && value !== null && key in value;
}

// Validation errors name fields: {"temperature": ["must be between 0 and 1"]}.
function summarize(body: unknown): string {
  if (typeof body === "string") return body.startsWith("<") ? "" : body.trim().slice(0, 200);
  if (typeof body !== "object" || body === null) return "";
  return Object.entries(body)
    .map(([field, messages]) =>
      [messages].flat().every((m) => typeof m === "string")
        ? `${field}: ${[messages].flat().join(" ")}`
        : "",
    )
    .filter(Boolean)
    .join("; ");
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}
