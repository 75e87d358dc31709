// Bundle size: the figure `npm run size` checks (scripts/size.mjs: its program uses the
// client, paginate, unwrap and verifyWebhook) against the budget `npm test` guards, its parts bundled alone, then one tiny program (create a client,
// list calls, get one) bundled against this package (its browser build, as measureBundle
// resolves "ultravox-api"), bare openapi-fetch and openai's SDK
// (a bench-only devDependency), all with the same esbuild settings: minified, ESM,
// for the browser, gzip level 9.
import { readFileSync } from "node:fs";
import { GZIP_BUDGET_BYTES, measureBundle, SIZE_PROGRAM } from "../scripts/size.mjs";

const versionOf = (name) =>
  JSON.parse(readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url), "utf8"))
    .version;

export const TINY_PROGRAMS = {
  "ultravox-api": `
import { createUltravoxClient, unwrap } from "ultravox-api";
const client = createUltravoxClient({ apiKey: "k" });
export async function main() {
  const page = unwrap(await client.GET("/api/calls"));
  return unwrap(await client.GET("/api/calls/{call_id}", { params: { path: { call_id: page.results[0].callId } } }));
}
`,
  "openapi-fetch (bare)": `
import createClient from "openapi-fetch";
const client = createClient({ baseUrl: "https://api.ultravox.ai", headers: { "X-API-Key": "k" } });
export async function main() {
  const { data } = await client.GET("/api/calls");
  return (await client.GET("/api/calls/{call_id}", { params: { path: { call_id: data.results[0].callId } } })).data;
}
`,
  openai: `
import OpenAI from "openai";
const client = new OpenAI({ apiKey: "k", dangerouslyAllowBrowser: true });
export async function main() {
  const page = await client.models.list();
  return client.models.retrieve(page.data[0].id);
}
`,
};

// Where the size program's bytes go: its parts bundled alone, from the smallest.
export const PART_PROGRAMS = {
  "a client and one GET": `
import { createUltravoxClient } from "ultravox-api";
export const main = () => createUltravoxClient({ apiKey: "k" }).GET("/api/calls");
`,
  "a client, paginate and unwrap (no webhooks)": `
import { createUltravoxClient, paginate, unwrap } from "ultravox-api";
const uv = createUltravoxClient({ apiKey: "k" });
export async function main() {
  for await (const call of paginate(uv, "/api/calls")) console.log(call.callId);
  return unwrap(await uv.GET("/api/calls/{call_id}", { params: { path: { call_id: "x" } } }));
}
`,
  "verifyWebhook alone": `
import { verifyWebhook } from "ultravox-api";
export const main = (secret, body, headers) => verifyWebhook({ secret, body, headers });
`,
};

export async function run() {
  const sizeScript = await measureBundle(SIZE_PROGRAM);
  const tiny = [];
  for (const [library, program] of Object.entries(TINY_PROGRAMS)) {
    const { minBytes, gzipBytes } = await measureBundle(program);
    tiny.push({ library, minBytes, gzipBytes });
  }
  const parts = [];
  for (const [part, program] of Object.entries(PART_PROGRAMS)) {
    const { minBytes, gzipBytes } = await measureBundle(program);
    parts.push({ part, minBytes, gzipBytes });
  }
  const versions = {
    "openapi-fetch": versionOf("openapi-fetch"),
    openai: versionOf("openai"),
    esbuild: versionOf("esbuild"),
  };
  return {
    budget: GZIP_BUDGET_BYTES,
    parts,
    sizeScript: { minBytes: sizeScript.minBytes, gzipBytes: sizeScript.gzipBytes },
    tiny,
    versions,
  };
}
