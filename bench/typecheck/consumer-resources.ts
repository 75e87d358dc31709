// consumer.ts written with resource methods: the same application module, importing the
// published package ("ultravox-api", its built dist/), making the same 20 calls (the same
// path and query parameters and JSON bodies) and the same listings and error narrowing,
// as `uv.calls.create(body)` instead of `unwrap(await uv.POST(path, { body }))`. It is
// never run.
import {
  createUltravoxClient,
  NotFoundError,
  RateLimitError,
  type RequestBody,
  type Schema,
  type UltravoxClient,
} from "ultravox-api";

type Call = Schema<"Call">;

export async function dailyReport(apiKey: string, agentId: string): Promise<string[]> {
  const uv: UltravoxClient = createUltravoxClient({ apiKey, maxRetries: 3, timeoutMs: 30_000 });
  const lines: string[] = [];

  // 1. Get Account
  const account = await uv.accounts.me.get();
  lines.push(`account ${account.name}`);

  // 2. Get Call Usage
  const usage = await uv.accounts.me.usage.calls.get({ fromDate: "2025-01-01" });
  lines.push(`usage ${JSON.stringify(usage)}`);

  // 3. List Calls (one page, filtered)
  const page = await uv.calls.list({
    agentIds: [agentId],
    metadata: { team: "sales" },
    pageSize: 50,
  });
  const first: Call | undefined = page.results[0];

  // 4. Create Call
  const body: RequestBody<"/api/calls", "post"> = {
    systemPrompt: "You are a helpful assistant.",
    temperature: 0.4,
    medium: { twilio: {} },
    firstSpeakerSettings: { agent: {} },
  };
  const created = await uv.calls.create(body);
  lines.push(`joinUrl ${created.joinUrl ?? "none"}`);

  // 5. Get Call
  const callId = first?.callId ?? created.callId;
  const call = await uv.calls.get(callId);
  lines.push(`${call.callId} ended ${call.ended ?? "not yet"} (${call.endReason ?? "-"})`);

  // 6. List Call Messages
  const messages = await uv.calls.messages.list(callId);
  for (const message of messages.results) lines.push(`${message.role}: ${message.text ?? ""}`);

  // 7. List Call Stages
  const stages = await uv.calls.stages.list(callId);
  lines.push(`stages ${stages.results.length}`);

  // 8. Send Data Message
  await uv.calls.sendDataMessage(callId, { type: "hang_up", message: "Goodbye." });

  // 9. Delete Call
  const { response } = await uv.calls.delete(callId).withResponse();
  lines.push(`deleted ${response.status}`);

  // 10. List Agents
  const agents = await uv.agents.list({ pageSize: 10 });
  lines.push(`agents ${agents.results.map((agent) => agent.name).join(", ")}`);

  // 11. Create Agent
  const agent = await uv.agents.create({
    name: "support_agent",
    callTemplate: { systemPrompt: "Help the caller.", voice: "Mark" },
  });

  // 12. Update Agent
  await uv.agents.update(agent.agentId, { callTemplate: { temperature: 0.2 } });

  // 13. Create Agent Call
  const agentCall = await uv.agents.calls.create(agent.agentId, {
    templateContext: { customerName: "Ada" },
    medium: { webRtc: {} },
  });
  lines.push(`agent call ${agentCall.callId}`);

  // 14. List Tools
  const tools = await uv.tools.list();
  lines.push(`tools ${tools.results.length}`);

  // 15. Create Tool
  const tool = await uv.tools.create({
    name: "lookupOrder",
    definition: {
      modelToolName: "lookupOrder",
      description: "Looks up an order by its number.",
      dynamicParameters: [
        {
          name: "orderNumber",
          location: "PARAMETER_LOCATION_BODY",
          schema: { type: "string" },
          required: true,
        },
      ],
      http: { baseUrlPattern: "https://example.com/orders", httpMethod: "POST" },
    },
  });
  lines.push(`tool ${tool.toolId}`);

  // 16. Query Corpus
  try {
    const chunks = await uv.corpora.query("corpus-1", { query: "opening hours", maxResults: 3 });
    lines.push(`chunks ${chunks.length}`);
  } catch (error) {
    if (error instanceof NotFoundError) lines.push("no corpus");
    else throw error;
  }

  // 17. List Voices
  const voices = await uv.voices.list({ ownership: "public" });
  lines.push(`voices ${voices.results.length}`);

  // 18. Create Webhook
  const webhook = await uv.webhooks.create({
    url: "https://example.com/hooks/ultravox",
    events: ["call.ended", "call.billed"],
  });

  // 19. Delete Webhook
  await uv.webhooks.delete(webhook.webhookId);

  // 20. Get Corpus
  const corpus = await uv.corpora.get("corpus-1");
  lines.push(`corpus ${corpus.name ?? ""}`);

  // Listings: every item, typed from the operation, and whole pages fetched ahead.
  try {
    let ended = 0;
    for await (const listed of uv.calls.list({ pageSize: 100 }, { maxItems: 1000 })) {
      if (listed.ended) ended++;
    }
    lines.push(`ended ${ended}`);
    for await (const stagePage of uv.calls.messages
      .list(callId, undefined, { prefetch: true, maxPages: 3 })
      .pages()) {
      lines.push(`page of ${stagePage.results.length}`);
    }
  } catch (error) {
    if (error instanceof RateLimitError) lines.push(`slow down: ${error.status}`);
    else throw error;
  }
  return lines;
}
