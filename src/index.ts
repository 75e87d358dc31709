export { createUltravoxClient, DEFAULT_BASE_URL } from "./client.js";
export type { UltravoxClient, UltravoxClientOptions } from "./client.js";
export { UltravoxError } from "./errors.js";
export type { components, operations, paths, webhooks } from "../generated/schema.js";
export type { MethodOf, RequestBody, Schema } from "./types.js";
export { signWebhook, verifyWebhook } from "./webhooks.js";
export type {
  SignedWebhook,
  SignWebhookOptions,
  VerifyWebhookOptions,
  WebhookEvent,
  WebhookEventName,
} from "./webhooks.js";
export { UltravoxWebhookError } from "./webhook-error.js";
export type { WebhookErrorReason } from "./webhook-error.js";
