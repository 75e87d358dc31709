import { UltravoxError } from "./errors.js";

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
