// Every error class the SDK throws, all subclasses of UltravoxError, and how an error
// response becomes one. Errors are only built here: nothing in this module sends or retries.
import type { RequestLine } from "./transport/request-line.js";
import { parseRetryAfter } from "./retry.js";

/**
 * The base class of every error this SDK throws. Catch it to handle any
 * Ultravox failure; narrow with the subclasses for specific cases.
 *
 * `instanceof` recognises the SDK's errors across every copy of this package loaded in one
 * process: its CommonJS and ES builds (a program that both `require`s and `import`s it),
 * its server and browser builds, or two installed versions. `error instanceof NotFoundError`
 * is true for a `NotFoundError` (or a subclass of it) from any copy, and false for any other
 * error. It compares a class identity that each of the SDK's error classes carries, so an
 * object deliberately built to carry one passes too. For your own subclasses, `instanceof`
 * is the language's usual check.
 */
export class UltravoxError extends Error {
  // Each of the SDK's error classes names itself once, in this static (CLASS_KEY written out:
  // a computed key would keep every class in bundles that use only some of them). It is the
  // class's identity in every copy of the package, and its instances' `name`.
  /** @internal */
  static readonly "~ultravoxErrorClass": string = "UltravoxError";
  override name: string = (this.constructor as unknown as Branded)[CLASS_KEY];

  /**
   * Whether `value` is an instance of this class from any copy of the package (see the class).
   */
  static override [Symbol.hasInstance]<T extends abstract new (...args: never[]) => unknown>(
    this: T,
    value: unknown,
  ): value is InstanceType<T> {
    // A caller's subclass inherits its parent's identity, so only the class's own counts.
    const identity = Object.hasOwn(this, CLASS_KEY) && (this as unknown as Branded)[CLASS_KEY];
    if (!identity) return super[Symbol.hasInstance](value);
    for (let prototype = value; prototype != null;) {
      prototype = Object.getPrototypeOf(prototype);
      if ((Object(prototype?.constructor) as Partial<Branded>)[CLASS_KEY] === identity) return true;
    }
    return false;
  }
}

// The static each of the SDK's error classes carries: its identity in every copy of the package.
const CLASS_KEY = "~ultravoxErrorClass";
type Branded = { [CLASS_KEY]: string };

/**
 * The API answered with a status that is not a success (see {@link unwrap}).
 * Subclasses name the common statuses; any other status is this class itself.
 */
export class UltravoxAPIError extends UltravoxError {
  /** @internal */
  static override readonly "~ultravoxErrorClass": string = "UltravoxAPIError";
  /** The HTTP status, such as `400`. */
  declare readonly status: number;
  /** The response headers. */
  declare readonly headers: Headers;
  /** The response body: parsed JSON when it is JSON, otherwise the raw text (`""` when empty). */
  declare readonly body: unknown;
  /** The `detail` string of a JSON body such as `{"detail": "Not found."}`, when it has one. */
  declare readonly detail: string | undefined;
  /** The request method, such as `POST` (empty when unknown). */
  declare readonly method: string;
  /** The URL the client requested (before any redirect). */
  declare readonly url: string;

  /** Builds the error from a response, its already-read body and the request it answers. */
  constructor(response: Response, body: unknown, request: RequestLine) {
    const { status, statusText, headers } = response;
    const { method, url } = request;
    const { detail } = (body ?? {}) as { detail?: unknown };
    const detailText = typeof detail === "string" ? detail : undefined;
    const summary = detailText ?? summarize(body);
    const requestText = `${method} ${pathOf(url)}`.trim();
    const statusLine = `${status} ${statusText}`.trim(); // HTTP/2 has no reason phrase
    super(`${requestText} failed with ${statusLine}${summary ? `: ${summary}` : ""}`);
    Object.assign(this, { status, headers, body, method, url, detail: detailText });
  }
}

/** `400 Bad Request`: the request is malformed or a field is invalid (see `body` for the fields). */
export class BadRequestError extends UltravoxAPIError {
  /** @internal */
  static override readonly "~ultravoxErrorClass": string = "BadRequestError";
}
/** `401 Unauthorized`: the API key is missing or wrong. */
export class AuthenticationError extends UltravoxAPIError {
  /** @internal */
  static override readonly "~ultravoxErrorClass": string = "AuthenticationError";
}
/** `403 Forbidden`: the API key may not do this. */
export class PermissionDeniedError extends UltravoxAPIError {
  /** @internal */
  static override readonly "~ultravoxErrorClass": string = "PermissionDeniedError";
}
/** `404 Not Found`: no such resource (or not visible to this account). */
export class NotFoundError extends UltravoxAPIError {
  /** @internal */
  static override readonly "~ultravoxErrorClass": string = "NotFoundError";
}
/** `409 Conflict`: the request conflicts with the resource's current state. */
export class ConflictError extends UltravoxAPIError {
  /** @internal */
  static override readonly "~ultravoxErrorClass": string = "ConflictError";
}
/** `422 Unprocessable Entity`: well-formed but semantically invalid. */
export class UnprocessableEntityError extends UltravoxAPIError {
  /** @internal */
  static override readonly "~ultravoxErrorClass": string = "UnprocessableEntityError";
}
/** `429 Too Many Requests`: a rate or concurrency limit was hit and the client's retries did not get through. */
export class RateLimitError extends UltravoxAPIError {
  /** @internal */
  static override readonly "~ultravoxErrorClass": string = "RateLimitError";
  /** How long the API asked to wait (from `Retry-After`), in milliseconds, when it said. */
  readonly retryAfterMs: number | undefined = parseRetryAfter(this.headers.get("retry-after"));
}
/** A `5xx` status: the API failed or is unavailable. */
export class InternalServerError extends UltravoxAPIError {
  /** @internal */
  static override readonly "~ultravoxErrorClass": string = "InternalServerError";
}

/** No response arrived: DNS, connection or TLS failure, or the connection dropped. The platform's error is `cause`. */
export class UltravoxConnectionError extends UltravoxError {
  /** @internal */
  static override readonly "~ultravoxErrorClass": string = "UltravoxConnectionError";
}

/**
 * An attempt got no complete response (headers and body) within `timeoutMs`, and no retry
 * was left or allowed; or a streamed body (`parseAs: "stream"`) sent nothing for `timeoutMs`.
 */
export class UltravoxTimeoutError extends UltravoxError {
  /** @internal */
  static override readonly "~ultravoxErrorClass": string = "UltravoxTimeoutError";
}

/**
 * A success status whose body is not the JSON it should be: an HTML page answering 200 (a
 * proxy or captive portal), a truncated or otherwise invalid JSON text. Not retried: the
 * server did answer, and may have acted on the request.
 */
export class UltravoxMalformedResponseError extends UltravoxError {
  /** @internal */
  static override readonly "~ultravoxErrorClass": string = "UltravoxMalformedResponseError";
  /** The HTTP status, such as `200`. */
  declare readonly status: number;
  /** The response's `Content-Type` (empty when it had none). */
  declare readonly contentType: string;
  /** The start of the body, at most 200 characters, with the API key redacted. */
  declare readonly excerpt: string;
  /** The request method, such as `GET`. */
  declare readonly method: string;
  /** The URL the client requested (before any redirect). */
  declare readonly url: string;

  /** Builds the error from the response's status and content type, the start of its body, and the request. */
  constructor(status: number, contentType: string, excerpt: string, request: RequestLine) {
    const { method, url } = request;
    super(
      `${method} ${pathOf(url)} answered ${status} with a body that is not valid JSON` +
        ` (content-type "${contentType}"), starting ${JSON.stringify(excerpt.slice(0, 60))}`,
    );
    Object.assign(this, { status, contentType, excerpt, method, url });
  }
}

/**
 * A value passed to the SDK was refused before anything was sent: a client or per-call
 * option that makes no sense, a header that is not valid HTTP, a path or query parameter
 * that would change the route or be lost on the wire, a pagination limit or a webhook
 * option. The message says what was wrong and how to fix it, and never contains the value
 * itself.
 */
export class UltravoxParameterError extends UltravoxError {
  /** @internal */
  static override readonly "~ultravoxErrorClass": string = "UltravoxParameterError";
  /**
   * Where the value was passed, as written in the call: `timeoutMs`, `headers["X-Team"]`,
   * `init.timeoutMs`, `params.path.batch_id`, `params.query.metadata.team`, `path`,
   * `limits.maxItems`, `toleranceSeconds`.
   */
  declare readonly parameter: string;

  /** Builds the error from where the value was and what is wrong with it (`"is missing"`). */
  constructor(parameter: string, problem: string) {
    super(`${parameter} ${problem}`);
    this.parameter = parameter;
  }
}

/**
 * Why `verifyWebhook` rejected a request. Every reason except `invalid_body`
 * means the request cannot be shown to come from Ultravox (answer 401);
 * `invalid_body` means it did, but its body is not a webhook event (answer 400).
 */
export type WebhookErrorReason =
  | "missing_signature"
  | "missing_timestamp"
  | "invalid_timestamp"
  | "timestamp_out_of_tolerance"
  | "invalid_signature"
  | "invalid_body";

/**
 * Thrown by `verifyWebhook` when a request is not an authentic, recent
 * Ultravox webhook event. Narrow on `reason`; the message says what to check
 * and never contains a secret.
 */
export class UltravoxWebhookError extends UltravoxError {
  /** @internal */
  static override readonly "~ultravoxErrorClass": string = "UltravoxWebhookError";
  /** What was wrong with the request. */
  declare readonly reason: WebhookErrorReason;

  constructor(reason: WebhookErrorReason, message: string) {
    super(message);
    this.reason = reason;
  }
}

/**
 * Create-once (a Create Call with `createOnce`) could not tell whether the call exists, or
 * knows it was not made and had no retry left to make it: `reason` says which. Its `cause`
 * is the failure that decided (the lookup's error, or the create's), `createFailure` the
 * create's own failure, and `key` the key stamped into the call's metadata, to look it up
 * later with `metadata.createOnceKey=<key>`.
 */
export class UltravoxCreateOnceError extends UltravoxError {
  /** @internal */
  static override readonly "~ultravoxErrorClass": string = "UltravoxCreateOnceError";
  /**
   * `lookup_failed`: the create may have run and List Calls could not be asked (the call may
   * exist); `not_created`: no call had the key once the lookup window ended, and the call's
   * retries were used up.
   */
  declare readonly reason: "lookup_failed" | "not_created";
  /** The key stamped into the call's metadata (`createOnceKey`). */
  declare readonly key: string;
  /** What the create itself ended with: a timeout, a dropped connection, a 5xx. */
  declare readonly createFailure: UltravoxError;

  constructor(
    reason: "lookup_failed" | "not_created",
    key: string,
    message: string,
    options: { cause: unknown; createFailure: UltravoxError },
  ) {
    super(message, { cause: options.cause });
    Object.assign(this, { reason, key, createFailure: options.createFailure });
  }
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
export function apiErrorFor(
  response: Response,
  body: unknown,
  request: RequestLine,
): UltravoxAPIError {
  const ErrorClass =
    byStatus[response.status] ?? (response.status >= 500 ? InternalServerError : UltravoxAPIError);
  return new ErrorClass(response, body, request);
}

// Validation errors name fields: {"temperature": ["must be between 0 and 1"]}.
function summarize(body: unknown): string {
  if (typeof body === "string") return body.startsWith("<") ? "" : body.trim().slice(0, 200);
  return Object.entries(body ?? {})
    .flatMap(([field, messages]) => {
      const texts: unknown[] = [messages].flat();
      return texts.every((text) => typeof text === "string")
        ? [`${field}: ${texts.join(" ")}`]
        : [];
    })
    .join("; ");
}

/** A URL's path, without origin, query or fragment: query values can hold personal data. */
export function pathOf(url: string): string {
  return url.replace(/^\w+:\/\/[^/]*|[?#].*/g, "");
}
