// `ultravox-api/testing`: a simulated Ultravox API to test code that uses the SDK, offline,
// in any test runner, and signed webhook deliveries to test handlers with.
export { createUltravoxSimulator } from "./simulator.js";
export type {
  ReceivedRequest,
  SimulatedHandler,
  SimulatedOutcome,
  SimulatedRequest,
  StoredSchema,
  UltravoxSimulator,
  UltravoxSimulatorOptions,
} from "./simulator.js";
export type { FaultMoment, SimulatedFault } from "./faults.js";
export type { AnswerOf, BodyOf, OperationKey, PathParamsOf } from "./operations.js";
export { sendWebhook, webhookRequest } from "./webhooks.js";
export type { SendWebhookOptions, WebhookDeliveryOptions, WebhookHandler } from "./webhooks.js";
