// The reference data the spec is checked against, as vendored into
// test/fixtures/reference by `npm run sync:reference` (from ../shared): the
// operations table of the pages' INDEX.md, the operations of the pages' source
// stubs, the real-world payloads with their README notes, and the webhook
// signature vectors.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const fixtureDir = fileURLToPath(new URL("../fixtures/reference/", import.meta.url));

const readJson = <T>(name: string): T => JSON.parse(readFileSync(fixtureDir + name, "utf8")) as T;

export interface IndexedOperation {
  group: string;
  name: string;
  method: string;
  path: string;
}

/** Every row of INDEX.md's Operations table that names a method and a path. */
export function indexedOperations(): IndexedOperation[] {
  return readJson<IndexedOperation[]>("operations.json");
}

export interface StubOperation {
  method: string;
  path: string;
  /** The page's title, e.g. "Create Call Throttle". */
  title: string;
  /** The source stub, e.g. `other/call-throttles--call-throttles-post.source-mdx.txt`. */
  file: string;
}

/** Every operation a page's source stub names, inside the INDEX table or not (pages/other). */
export function stubOperations(): StubOperation[] {
  return readJson<StubOperation[]>("stub-operations.json");
}

export interface Payload {
  file: string;
  /** `request.calls.create`, `response.calls.list`, `webhook.call.ended`, … */
  kind: string;
  body: unknown;
  /** The README's "nature" column: request-sent, recorded-response, handler-fixture, … */
  nature: string;
  /** The README's notes column for this file. */
  notes: string;
  /** Marked NEGATIVE or EDGE CASE: a faithful spec rejects it. */
  negative: boolean;
}

/** Every real-world JSON payload, with its README notes. */
export function realworldPayloads(): Payload[] {
  const notes =
    readJson<Record<string, { nature: string; negative: boolean; notes: string }>>(
      "payload-notes.json",
    );
  return readdirSync(fixtureDir + "payloads")
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => ({
      file,
      kind: file.slice(0, file.indexOf("__")),
      body: readJson<unknown>(`payloads/${file}`),
      nature: notes[file]?.nature ?? "",
      notes: notes[file]?.notes ?? "",
      negative: notes[file]?.negative ?? false,
    }));
}

export interface WebhookVector {
  name: string;
  secret: string;
  timestamp: string;
  body: string;
  signatureHeader: string;
  valid: boolean;
}

/** The webhook signature test vectors. */
export function webhookVectors(): WebhookVector[] {
  return readJson<{ vectors: WebhookVector[] }>("webhook-vectors.json").vectors;
}
