// Read, change, send back: a tool read with GET becomes the body of Update Tool (PUT).
import { toRequestSchema, unwrap, type UltravoxClient } from "ultravox-api";

/** Changes a tool's description, keeping the rest of it as it is. */
export async function describeTool(uv: UltravoxClient, tool_id: string, description: string) {
  const params = { path: { tool_id } };
  const tool = unwrap(await uv.GET("/api/tools/{tool_id}", { params }));
  // `tool` is a Tool as the API returns it; its read-only keys (toolId, created, …) may not be sent.
  const body = toRequestSchema("Tool", tool);
  body.definition.description = description;
  return unwrap(await uv.PUT("/api/tools/{tool_id}", { params, body }));
}
