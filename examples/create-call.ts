import { createUltravoxClient } from "ultravox-api";

const uv = createUltravoxClient(); // reads ULTRAVOX_API_KEY
const call = await uv.calls.create({
  systemPrompt: "You are a helpful assistant.",
  medium: { webRtc: {} },
});
console.log(call.joinUrl);
