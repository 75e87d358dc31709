// The path-style form of examples/agents.ts: the low-level client (`uv.POST(path, init)`,
// `uv.GET(path, init)`, `paginate`) with `unwrap`, as openapi-fetch users write it.
// Agents: a reusable call template, and calls created from it with per-call context.
import { paginate, unwrap, type UltravoxClient } from "ultravox-api";

/** Creates a support agent; `{{customerName}}` in its prompt is filled in for each call. */
export async function createSupportAgent(uv: UltravoxClient) {
  const agent = unwrap(
    await uv.POST("/api/agents", {
      body: {
        name: "Acme Support",
        callTemplate: {
          systemPrompt:
            "You are Anna, a support agent for Acme Inc. You are talking to {{customerName}}.",
          voice: "Jessica",
          maxDuration: "900s",
          firstSpeakerSettings: {
            agent: { text: "Hello! This is Anna from Acme. How can I help?" },
          },
        },
      },
    }),
  );
  return agent.agentId;
}

/** Starts a call from the agent for one customer; returns the URL their app joins. */
export async function callCustomer(uv: UltravoxClient, agentId: string, customerName: string) {
  const call = unwrap(
    await uv.POST("/api/agents/{agent_id}/calls", {
      params: { path: { agent_id: agentId } },
      body: { templateContext: { customerName }, metadata: { customer: customerName } },
    }),
  );
  return call.joinUrl;
}

/** The IDs of every call created from the agent, reading page after page. */
export async function agentCallIds(uv: UltravoxClient, agentId: string) {
  const init = { params: { path: { agent_id: agentId } } };
  const ids: string[] = [];
  for await (const call of paginate(uv, "/api/agents/{agent_id}/calls", init))
    ids.push(call.callId);
  return ids;
}
