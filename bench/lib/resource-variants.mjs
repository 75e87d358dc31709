// The pair of section 1's instruction counts that prices the resource methods: the same two
// calls (Get Call, and a List Calls page of one call) made path-style with `unwrap` (p) and
// as resource methods (q), on one client whose `fetch` answers in-process with the
// benchmark server's JSON. Both go through the whole client (checks, transport, parsing);
// only the network is left out, which is the same for both and would only add noise to a
// difference of a few thousand instructions.
import { createUltravoxClient, unwrap } from "../../dist/index.js";
import { callIdAt, callJson, pageJson } from "./payload.mjs";

const callId = callIdAt(0);
const query = { pageSize: 1 };

/** Answers like bench/lib/server-process.mjs, without a socket. */
function answer(request) {
  const url = new URL(request.url);
  const body = url.pathname === "/api/calls" ? pageJson(url, 100_000) : callJson(callId);
  return Promise.resolve(
    new Response(body, { status: 200, headers: { "content-type": "application/json" } }),
  );
}

/** The two variants; each `send` makes both calls and resolves with what it read. */
export function makeResourceVariants() {
  const uv = createUltravoxClient({
    apiKey: "uvk_bench.0123456789abcdef",
    baseUrl: "http://127.0.0.1:9",
    fetch: answer,
  });
  return [
    {
      key: "p",
      name: "(p) path-style with `unwrap`: Get Call, then a page of one call",
      send: async () => {
        const path = { call_id: callId };
        const call = unwrap(await uv.GET("/api/calls/{call_id}", { params: { path } }));
        const page = unwrap(await uv.GET("/api/calls", { params: { query } }));
        return call.callId.length + page.results.length;
      },
    },
    {
      key: "q",
      name: "(q) the same two calls as resource methods: `uv.calls.get(id)`, `uv.calls.list(query)`",
      send: async () => {
        const call = await uv.calls.get(callId);
        const page = await uv.calls.list(query);
        return call.callId.length + page.results.length;
      },
    },
  ];
}
