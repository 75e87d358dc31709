// GENERATED FILE: do not edit by hand.
// Source: openapi.yaml (scripts/resource-tree.mjs). Regenerate with `npm run generate`;
// `npm test` fails when this is stale.

/**
 * Every operation by resource and method name: `[method, path, input, answer, files?]`,
 * where input is "body" (a body argument; the query, if any, in the options), "query" (a
 * query argument) or "" (neither), and files names the body fields sent as files.
 */
export const RESOURCE_TABLE = {
  calls: {
    list: ["GET", "/api/calls", "query", "list"],
    create: ["POST", "/api/calls", "body", "json"],
    get: ["GET", "/api/calls/{call_id}", "", "json"],
    delete: ["DELETE", "/api/calls/{call_id}", "", "json"],
    events: { list: ["GET", "/api/calls/{call_id}/events", "query", "list"] },
    messages: { list: ["GET", "/api/calls/{call_id}/messages", "query", "list"] },
    recording: { get: ["GET", "/api/calls/{call_id}/recording", "", "blob"] },
    sendDataMessage: ["POST", "/api/calls/{call_id}/send_data_message", "body", "json"],
    sipLogs: { get: ["GET", "/api/calls/{call_id}/sip_logs", "", "text"] },
    stages: {
      list: ["GET", "/api/calls/{call_id}/stages", "query", "list"],
      get: ["GET", "/api/calls/{call_id}/stages/{call_stage_id}", "", "json"],
      messages: {
        list: ["GET", "/api/calls/{call_id}/stages/{call_stage_id}/messages", "query", "list"],
        audio: {
          get: [
            "GET",
            "/api/calls/{call_id}/stages/{call_stage_id}/messages/{call_stage_message_index}/audio",
            "",
            "blob",
          ],
        },
      },
      tools: { list: ["GET", "/api/calls/{call_id}/stages/{call_stage_id}/tools", "", "json"] },
    },
    tools: { list: ["GET", "/api/calls/{call_id}/tools", "", "json"] },
  },
  deletedCalls: {
    list: ["GET", "/api/deleted_calls", "query", "list"],
    get: ["GET", "/api/deleted_calls/{call_id}", "", "json"],
  },
  agents: {
    list: ["GET", "/api/agents", "query", "list"],
    create: ["POST", "/api/agents", "body", "json"],
    get: ["GET", "/api/agents/{agent_id}", "", "json"],
    update: ["PATCH", "/api/agents/{agent_id}", "body", "json"],
    delete: ["DELETE", "/api/agents/{agent_id}", "", "json"],
    calls: {
      list: ["GET", "/api/agents/{agent_id}/calls", "query", "list"],
      create: ["POST", "/api/agents/{agent_id}/calls", "body", "json"],
    },
    scheduledBatches: {
      list: ["GET", "/api/agents/{agent_id}/scheduled_batches", "query", "list"],
      create: ["POST", "/api/agents/{agent_id}/scheduled_batches", "body", "json"],
      get: ["GET", "/api/agents/{agent_id}/scheduled_batches/{batch_id}", "", "json"],
      update: ["PATCH", "/api/agents/{agent_id}/scheduled_batches/{batch_id}", "body", "json"],
      delete: ["DELETE", "/api/agents/{agent_id}/scheduled_batches/{batch_id}", "", "json"],
      createdCalls: {
        list: [
          "GET",
          "/api/agents/{agent_id}/scheduled_batches/{batch_id}/created_calls",
          "query",
          "list",
        ],
      },
      scheduledCalls: {
        list: [
          "GET",
          "/api/agents/{agent_id}/scheduled_batches/{batch_id}/scheduled_calls",
          "query",
          "list",
        ],
      },
    },
  },
  accounts: {
    me: {
      get: ["GET", "/api/accounts/me", "", "json"],
      usage: {
        calls: { get: ["GET", "/api/accounts/me/usage/calls", "query", "json"] },
        concurrency: { get: ["GET", "/api/accounts/me/usage/concurrency", "query", "json"] },
      },
      ttsApiKeys: {
        get: ["GET", "/api/accounts/me/tts_api_keys", "", "json"],
        set: ["PATCH", "/api/accounts/me/tts_api_keys", "body", "json"],
      },
      telephonyConfig: {
        get: ["GET", "/api/accounts/me/telephony_config", "", "json"],
        set: ["PATCH", "/api/accounts/me/telephony_config", "body", "json"],
      },
    },
  },
  telephonyConfigs: {
    twilio: {
      get: ["GET", "/api/telephony_configs/twilio", "", "json"],
      create: ["POST", "/api/telephony_configs/twilio", "body", "json"],
      update: ["PATCH", "/api/telephony_configs/twilio", "body", "json"],
      delete: ["DELETE", "/api/telephony_configs/twilio", "", "json"],
    },
    telnyx: {
      get: ["GET", "/api/telephony_configs/telnyx", "", "json"],
      create: ["POST", "/api/telephony_configs/telnyx", "body", "json"],
      update: ["PATCH", "/api/telephony_configs/telnyx", "body", "json"],
      delete: ["DELETE", "/api/telephony_configs/telnyx", "", "json"],
    },
    plivo: {
      get: ["GET", "/api/telephony_configs/plivo", "", "json"],
      create: ["POST", "/api/telephony_configs/plivo", "body", "json"],
      update: ["PATCH", "/api/telephony_configs/plivo", "body", "json"],
      delete: ["DELETE", "/api/telephony_configs/plivo", "", "json"],
    },
  },
  callThrottles: {
    list: ["GET", "/api/call_throttles", "query", "list"],
    create: ["POST", "/api/call_throttles", "body", "json"],
    get: ["GET", "/api/call_throttles/{throttle_id}", "", "json"],
    replace: ["PUT", "/api/call_throttles/{throttle_id}", "body", "json"],
    update: ["PATCH", "/api/call_throttles/{throttle_id}", "body", "json"],
    delete: ["DELETE", "/api/call_throttles/{throttle_id}", "", "json"],
  },
  sip: {
    get: ["GET", "/api/sip", "", "json"],
    update: ["PATCH", "/api/sip", "body", "json"],
    registrations: {
      list: ["GET", "/api/sip/registrations", "query", "list"],
      create: ["POST", "/api/sip/registrations", "body", "json"],
      get: ["GET", "/api/sip/registrations/{registration_id}", "", "json"],
      update: ["PATCH", "/api/sip/registrations/{registration_id}", "body", "json"],
      delete: ["DELETE", "/api/sip/registrations/{registration_id}", "", "json"],
    },
  },
  corpora: {
    list: ["GET", "/api/corpora", "query", "list"],
    create: ["POST", "/api/corpora", "body", "json"],
    get: ["GET", "/api/corpora/{corpus_id}", "", "json"],
    update: ["PATCH", "/api/corpora/{corpus_id}", "body", "json"],
    delete: ["DELETE", "/api/corpora/{corpus_id}", "", "json"],
    query: ["POST", "/api/corpora/{corpus_id}/query", "body", "json"],
    sources: {
      list: ["GET", "/api/corpora/{corpus_id}/sources", "query", "list"],
      create: ["POST", "/api/corpora/{corpus_id}/sources", "body", "json"],
      get: ["GET", "/api/corpora/{corpus_id}/sources/{source_id}", "", "json"],
      update: ["PATCH", "/api/corpora/{corpus_id}/sources/{source_id}", "body", "json"],
      delete: ["DELETE", "/api/corpora/{corpus_id}/sources/{source_id}", "", "json"],
      documents: {
        list: ["GET", "/api/corpora/{corpus_id}/sources/{source_id}/documents", "query", "list"],
        get: [
          "GET",
          "/api/corpora/{corpus_id}/sources/{source_id}/documents/{document_id}",
          "",
          "json",
        ],
      },
    },
    uploads: { create: ["POST", "/api/corpora/{corpus_id}/uploads", "body", "json"] },
  },
  tools: {
    list: ["GET", "/api/tools", "query", "list"],
    create: ["POST", "/api/tools", "body", "json", ["file"]],
    get: ["GET", "/api/tools/{tool_id}", "", "json"],
    replace: ["PUT", "/api/tools/{tool_id}", "body", "json"],
    delete: ["DELETE", "/api/tools/{tool_id}", "", "json"],
    history: { list: ["GET", "/api/tools/{tool_id}/history", "query", "list"] },
    test: ["POST", "/api/tools/{tool_id}/test", "body", "json"],
  },
  voices: {
    list: ["GET", "/api/voices", "query", "list"],
    create: ["POST", "/api/voices", "body", "json", ["file"]],
    get: ["GET", "/api/voices/{voice_id}", "", "json"],
    replace: ["PUT", "/api/voices/{voice_id}", "body", "json"],
    update: ["PATCH", "/api/voices/{voice_id}", "body", "json"],
    delete: ["DELETE", "/api/voices/{voice_id}", "", "json"],
    preview: {
      get: ["GET", "/api/voices/{voice_id}/preview", "", "blob"],
      generate: ["POST", "/api/voice_preview", "body", "blob"],
    },
  },
  webhooks: {
    list: ["GET", "/api/webhooks", "query", "list"],
    create: ["POST", "/api/webhooks", "body", "json"],
    get: ["GET", "/api/webhooks/{webhook_id}", "", "json"],
    replace: ["PUT", "/api/webhooks/{webhook_id}", "body", "json"],
    update: ["PATCH", "/api/webhooks/{webhook_id}", "body", "json"],
    delete: ["DELETE", "/api/webhooks/{webhook_id}", "", "json"],
  },
  models: { list: ["GET", "/api/models", "query", "list"] },
  schema: { get: ["GET", "/api/schema/", "query", "json"] },
};
