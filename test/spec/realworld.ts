// What the real-world request bodies (../shared/realworld, vendored in test/fixtures)
// are sent to, shared by the spec's check of them (realworld.test.ts) and the check that
// each one, written inline in a client call, compiles exactly when the spec accepts it.

/** The operation each kind of real-world request body is sent to, by operationId. */
export const REQUEST_OPERATIONS: Record<string, string> = {
  "request.calls.create": "createCall",
  "request.agents.create": "createAgent",
  "request.agents.update": "updateAgent",
  "request.agents.calls.create": "createAgentCall",
  "request.agents.scheduled_batches.create": "createScheduledCallBatch",
  "request.agents.scheduled_batches.update": "updateScheduledCallBatch",
  "request.accounts.tts_api_keys.update": "setTtsApiKeys",
  "request.corpora.create": "createCorpus",
  "request.corpora.query": "queryCorpus",
  "request.corpora.sources.create": "createCorpusSource",
  "request.corpora.uploads.create": "createCorpusFileUpload",
  "request.tools.create": "createTool",
  "request.tools.replace": "replaceTool",
  // The pages document no PATCH on a tool: the only documented update is the
  // full replace (PUT), so a partial update is checked against that body.
  "request.tools.update": "replaceTool",
  "request.voices.create": "createVoice",
  "request.webhooks.create": "createWebhook",
};

/**
 * Placeholders the README says stand for values a program reads at run time,
 * replaced by a valid value of the type the field documents (here: UUIDs).
 */
const PLACEHOLDER_VALUES: Record<string, string> = {
  "<ultravox agent uuid>": "5f4a3b2c-1d0e-4f9a-8b7c-6d5e4f3a2b1c",
  "<ultravox agent id>": "5f4a3b2c-1d0e-4f9a-8b7c-6d5e4f3a2b1c",
  "<webhook url>": "https://example.com/ultravox/events",
};

/** A copy of a payload with its run-time placeholders replaced by valid values. */
export function withPlaceholdersFilled(value: unknown): unknown {
  if (typeof value === "string") return PLACEHOLDER_VALUES[value] ?? value;
  if (Array.isArray(value)) return value.map(withPlaceholdersFilled);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, withPlaceholdersFilled(item)]),
    );
  }
  return value;
}
