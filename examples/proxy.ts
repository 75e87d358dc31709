// A catch-all proxy: whatever path under /agents/ a browser asks for is forwarded to the API,
// with the API key added on the server. `uv.request` takes paths the spec does not list.
import { UltravoxParameterError, type UltravoxClient } from "ultravox-api";

/** Answers `GET /agents/<rest>` with the API's answer to `GET /api/agents/<rest>`. */
export async function proxyAgents(uv: UltravoxClient, rest: string): Promise<Response> {
  try {
    const { response } = await uv.request("GET", ["api", "agents", ...rest.split("/")]);
    // The client has read the body (into `data` or `error`); the response reads it again.
    return new Response(await response.text(), {
      status: response.status,
      headers: { "content-type": response.headers.get("content-type") ?? "application/json" },
    });
  } catch (error) {
    // Each segment stays one segment: "..", "" and the like are refused, before sending.
    if (error instanceof UltravoxParameterError)
      return Response.json({ detail: error.message }, { status: 400 });
    throw error;
  }
}
