// `npm run docs`: renders openapi.yaml into a single self-contained docs/index.html.
// The renderer is inlined (--inlineBundle) and telemetry is off (redocly.yaml), so
// the page loads no script, style or font from another host; this script fails
// the build if the page would still pull anything from the network.
// What is rendered is docsDocument(openapi.yaml) (scripts/docs-document.mjs: code samples,
// named "one of" variants, webhook signatures), written to a temporary file; openapi.yaml
// is not changed.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parse, stringify } from "yaml";
import { SAMPLE_TABS } from "./code-samples.mjs";
import { docsDocument } from "./docs-document.mjs";
import { pageTitles, staticHostPage } from "./docs-page.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const output = join(root, "docs", "index.html");
const require = createRequire(import.meta.url);
const redocly = join(dirname(require.resolve("@redocly/cli/package.json")), "bin", "cli.js");

const spec = parse(readFileSync(join(root, "openapi.yaml"), "utf8"));
const document = await docsDocument(spec);
const scratch = mkdtempSync(join(tmpdir(), "ultravox-docs-"));
try {
  const input = join(scratch, "openapi.json");
  writeFileSync(input, JSON.stringify(document));
  // redocly.yaml plus the page's sample tabs (Redoc shows no sample whose tab is not listed).
  const config = join(scratch, "redocly.yaml");
  const settings = parse(readFileSync(join(root, "redocly.yaml"), "utf8"));
  writeFileSync(
    config,
    stringify({ ...settings, openapi: { codeSamples: { languages: SAMPLE_TABS } } }),
  );
  execFileSync(
    process.execPath,
    [redocly, "build-docs", input, "--output", output, "--inlineBundle", "--config", config],
    {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, REDOCLY_TELEMETRY: "off" },
    },
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

// Redoc's "API docs by Redocly" badge hard-codes its logo on a CDN; serve the
// same credit as an inline image so the page makes no request to another host.
const creditLogo = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="16"><text x="0" y="12" font-family="sans-serif" font-size="12" fill="#0044d4">Redocly</text></svg>',
)}`;
const html = staticHostPage(
  readFileSync(output, "utf8").replace(
    /https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg/g,
    creditLogo,
  ),
  pageTitles(document),
);
writeFileSync(output, html);
const remote = [
  ...html.matchAll(
    /<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*["']?(https?:)?\/\/[^"'\s>]+/gi,
  ),
  ...html.matchAll(/@import\s+url\(["']?https?:/gi),
  ...html.matchAll(/https:\/\/cdn\.redoc\.ly\/[^`"'\s]*/g),
].map((match) => match[0]);
if (remote.length > 0) {
  console.error(`docs/index.html loads resources from the network:\n${remote.join("\n")}`);
  process.exit(1);
}
if (!html.includes('"disableTelemetry":true')) {
  console.error("docs/index.html would send telemetry; set `telemetry: off` in redocly.yaml.");
  process.exit(1);
}
console.log(
  `wrote ${relative(process.cwd(), output)} (${Math.round(html.length / 1024)} KiB, self-contained)`,
);
