// The published docs render offline in a real browser: every operation is shown,
// nothing is fetched from outside 127.0.0.1, and the console stays clean.
import { existsSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
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
