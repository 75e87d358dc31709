// Bundle size: the figures `npm run size` checks (scripts/size.mjs: its program uses the
// client, paginate, unwrap and verifyWebhook; the same written with resource methods) against
// the budgets `npm test` guards, its parts bundled alone, what the resource methods add, then
// one tiny program (create a client,
// list calls, get one) bundled against this package (its browser build, as measureBundle
// resolves "ultravox-api"), bare openapi-fetch and openai's SDK
// (a bench-only devDependency), all with the same esbuild settings: minified, ESM,
// for the browser, gzip level 9.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { browserPlatform, srcDir } from "../scripts/browser-build.mjs";
import {
  GZIP_BUDGET_BYTES,
  measureBundle,
  RESOURCE_GZIP_BUDGET_BYTES,
  RESOURCE_PROGRAM,
  SIZE_PROGRAM,
} from "../scripts/size.mjs";

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
  "ultravox-api, resource methods": `
import { createUltravoxClient } from "ultravox-api";
const client = createUltravoxClient({ apiKey: "k" });
export async function main() {
  const page = await client.calls.list();
  return client.calls.get(page.results[0].callId);
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

/** Minified and gzipped bytes of `program` bundled with the SDK's sources, as the browser build. */
async function bundleFromSources(program, { withoutResources = false } = {}) {
  const root = fileURLToPath(new URL("..", import.meta.url));
  // The client without its resource methods: withResources returns the path-style client.
  const stubResources = {
    name: "stub-resources",
    setup(bundler) {
      bundler.onResolve({ filter: /\/resources\.js$/ }, (args) =>
        args.importer.startsWith(srcDir) ? { path: "stub", namespace: "stub" } : undefined,
      );
      bundler.onLoad({ filter: /.*/, namespace: "stub" }, () => ({
        contents: "export const withResources = (client) => client;",
        loader: "js",
      }));
    },
  };
  const result = await build({
    stdin: { contents: program, loader: "js", resolveDir: root },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
    alias: { "ultravox-api": `${srcDir}index.ts` },
    plugins: [browserPlatform, ...(withoutResources ? [stubResources] : [])],
  });
  const code = result.outputFiles[0].contents;
  return { minBytes: code.byteLength, gzipBytes: gzipSync(code, { level: 9 }).byteLength };
}

/**
 * What the resource methods add to a program: SIZE_PROGRAM bundled from the sources with
 * them and with `withResources` stubbed out, and the generated table alone.
 */
async function resourceLayerBytes() {
  const withLayer = await bundleFromSources(SIZE_PROGRAM);
  const without = await bundleFromSources(SIZE_PROGRAM, { withoutResources: true });
  const table = await bundleFromSources(
    `import { RESOURCE_TABLE } from "${fileURLToPath(new URL("../generated/resources.js", import.meta.url))}"; export default RESOURCE_TABLE;`,
  );
  return {
    layer: {
      minBytes: withLayer.minBytes - without.minBytes,
      gzipBytes: withLayer.gzipBytes - without.gzipBytes,
    },
    table,
  };
}

export async function run() {
  const sizeScript = await measureBundle(SIZE_PROGRAM);
  const resourceScript = await measureBundle(RESOURCE_PROGRAM);
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
    resourceBudget: RESOURCE_GZIP_BUDGET_BYTES,
    parts,
    sizeScript: { minBytes: sizeScript.minBytes, gzipBytes: sizeScript.gzipBytes },
    resourceScript: { minBytes: resourceScript.minBytes, gzipBytes: resourceScript.gzipBytes },
    resources: await resourceLayerBytes(),
    tiny,
    versions,
  };
}
