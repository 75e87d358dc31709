// `npm run docs`: renders openapi.yaml into a single self-contained docs/index.html.
// The renderer is inlined (--inlineBundle) and telemetry is off (redocly.yaml), so
// the page loads no script, style or font from another host; this script fails
// the build if the page would still pull anything from the network.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const output = join(root, "docs", "index.html");
const require = createRequire(import.meta.url);
const redocly = join(dirname(require.resolve("@redocly/cli/package.json")), "bin", "cli.js");

execFileSync(
  process.execPath,
  [redocly, "build-docs", join(root, "openapi.yaml"), "--output", output, "--inlineBundle"],
  {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, REDOCLY_TELEMETRY: "off" },
  },
);

const html = readFileSync(output, "utf8");
const remote = [
  ...html.matchAll(
    /<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*["']?(https?:)?\/\/[^"'\s>]+/gi,
  ),
  ...html.matchAll(/@import\s+url\(["']?https?:/gi),
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
