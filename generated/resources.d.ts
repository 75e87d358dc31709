// GENERATED FILE: do not edit by hand.
// Source: openapi.yaml (scripts/resource-tree.mjs). Regenerate with `npm run generate`;
// `npm test` fails when this is stale.
import type { paths } from "./schema.js";

/**
 * One operation in the tree: its path and method, its path parameters in path order (named
 * as the method takes them), whether it takes a body and a query (`"required"`,
 * `"optional"` or `"none"`), and what it answers: `"json"`, `"list"` (a page),
 * `"blob"` (audio) or `"text"`. A marker only: src/resources.ts builds the method from it.
 */
export interface Operation<
  Path extends keyof paths,
  Method extends string,
  PathArgs extends unknown[],
  Body extends "required" | "optional" | "none",
  Query extends "required" | "optional" | "none",
  Answer extends "json" | "list" | "blob" | "text",
> {
  path: Path;
  method: Method;
  pathArgs: PathArgs;
  body: Body;
  query: Query;
  answer: Answer;
}

/**
 * Every operation of the API as a method, by resource (100 operations).
 * src/resources.ts gives each its signature.
 */
export interface ResourceTree {
  /**
   * `uv.calls`: the operations under `/api/calls`.
   * Methods: `list`, `create`, `get`, `delete`, `sendDataMessage`. Resources: `events`, `messages`, `recording`, `sipLogs`, `stages`, `tools`.
   */
  calls: CallsResource;
  /**
   * `uv.deletedCalls`: the operations under `/api/deleted_calls`.
   * Methods: `list`, `get`.
   */
  deletedCalls: DeletedCallsResource;
  /**
   * `uv.agents`: the operations under `/api/agents`.
   * Methods: `list`, `create`, `get`, `update`, `delete`. Resources: `calls`, `scheduledBatches`.
   */
  agents: AgentsResource;
  /**
   * `uv.accounts`: the operations under `/api/accounts/me`.
   * Resources: `me`.
   */
  accounts: AccountsResource;
  /**
   * `uv.telephonyConfigs`: the operations under `/api/telephony_configs`.
   * Resources: `twilio`, `telnyx`, `plivo`.
   */
  telephonyConfigs: TelephonyConfigsResource;
  /**
   * `uv.callThrottles`: the operations under `/api/call_throttles`.
   * Methods: `list`, `create`, `get`, `replace`, `update`, `delete`.
   */
  callThrottles: CallThrottlesResource;
  /**
   * `uv.sip`: the operations under `/api/sip`.
   * Methods: `get`, `update`. Resources: `registrations`.
   */
  sip: SipResource;
  /**
   * `uv.corpora`: the operations under `/api/corpora`.
   * Methods: `list`, `create`, `get`, `update`, `delete`, `query`. Resources: `sources`, `uploads`.
   */
  corpora: CorporaResource;
  /**
   * `uv.tools`: the operations under `/api/tools`.
   * Methods: `list`, `create`, `get`, `replace`, `delete`, `test`. Resources: `history`.
   */
  tools: ToolsResource;
  /**
   * `uv.voices`: the operations under `/api`.
   * Methods: `list`, `create`, `get`, `replace`, `update`, `delete`. Resources: `preview`.
   */
  voices: VoicesResource;
  /**
   * `uv.webhooks`: the operations under `/api/webhooks`.
   * Methods: `list`, `create`, `get`, `replace`, `update`, `delete`.
   */
  webhooks: WebhooksResource;
  /**
   * `uv.models`: the operations under `/api/models`.
   * Methods: `list`.
   */
  models: ModelsResource;
  /**
   * `uv.schema`: the operations under `/api/schema/`.
   * Methods: `get`.
   */
  schema: SchemaResource;
}

/**
 * `uv.calls`: the operations under `/api/calls`.
 * Methods: `list`, `create`, `get`, `delete`, `sendDataMessage`. Resources: `events`, `messages`, `recording`, `sipLogs`, `stages`, `tools`.
 */
export interface CallsResource {
  /**
   * List Calls
   *
   * Lists the account's calls, filtered and ordered by the query parameters.
   *
   * `GET /api/calls` (operation `listCalls`).
   */
  list: Operation<"/api/calls", "get", [], "none", "optional", "list">;
  /**
   * Create Call
   *
   * Starts a new call from a prompt and call settings. The answer holds the
   * `joinUrl` a client (WebRTC, telephony provider or server websocket)
   * connects to. Calls count against the account's call-creation rate
   * limit and concurrency allowance; over either the API answers `429`.
   *
   * `POST /api/calls` (operation `createCall`).
   */
  create: Operation<"/api/calls", "post", [], "required", "optional", "json">;
  /**
   * Get Call
   *
   * Returns one call, including its outcome, summary and billing once available.
   *
   * `GET /api/calls/{call_id}` (operation `getCall`).
   */
  get: Operation<
    "/api/calls/{call_id}",
    "get",
    [callId: paths["/api/calls/{call_id}"]["get"]["parameters"]["path"]["call_id"]],
    "none",
    "none",
    "json"
  >;
  /**
   * Delete Call
   *
   * Deletes a call with its messages, recording and stages. A deleted-call
   * record with the billing metadata remains (see List Deleted Calls).
   *
   * `DELETE /api/calls/{call_id}` (operation `deleteCall`).
   */
  delete: Operation<
    "/api/calls/{call_id}",
    "delete",
    [callId: paths["/api/calls/{call_id}"]["delete"]["parameters"]["path"]["call_id"]],
    "none",
    "none",
    "json"
  >;
  /**
   * `uv.calls.events`: the operations under `/api/calls/{call_id}/events`.
   * Methods: `list`.
   */
  events: CallsEventsResource;
  /**
   * `uv.calls.messages`: the operations under `/api/calls/{call_id}/messages`.
   * Methods: `list`.
   */
  messages: CallsMessagesResource;
  /**
   * `uv.calls.recording`: the operations under `/api/calls/{call_id}/recording`.
   * Methods: `get`.
   */
  recording: CallsRecordingResource;
  /**
   * Send Data Message to Call
   *
   * Injects a data message into a live call (joined and not yet ended):
   * make the agent say something or call tools, hang up, or add a user
   * text message.
   *
   * `POST /api/calls/{call_id}/send_data_message` (operation `sendCallDataMessage`).
   */
  sendDataMessage: Operation<
    "/api/calls/{call_id}/send_data_message",
    "post",
    [
      callId: paths["/api/calls/{call_id}/send_data_message"]["post"]["parameters"]["path"]["call_id"],
    ],
    "required",
    "none",
    "json"
  >;
  /**
   * `uv.calls.sipLogs`: the operations under `/api/calls/{call_id}/sip_logs`.
   * Methods: `get`.
   */
  sipLogs: CallsSipLogsResource;
  /**
   * `uv.calls.stages`: the operations under `/api/calls/{call_id}/stages`.
   * Methods: `list`, `get`. Resources: `messages`, `tools`.
   */
  stages: CallsStagesResource;
  /**
   * `uv.calls.tools`: the operations under `/api/calls/{call_id}/tools`.
   * Methods: `list`.
   */
  tools: CallsToolsResource;
}

/**
 * `uv.calls.events`: the operations under `/api/calls/{call_id}/events`.
 * Methods: `list`.
 */
export interface CallsEventsResource {
  /**
   * List Call Events
   *
   * Lists the events (errors, warnings, diagnostics) recorded during a call.
   *
   * `GET /api/calls/{call_id}/events` (operation `listCallEvents`).
   */
  list: Operation<
    "/api/calls/{call_id}/events",
    "get",
    [callId: paths["/api/calls/{call_id}/events"]["get"]["parameters"]["path"]["call_id"]],
    "none",
    "optional",
    "list"
  >;
}

/**
 * `uv.calls.messages`: the operations under `/api/calls/{call_id}/messages`.
 * Methods: `list`.
 */
export interface CallsMessagesResource {
  /**
   * List Call Messages
   *
   * Lists the messages of a call (transcript, tool calls and tool results):
   * by default those of its last stage, including the initial messages;
   * with `mode=in_call`, those of every stage, without the initial messages.
   *
   * `GET /api/calls/{call_id}/messages` (operation `listCallMessages`).
   */
  list: Operation<
    "/api/calls/{call_id}/messages",
    "get",
    [callId: paths["/api/calls/{call_id}/messages"]["get"]["parameters"]["path"]["call_id"]],
    "none",
    "optional",
    "list"
  >;
}

/**
 * `uv.calls.recording`: the operations under `/api/calls/{call_id}/recording`.
 * Methods: `get`.
 */
export interface CallsRecordingResource {
  /**
   * Get Call Recording
   *
   * Redirects (302) to the call's audio recording. Recordings exist only for
   * calls created with `recordingEnabled: true`, and only once the call has
   * ended; before that the API answers `425`. HTTP clients that follow
   * redirects receive the audio itself.
   *
   * `GET /api/calls/{call_id}/recording` (operation `getCallRecording`).
   */
  get: Operation<
    "/api/calls/{call_id}/recording",
    "get",
    [callId: paths["/api/calls/{call_id}/recording"]["get"]["parameters"]["path"]["call_id"]],
    "none",
    "none",
    "blob"
  >;
}

/**
 * `uv.calls.sipLogs`: the operations under `/api/calls/{call_id}/sip_logs`.
 * Methods: `get`.
 */
export interface CallsSipLogsResource {
  /**
   * Get SIP Logs for a Call
   *
   * Redirects (302) to the SIP logs of a call that used the `sip` medium,
   * once it has ended. HTTP clients that follow redirects receive the log
   * file itself.
   *
   * `GET /api/calls/{call_id}/sip_logs` (operation `getCallSipLogs`).
   */
  get: Operation<
    "/api/calls/{call_id}/sip_logs",
    "get",
    [callId: paths["/api/calls/{call_id}/sip_logs"]["get"]["parameters"]["path"]["call_id"]],
    "none",
    "none",
    "text"
  >;
}

/**
 * `uv.calls.stages`: the operations under `/api/calls/{call_id}/stages`.
 * Methods: `list`, `get`. Resources: `messages`, `tools`.
 */
export interface CallsStagesResource {
  /**
   * List Call Stages
   *
   * Lists the stages of a call. A new stage starts when a tool changes the prompt, voice or tools mid-call.
   *
   * `GET /api/calls/{call_id}/stages` (operation `listCallStages`).
   */
  list: Operation<
    "/api/calls/{call_id}/stages",
    "get",
    [callId: paths["/api/calls/{call_id}/stages"]["get"]["parameters"]["path"]["call_id"]],
    "none",
    "optional",
    "list"
  >;
  /**
   * Get Call Stage
   *
   * Returns one stage of a call with the settings it ran with.
   *
   * `GET /api/calls/{call_id}/stages/{call_stage_id}` (operation `getCallStage`).
   */
  get: Operation<
    "/api/calls/{call_id}/stages/{call_stage_id}",
    "get",
    [
      callId: paths["/api/calls/{call_id}/stages/{call_stage_id}"]["get"]["parameters"]["path"]["call_id"],
      callStageId: paths["/api/calls/{call_id}/stages/{call_stage_id}"]["get"]["parameters"]["path"]["call_stage_id"],
    ],
    "none",
    "none",
    "json"
  >;
  /**
   * `uv.calls.stages.messages`: the operations under `/api/calls/{call_id}/stages/{call_stage_id}/messages`.
   * Methods: `list`. Resources: `audio`.
   */
  messages: CallsStagesMessagesResource;
  /**
   * `uv.calls.stages.tools`: the operations under `/api/calls/{call_id}/stages/{call_stage_id}/tools`.
   * Methods: `list`.
   */
  tools: CallsStagesToolsResource;
}

/**
 * `uv.calls.stages.messages`: the operations under `/api/calls/{call_id}/stages/{call_stage_id}/messages`.
 * Methods: `list`. Resources: `audio`.
 */
export interface CallsStagesMessagesResource {
  /**
   * List Call Stage Messages
   *
   * Lists the messages exchanged during one stage of a call.
   *
   * `GET /api/calls/{call_id}/stages/{call_stage_id}/messages` (operation `listCallStageMessages`).
   */
  list: Operation<
    "/api/calls/{call_id}/stages/{call_stage_id}/messages",
    "get",
    [
      callId: paths["/api/calls/{call_id}/stages/{call_stage_id}/messages"]["get"]["parameters"]["path"]["call_id"],
      callStageId: paths["/api/calls/{call_id}/stages/{call_stage_id}/messages"]["get"]["parameters"]["path"]["call_stage_id"],
    ],
    "none",
    "optional",
    "list"
  >;
  /**
   * `uv.calls.stages.messages.audio`: the operations under `/api/calls/{call_id}/stages/{call_stage_id}/messages/{call_stage_message_index}/audio`.
   * Methods: `get`.
   */
  audio: CallsStagesMessagesAudioResource;
}

/**
 * `uv.calls.stages.messages.audio`: the operations under `/api/calls/{call_id}/stages/{call_stage_id}/messages/{call_stage_message_index}/audio`.
 * Methods: `get`.
 */
export interface CallsStagesMessagesAudioResource {
  /**
   * Get Call Stage Message Audio
   *
   * Returns the audio of one message of a call stage.
   *
   * `GET /api/calls/{call_id}/stages/{call_stage_id}/messages/{call_stage_message_index}/audio` (operation `getCallStageMessageAudio`).
   */
  get: Operation<
    "/api/calls/{call_id}/stages/{call_stage_id}/messages/{call_stage_message_index}/audio",
    "get",
    [
      callId: paths["/api/calls/{call_id}/stages/{call_stage_id}/messages/{call_stage_message_index}/audio"]["get"]["parameters"]["path"]["call_id"],
      callStageId: paths["/api/calls/{call_id}/stages/{call_stage_id}/messages/{call_stage_message_index}/audio"]["get"]["parameters"]["path"]["call_stage_id"],
      callStageMessageIndex: paths["/api/calls/{call_id}/stages/{call_stage_id}/messages/{call_stage_message_index}/audio"]["get"]["parameters"]["path"]["call_stage_message_index"],
    ],
    "none",
    "none",
    "blob"
  >;
}

/**
 * `uv.calls.stages.tools`: the operations under `/api/calls/{call_id}/stages/{call_stage_id}/tools`.
 * Methods: `list`.
 */
export interface CallsStagesToolsResource {
  /**
   * List Call Stage Tools
   *
   * Lists the tools available during one stage of a call (not paginated).
   *
   * `GET /api/calls/{call_id}/stages/{call_stage_id}/tools` (operation `listCallStageTools`).
   */
  list: Operation<
    "/api/calls/{call_id}/stages/{call_stage_id}/tools",
    "get",
    [
      callId: paths["/api/calls/{call_id}/stages/{call_stage_id}/tools"]["get"]["parameters"]["path"]["call_id"],
      callStageId: paths["/api/calls/{call_id}/stages/{call_stage_id}/tools"]["get"]["parameters"]["path"]["call_stage_id"],
    ],
    "none",
    "none",
    "json"
  >;
}

/**
 * `uv.calls.tools`: the operations under `/api/calls/{call_id}/tools`.
 * Methods: `list`.
 */
export interface CallsToolsResource {
  /**
   * List Call Tools
   *
   * Lists every tool that was available at some point of a call (not paginated).
   *
   * `GET /api/calls/{call_id}/tools` (operation `listCallTools`).
   */
  list: Operation<
    "/api/calls/{call_id}/tools",
    "get",
    [callId: paths["/api/calls/{call_id}/tools"]["get"]["parameters"]["path"]["call_id"]],
    "none",
    "none",
    "json"
  >;
}

/**
 * `uv.deletedCalls`: the operations under `/api/deleted_calls`.
 * Methods: `list`, `get`.
 */
export interface DeletedCallsResource {
  /**
   * List Deleted Calls
   *
   * Lists the billing records left behind by deleted calls.
   *
   * `GET /api/deleted_calls` (operation `listDeletedCalls`).
   */
  list: Operation<"/api/deleted_calls", "get", [], "none", "optional", "list">;
  /**
   * Get Deleted Call
   *
   * Returns the billing record of one deleted call.
   *
   * `GET /api/deleted_calls/{call_id}` (operation `getDeletedCall`).
   */
  get: Operation<
    "/api/deleted_calls/{call_id}",
    "get",
    [callId: paths["/api/deleted_calls/{call_id}"]["get"]["parameters"]["path"]["call_id"]],
    "none",
    "none",
    "json"
  >;
}

/**
 * `uv.agents`: the operations under `/api/agents`.
 * Methods: `list`, `create`, `get`, `update`, `delete`. Resources: `calls`, `scheduledBatches`.
 */
export interface AgentsResource {
  /**
   * List Agents
   *
   * Lists the account's agents.
   *
   * `GET /api/agents` (operation `listAgents`).
   */
  list: Operation<"/api/agents", "get", [], "none", "optional", "list">;
  /**
   * Create Agent
   *
   * Creates an agent from a name and a call template. Calls created from
   * the agent (Create Agent Call) start from the template's settings.
   *
   * `POST /api/agents` (operation `createAgent`).
   */
  create: Operation<"/api/agents", "post", [], "required", "none", "json">;
  /**
   * Get Agent
   *
   * Returns one agent with its call template.
   *
   * `GET /api/agents/{agent_id}` (operation `getAgent`).
   */
  get: Operation<
    "/api/agents/{agent_id}",
    "get",
    [agentId: paths["/api/agents/{agent_id}"]["get"]["parameters"]["path"]["agent_id"]],
    "none",
    "none",
    "json"
  >;
  /**
   * Update Agent
   *
   * Changes an agent. Send only the fields to change.
   *
   * `PATCH /api/agents/{agent_id}` (operation `updateAgent`).
   */
  update: Operation<
    "/api/agents/{agent_id}",
    "patch",
    [agentId: paths["/api/agents/{agent_id}"]["patch"]["parameters"]["path"]["agent_id"]],
    "required",
    "none",
    "json"
  >;
  /**
   * Delete Agent
   *
   * Deletes an agent.
   *
   * `DELETE /api/agents/{agent_id}` (operation `deleteAgent`).
   */
  delete: Operation<
    "/api/agents/{agent_id}",
    "delete",
    [agentId: paths["/api/agents/{agent_id}"]["delete"]["parameters"]["path"]["agent_id"]],
    "none",
    "none",
    "json"
  >;
  /**
   * `uv.agents.calls`: the operations under `/api/agents/{agent_id}/calls`.
   * Methods: `list`, `create`.
   */
  calls: AgentsCallsResource;
  /**
   * `uv.agents.scheduledBatches`: the operations under `/api/agents/{agent_id}/scheduled_batches`.
   * Methods: `list`, `create`, `get`, `update`, `delete`. Resources: `createdCalls`, `scheduledCalls`.
   */
  scheduledBatches: AgentsScheduledBatchesResource;
}

/**
 * `uv.agents.calls`: the operations under `/api/agents/{agent_id}/calls`.
 * Methods: `list`, `create`.
 */
export interface AgentsCallsResource {
  /**
   * List Agent Calls
   *
   * Lists the calls created from an agent.
   *
   * `GET /api/agents/{agent_id}/calls` (operation `listAgentCalls`).
   */
  list: Operation<
    "/api/agents/{agent_id}/calls",
    "get",
    [agentId: paths["/api/agents/{agent_id}/calls"]["get"]["parameters"]["path"]["agent_id"]],
    "none",
    "optional",
    "list"
  >;
  /**
   * Create Agent Call
   *
   * Starts a call from an agent's call template, filling its `{{variables}}`
   * from `templateContext`; the other body fields override the template for
   * this call only. Like Create Call, it counts against the rate limits and
   * any `throttle` given.
   *
   * `POST /api/agents/{agent_id}/calls` (operation `createAgentCall`).
   */
  create: Operation<
    "/api/agents/{agent_id}/calls",
    "post",
    [agentId: paths["/api/agents/{agent_id}/calls"]["post"]["parameters"]["path"]["agent_id"]],
    "required",
    "optional",
    "json"
  >;
}

/**
 * `uv.agents.scheduledBatches`: the operations under `/api/agents/{agent_id}/scheduled_batches`.
 * Methods: `list`, `create`, `get`, `update`, `delete`. Resources: `createdCalls`, `scheduledCalls`.
 */
export interface AgentsScheduledBatchesResource {
  /**
   * List Scheduled Call Batches
   *
   * Lists an agent's scheduled call batches.
   *
   * `GET /api/agents/{agent_id}/scheduled_batches` (operation `listScheduledCallBatches`).
   */
  list: Operation<
    "/api/agents/{agent_id}/scheduled_batches",
    "get",
    [
      agentId: paths["/api/agents/{agent_id}/scheduled_batches"]["get"]["parameters"]["path"]["agent_id"],
    ],
    "none",
    "optional",
    "list"
  >;
  /**
   * Create Scheduled Call Batch
   *
   * Schedules a batch of calls from an agent within a time window. Calls
   * with an `outgoing` medium (`sip`, `twilio`, `telnyx`, `plivo`) are
   * placed by Ultravox; for any other medium Ultravox creates the call and
   * notifies `webhookUrl` (with a `call.started` payload, not retried) so
   * your server can connect it. A window too short for the batch is
   * rejected with `400`. Requests are limited to 32 MB; split larger
   * batches.
   *
   * `POST /api/agents/{agent_id}/scheduled_batches` (operation `createScheduledCallBatch`).
   */
  create: Operation<
    "/api/agents/{agent_id}/scheduled_batches",
    "post",
    [
      agentId: paths["/api/agents/{agent_id}/scheduled_batches"]["post"]["parameters"]["path"]["agent_id"],
    ],
    "required",
    "none",
    "json"
  >;
  /**
   * Get Scheduled Call Batch
   *
   * Returns one scheduled call batch with its progress.
   *
   * `GET /api/agents/{agent_id}/scheduled_batches/{batch_id}` (operation `getScheduledCallBatch`).
   */
  get: Operation<
    "/api/agents/{agent_id}/scheduled_batches/{batch_id}",
    "get",
    [
      agentId: paths["/api/agents/{agent_id}/scheduled_batches/{batch_id}"]["get"]["parameters"]["path"]["agent_id"],
      batchId: paths["/api/agents/{agent_id}/scheduled_batches/{batch_id}"]["get"]["parameters"]["path"]["batch_id"],
    ],
    "none",
    "none",
    "json"
  >;
  /**
   * Update Scheduled Call Batch
   *
   * Changes a batch; send only the fields to change. Setting `paused`
   * stops the batch for good: paused batches cannot currently be resumed.
   *
   * `PATCH /api/agents/{agent_id}/scheduled_batches/{batch_id}` (operation `updateScheduledCallBatch`).
   */
  update: Operation<
    "/api/agents/{agent_id}/scheduled_batches/{batch_id}",
    "patch",
    [
      agentId: paths["/api/agents/{agent_id}/scheduled_batches/{batch_id}"]["patch"]["parameters"]["path"]["agent_id"],
      batchId: paths["/api/agents/{agent_id}/scheduled_batches/{batch_id}"]["patch"]["parameters"]["path"]["batch_id"],
    ],
    "required",
    "none",
    "json"
  >;
  /**
   * Delete Scheduled Call Batch
   *
   * Deletes a scheduled call batch.
   *
   * `DELETE /api/agents/{agent_id}/scheduled_batches/{batch_id}` (operation `deleteScheduledCallBatch`).
   */
  delete: Operation<
    "/api/agents/{agent_id}/scheduled_batches/{batch_id}",
    "delete",
    [
      agentId: paths["/api/agents/{agent_id}/scheduled_batches/{batch_id}"]["delete"]["parameters"]["path"]["agent_id"],
      batchId: paths["/api/agents/{agent_id}/scheduled_batches/{batch_id}"]["delete"]["parameters"]["path"]["batch_id"],
    ],
    "none",
    "none",
    "json"
  >;
  /**
   * `uv.agents.scheduledBatches.createdCalls`: the operations under `/api/agents/{agent_id}/scheduled_batches/{batch_id}/created_calls`.
   * Methods: `list`.
   */
  createdCalls: AgentsScheduledBatchesCreatedCallsResource;
  /**
   * `uv.agents.scheduledBatches.scheduledCalls`: the operations under `/api/agents/{agent_id}/scheduled_batches/{batch_id}/scheduled_calls`.
   * Methods: `list`.
   */
  scheduledCalls: AgentsScheduledBatchesScheduledCallsResource;
}

/**
 * `uv.agents.scheduledBatches.createdCalls`: the operations under `/api/agents/{agent_id}/scheduled_batches/{batch_id}/created_calls`.
 * Methods: `list`.
 */
export interface AgentsScheduledBatchesCreatedCallsResource {
  /**
   * List Scheduled Call Batch Created Calls
   *
   * Lists the calls a batch has created so far.
   *
   * `GET /api/agents/{agent_id}/scheduled_batches/{batch_id}/created_calls` (operation `listScheduledCallBatchCreatedCalls`).
   */
  list: Operation<
    "/api/agents/{agent_id}/scheduled_batches/{batch_id}/created_calls",
    "get",
    [
      agentId: paths["/api/agents/{agent_id}/scheduled_batches/{batch_id}/created_calls"]["get"]["parameters"]["path"]["agent_id"],
      batchId: paths["/api/agents/{agent_id}/scheduled_batches/{batch_id}/created_calls"]["get"]["parameters"]["path"]["batch_id"],
    ],
    "none",
    "optional",
    "list"
  >;
}

/**
 * `uv.agents.scheduledBatches.scheduledCalls`: the operations under `/api/agents/{agent_id}/scheduled_batches/{batch_id}/scheduled_calls`.
 * Methods: `list`.
 */
export interface AgentsScheduledBatchesScheduledCallsResource {
  /**
   * List Scheduled Call Batch Scheduled Calls
   *
   * Lists the calls of a batch with their scheduling status.
   *
   * `GET /api/agents/{agent_id}/scheduled_batches/{batch_id}/scheduled_calls` (operation `listScheduledCallBatchScheduledCalls`).
   */
  list: Operation<
    "/api/agents/{agent_id}/scheduled_batches/{batch_id}/scheduled_calls",
    "get",
    [
      agentId: paths["/api/agents/{agent_id}/scheduled_batches/{batch_id}/scheduled_calls"]["get"]["parameters"]["path"]["agent_id"],
      batchId: paths["/api/agents/{agent_id}/scheduled_batches/{batch_id}/scheduled_calls"]["get"]["parameters"]["path"]["batch_id"],
    ],
    "none",
    "optional",
    "list"
  >;
}

/**
 * `uv.accounts`: the operations under `/api/accounts/me`.
 * Resources: `me`.
 */
export interface AccountsResource {
  /**
   * `uv.accounts.me`: the operations under `/api/accounts/me`.
   * Methods: `get`. Resources: `usage`, `ttsApiKeys`, `telephonyConfig`.
   */
  me: AccountsMeResource;
}

/**
 * `uv.accounts.me`: the operations under `/api/accounts/me`.
 * Methods: `get`. Resources: `usage`, `ttsApiKeys`, `telephonyConfig`.
 */
export interface AccountsMeResource {
  /**
   * Get Account
   *
   * Returns the account behind the API key, with its subscription, free time and limits.
   *
   * `GET /api/accounts/me` (operation `getAccount`).
   */
  get: Operation<"/api/accounts/me", "get", [], "none", "none", "json">;
  /**
   * `uv.accounts.me.usage`: the operations under `/api/accounts/me/usage`.
   * Resources: `calls`, `concurrency`.
   */
  usage: AccountsMeUsageResource;
  /**
   * `uv.accounts.me.ttsApiKeys`: the operations under `/api/accounts/me/tts_api_keys`.
   * Methods: `get`, `set`.
   */
  ttsApiKeys: AccountsMeTtsApiKeysResource;
  /**
   * `uv.accounts.me.telephonyConfig`: the operations under `/api/accounts/me/telephony_config`.
   * Methods: `get`, `set`.
   */
  telephonyConfig: AccountsMeTelephonyConfigResource;
}

/**
 * `uv.accounts.me.usage`: the operations under `/api/accounts/me/usage`.
 * Resources: `calls`, `concurrency`.
 */
export interface AccountsMeUsageResource {
  /**
   * `uv.accounts.me.usage.calls`: the operations under `/api/accounts/me/usage/calls`.
   * Methods: `get`.
   */
  calls: AccountsMeUsageCallsResource;
  /**
   * `uv.accounts.me.usage.concurrency`: the operations under `/api/accounts/me/usage/concurrency`.
   * Methods: `get`.
   */
  concurrency: AccountsMeUsageConcurrencyResource;
}

/**
 * `uv.accounts.me.usage.calls`: the operations under `/api/accounts/me/usage/calls`.
 * Methods: `get`.
 */
export interface AccountsMeUsageCallsResource {
  /**
   * Get Call Usage
   *
   * Returns call counts, durations and billed minutes for the account, all-time and per day and hour.
   *
   * `GET /api/accounts/me/usage/calls` (operation `getCallUsage`).
   */
  get: Operation<"/api/accounts/me/usage/calls", "get", [], "none", "optional", "json">;
}

/**
 * `uv.accounts.me.usage.concurrency`: the operations under `/api/accounts/me/usage/concurrency`.
 * Methods: `get`.
 */
export interface AccountsMeUsageConcurrencyResource {
  /**
   * Get Concurrency Usage
   *
   * Returns how many of the account's calls were active at once over a
   * time range, as a series of buckets: the peak and the average of all
   * active calls and of joined calls.
   *
   * `GET /api/accounts/me/usage/concurrency` (operation `getConcurrencyUsage`).
   */
  get: Operation<"/api/accounts/me/usage/concurrency", "get", [], "none", "optional", "json">;
}

/**
 * `uv.accounts.me.ttsApiKeys`: the operations under `/api/accounts/me/tts_api_keys`.
 * Methods: `get`, `set`.
 */
export interface AccountsMeTtsApiKeysResource {
  /**
   * Get Account TTS API Keys
   *
   * Returns the prefixes of the text-to-speech provider keys set on the
   * account, only for providers that have one. Full keys are never returned.
   *
   * `GET /api/accounts/me/tts_api_keys` (operation `getTtsApiKeys`).
   */
  get: Operation<"/api/accounts/me/tts_api_keys", "get", [], "none", "none", "json">;
  /**
   * Set TTS API Keys
   *
   * Adds or replaces text-to-speech provider keys, which external voices
   * (`externalVoice`) need. Providers left out keep their keys. Built-in
   * voices and your clones need no key.
   *
   * `PATCH /api/accounts/me/tts_api_keys` (operation `setTtsApiKeys`).
   */
  set: Operation<"/api/accounts/me/tts_api_keys", "patch", [], "required", "none", "json">;
}

/**
 * `uv.accounts.me.telephonyConfig`: the operations under `/api/accounts/me/telephony_config`.
 * Methods: `get`, `set`.
 */
export interface AccountsMeTelephonyConfigResource {
  /**
   * Get Telephony Credentials
   *
   * Deprecated: use Get Twilio/Telnyx/Plivo Configuration
   * (`GET /api/telephony_configs/{twilio,telnyx,plivo}`). Returns the
   * account's telephony provider configurations, with secrets reduced to
   * prefixes.
   *
   * `GET /api/accounts/me/telephony_config` (operation `getTelephonyCredentials`).
   */
  get: Operation<"/api/accounts/me/telephony_config", "get", [], "none", "none", "json">;
  /**
   * Set Telephony Credentials
   *
   * Deprecated: use the Create/Update Twilio, Telnyx or Plivo Configuration
   * operations (`/api/telephony_configs/{twilio,telnyx,plivo}`). Adds or
   * changes telephony provider credentials on the account.
   *
   * `PATCH /api/accounts/me/telephony_config` (operation `setTelephonyCredentials`).
   */
  set: Operation<"/api/accounts/me/telephony_config", "patch", [], "required", "none", "json">;
}

/**
 * `uv.telephonyConfigs`: the operations under `/api/telephony_configs`.
 * Resources: `twilio`, `telnyx`, `plivo`.
 */
export interface TelephonyConfigsResource {
  /**
   * `uv.telephonyConfigs.twilio`: the operations under `/api/telephony_configs/twilio`.
   * Methods: `get`, `create`, `update`, `delete`.
   */
  twilio: TelephonyConfigsTwilioResource;
  /**
   * `uv.telephonyConfigs.telnyx`: the operations under `/api/telephony_configs/telnyx`.
   * Methods: `get`, `create`, `update`, `delete`.
   */
  telnyx: TelephonyConfigsTelnyxResource;
  /**
   * `uv.telephonyConfigs.plivo`: the operations under `/api/telephony_configs/plivo`.
   * Methods: `get`, `create`, `update`, `delete`.
   */
  plivo: TelephonyConfigsPlivoResource;
}

/**
 * `uv.telephonyConfigs.twilio`: the operations under `/api/telephony_configs/twilio`.
 * Methods: `get`, `create`, `update`, `delete`.
 */
export interface TelephonyConfigsTwilioResource {
  /**
   * Get Twilio Configuration for Account
   *
   * Returns the account's Twilio configuration, with secrets reduced to prefixes.
   *
   * `GET /api/telephony_configs/twilio` (operation `getTwilioConfig`).
   */
  get: Operation<"/api/telephony_configs/twilio", "get", [], "none", "none", "json">;
  /**
   * Create Twilio Configuration for Account
   *
   * Sets up the account's Twilio credentials for the first time.
   *
   * `POST /api/telephony_configs/twilio` (operation `createTwilioConfig`).
   */
  create: Operation<"/api/telephony_configs/twilio", "post", [], "required", "none", "json">;
  /**
   * Update Twilio Configuration for Account
   *
   * Changes the account's Twilio configuration. Send only the fields to change.
   *
   * `PATCH /api/telephony_configs/twilio` (operation `updateTwilioConfig`).
   */
  update: Operation<"/api/telephony_configs/twilio", "patch", [], "required", "none", "json">;
  /**
   * Delete Twilio Configuration for Account
   *
   * Removes the account's Twilio configuration and credentials.
   *
   * `DELETE /api/telephony_configs/twilio` (operation `deleteTwilioConfig`).
   */
  delete: Operation<"/api/telephony_configs/twilio", "delete", [], "none", "none", "json">;
}

/**
 * `uv.telephonyConfigs.telnyx`: the operations under `/api/telephony_configs/telnyx`.
 * Methods: `get`, `create`, `update`, `delete`.
 */
export interface TelephonyConfigsTelnyxResource {
  /**
   * Get Telnyx Configuration for Account
   *
   * Returns the account's Telnyx configuration, with secrets reduced to prefixes.
   *
   * `GET /api/telephony_configs/telnyx` (operation `getTelnyxConfig`).
   */
  get: Operation<"/api/telephony_configs/telnyx", "get", [], "none", "none", "json">;
  /**
   * Create Telnyx Configuration for Account
   *
   * Sets up the account's Telnyx credentials for the first time.
   *
   * `POST /api/telephony_configs/telnyx` (operation `createTelnyxConfig`).
   */
  create: Operation<"/api/telephony_configs/telnyx", "post", [], "required", "none", "json">;
  /**
   * Update Telnyx Configuration for Account
   *
   * Changes the account's Telnyx configuration. Send only the fields to change.
   *
   * `PATCH /api/telephony_configs/telnyx` (operation `updateTelnyxConfig`).
   */
  update: Operation<"/api/telephony_configs/telnyx", "patch", [], "required", "none", "json">;
  /**
   * Delete Telnyx Configuration for Account
   *
   * Removes the account's Telnyx configuration and credentials.
   *
   * `DELETE /api/telephony_configs/telnyx` (operation `deleteTelnyxConfig`).
   */
  delete: Operation<"/api/telephony_configs/telnyx", "delete", [], "none", "none", "json">;
}

/**
 * `uv.telephonyConfigs.plivo`: the operations under `/api/telephony_configs/plivo`.
 * Methods: `get`, `create`, `update`, `delete`.
 */
export interface TelephonyConfigsPlivoResource {
  /**
   * Get Plivo Configuration for Account
   *
   * Returns the account's Plivo configuration, with secrets reduced to prefixes.
   *
   * `GET /api/telephony_configs/plivo` (operation `getPlivoConfig`).
   */
  get: Operation<"/api/telephony_configs/plivo", "get", [], "none", "none", "json">;
  /**
   * Create Plivo Configuration for Account
   *
   * Sets up the account's Plivo credentials for the first time.
   *
   * `POST /api/telephony_configs/plivo` (operation `createPlivoConfig`).
   */
  create: Operation<"/api/telephony_configs/plivo", "post", [], "required", "none", "json">;
  /**
   * Update Plivo Configuration for Account
   *
   * Changes the account's Plivo configuration. Send only the fields to change.
   *
   * `PATCH /api/telephony_configs/plivo` (operation `updatePlivoConfig`).
   */
  update: Operation<"/api/telephony_configs/plivo", "patch", [], "required", "none", "json">;
  /**
   * Delete Plivo Configuration for Account
   *
   * Removes the account's Plivo configuration and credentials.
   *
   * `DELETE /api/telephony_configs/plivo` (operation `deletePlivoConfig`).
   */
  delete: Operation<"/api/telephony_configs/plivo", "delete", [], "none", "none", "json">;
}

/**
 * `uv.callThrottles`: the operations under `/api/call_throttles`.
 * Methods: `list`, `create`, `get`, `replace`, `update`, `delete`.
 */
export interface CallThrottlesResource {
  /**
   * List Call Throttles
   *
   * Lists the account's call throttles.
   *
   * `GET /api/call_throttles` (operation `listCallThrottles`).
   */
  list: Operation<"/api/call_throttles", "get", [], "none", "optional", "list">;
  /**
   * Create Call Throttle
   *
   * Creates a named call throttle: rate limits that calls created with its
   * name or ID in Create Call's `throttle` parameter count against.
   *
   * `POST /api/call_throttles` (operation `createCallThrottle`).
   */
  create: Operation<"/api/call_throttles", "post", [], "required", "none", "json">;
  /**
   * Get Call Throttle
   *
   * Gets one call throttle.
   *
   * `GET /api/call_throttles/{throttle_id}` (operation `getCallThrottle`).
   */
  get: Operation<
    "/api/call_throttles/{throttle_id}",
    "get",
    [
      throttleId: paths["/api/call_throttles/{throttle_id}"]["get"]["parameters"]["path"]["throttle_id"],
    ],
    "none",
    "none",
    "json"
  >;
  /**
   * Update Call Throttle
   *
   * Replaces a call throttle's name and rules; send every field.
   *
   * `PUT /api/call_throttles/{throttle_id}` (operation `replaceCallThrottle`).
   */
  replace: Operation<
    "/api/call_throttles/{throttle_id}",
    "put",
    [
      throttleId: paths["/api/call_throttles/{throttle_id}"]["put"]["parameters"]["path"]["throttle_id"],
    ],
    "required",
    "none",
    "json"
  >;
  /**
   * Patch Call Throttle
   *
   * Changes a call throttle. Send only the fields to change; `rules` replaces the whole list.
   *
   * `PATCH /api/call_throttles/{throttle_id}` (operation `updateCallThrottle`).
   */
  update: Operation<
    "/api/call_throttles/{throttle_id}",
    "patch",
    [
      throttleId: paths["/api/call_throttles/{throttle_id}"]["patch"]["parameters"]["path"]["throttle_id"],
    ],
    "required",
    "none",
    "json"
  >;
  /**
   * Delete Call Throttle
   *
   * Deletes a call throttle.
   *
   * `DELETE /api/call_throttles/{throttle_id}` (operation `deleteCallThrottle`).
   */
  delete: Operation<
    "/api/call_throttles/{throttle_id}",
    "delete",
    [
      throttleId: paths["/api/call_throttles/{throttle_id}"]["delete"]["parameters"]["path"]["throttle_id"],
    ],
    "none",
    "none",
    "json"
  >;
}

/**
 * `uv.sip`: the operations under `/api/sip`.
 * Methods: `get`, `update`. Resources: `registrations`.
 */
export interface SipResource {
  /**
   * Get Account SIP Configuration
   *
   * Returns the account's SIP configuration, including the domain incoming SIP calls are sent to.
   *
   * `GET /api/sip` (operation `getSipConfig`).
   */
  get: Operation<"/api/sip", "get", [], "none", "none", "json">;
  /**
   * Update Account SIP Configuration
   *
   * Changes which incoming SIP calls the account accepts. Send only the fields to change.
   *
   * `PATCH /api/sip` (operation `updateSipConfig`).
   */
  update: Operation<"/api/sip", "patch", [], "required", "none", "json">;
  /**
   * `uv.sip.registrations`: the operations under `/api/sip/registrations`.
   * Methods: `list`, `create`, `get`, `update`, `delete`.
   */
  registrations: SipRegistrationsResource;
}

/**
 * `uv.sip.registrations`: the operations under `/api/sip/registrations`.
 * Methods: `list`, `create`, `get`, `update`, `delete`.
 */
export interface SipRegistrationsResource {
  /**
   * List SIP Registrations
   *
   * Lists the SIP registrations of the account.
   *
   * `GET /api/sip/registrations` (operation `listSipRegistrations`).
   */
  list: Operation<"/api/sip/registrations", "get", [], "none", "optional", "list">;
  /**
   * Create SIP Registration
   *
   * Registers the account with a SIP server as the given user, so that server can route calls to Ultravox.
   *
   * `POST /api/sip/registrations` (operation `createSipRegistration`).
   */
  create: Operation<"/api/sip/registrations", "post", [], "required", "none", "json">;
  /**
   * Get SIP Registration
   *
   * Gets one SIP registration.
   *
   * `GET /api/sip/registrations/{registration_id}` (operation `getSipRegistration`).
   */
  get: Operation<
    "/api/sip/registrations/{registration_id}",
    "get",
    [
      registrationId: paths["/api/sip/registrations/{registration_id}"]["get"]["parameters"]["path"]["registration_id"],
    ],
    "none",
    "none",
    "json"
  >;
  /**
   * Update SIP Registration
   *
   * Changes a SIP registration. Send only the fields to change.
   *
   * `PATCH /api/sip/registrations/{registration_id}` (operation `updateSipRegistration`).
   */
  update: Operation<
    "/api/sip/registrations/{registration_id}",
    "patch",
    [
      registrationId: paths["/api/sip/registrations/{registration_id}"]["patch"]["parameters"]["path"]["registration_id"],
    ],
    "required",
    "none",
    "json"
  >;
  /**
   * Delete SIP Registration
   *
   * Deletes a SIP registration.
   *
   * `DELETE /api/sip/registrations/{registration_id}` (operation `deleteSipRegistration`).
   */
  delete: Operation<
    "/api/sip/registrations/{registration_id}",
    "delete",
    [
      registrationId: paths["/api/sip/registrations/{registration_id}"]["delete"]["parameters"]["path"]["registration_id"],
    ],
    "none",
    "none",
    "json"
  >;
}

/**
 * `uv.corpora`: the operations under `/api/corpora`.
 * Methods: `list`, `create`, `get`, `update`, `delete`, `query`. Resources: `sources`, `uploads`.
 */
export interface CorporaResource {
  /**
   * List Corpora
   *
   * Lists the account's corpora with their status and content counts.
   *
   * `GET /api/corpora` (operation `listCorpora`).
   */
  list: Operation<"/api/corpora", "get", [], "none", "optional", "list">;
  /**
   * Create Corpus
   *
   * Creates an empty corpus. Add sources to it to fill it with documents.
   * Accounts hold 2 corpora by default; paid plans allow more.
   *
   * `POST /api/corpora` (operation `createCorpus`).
   */
  create: Operation<"/api/corpora", "post", [], "required", "none", "json">;
  /**
   * Get Corpus
   *
   * Returns one corpus with its status and content counts.
   *
   * `GET /api/corpora/{corpus_id}` (operation `getCorpus`).
   */
  get: Operation<
    "/api/corpora/{corpus_id}",
    "get",
    [corpusId: paths["/api/corpora/{corpus_id}"]["get"]["parameters"]["path"]["corpus_id"]],
    "none",
    "none",
    "json"
  >;
  /**
   * Update Corpus
   *
   * Changes the fields given in the body and keeps the others.
   *
   * `PATCH /api/corpora/{corpus_id}` (operation `updateCorpus`).
   */
  update: Operation<
    "/api/corpora/{corpus_id}",
    "patch",
    [corpusId: paths["/api/corpora/{corpus_id}"]["patch"]["parameters"]["path"]["corpus_id"]],
    "required",
    "none",
    "json"
  >;
  /**
   * Delete Corpus
   *
   * Deletes a corpus together with its sources, documents, chunks and
   * vectors. A deleted corpus can no longer be queried.
   *
   * `DELETE /api/corpora/{corpus_id}` (operation `deleteCorpus`).
   */
  delete: Operation<
    "/api/corpora/{corpus_id}",
    "delete",
    [corpusId: paths["/api/corpora/{corpus_id}"]["delete"]["parameters"]["path"]["corpus_id"]],
    "none",
    "none",
    "json"
  >;
  /**
   * Query Corpus
   *
   * Runs a semantic search over a corpus and returns the best-matching
   * chunks with their citations (a plain array, not a page). Meant for
   * testing: agents should use the built-in `queryCorpus` tool, which keeps
   * your API key off the call.
   *
   * `POST /api/corpora/{corpus_id}/query` (operation `queryCorpus`).
   */
  query: Operation<
    "/api/corpora/{corpus_id}/query",
    "post",
    [corpusId: paths["/api/corpora/{corpus_id}/query"]["post"]["parameters"]["path"]["corpus_id"]],
    "required",
    "none",
    "json"
  >;
  /**
   * `uv.corpora.sources`: the operations under `/api/corpora/{corpus_id}/sources`.
   * Methods: `list`, `create`, `get`, `update`, `delete`. Resources: `documents`.
   */
  sources: CorporaSourcesResource;
  /**
   * `uv.corpora.uploads`: the operations under `/api/corpora/{corpus_id}/uploads`.
   * Methods: `create`.
   */
  uploads: CorporaUploadsResource;
}

/**
 * `uv.corpora.sources`: the operations under `/api/corpora/{corpus_id}/sources`.
 * Methods: `list`, `create`, `get`, `update`, `delete`. Resources: `documents`.
 */
export interface CorporaSourcesResource {
  /**
   * List Corpus Sources
   *
   * Lists the sources of a corpus.
   *
   * `GET /api/corpora/{corpus_id}/sources` (operation `listCorpusSources`).
   */
  list: Operation<
    "/api/corpora/{corpus_id}/sources",
    "get",
    [corpusId: paths["/api/corpora/{corpus_id}/sources"]["get"]["parameters"]["path"]["corpus_id"]],
    "none",
    "optional",
    "list"
  >;
  /**
   * Create Corpus Source
   *
   * Adds a source to a corpus: either a crawl of web pages (`crawl`) or
   * files uploaded beforehand (`upload`, with document IDs from Create
   * Corpus File Upload). A corpus holds at most 20 sources and a source at
   * most 200 documents.
   *
   * `POST /api/corpora/{corpus_id}/sources` (operation `createCorpusSource`).
   */
  create: Operation<
    "/api/corpora/{corpus_id}/sources",
    "post",
    [
      corpusId: paths["/api/corpora/{corpus_id}/sources"]["post"]["parameters"]["path"]["corpus_id"],
    ],
    "required",
    "none",
    "json"
  >;
  /**
   * Get Corpus Source
   *
   * Returns one source of a corpus.
   *
   * `GET /api/corpora/{corpus_id}/sources/{source_id}` (operation `getCorpusSource`).
   */
  get: Operation<
    "/api/corpora/{corpus_id}/sources/{source_id}",
    "get",
    [
      corpusId: paths["/api/corpora/{corpus_id}/sources/{source_id}"]["get"]["parameters"]["path"]["corpus_id"],
      sourceId: paths["/api/corpora/{corpus_id}/sources/{source_id}"]["get"]["parameters"]["path"]["source_id"],
    ],
    "none",
    "none",
    "json"
  >;
  /**
   * Update Corpus Source
   *
   * Changes the fields given in the body and reloads the source (a new
   * crawl), keeping its ID and creation time. The corpus stays queryable
   * meanwhile but may answer from outdated documents until the reload ends.
   *
   * `PATCH /api/corpora/{corpus_id}/sources/{source_id}` (operation `updateCorpusSource`).
   */
  update: Operation<
    "/api/corpora/{corpus_id}/sources/{source_id}",
    "patch",
    [
      corpusId: paths["/api/corpora/{corpus_id}/sources/{source_id}"]["patch"]["parameters"]["path"]["corpus_id"],
      sourceId: paths["/api/corpora/{corpus_id}/sources/{source_id}"]["patch"]["parameters"]["path"]["source_id"],
    ],
    "required",
    "none",
    "json"
  >;
  /**
   * Delete Corpus Source
   *
   * Deletes a source together with its documents, chunks and vectors.
   *
   * `DELETE /api/corpora/{corpus_id}/sources/{source_id}` (operation `deleteCorpusSource`).
   */
  delete: Operation<
    "/api/corpora/{corpus_id}/sources/{source_id}",
    "delete",
    [
      corpusId: paths["/api/corpora/{corpus_id}/sources/{source_id}"]["delete"]["parameters"]["path"]["corpus_id"],
      sourceId: paths["/api/corpora/{corpus_id}/sources/{source_id}"]["delete"]["parameters"]["path"]["source_id"],
    ],
    "none",
    "none",
    "json"
  >;
  /**
   * `uv.corpora.sources.documents`: the operations under `/api/corpora/{corpus_id}/sources/{source_id}/documents`.
   * Methods: `list`, `get`.
   */
  documents: CorporaSourcesDocumentsResource;
}

/**
 * `uv.corpora.sources.documents`: the operations under `/api/corpora/{corpus_id}/sources/{source_id}/documents`.
 * Methods: `list`, `get`.
 */
export interface CorporaSourcesDocumentsResource {
  /**
   * List Corpus Source Documents
   *
   * Lists the documents a source produced: loaded files and pages, and the
   * documents derived from them during processing. Documents are read-only;
   * change the source to change them.
   *
   * `GET /api/corpora/{corpus_id}/sources/{source_id}/documents` (operation `listCorpusSourceDocuments`).
   */
  list: Operation<
    "/api/corpora/{corpus_id}/sources/{source_id}/documents",
    "get",
    [
      corpusId: paths["/api/corpora/{corpus_id}/sources/{source_id}/documents"]["get"]["parameters"]["path"]["corpus_id"],
      sourceId: paths["/api/corpora/{corpus_id}/sources/{source_id}/documents"]["get"]["parameters"]["path"]["source_id"],
    ],
    "none",
    "optional",
    "list"
  >;
  /**
   * Get Corpus Source Document
   *
   * Returns one document of a source.
   *
   * `GET /api/corpora/{corpus_id}/sources/{source_id}/documents/{document_id}` (operation `getCorpusSourceDocument`).
   */
  get: Operation<
    "/api/corpora/{corpus_id}/sources/{source_id}/documents/{document_id}",
    "get",
    [
      corpusId: paths["/api/corpora/{corpus_id}/sources/{source_id}/documents/{document_id}"]["get"]["parameters"]["path"]["corpus_id"],
      sourceId: paths["/api/corpora/{corpus_id}/sources/{source_id}/documents/{document_id}"]["get"]["parameters"]["path"]["source_id"],
      documentId: paths["/api/corpora/{corpus_id}/sources/{source_id}/documents/{document_id}"]["get"]["parameters"]["path"]["document_id"],
    ],
    "none",
    "none",
    "json"
  >;
}

/**
 * `uv.corpora.uploads`: the operations under `/api/corpora/{corpus_id}/uploads`.
 * Methods: `create`.
 */
export interface CorporaUploadsResource {
  /**
   * Create Corpus File Upload
   *
   * Reserves a document ID and a signed URL to upload one file to. The URL
   * expires after 5 minutes; ask for a new one if needed. Files may be up
   * to 10 MB: text (including Markdown), PDF, Word, EPUB or PowerPoint.
   * Then list the document ID in a source's `upload.documentIds`.
   *
   * `POST /api/corpora/{corpus_id}/uploads` (operation `createCorpusFileUpload`).
   */
  create: Operation<
    "/api/corpora/{corpus_id}/uploads",
    "post",
    [
      corpusId: paths["/api/corpora/{corpus_id}/uploads"]["post"]["parameters"]["path"]["corpus_id"],
    ],
    "required",
    "none",
    "json"
  >;
}

/**
 * `uv.tools`: the operations under `/api/tools`.
 * Methods: `list`, `create`, `get`, `replace`, `delete`, `test`. Resources: `history`.
 */
export interface ToolsResource {
  /**
   * List Tools
   *
   * Lists the durable tools the account can use, its own (`private`) and `public` ones, filtered by ownership or text.
   *
   * `GET /api/tools` (operation `listTools`).
   */
  list: Operation<"/api/tools", "get", [], "none", "optional", "list">;
  /**
   * Create Tool
   *
   * Creates a durable tool that calls and agents can select by `toolId` or
   * `toolName`: from a definition sent as JSON, or from an OpenAPI file
   * sent as the multipart part `file` (JSON or YAML).
   *
   * `POST /api/tools` (operation `createTool`).
   */
  create: Operation<"/api/tools", "post", [], "required", "none", "json">;
  /**
   * Get Tool
   *
   * Returns one durable tool with its definition.
   *
   * `GET /api/tools/{tool_id}` (operation `getTool`).
   */
  get: Operation<
    "/api/tools/{tool_id}",
    "get",
    [toolId: paths["/api/tools/{tool_id}"]["get"]["parameters"]["path"]["tool_id"]],
    "none",
    "none",
    "json"
  >;
  /**
   * Update Tool
   *
   * Replaces a tool's name and whole definition. Single fields cannot be
   * updated: send the complete tool, as for Create Tool.
   *
   * `PUT /api/tools/{tool_id}` (operation `replaceTool`).
   */
  replace: Operation<
    "/api/tools/{tool_id}",
    "put",
    [toolId: paths["/api/tools/{tool_id}"]["put"]["parameters"]["path"]["tool_id"]],
    "required",
    "none",
    "json"
  >;
  /**
   * Delete Tool
   *
   * Deletes a durable tool.
   *
   * `DELETE /api/tools/{tool_id}` (operation `deleteTool`).
   */
  delete: Operation<
    "/api/tools/{tool_id}",
    "delete",
    [toolId: paths["/api/tools/{tool_id}"]["delete"]["parameters"]["path"]["tool_id"]],
    "none",
    "none",
    "json"
  >;
  /**
   * `uv.tools.history`: the operations under `/api/tools/{tool_id}/history`.
   * Methods: `list`.
   */
  history: ToolsHistoryResource;
  /**
   * Test Tool
   *
   * Runs a tool once with the parameter values you provide, outside any
   * call, and returns what it answered. The reference pages document
   * neither the body's shape nor the answer's.
   *
   * `POST /api/tools/{tool_id}/test` (operation `testTool`).
   */
  test: Operation<
    "/api/tools/{tool_id}/test",
    "post",
    [toolId: paths["/api/tools/{tool_id}/test"]["post"]["parameters"]["path"]["tool_id"]],
    "optional",
    "none",
    "json"
  >;
}

/**
 * `uv.tools.history`: the operations under `/api/tools/{tool_id}/history`.
 * Methods: `list`.
 */
export interface ToolsHistoryResource {
  /**
   * Get Tool History
   *
   * Lists the calls that have used a tool.
   *
   * `GET /api/tools/{tool_id}/history` (operation `getToolHistory`).
   */
  list: Operation<
    "/api/tools/{tool_id}/history",
    "get",
    [toolId: paths["/api/tools/{tool_id}/history"]["get"]["parameters"]["path"]["tool_id"]],
    "none",
    "optional",
    "list"
  >;
}

/**
 * `uv.voices`: the operations under `/api`.
 * Methods: `list`, `create`, `get`, `replace`, `update`, `delete`. Resources: `preview`.
 */
export interface VoicesResource {
  /**
   * List Voices
   *
   * Lists the voices the account can use: Ultravox's built-in (`public`)
   * voices and the account's own (`private`) cloned or external voices.
   * Pass a voice's `voiceId` or `name` as a call's `voice`.
   *
   * `GET /api/voices` (operation `listVoices`).
   */
  list: Operation<"/api/voices", "get", [], "none", "optional", "list">;
  /**
   * Create (Clone) Voice
   *
   * Creates a private voice for the account. Send `multipart/form-data`
   * with an audio sample (`file`: one .mp3 or .wav, 30 to 60 seconds of a
   * single clear speaker, at most 10 MB) to clone a voice; accounts may
   * hold one cloned voice unless Ultravox raises the limit. Or send JSON
   * with an external `definition` to save a voice from your own
   * text-to-speech provider.
   *
   * `POST /api/voices` (operation `createVoice`).
   */
  create: Operation<"/api/voices", "post", [], "required", "none", "json">;
  /**
   * Get Voice
   *
   * Returns one voice.
   *
   * `GET /api/voices/{voice_id}` (operation `getVoice`).
   */
  get: Operation<
    "/api/voices/{voice_id}",
    "get",
    [voiceId: paths["/api/voices/{voice_id}"]["get"]["parameters"]["path"]["voice_id"]],
    "none",
    "none",
    "json"
  >;
  /**
   * Replace Voice
   *
   * Replaces one of the account's voices with the fields given, as when creating it from a definition.
   *
   * `PUT /api/voices/{voice_id}` (operation `replaceVoice`).
   */
  replace: Operation<
    "/api/voices/{voice_id}",
    "put",
    [voiceId: paths["/api/voices/{voice_id}"]["put"]["parameters"]["path"]["voice_id"]],
    "required",
    "none",
    "json"
  >;
  /**
   * Update Voice
   *
   * Changes the fields given in the body and keeps the others.
   *
   * `PATCH /api/voices/{voice_id}` (operation `updateVoice`).
   */
  update: Operation<
    "/api/voices/{voice_id}",
    "patch",
    [voiceId: paths["/api/voices/{voice_id}"]["patch"]["parameters"]["path"]["voice_id"]],
    "required",
    "none",
    "json"
  >;
  /**
   * Delete Voice
   *
   * Deletes one of the account's voices.
   *
   * `DELETE /api/voices/{voice_id}` (operation `deleteVoice`).
   */
  delete: Operation<
    "/api/voices/{voice_id}",
    "delete",
    [voiceId: paths["/api/voices/{voice_id}"]["delete"]["parameters"]["path"]["voice_id"]],
    "none",
    "none",
    "json"
  >;
  /**
   * `uv.voices.preview`: the operations under `/api`.
   * Methods: `get`, `generate`.
   */
  preview: VoicesPreviewResource;
}

/**
 * `uv.voices.preview`: the operations under `/api`.
 * Methods: `get`, `generate`.
 */
export interface VoicesPreviewResource {
  /**
   * Get Voice Sample
   *
   * Returns an audio sample spoken with a voice, or the error that using
   * the voice causes (useful to check an external voice's settings).
   *
   * `GET /api/voices/{voice_id}/preview` (operation `getVoiceSample`).
   */
  get: Operation<
    "/api/voices/{voice_id}/preview",
    "get",
    [voiceId: paths["/api/voices/{voice_id}/preview"]["get"]["parameters"]["path"]["voice_id"]],
    "none",
    "none",
    "blob"
  >;
  /**
   * Preview Voice
   *
   * Generates speech with a voice definition without saving it, and
   * returns the audio or the error the provider gave. Use it to try an
   * external voice before creating it.
   *
   * `POST /api/voice_preview` (operation `previewVoice`).
   */
  generate: Operation<"/api/voice_preview", "post", [], "required", "none", "blob">;
}

/**
 * `uv.webhooks`: the operations under `/api/webhooks`.
 * Methods: `list`, `create`, `get`, `replace`, `update`, `delete`.
 */
export interface WebhooksResource {
  /**
   * List Webhooks
   *
   * Lists the account's webhooks, optionally only those scoped to one agent.
   *
   * `GET /api/webhooks` (operation `listWebhooks`).
   */
  list: Operation<"/api/webhooks", "get", [], "none", "optional", "list">;
  /**
   * Create Webhook
   *
   * Subscribes a URL to call events. Ultravox signs each delivery with the
   * webhook's secrets; leave `secrets` out to have one generated (it is in
   * the answer). Set `agentId` to receive only events of that agent's calls.
   *
   * `POST /api/webhooks` (operation `createWebhook`).
   */
  create: Operation<"/api/webhooks", "post", [], "required", "none", "json">;
  /**
   * Get Webhook
   *
   * Returns one webhook with its delivery health.
   *
   * `GET /api/webhooks/{webhook_id}` (operation `getWebhook`).
   */
  get: Operation<
    "/api/webhooks/{webhook_id}",
    "get",
    [webhookId: paths["/api/webhooks/{webhook_id}"]["get"]["parameters"]["path"]["webhook_id"]],
    "none",
    "none",
    "json"
  >;
  /**
   * Replace Webhook
   *
   * Replaces a webhook with the fields given, as for Create Webhook. Use
   * Update Webhook to change only some fields, for example to rotate
   * secrets.
   *
   * `PUT /api/webhooks/{webhook_id}` (operation `replaceWebhook`).
   */
  replace: Operation<
    "/api/webhooks/{webhook_id}",
    "put",
    [webhookId: paths["/api/webhooks/{webhook_id}"]["put"]["parameters"]["path"]["webhook_id"]],
    "required",
    "none",
    "json"
  >;
  /**
   * Update Webhook
   *
   * Changes the fields given in the body and keeps the others.
   *
   * `PATCH /api/webhooks/{webhook_id}` (operation `updateWebhook`).
   */
  update: Operation<
    "/api/webhooks/{webhook_id}",
    "patch",
    [webhookId: paths["/api/webhooks/{webhook_id}"]["patch"]["parameters"]["path"]["webhook_id"]],
    "required",
    "none",
    "json"
  >;
  /**
   * Delete Webhook
   *
   * Deletes a webhook; its URL receives no further events.
   *
   * `DELETE /api/webhooks/{webhook_id}` (operation `deleteWebhook`).
   */
  delete: Operation<
    "/api/webhooks/{webhook_id}",
    "delete",
    [webhookId: paths["/api/webhooks/{webhook_id}"]["delete"]["parameters"]["path"]["webhook_id"]],
    "none",
    "none",
    "json"
  >;
}

/**
 * `uv.models`: the operations under `/api/models`.
 * Methods: `list`.
 */
export interface ModelsResource {
  /**
   * List Models
   *
   * Lists the models calls can run on; pass one's `name` as a call's `model`.
   *
   * `GET /api/models` (operation `listModels`).
   */
  list: Operation<"/api/models", "get", [], "none", "optional", "list">;
}

/**
 * `uv.schema`: the operations under `/api/schema/`.
 * Methods: `get`.
 */
export interface SchemaResource {
  /**
   * Get OpenAPI Schema
   *
   * Returns Ultravox's own OpenAPI 3.0 description of this API, which the
   * reference pages are generated from. No API key is needed. Ask for
   * JSON with `format=json` (or `Accept: application/vnd.oai.openapi+json`);
   * YAML (`format=yaml`, or `Accept: application/vnd.oai.openapi`) comes
   * back as text, so read it with `parseAs: "text"`. `npm run spec:diff`
   * compares a saved copy with this SDK's spec.
   *
   * `GET /api/schema/` (operation `getOpenApiSchema`).
   */
  get: Operation<"/api/schema/", "get", [], "none", "optional", "json">;
}

/** One operation in {@link RESOURCE_TABLE}: method, path, input, answer and file fields. */
export type OperationEntry = readonly [
  method: string,
  path: string,
  input: "" | "body" | "query",
  answer: "json" | "list" | "blob" | "text",
  files?: readonly string[],
];

/** The resource tree as data, for src/resources.ts to build the methods from. */
export interface ResourceTable {
  readonly [name: string]: ResourceTable | OperationEntry;
}

/** Every operation, by resource and method name (see ResourceTree for their documentation). */
export declare const RESOURCE_TABLE: ResourceTable;
