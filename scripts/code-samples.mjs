// The request samples of the docs page: for every operation, a TypeScript program calling its
// resource method and a curl command, both made from the operation's own examples (path and
// query parameters, the first request-body example). scripts/build-docs.mjs adds them to a
// copy of the spec as Redocly's `x-codeSamples`; test/spec/code-samples.test.ts
// type-checks every TypeScript sample against the SDK, so a sample that would not compile
// fails `npm test`.
import * as prettier from "prettier";
import { deref } from "./json-ref.mjs";
import { resourceOperations } from "./resource-tree.mjs";

const BASE_URL = "https://api.ultravox.ai";

/**
 * The docs page's sample tabs, in order, as Redoc's `codeSamples.languages` option takes them:
 * Redoc shows a sample only under the tab whose key is its label, lower-cased.
 */
export const SAMPLE_TABS = [
  { key: "typescript", label: "TypeScript", lang: "typescript" },
  { key: "curl", label: "curl", lang: "curl" },
  { key: "typescript (a file)", label: "TypeScript (a file)", lang: "typescript" },
  { key: "curl (a file)", label: "curl (a file)", lang: "curl" },
  { key: "payload", label: "Payload", lang: "payload" },
];

/** A parameter's example value, or undefined. */
function exampleOf(parameter, resolve) {
  if ("example" in parameter) return parameter.example;
  const first = Object.values(parameter.examples ?? {})[0];
  return first ? resolve(first).value : undefined;
}

/** The first example of a media type: its summary (if named) and value. */
function firstExample(media, resolve) {
  if (!media) return undefined;
  if ("example" in media) return { summary: undefined, value: media.example };
  const [example] = Object.values(media.examples ?? {}).map(resolve);
  return example ? { summary: example.summary, value: example.value } : undefined;
}

/** A value as a TypeScript literal: identifier keys unquoted (prettier formats it later). */
function literal(value) {
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  if (value && typeof value === "object")
    return `{ ${Object.entries(value)
      .map(
        ([key, item]) =>
          `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}: ${literal(item)}`,
      )
      .join(", ")} }`;
  return JSON.stringify(value);
}

/** A name for what a method answers, from its operationId: `listCalls` items are `call`s. */
function resultName(op) {
  const noun = op.operationId.replace(/^[a-z]+/, "");
  const name = noun[0].toLowerCase() + noun.slice(1);
  if (op.answer !== "list") return name || "result";
  if (name.endsWith("ies")) return `${name.slice(0, -3)}y`;
  if (name === "corpora") return "corpus";
  if (/(?:ch|sh|ss|x)es$/.test(name)) return name.slice(0, -2);
  if (name.endsWith("s")) return name.slice(0, -1);
  return "item";
}

/** The query string of `query` as the SDK writes it: arrays repeated, `metadata.<key>` pairs. */
function queryString(query) {
  const pairs = Object.entries(query).flatMap(([name, value]) =>
    Array.isArray(value)
      ? value.map((item) => [name, item])
      : value && typeof value === "object"
        ? Object.entries(value).map(([key, item]) => [`${name}.${key}`, item])
        : [[name, value]],
  );
  return pairs.length ? `?${new URLSearchParams(pairs.map(([k, v]) => [k, String(v)]))}` : "";
}

/** TypeScript as prettier prints it, at a width its docs panel shows without scrolling. */
const format = async (source, printWidth = 80) =>
  (await prettier.format(source, { parser: "typescript", printWidth })).trimEnd();

/** A string in single quotes for a POSIX shell. */
const shellQuote = (text) => `'${text.replaceAll("'", "'\\''")}'`;

/**
 * What an operation's samples are made of: its resource method, path and query parameter
 * examples, and its first JSON body example (or, for a multipart-only body, the example of
 * each field).
 *
 * @throws {Error} when a path parameter or a required body has no example.
 */
function sampleInputs(op, operation, pathItem, resolve) {
  const parameters = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])].map(resolve);
  const pathValues = op.pathParams.map((name) => {
    const parameter = parameters.find(
      (candidate) => candidate.in === "path" && candidate.name === name,
    );
    const value = parameter && exampleOf(parameter, resolve);
    if (value === undefined)
      throw new Error(`${op.operationId}: path parameter ${name} has no example`);
    return value;
  });
  const query = Object.fromEntries(
    parameters
      .filter((parameter) => parameter.in === "query" && parameter.name !== "cursor")
      .map((parameter) => [parameter.name, exampleOf(parameter, resolve)])
      .filter(([, value]) => value !== undefined),
  );
  const content = resolve(operation.requestBody)?.content ?? {};
  const body = firstExample(content["application/json"], resolve);
  if (op.body === "required" && !body && !content["multipart/form-data"])
    throw new Error(`${op.operationId}: the request body has no example`);
  return { pathValues, query, body };
}

/** The TypeScript sample of one operation. */
function typescriptSample(op, { pathValues, query, body }) {
  const args = pathValues.map(literal);
  const hasQuery = Object.keys(query).length > 0;
  if (op.body !== "none") {
    if (body || hasQuery) args.push(body ? literal(body.value) : "undefined");
    if (hasQuery) args.push(`{ query: ${literal(query)} }`);
  } else if (hasQuery) args.push(literal(query));
  const call = `uv.${op.name.join(".")}(${args.join(", ")})`;
  const name = resultName(op);
  const lines = [
    'import { createUltravoxClient } from "ultravox-api";',
    "",
    "const uv = createUltravoxClient(); // reads ULTRAVOX_API_KEY",
  ];
  if (body?.summary) lines.push(`// ${body.summary}`);
  if (op.answer === "list")
    lines.push(`for await (const ${name} of ${call}) {`, `  console.log(${name});`, "}");
  else if (op.empty) lines.push(`await ${call};`);
  else if (op.answer === "blob")
    lines.push(
      `const audio = await ${call}; // a Blob; pass { parseAs: "stream" } to stream it`,
      "console.log(audio.type, audio.size);",
    );
  else lines.push(`const ${name} = await ${call};`, `console.log(${name});`);
  return lines.join("\n");
}

/**
 * What a multipart-only sample sends: the required fields with their examples, and a local
 * file for each file field, named by the media type it takes (`sample.wav`, `openapi.json`).
 */
function multipartInputs(op, operation, resolve) {
  const schema = resolve(resolve(operation.requestBody).content["multipart/form-data"].schema);
  const fields = Object.entries(schema.properties ?? {})
    .filter(([name]) => !op.files.includes(name))
    .map(([name, property]) => [name, resolve(property).examples?.[0]])
    .filter(([name, value]) => value !== undefined && schema.required?.includes(name));
  const files = op.files.map((name) => {
    const media = resolve(schema.properties[name]).contentMediaType ?? "";
    const file = media.startsWith("audio/")
      ? "sample.wav"
      : /json/.test(media)
        ? "openapi.json"
        : name;
    return [name, file];
  });
  return { fields, files };
}

/** The TypeScript sample of an operation that takes a file: the file as a Blob, a File or bytes. */
function fileSample(op, { fields, files }) {
  const body = `{ ${[
    ...fields.map(([name, value]) => `${name}: ${literal(value)}`),
    ...files.map(([name, file]) => `${name}: await readFile(${JSON.stringify(file)})`),
  ].join(", ")} }`;
  return [
    'import { readFile } from "node:fs/promises";',
    'import { createUltravoxClient } from "ultravox-api";',
    "",
    "const uv = createUltravoxClient(); // reads ULTRAVOX_API_KEY",
    "// The file as a Blob, a File or bytes: sent as multipart/form-data.",
    `const ${resultName(op)} = await uv.${op.name.join(".")}(${body});`,
    `console.log(${resultName(op)});`,
  ].join("\n");
}

/**
 * The curl sample of one operation: with its JSON body example, or (`multipart`) its
 * multipart fields and files.
 */
function curlSample(op, operation, { pathValues, query, body }, multipart) {
  let path = op.path;
  op.pathParams.forEach((name, index) => {
    path = path.replace(`{${name}}`, encodeURIComponent(String(pathValues[index])));
  });
  const lines = [`curl -X ${op.method} "${BASE_URL}${path}${queryString(query)}"`];
  const anonymous = operation.security?.length === 1 && !Object.keys(operation.security[0]).length;
  if (!anonymous) lines.push('-H "X-API-Key: $ULTRAVOX_API_KEY"');
  if (multipart) {
    for (const [name, value] of multipart.fields)
      lines.push(`-F ${shellQuote(`${name}=${value}`)}`);
    for (const [name, file] of multipart.files) lines.push(`-F ${shellQuote(`${name}=@${file}`)}`);
  } else if (body) {
    lines.push('-H "Content-Type: application/json"');
    lines.push(`-d ${shellQuote(JSON.stringify(body.value))}`);
  }
  // Recordings, audio and SIP logs may answer with a redirect to a storage host.
  if (op.answer === "blob" || op.answer === "text") lines.push("-L");
  if (op.answer === "blob") lines.push("--output audio.wav");
  return lines.join(" \\\n  ");
}

/**
 * The samples of every operation, by operationId: `[{ lang, label, source }]` as Redocly's
 * `x-codeSamples` takes them, the TypeScript ones first.
 *
 * @throws {Error} when an operation lacks the examples its samples need.
 */
export async function codeSamples(spec) {
  const resolve = (node) => deref(spec, node);
  const samples = {};
  for (const named of resourceOperations(spec)) {
    const pathItem = spec.paths[named.path];
    const operation = pathItem[named.method.toLowerCase()];
    const success = Object.entries(operation.responses).find(([status]) => /^2/.test(status));
    const op = { ...named, empty: !resolve(success[1]).content };
    const inputs = sampleInputs(op, operation, pathItem, resolve);
    const multipart = op.files.length ? multipartInputs(op, operation, resolve) : undefined;
    const list = [];
    if (inputs.body || op.body !== "required" || !multipart)
      list.push({
        lang: "TypeScript",
        label: "TypeScript",
        source: await format(typescriptSample(op, inputs)),
      });
    if (multipart)
      list.push({
        lang: "TypeScript",
        label: "TypeScript (a file)",
        source: await format(fileSample(op, multipart)),
      });
    if (inputs.body || !multipart)
      list.push({ lang: "curl", label: "curl", source: curlSample(op, operation, inputs) });
    if (multipart)
      list.push({
        lang: "curl",
        label: "curl (a file)",
        source: curlSample(op, operation, inputs, multipart),
      });
    samples[op.operationId] = list;
  }
  return samples;
}

/**
 * The sample of a webhook event's page: a fetch-style handler (Next.js route, Hono, Deno,
 * Bun, workers) that checks the signature with `verifyWebhook` before it trusts the event.
 */
export async function webhookSample(event) {
  const source = [
    'import { UltravoxWebhookError, verifyWebhook } from "ultravox-api";',
    "",
    "export async function POST(request: Request): Promise<Response> {",
    '  const secret = process.env["ULTRAVOX_WEBHOOK_SECRET"];',
    '  if (!secret) throw new Error("ULTRAVOX_WEBHOOK_SECRET is not set");',
    "  try {",
    "    // The raw bytes as received: the signature covers them exactly.",
    "    const event = await verifyWebhook({",
    "      secret,",
    "      body: await request.arrayBuffer(),",
    "      headers: request.headers,",
    "    });",
    `    if (event.event === ${JSON.stringify(event)}) console.log(event.event, event.call.callId);`,
    "    return new Response(null, { status: 204 });",
    "  } catch (error) {",
    "    if (!(error instanceof UltravoxWebhookError)) throw error;",
    '    return new Response(null, { status: error.reason === "invalid_body" ? 400 : 401 });',
    "  }",
    "}",
  ].join("\n");
  // The description column is narrower than the samples panel.
  return format(source, 56);
}
