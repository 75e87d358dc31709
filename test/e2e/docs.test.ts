// The published docs render offline in a real browser: every operation is shown,
// nothing is fetched from outside 127.0.0.1, and the console stays clean. And each page
// shows what scripts/docs-document.mjs and scripts/docs-page.mjs add: the SDK and curl
// samples, named "one of" variants without forbidden keys, signed webhook events, links that
// open from a static host, and a title per operation.
import { existsSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listOperations, spec } from "../spec/spec.js";
import { launchChromium } from "../../scripts/chromium.mjs";
import { serveDirectory } from "./static-server.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const docsDir = `${root}docs`;
const screenshot = `${root}.artifacts/docs.png`;

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDirectory>>;

beforeAll(async () => {
  if (!existsSync(`${docsDir}/index.html`))
    throw new Error("docs/index.html is missing: run `npm run docs` first.");
  server = await serveDirectory(docsDir);
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("docs/index.html in headless Chromium", () => {
  it("renders every operation and webhook offline, with no console errors", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const requested: string[] = [];
    const consoleErrors: string[] = [];
    await page.route("**/*", async (route) => {
      const url = route.request().url();
      requested.push(url);
      const { hostname, protocol } = new URL(url);
      const local = hostname === "127.0.0.1" || protocol === "data:" || protocol === "blob:";
      await (local ? route.continue() : route.abort("blockedbyclient"));
    });
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => consoleErrors.push(String(error)));

    await page.goto(`${server.origin}/index.html`, { waitUntil: "networkidle" });
    await page.waitForSelector("#redoc", { timeout: 30_000 });
    // Redoc shows one tag per page: open each tag from the sidebar and collect what it renders.
    const tags = ((spec as { tags?: { name: string; "x-displayName"?: string }[] }).tags ?? []).map(
      (tag) => tag["x-displayName"] ?? tag.name,
    );
    let text = await page.locator("body").innerText();
    for (const tag of tags) {
      await page.getByText(tag, { exact: true }).first().click();
      await page.waitForLoadState("networkidle");
      text += "\n" + (await page.locator("body").innerText());
    }

    const summaries = [
      ...listOperations().map(({ operation }) => operation.summary ?? ""),
      ...Object.values(spec.webhooks ?? {}).map((item) => item["post"]?.summary ?? ""),
    ];
    const missing = summaries.filter((summary) => !text.includes(summary));
    expect(summaries.length).toBeGreaterThan(15);
    expect(missing).toEqual([]);

    const foreign = requested.filter(
      (url) => !/^(?:http:\/\/127\.0\.0\.1[:/]|data:|blob:)/.test(url),
    );
    expect(foreign).toEqual([]);
    expect(consoleErrors).toEqual([]);

    await page.getByText(tags[0]!, { exact: true }).first().click();
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(500); // let the sidebar animation settle for the screenshot
    mkdirSync(`${root}.artifacts`, { recursive: true });
    await page.screenshot({ path: screenshot, fullPage: false });
    expect(existsSync(screenshot)).toBe(true);
    await page.close();
  }, 90_000);
});

const API_TITLE = "Ultravox REST API";

/** A new page opened directly at `index.html#<route>`, as a bookmark or a new tab would. */
async function openRoute(route: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${server.origin}/index.html#${route}`, { waitUntil: "networkidle" });
  return page;
}

/** The part of the page that shows one operation (its fields and its samples). */
function operationSection(page: Page, route: string) {
  return page.locator(`[data-section-id="${route}"]`);
}

/** Every key some "one of" branch of the spec forbids (`twilio: false`). */
function forbiddenKeys(): string[] {
  const keys = new Set<string>();
  const walk = (node: unknown): void => {
    if (!node || typeof node !== "object") return;
    const properties = (node as { properties?: Record<string, unknown> }).properties;
    for (const [key, value] of Object.entries(properties ?? {})) if (value === false) keys.add(key);
    Object.values(node).forEach(walk);
  };
  walk(spec.components);
  return [...keys];
}

describe("the pages of docs/index.html", () => {
  it("an operation shows its TypeScript sample with the resource method, and its curl sample", async () => {
    const page = await openRoute("/calls/createcall");
    const section = operationSection(page, "/calls/createcall");
    await section.getByText("await uv.calls.create(").waitFor({ timeout: 30_000 });
    expect(await section.innerText()).toContain('systemPrompt: "You are a helpful assistant."');
    await section.getByRole("button", { name: "TypeScript" }).first().click();
    await page.getByText("curl", { exact: true }).last().click();
    await section.getByText('curl -X POST "https://api.ultravox.ai/api/calls').waitFor();
    expect(await section.innerText()).not.toContain("await uv.calls.create(");
    await page.close();

    const list = await openRoute("/calls/listcalls");
    await operationSection(list, "/calls/listcalls")
      .getByText("for await (const call of uv.calls.list(")
      .waitFor({ timeout: 30_000 });
    await list.close();
  });

  it("names the variants of a one of, and shows no field for a key a variant forbids", async () => {
    const page = await openRoute("/calls/createcall");
    const section = operationSection(page, "/calls/createcall");
    await section.getByText("firstSpeakerSettings").first().waitFor({ timeout: 30_000 });
    // Open nested objects (the first 40), so that the variants' fields are on the page.
    const more = section.getByText(/^Show( \d+)?( array)? propert(y|ies)$/);
    for (let opened = 0; opened < 40 && (await more.count()) > 0; opened++)
      await more.first().click();
    await section.getByText("firstSpeakerSettings.\u200buser").first().waitFor();
    const text = await section.innerText();
    expect(text).toContain("webRtc (object) or twilio (object) or serverWebSocket (object)");
    expect(text).toContain("user (object) or agent (object)");
    expect(text).not.toMatch(/\bobject \(\d+\)/);
    const keys = forbiddenKeys();
    expect(keys).toEqual(expect.arrayContaining(["twilio", "webRtc", "agent", "user"]));
    const anyRows = [...text.matchAll(/([\w.\u200b]+)\n\s*any\n/g)].map((match) => match[1]!);
    const forbiddenRows = anyRows.filter((name) => keys.includes(name.split(/[.\u200b]+/).pop()!));
    expect(anyRows.length).toBeGreaterThan(0); // the pattern does find rows typed `any`
    expect(forbiddenRows).toEqual([]);
    await page.close();
  });

  it("a webhook event shows the signature scheme and a verifyWebhook sample, not API-key security", async () => {
    const page = await openRoute("/webhooks/oncallended");
    const section = operationSection(page, "/webhooks/oncallended");
    await section.getByText("await verifyWebhook({").waitFor({ timeout: 30_000 });
    const text = await section.innerText();
    expect(text).toContain("webhookSignature");
    expect(text).not.toMatch(/apiKey|unsafeApiKey/);
    await section.getByText("View security details").first().click();
    await page.getByText("X-Ultravox-Webhook-Signature").first().waitFor();
    expect(await page.locator("body").innerText()).toMatch(/HMAC-SHA256, keyed with the secret/);
    await page.close();
  });

  it("a sidebar entry opened in a new tab loads its page from a static host", async () => {
    const page = await openRoute("/");
    const entries = page.locator('[data-component-name="Menu/MenuItem"] a[href]');
    await entries.first().waitFor({ timeout: 30_000 });
    const hrefs = await entries.evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
    expect(hrefs.length).toBeGreaterThan(10);
    expect(hrefs.filter((href) => !href.startsWith("#/"))).toEqual([]);

    // An entry of the pre-rendered sidebar, and an operation's entry once its tag is open.
    await page.locator('a[href="#/agents"]').first().click();
    const operation = page.locator(
      '[data-component-name="Menu/MenuItem"] a[href="#/agents/createagent"]',
    );
    await operation.waitFor();
    for (const [href, heading] of [
      ["#/agents", "Agents"],
      [(await operation.getAttribute("href"))!, "Create Agent"],
    ] as const) {
      const tab = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      const response = await tab.goto(new URL(href, page.url()).href, { waitUntil: "networkidle" });
      expect(response?.status(), href).toBe(200);
      const title = tab.locator("h1, h2").filter({ hasText: new RegExp(`^\\s*${heading}\\s*$`) });
      await title.first().waitFor({ timeout: 30_000 });
      // The router scrolled to the entry's own page, not just the top of the document.
      const box = await title.first().boundingBox();
      expect(box!.y, href).toBeGreaterThanOrEqual(0);
      expect(box!.y, href).toBeLessThan(900);
      expect(await tab.title()).toBe(`${heading} · ${API_TITLE}`);
      await tab.close();
    }
    await page.close();
  });

  it("each operation has its own document title", async () => {
    const page = await openRoute("/");
    expect(await page.title()).toBe(API_TITLE);
    const summaries = new Map(
      [
        ...listOperations().map(({ operation }) => operation),
        ...Object.values(spec.webhooks ?? {}).map((item) => item["post"]!),
      ].map((operation) => [operation.operationId!.toLowerCase(), operation.summary!]),
    );
    const titles = new Map<string, string>();
    const entries = page.locator('[data-component-name="Menu/MenuItem"] a[href^="#/"]');
    const hrefsOf = () => entries.evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
    await entries.first().waitFor({ timeout: 30_000 });
    const tags = (await hrefsOf()).filter(
      (href) => href !== "#/" && !href.startsWith("#/section/"),
    );
    for (const tag of tags) {
      // Opening a tag lists its operations in the sidebar; visit each through its link.
      await page.locator(`a[href="${tag}"]`).first().click();
      await page.locator(`a[href^="${tag}/"]`).first().waitFor();
      for (const href of await hrefsOf()) {
        const id = href.split("/").pop()!;
        if (!href.startsWith(`${tag}/`) || !summaries.has(id) || titles.has(id)) continue;
        await page.evaluate((hash) => (location.hash = hash), href);
        await page.waitForFunction((hash) => location.hash === hash, href);
        titles.set(id, await page.title());
      }
    }
    expect([...titles.keys()].sort()).toEqual([...summaries.keys()].sort());
    for (const [id, title] of titles) expect(title, id).toBe(`${summaries.get(id)} · ${API_TITLE}`);
    expect(new Set(titles.values()).size).toBe(titles.size);
    await page.close();
  }, 90_000);
});
