// The browser build in headless Chromium, as a web page uses it: without
// `dangerouslyAllowBrowser: true` it refuses to create a client (a key in a page is public);
// with it, the key goes as X-Unsafe-API-Key, the one key header the API's CORS preflight
// admits, and never as X-API-Key.
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../scripts/chromium.mjs";
import { browserPlatform } from "../../scripts/browser-build.mjs";
import { json, startServer, type TestServer } from "../support/server.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const KEY = "uvk_DEMO.browser-key";

// What the page runs: creates a client as told, calls Get Call, reports what happened.
const PAGE_SCRIPT = `
import { createUltravoxClient, unwrap, UltravoxParameterError } from "ultravox-api";
window.run = async (options) => {
  try {
    const uv = createUltravoxClient(options);
    const call = unwrap(await uv.GET("/api/calls/{call_id}", { params: { path: { call_id: "c1" } } }));
    return { callId: call.callId };
  } catch (error) {
    return {
      refused: error instanceof UltravoxParameterError,
      parameter: error.parameter,
      message: String(error.message),
    };
  }
};
`;

let browser: Browser;
let api: TestServer;
let page: Page;

beforeAll(async () => {
  // The page's script, bundled against the browser build as a user's bundler would.
  const { outputFiles } = await build({
    stdin: { contents: PAGE_SCRIPT, resolveDir: root, loader: "js" },
    bundle: true,
    format: "esm",
    write: false,
    logLevel: "silent",
    platform: "browser",
    minifySyntax: true,
    plugins: [
      {
        name: "ultravox-api-from-src",
        setup: (bundler) =>
          void bundler.onResolve({ filter: /^ultravox-api$/ }, () => ({
            path: `${root}src/index.ts`,
          })),
      },
      browserPlatform,
    ],
  });
  const script = outputFiles[0]!.text;
  // The API, answering a page on another origin as api.ultravox.ai does (CORS).
  api = await startServer((request, response) => {
    response.setHeader("access-control-allow-origin", "*");
    if (request.method === "OPTIONS") {
      response.setHeader("access-control-allow-headers", "X-Unsafe-API-Key, Content-Type");
      response.setHeader("access-control-allow-methods", "GET, POST");
      return void response.writeHead(204).end();
    }
    json(response, 200, { callId: "c1" });
  });
  const site = await startServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html" });
    response.end(`<!doctype html><script type="module">${script}</script>`);
  });
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(site.origin);
  await page.waitForFunction(() => "run" in window);
  await site.close();
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
});

describe("the browser build in Chromium", () => {
  it("refuses to create a client without dangerouslyAllowBrowser, saying why", async () => {
    const outcome = await page.evaluate(
      (options) => (window as unknown as { run(o: object): Promise<object> }).run(options),
      { apiKey: KEY, baseUrl: api.origin },
    );
    expect(outcome).toMatchObject({ refused: true, parameter: "dangerouslyAllowBrowser" });
    expect(JSON.stringify(outcome)).toMatch(/anyone who opens the page can read the API key/);
    expect(JSON.stringify(outcome)).not.toContain(KEY);
    expect(api.requests).toHaveLength(0);
  });

  it("with it, sends the key as X-Unsafe-API-Key (admitted by the API's CORS preflight)", async () => {
    const outcome = await page.evaluate(
      (options) => (window as unknown as { run(o: object): Promise<object> }).run(options),
      { apiKey: KEY, baseUrl: api.origin, dangerouslyAllowBrowser: true },
    );
    expect(outcome).toEqual({ callId: "c1" });
    const get = api.requests.find((request) => request.method === "GET")!;
    expect(get.headers["x-unsafe-api-key"]).toBe(KEY);
    expect(get.headers["x-api-key"]).toBeUndefined();
  });
});
