// examples/corpus-from-file.ts against two real HTTP servers on 127.0.0.1: the API, and the
// storage host its signed upload URL points to (which must never see the API key).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { NotFoundError } from "ultravox-api";
import { addFileToCorpus, CorpusFileError } from "../../examples/corpus-from-file.js";
import {
  API_KEY,
  clientFor,
  json,
  rejectionOf,
  startServer,
  useServers,
  type RecordedRequest,
  type TestServer,
} from "../support/server.js";

useServers();

const CORPUS = "corpus-1";
const DOCUMENT = "doc-1";
const SOURCE = { corpusId: CORPUS, sourceId: "src-1", created: "2025-04-10T08:30:41Z" };
const CONTENT = "# FAQ\n\nWe open at 9.\n";

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "ultravox-corpus-"));
  file = join(dir, "faq.md");
  writeFileSync(file, CONTENT);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** What the API answers besides the upload and the source: the source's reads, its documents. */
interface Answers {
  /** The statuses of successive reads of the source (the last one repeats). */
  statuses?: string[];
  /** The documents the source holds once ready. */
  documents?: string[];
  /** Called on each read of the source, with how many came before. */
  onRead?: (index: number) => void;
}

async function servers({
  statuses = ["SOURCE_STATUS_READY"],
  documents = [DOCUMENT],
  onRead,
}: Answers) {
  const storage = await startServer((_request, response) => void response.writeHead(200).end());
  let reads = 0;
  const api = await startServer((request: RecordedRequest, response: ServerResponse) => {
    const { method, url } = request;
    if (method === "POST" && url === `/api/corpora/${CORPUS}/uploads`)
      return json(response, 201, {
        documentId: DOCUMENT,
        presignedUrl: `${storage.origin}/bucket/${DOCUMENT}?X-Signature=s3cr3t`,
      });
    if (method === "POST" && url === `/api/corpora/${CORPUS}/sources`)
      return json(response, 201, { ...SOURCE, stats: { status: "SOURCE_STATUS_INITIALIZING" } });
    if (method === "GET" && url === `/api/corpora/${CORPUS}/sources/src-1`) {
      onRead?.(reads);
      const status = statuses[Math.min(reads++, statuses.length - 1)];
      return json(response, 200, { ...SOURCE, stats: { status, numDocs: documents.length } });
    }
    if (method === "GET" && url === `/api/corpora/${CORPUS}/sources/src-1/documents`)
      return json(response, 200, {
        next: null,
        previous: null,
        total: documents.length,
        results: documents.map((documentId) => ({
          ...SOURCE,
          documentId,
          mimeType: "text/markdown",
        })),
      });
    json(response, 404, { detail: "Not found." });
  });
  return { api, storage, uv: clientFor(api) };
}

const lines = (server: TestServer) =>
  server.requests.map((request) => `${request.method} ${request.url}`);
const activeTimers = () =>
  process.getActiveResourcesInfo().filter((resource) => resource === "Timeout").length;

describe("examples/corpus-from-file.ts", () => {
  it("uploads the file, makes a source of it and waits until it is ready with the document", async () => {
    const { api, storage, uv } = await servers({
      statuses: ["SOURCE_STATUS_INITIALIZING", "SOURCE_STATUS_INITIALIZING", "SOURCE_STATUS_READY"],
    });
    const source = await addFileToCorpus(uv, CORPUS, file, {
      mimeType: "text/markdown",
      intervalMs: 10,
    });
    expect(source).toMatchObject({ sourceId: "src-1", stats: { status: "SOURCE_STATUS_READY" } });
    expect(lines(api)).toEqual([
      `POST /api/corpora/${CORPUS}/uploads`,
      `POST /api/corpora/${CORPUS}/sources`,
      `GET /api/corpora/${CORPUS}/sources/src-1`,
      `GET /api/corpora/${CORPUS}/sources/src-1`,
      `GET /api/corpora/${CORPUS}/sources/src-1`,
      `GET /api/corpora/${CORPUS}/sources/src-1/documents`,
    ]);
    expect(JSON.parse(api.requests[0]!.body)).toEqual({
      mimeType: "text/markdown",
      fileName: "faq.md",
    });
    expect(JSON.parse(api.requests[1]!.body)).toEqual({
      name: "faq.md",
      upload: { documentIds: [DOCUMENT] },
    });
    expect(lines(storage)).toEqual([`PUT /bucket/${DOCUMENT}?X-Signature=s3cr3t`]);
    expect(storage.requests[0]!.body).toBe(CONTENT);
    expect(storage.requests[0]!.headers["content-type"]).toBe("text/markdown");
  });

  it("never sends the API key to the storage host; the API gets it on every request", async () => {
    const { api, storage, uv } = await servers({});
    await addFileToCorpus(uv, CORPUS, file, { mimeType: "text/markdown" });
    const upload = storage.requests[0]!;
    expect(upload.headers["x-api-key"]).toBeUndefined();
    expect(JSON.stringify(upload)).not.toContain(API_KEY);
    expect(api.requests.every((request) => request.headers["x-api-key"] === API_KEY)).toBe(true);
  });

  it("a source ready without the document fails with not_loaded, naming it", async () => {
    const { uv } = await servers({ documents: [] });
    const error = await rejectionOf(
      addFileToCorpus(uv, CORPUS, file, { mimeType: "text/markdown" }),
    );
    expect(error).toBeInstanceOf(CorpusFileError);
    expect((error as CorpusFileError).reason).toBe("not_loaded");
    expect((error as CorpusFileError).source?.stats?.status).toBe("SOURCE_STATUS_READY");
    expect(error.message).toBe(
      "source src-1 is ready without document doc-1: was the file empty, over 10 MB or of another type than it was uploaded as?",
    );
  });

  it("an upload the storage host refuses fails with upload_failed, without the signed URL", async () => {
    const storage = await startServer((_request, response) => void response.writeHead(403).end());
    const api = await startServer((_request, response) =>
      json(response, 201, {
        documentId: DOCUMENT,
        presignedUrl: `${storage.origin}/bucket/${DOCUMENT}?X-Signature=s3cr3t`,
      }),
    );
    const error = await rejectionOf(
      addFileToCorpus(clientFor(api), CORPUS, file, { mimeType: "text/markdown" }),
    );
    expect((error as CorpusFileError).reason).toBe("upload_failed");
    expect(error.message).toBe(
      `uploading ${file} to ${new URL(storage.origin).host} failed with 403; upload it again with a new URL`,
    );
    expect(error.message).not.toContain("s3cr3t");
    expect(api.requests).toHaveLength(1); // no source made of a file that is not there
  });

  it("an unknown corpus rejects with the SDK's NotFoundError, before any upload", async () => {
    const { storage, uv } = await servers({});
    const error = await rejectionOf(addFileToCorpus(uv, "other", file, { mimeType: "text/plain" }));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(storage.requests).toHaveLength(0);
  });

  it("gives up after maxAttempts reads with attempts, saying where the source stood", async () => {
    const { api, uv } = await servers({ statuses: ["SOURCE_STATUS_INITIALIZING"] });
    const error = await rejectionOf(
      addFileToCorpus(uv, CORPUS, file, {
        mimeType: "text/markdown",
        maxAttempts: 3,
        intervalMs: 5,
      }),
    );
    expect((error as CorpusFileError).reason).toBe("attempts");
    expect(error.message).toBe("source src-1 is still SOURCE_STATUS_INITIALIZING after 3 reads");
    expect(lines(api).filter((line) => line.endsWith("/sources/src-1"))).toHaveLength(3);
  });

  it("gives up at timeoutMs with timeout, even mid-wait, and leaves no timer running", async () => {
    const { api, uv } = await servers({ statuses: ["SOURCE_STATUS_INITIALIZING"] });
    const timers = activeTimers();
    const error = await rejectionOf(
      addFileToCorpus(uv, CORPUS, file, {
        mimeType: "text/markdown",
        timeoutMs: 200,
        intervalMs: 60_000, // the deadline falls in the first wait
      }),
    );
    expect(error).toBeInstanceOf(CorpusFileError);
    expect((error as CorpusFileError).reason).toBe("timeout");
    expect(error.message).toBe(`${file} was not in the corpus within 200 ms`);
    expect((error as Error & { cause: Error }).cause.name).toBe("AbortError");
    expect(lines(api).filter((line) => line.endsWith("/sources/src-1"))).toHaveLength(1);
    expect(activeTimers()).toBeLessThanOrEqual(timers);
  });

  it("a timeout that falls during a request ends it as timeout too", async () => {
    const stalled = await startServer(() => {}); // never answers
    const error = await rejectionOf(
      addFileToCorpus(clientFor(stalled), CORPUS, file, {
        mimeType: "text/markdown",
        timeoutMs: 100,
      }),
    );
    expect((error as CorpusFileError).reason).toBe("timeout");
    expect(lines(stalled)).toEqual([`POST /api/corpora/${CORPUS}/uploads`]);
  });

  it("cancel mid-poll, in the wait between reads: rejects with the caller's reason; no timer left", async () => {
    const controller = new AbortController();
    let timersDuring = 0;
    const { api, uv } = await servers({
      statuses: ["SOURCE_STATUS_INITIALIZING"],
      onRead: () =>
        setTimeout(() => {
          timersDuring = activeTimers();
          controller.abort(new Error("user cancelled"));
        }, 30),
    });
    const timers = activeTimers();
    const error = await rejectionOf(
      addFileToCorpus(uv, CORPUS, file, {
        mimeType: "text/markdown",
        intervalMs: 600_000, // only the cancel ends this wait
        timeoutMs: 600_000,
        signal: controller.signal,
      }),
    );
    expect(error.message).toBe("user cancelled");
    expect(error).not.toBeInstanceOf(CorpusFileError);
    expect(lines(api).filter((line) => line.endsWith("/sources/src-1"))).toHaveLength(1);
    // The deadline and the wait were running during the poll, and are gone.
    expect(timersDuring).toBeGreaterThan(timers);
    expect(activeTimers()).toBeLessThanOrEqual(timers);
  });

  it("cancel during a read: rejects with the caller's reason; nothing is sent after", async () => {
    const controller = new AbortController();
    const { api, uv } = await servers({
      statuses: ["SOURCE_STATUS_INITIALIZING"],
      onRead: (index) => index === 1 && controller.abort(new Error("user cancelled")),
    });
    const error = await rejectionOf(
      addFileToCorpus(uv, CORPUS, file, {
        mimeType: "text/markdown",
        intervalMs: 10,
        signal: controller.signal,
      }),
    );
    expect(error.message).toBe("user cancelled");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(lines(api).filter((line) => line.endsWith("/sources/src-1"))).toHaveLength(2);
  });

  it("a signal aborted before the start sends nothing", async () => {
    const { api, storage, uv } = await servers({});
    const error = await rejectionOf(
      addFileToCorpus(uv, CORPUS, file, {
        mimeType: "text/markdown",
        signal: AbortSignal.abort(new Error("not now")),
      }),
    );
    expect(error.message).toBe("not now");
    expect([api.requests, storage.requests]).toEqual([[], []]);
  });
});
