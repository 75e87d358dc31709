// The program whose type-check cost `npm run bench` measures: an application module
// that imports the published package ("ultravox-api", its built dist/) and makes 20
// different typed calls (paths, methods, path and query parameters, JSON bodies),
// plus paginate, pages, unwrap and error narrowing. It is never run.
import {
  createUltravoxClient,
  paginate,
  pages,
  unwrap,
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
  const account = unwrap(await uv.GET("/api/accounts/me"));
  lines.push(`account ${account.name}`);

  // 2. Get Call Usage
  const usage = unwrap(
    await uv.GET("/api/accounts/me/usage/calls", { params: { query: { fromDate: "2025-01-01" } } }),
  );
  lines.push(`usage ${JSON.stringify(usage)}`);

  // 3. List Calls (one page, filtered)
  const page = unwrap(
    await uv.GET("/api/calls", {
      params: { query: { agentIds: [agentId], metadata: { team: "sales" }, pageSize: 50 } },
    }),
  );
  const first: Call | undefined = page.results[0];

  // 4. Create Call
  const body: RequestBody<"/api/calls", "post"> = {
    systemPrompt: "You are a helpful assistant.",
    temperature: 0.4,
    medium: { twilio: {} },
    firstSpeakerSettings: { agent: {} },
  };
  const created = unwrap(await uv.POST("/api/calls", { body }));
  lines.push(`joinUrl ${created.joinUrl ?? "none"}`);

  // 5. Get Call
  const call_id = first?.callId ?? created.callId;
  const call = unwrap(await uv.GET("/api/calls/{call_id}", { params: { path: { call_id } } }));
  lines.push(`${call.callId} ended ${call.ended ?? "not yet"} (${call.endReason ?? "-"})`);

  // 6. List Call Messages
  const messages = unwrap(
    await uv.GET("/api/calls/{call_id}/messages", { params: { path: { call_id } } }),
  );
  for (const message of messages.results) lines.push(`${message.role}: ${message.text ?? ""}`);

  // 7. List Call Stages
  const stages = unwrap(
    await uv.GET("/api/calls/{call_id}/stages", { params: { path: { call_id } } }),
  );
  lines.push(`stages ${stages.results.length}`);

  // 8. Send Data Message
  await uv.POST("/api/calls/{call_id}/send_data_message", {
    params: { path: { call_id } },
    body: { type: "hang_up", message: "Goodbye." },
  });

  // 9. Delete Call
  const { response } = await uv.DELETE("/api/calls/{call_id}", { params: { path: { call_id } } });
  lines.push(`deleted ${response.status}`);

  // 10. List Agents
  const agents = unwrap(await uv.GET("/api/agents", { params: { query: { pageSize: 10 } } }));
  lines.push(`agents ${agents.results.map((agent) => agent.name).join(", ")}`);

  // 11. Create Agent
  const agent = unwrap(
    await uv.POST("/api/agents", {
      body: {
        name: "support_agent",
        callTemplate: { systemPrompt: "Help the caller.", voice: "Mark" },
      },
    }),
  );

  // 12. Update Agent
  unwrap(
    await uv.PATCH("/api/agents/{agent_id}", {
      params: { path: { agent_id: agent.agentId } },
      body: { callTemplate: { temperature: 0.2 } },
    }),
  );

  // 13. Create Agent Call
  const agentCall = unwrap(
    await uv.POST("/api/agents/{agent_id}/calls", {
      params: { path: { agent_id: agent.agentId } },
      body: { templateContext: { customerName: "Ada" }, medium: { webRtc: {} } },
    }),
  );
  lines.push(`agent call ${agentCall.callId}`);

  // 14. List Tools
  const tools = unwrap(await uv.GET("/api/tools"));
  lines.push(`tools ${tools.results.length}`);

  // 15. Create Tool
  const tool = unwrap(
    await uv.POST("/api/tools", {
      body: {
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
      },
    }),
  );
  lines.push(`tool ${tool.toolId}`);

  // 16. Query Corpus
  try {
    const chunks = unwrap(
      await uv.POST("/api/corpora/{corpus_id}/query", {
        params: { path: { corpus_id: "corpus-1" } },
        body: { query: "opening hours", maxResults: 3 },
      }),
    );
    lines.push(`chunks ${chunks.length}`);
  } catch (error) {
    if (error instanceof NotFoundError) lines.push("no corpus");
    else throw error;
  }

  // 17. List Voices
  const voices = unwrap(
    await uv.GET("/api/voices", { params: { query: { ownership: "public" } } }),
  );
  lines.push(`voices ${voices.results.length}`);

  // 18. Create Webhook
  const webhook = unwrap(
    await uv.POST("/api/webhooks", {
      body: { url: "https://example.com/hooks/ultravox", events: ["call.ended", "call.billed"] },
    }),
  );

  // 19. Delete Webhook
  await uv.DELETE("/api/webhooks/{webhook_id}", {
    params: { path: { webhook_id: webhook.webhookId } },
  });

  // 20. Get Corpus
  const corpus = await uv.GET("/api/corpora/{corpus_id}", {
    params: { path: { corpus_id: "corpus-1" } },
  });
  if (corpus.data) lines.push(`corpus ${corpus.data.name ?? ""}`);

  // Pagination: every item, typed from the path, and whole pages fetched ahead.
  try {
    let ended = 0;
    for await (const listed of paginate(
      uv,
      "/api/calls",
      { params: { query: { pageSize: 100 } } },
      { maxItems: 1000 },
    )) {
      if (listed.ended) ended++;
    }
    lines.push(`ended ${ended}`);
    for await (const stagePage of pages(
      uv,
      "/api/calls/{call_id}/messages",
      { params: { path: { call_id } } },
      { prefetch: true, maxPages: 3 },
    )) {
      lines.push(`page of ${stagePage.results.length}`);
    }
  } catch (error) {
    if (error instanceof RateLimitError) lines.push(`slow down: ${error.status}`);
    else throw error;
  }
  return lines;
}
