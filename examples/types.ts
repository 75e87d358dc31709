// Named types: what you send (RequestSchema) and what you read (Schema), and a piece of a
// request kept apart from the call, checked where it is written with `satisfies`.
import { unwrap, type RequestSchema, type Schema, type UltravoxClient } from "ultravox-api";

/** A tool the agent calls to look up an order; defined once, used by many calls. */
export const orderLookup = {
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
} satisfies RequestSchema<"BaseToolDefinition">;

/** Starts a call that can look up orders; resolves with the call as the API answers it. */
export async function startOrderCall(uv: UltravoxClient): Promise<Schema<"Call">> {
  return unwrap(
    await uv.POST("/api/calls", {
      body: {
        systemPrompt: "You help callers with their orders.",
        selectedTools: [{ temporaryTool: orderLookup }],
      },
    }),
  );
}

/** Why a call ended. The path is the spec's template; the ID goes in `params.path`. */
export async function endReasonOf(uv: UltravoxClient, callId: string) {
  const call = unwrap(
    await uv.GET("/api/calls/{call_id}", { params: { path: { call_id: callId } } }),
  );
  return call.endReason; // "hangup", "timeout", … or null while the call is live
}
