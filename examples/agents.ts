// Agents: a reusable call template, and calls created from it with per-call context.
import type { UltravoxClient } from "ultravox-api";

/** Creates a support agent; `{{customerName}}` in its prompt is filled in for each call. */
export async function createSupportAgent(uv: UltravoxClient) {
  const agent = await uv.agents.create({
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
  });
  return agent.agentId;
}

/** Starts a call from the agent for one customer; returns the URL their app joins. */
export async function callCustomer(uv: UltravoxClient, agentId: string, customerName: string) {
  const call = await uv.agents.calls.create(agentId, {
    templateContext: { customerName },
    metadata: { customer: customerName },
  });
  return call.joinUrl;
}

/** The IDs of every call created from the agent, reading page after page. */
export async function agentCallIds(uv: UltravoxClient, agentId: string) {
  const ids: string[] = [];
  for await (const call of uv.agents.calls.list(agentId)) ids.push(call.callId);
  return ids;
}
