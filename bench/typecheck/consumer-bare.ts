// The same 20 calls as consumer.ts, written against bare openapi-fetch with the package's
// `paths` type and no other part of the SDK: what type-checking costs without the layer.
// The listing is a hand-written cursor loop; `must` stands in for unwrap. Never run.
import createClient from "openapi-fetch";
import type { paths, RequestBody, Schema } from "ultravox-api";

type Client = ReturnType<typeof createClient<paths>>;

function must<Data>(result: { data?: Data; response: Response }): Data {
  if (!result.response.ok) throw new Error(`HTTP ${result.response.status}`);
  return result.data as Data;
}

type Call = Schema<"Call">;

export async function dailyReport(apiKey: string, agentId: string): Promise<string[]> {
  const uv: Client = createClient<paths>({
    baseUrl: "https://api.ultravox.ai",
    headers: { "X-API-Key": apiKey },
  });
  const lines: string[] = [];

  // 1. Get Account
  const account = must(await uv.GET("/api/accounts/me"));
  lines.push(`account ${account.name}`);

  // 2. Get Call Usage
  const usage = must(
    await uv.GET("/api/accounts/me/usage/calls", { params: { query: { fromDate: "2025-01-01" } } }),
  );
  lines.push(`usage ${JSON.stringify(usage)}`);

  // 3. List Calls (one page, filtered)
  const page = must(
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
  const created = must(await uv.POST("/api/calls", { body }));
  lines.push(`joinUrl ${created.joinUrl ?? "none"}`);

  // 5. Get Call
  const call_id = first?.callId ?? created.callId;
  const call = must(await uv.GET("/api/calls/{call_id}", { params: { path: { call_id } } }));
  lines.push(`${call.callId} ended ${call.ended ?? "not yet"} (${call.endReason ?? "-"})`);

  // 6. List Call Messages
  const messages = must(
    await uv.GET("/api/calls/{call_id}/messages", { params: { path: { call_id } } }),
  );
  for (const message of messages.results) lines.push(`${message.role}: ${message.text ?? ""}`);

  // 7. List Call Stages
  const stages = must(
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
  const agents = must(await uv.GET("/api/agents", { params: { query: { pageSize: 10 } } }));
  lines.push(`agents ${agents.results.map((agent) => agent.name).join(", ")}`);

  // 11. Create Agent
  const agent = must(
    await uv.POST("/api/agents", {
      body: {
        name: "support_agent",
        callTemplate: { systemPrompt: "Help the caller.", voice: "Mark" },
      },
    }),
  );

  // 12. Update Agent
  must(
    await uv.PATCH("/api/agents/{agent_id}", {
      params: { path: { agent_id: agent.agentId } },
      body: { callTemplate: { temperature: 0.2 } },
    }),
  );

  // 13. Create Agent Call
  const agentCall = must(
    await uv.POST("/api/agents/{agent_id}/calls", {
      params: { path: { agent_id: agent.agentId } },
      body: { templateContext: { customerName: "Ada" }, medium: { webRtc: {} } },
    }),
  );
  lines.push(`agent call ${agentCall.callId}`);

  // 14. List Tools
  const tools = must(await uv.GET("/api/tools"));
  lines.push(`tools ${tools.results.length}`);

  // 15. Create Tool
  const tool = must(
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
    const chunks = must(
      await uv.POST("/api/corpora/{corpus_id}/query", {
        params: { path: { corpus_id: "corpus-1" } },
        body: { query: "opening hours", maxResults: 3 },
      }),
    );
    lines.push(`chunks ${chunks.length}`);
  } catch (error) {
    if (error instanceof Error && error.message === "HTTP 404") lines.push("no corpus");
    else throw error;
  }

  // 17. List Voices
  const voices = must(await uv.GET("/api/voices", { params: { query: { ownership: "public" } } }));
  lines.push(`voices ${voices.results.length}`);

  // 18. Create Webhook
  const webhook = must(
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

  // Pagination: every item, by hand, and the first pages of a call's messages.
  let ended = 0;
  let cursor: string | undefined;
  let seen = 0;
  do {
    const query = cursor === undefined ? { pageSize: 100 } : { pageSize: 100, cursor };
    const calls = must(await uv.GET("/api/calls", { params: { query } }));
    for (const listed of calls.results) if (listed.ended) ended++;
    seen += calls.results.length;
    cursor = calls.next ? (new URL(calls.next).searchParams.get("cursor") ?? undefined) : undefined;
  } while (cursor !== undefined && seen < 1000);
  lines.push(`ended ${ended}`);
  let messageCursor: string | undefined;
  for (let pageIndex = 0; pageIndex < 3; pageIndex++) {
    const query = messageCursor === undefined ? {} : { cursor: messageCursor };
    const messagePage = must(
      await uv.GET("/api/calls/{call_id}/messages", { params: { path: { call_id }, query } }),
    );
    lines.push(`page of ${messagePage.results.length}`);
    if (!messagePage.next) break;
    messageCursor = new URL(messagePage.next).searchParams.get("cursor") ?? undefined;
  }
  return lines;
}
