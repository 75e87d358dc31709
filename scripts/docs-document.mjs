// The document the docs page is rendered from: a copy of openapi.yaml made for readers, never
// written back. scripts/build-docs.mjs renders it; openapi.yaml itself stays as the SDK and the
// mock server read it.
// - Every operation gets its samples (code-samples.mjs): TypeScript with its resource method,
//   and curl, as Redocly's `x-codeSamples`.
// - Each branch of a "one of" without a title is named by the key it is about (`webRtc`,
//   `twilio`), so the page names the variants instead of "object (2)".
// - A key a branch forbids (`twilio: false` in the WebRTC branch) is the generator's device
//   for "set only one of these"; on the page it would be a row typed `any`, so it goes, and
//   the branch's name says which key it is.
// - Webhook events are requests Ultravox sends you: they carry a signature, not an API key.
//   Their security becomes the signature scheme, and each shows a `verifyWebhook` sample.
import { codeSamples, webhookSample } from "./code-samples.mjs";

/** The scheme webhook requests are signed with, shown where an operation shows its security. */
export const WEBHOOK_SIGNATURE_SCHEME = {
  type: "apiKey",
  in: "header",
  name: "X-Ultravox-Webhook-Signature",
  description: [
    "Ultravox signs every webhook request with your webhook's secret: the header holds the",
    "lowercase hex HMAC-SHA256, keyed with the secret (as UTF-8), of the raw body bytes followed",
    "by the `X-Ultravox-Webhook-Timestamp` header's value. While a secret is being rotated it holds",
    "several signatures separated by commas, and the request is authentic if any one matches.",
    "Compare in constant time, over the body exactly as received, and reject stale timestamps.",
    "The SDK's `verifyWebhook()` does all of this and returns the typed event.",
  ].join(" "),
};

const HTTP_METHODS = ["get", "put", "post", "patch", "delete"];

/** Keys whose values are data, not schemas: an example may hold `oneOf` or `false` as data. */
const DATA_KEYS = new Set(["example", "examples", "default", "const", "enum"]);

/**
 * Every object in `node` that may be a schema, depth first (`$ref`s are not followed). The
 * keys of `properties` are names, so a property called `default` is still walked.
 */
function* schemasIn(node, names = false) {
  if (!node || typeof node !== "object") return;
  yield node;
  for (const [key, value] of Object.entries(node))
    if (names || !DATA_KEYS.has(key)) yield* schemasIn(value, key === "properties" && !names);
}

/** The name of a "one of" branch: the one key it allows, else the keys it requires. */
function branchTitle(branch) {
  if (!branch || typeof branch !== "object" || branch.title || branch.$ref) return undefined;
  const allowed = Object.entries(branch.properties ?? {})
    .filter(([, schema]) => schema !== false)
    .map(([key]) => key);
  if (allowed.length === 1) return allowed[0];
  if (branch.required?.length) return branch.required.join(" + ");
  return undefined;
}

/**
 * The document for the docs page, from the spec (which is not changed).
 *
 * @throws {Error} when an operation lacks the examples its samples need.
 */
export async function docsDocument(spec) {
  const document = structuredClone(spec);
  const samples = await codeSamples(spec);
  for (const item of Object.values(document.paths ?? {}))
    for (const method of HTTP_METHODS)
      if (item[method]) item[method]["x-codeSamples"] = samples[item[method].operationId];

  for (const schema of schemasIn([document.paths, document.webhooks, document.components])) {
    for (const branch of [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) {
      const title = branchTitle(branch);
      if (title) branch.title = title;
    }
    if (schema.properties && typeof schema.properties === "object")
      for (const [key, value] of Object.entries(schema.properties))
        if (value === false) delete schema.properties[key];
  }

  document.components.securitySchemes.webhookSignature = WEBHOOK_SIGNATURE_SCHEME;
  // Redoc shows no code samples on a webhook's page, so its sample goes in the description.
  for (const [event, item] of Object.entries(document.webhooks ?? {})) {
    item.post.security = [{ webhookSignature: [] }];
    item.post.description = [
      item.post.description.trimEnd(),
      "",
      "**Check the signature before you trust the event.** `verifyWebhook` checks",
      "`X-Ultravox-Webhook-Signature` against your webhook's secrets and the timestamp's age,",
      "then returns the typed event:",
      "",
      "```typescript",
      await webhookSample(event),
      "```",
      "",
    ].join("\n");
  }
  return document;
}
