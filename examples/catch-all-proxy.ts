// A catch-all proxy: whatever path under /agents/ a browser asks for is forwarded to the API,
// with the API key added on the server. `uv.request` takes paths the spec does not list.
import { UltravoxParameterError, type UltravoxClient } from "ultravox-api";

/** Answers `GET /agents/<rest>` with the API's answer to `GET /api/agents/<rest>`. */
export async function proxyAgents(uv: UltravoxClient, rest: string): Promise<Response> {
  try {
    const { data, error, response } = await uv.request(
      "GET",
      ["api", "agents", ...rest.split("/")],
      { parseAs: "text" }, // the body as it came (an error body is parsed when it is JSON)
    );
    return new Response(data ?? JSON.stringify(error), {
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
