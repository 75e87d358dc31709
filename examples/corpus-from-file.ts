// A corpus from a local file: reserve an upload, send the file to its signed URL, make a
// source of the uploaded document, then wait until the source is ready for queries.
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { type Schema, type UltravoxClient } from "ultravox-api";

/** Why {@link addFileToCorpus} gave up. */
export type CorpusFileFailure = "upload_failed" | "not_loaded" | "attempts" | "timeout";

/** The file did not become part of the corpus: `reason` says why, `source` where it stood. */
export class CorpusFileError extends Error {
  override name = "CorpusFileError";
  /** The source as last read, once there is one. */
  readonly source: Schema<"CorpusSource"> | undefined;
  constructor(
    readonly reason: CorpusFileFailure,
    message: string,
    { source, ...options }: ErrorOptions & { source?: Schema<"CorpusSource"> } = {},
  ) {
    super(message, options);
    this.source = source;
  }
}

/** Options of {@link addFileToCorpus}. */
export interface AddFileOptions {
  /** The file's MIME type (text, Markdown, PDF, Word, EPUB or PowerPoint; 10 MB at most). */
  mimeType: string;
  /** How long the whole flow may take, upload included. Default 5 minutes. */
  timeoutMs?: number;
  /** How many times the source is read before giving up. Default 60. */
  maxAttempts?: number;
  /** The wait between two reads of the source. Default 5 s. */
  intervalMs?: number;
  /** Cancels the flow: the request in flight and the wait between reads. */
  signal?: AbortSignal;
}

/**
 * Adds the file at `path` to a corpus as a source of its own, and resolves with the source
 * once it is ready and holds the file's document.
 *
 * @throws {CorpusFileError} when the upload is refused, the source is ready without the
 *   document, or it is not ready after `maxAttempts` reads or `timeoutMs`.
 * @throws the SDK's errors (`NotFoundError` for an unknown corpus, …), and the signal's
 *   reason when `signal` aborts.
 */
export async function addFileToCorpus(
  uv: UltravoxClient,
  corpusId: string,
  path: string,
  options: AddFileOptions,
): Promise<Schema<"CorpusSource">> {
  const { mimeType, timeoutMs = 300_000 } = options;
  // One deadline for every step, cleared at the end so that no timer outlives the call.
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), timeoutMs);
  const signal = AbortSignal.any([deadline.signal, ...(options.signal ? [options.signal] : [])]);
  try {
    const documentId = await uploadFile(uv, corpusId, path, mimeType, signal);
    const source = await uv.corpora.sources.create(
      corpusId,
      { name: basename(path), upload: { documentIds: [documentId] } },
      { signal },
    );
    return await waitUntilLoaded(uv, source, documentId, { ...options, signal });
  } catch (error) {
    // Cancelled: the caller's reason, whichever step was cut short (as the SDK rejects).
    if (options.signal?.aborted) throw options.signal.reason;
    if (!deadline.signal.aborted) throw error;
    throw new CorpusFileError("timeout", `${path} was not in the corpus within ${timeoutMs} ms`, {
      cause: error,
    });
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Sends the file to a new upload of the corpus; resolves with the ID its document has.
 *
 * @throws {CorpusFileError} (`upload_failed`) when the storage host refuses the file.
 */
export async function uploadFile(
  uv: UltravoxClient,
  corpusId: string,
  path: string,
  mimeType: string,
  signal?: AbortSignal,
): Promise<string> {
  const file = await readFile(path, { signal });
  const upload = await uv.corpora.uploads.create(
    corpusId,
    { mimeType, fileName: basename(path) },
    { signal },
  );
  // A plain fetch: the signed URL is its own authorization, and the API key must not reach
  // the storage host.
  const sent = await fetch(upload.presignedUrl, {
    method: "PUT",
    headers: { "content-type": mimeType },
    body: file,
    signal,
  });
  await sent.body?.cancel();
  if (!sent.ok) {
    const host = new URL(upload.presignedUrl).host; // not the URL: its query is a credential
    throw new CorpusFileError(
      "upload_failed",
      `uploading ${path} to ${host} failed with ${sent.status}; upload it again with a new URL`,
    );
  }
  return upload.documentId;
}

/**
 * Reads the source until it is ready (at once, then every `intervalMs`), then checks that it
 * holds the document; resolves with the ready source.
 *
 * @throws {CorpusFileError} (`attempts`) when it is not ready after `maxAttempts` reads;
 *   (`not_loaded`) when it is ready without the document.
 */
export async function waitUntilLoaded(
  uv: UltravoxClient,
  { corpusId, sourceId }: Schema<"CorpusSource">,
  documentId: string,
  {
    maxAttempts = 60,
    intervalMs = 5_000,
    signal,
  }: Pick<AddFileOptions, "maxAttempts" | "intervalMs" | "signal"> = {},
): Promise<Schema<"CorpusSource">> {
  for (let attempt = 1; ; attempt++) {
    const source = await uv.corpora.sources.get(corpusId, sourceId, { signal });
    const status = source.stats?.status ?? "without a status";
    if (status === "SOURCE_STATUS_READY") {
      // A source has no failed state: one that could not load the file is ready without it.
      const documents = uv.corpora.sources.documents.list(corpusId, sourceId, undefined, {
        signal,
      });
      for await (const document of documents) if (document.documentId === documentId) return source;
      throw new CorpusFileError(
        "not_loaded",
        `source ${sourceId} is ready without document ${documentId}: was the file empty, over 10 MB or of another type than it was uploaded as?`,
        { source },
      );
    }
    if (attempt >= maxAttempts)
      throw new CorpusFileError(
        "attempts",
        `source ${sourceId} is still ${status} after ${attempt} reads`,
        { source },
      );
    await delay(intervalMs, undefined, { signal });
  }
}
