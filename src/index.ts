export { createUltravoxClient, DEFAULT_BASE_URL } from "./client.js";
export type { UltravoxClient, UltravoxClientOptions } from "./client.js";
export {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UltravoxAPIError,
  UltravoxConnectionError,
  UltravoxCreateOnceError,
  UltravoxError,
  UltravoxMalformedResponseError,
  UltravoxParameterError,
  UltravoxTimeoutError,
  UltravoxWebhookError,
  UnprocessableEntityError,
} from "./errors.js";
export type { WebhookErrorReason } from "./errors.js";
export { createOnceReport, CREATE_ONCE_METADATA_KEY } from "./create-once.js";
export type { CreateOnceOptions, CreateOnceOutcome, CreateOnceReport } from "./create-once.js";
export { paginate, pages } from "./pagination.js";
export type {
  ItemOf,
  PageOf,
  PageRequestInit,
  PaginatedPath,
  PaginationArgs,
  PaginationLimits,
} from "./pagination.js";
export { serializeQuery } from "./request/query.js";
export type {
  APIPromise,
  BinaryParseAs,
  CallOptions,
  ListOptions,
  ListPromise,
  Page,
  PageLinks,
  RequestQuery,
  UltravoxResources,
} from "./resources.js";
export type {
  FetchFunction,
  FetchInit,
  Logger,
  LogLevel,
  RequestOptions,
  TransportOptions,
} from "./options.js";
export { toRequestSchema } from "./request-schema.js";
export { unwrap } from "./unwrap.js";
export { VERSION } from "./version.js";
export type { components, operations, paths, webhooks } from "../generated/schema.js";
export type { MethodOf, RequestBody, RequestSchema, Schema } from "./types.js";
export type {
  CallResult,
  PathWithMethod,
  RawPath,
  RawRequestInit,
  RawResult,
  RequestInitFor,
  ResponseData,
} from "./typed-client.js";
export { signWebhook, verifyWebhook } from "./webhooks.js";
export type {
  SignedWebhook,
  SignWebhookOptions,
  VerifyWebhookOptions,
  WebhookEvent,
  WebhookEventName,
} from "./webhooks.js";
