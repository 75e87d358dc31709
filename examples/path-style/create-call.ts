// The path-style form of examples/create-call.ts: the low-level client (`uv.POST(path, init)`,
// `uv.GET(path, init)`, `paginate`) with `unwrap`, as openapi-fetch users write it.
import { createUltravoxClient, unwrap } from "ultravox-api";

const uv = createUltravoxClient(); // reads ULTRAVOX_API_KEY
const call = unwrap(
  await uv.POST("/api/calls", {
    body: { systemPrompt: "You are a helpful assistant.", medium: { webRtc: {} } },
  }),
);
console.log(call.joinUrl);
