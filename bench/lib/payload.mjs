// The JSON the benchmark server answers: List Calls pages made of a real recorded call
// (test/fixtures/reference, a Plivo call from March 2025) with its 6.5 KB system prompt
// cut to its first ~600 characters, a typical prompt length. Each call gets its own
// callId, so every item of every page is distinct.
import { readFileSync } from "node:fs";

const fixture = new URL(
  "../../test/fixtures/reference/payloads/response.calls.list__plivo-realestate-2025-03.json",
  import.meta.url,
);
const recorded = JSON.parse(readFileSync(fixture, "utf8")).results[0];
const prompt = recorded.systemPrompt.slice(0, recorded.systemPrompt.indexOf("\n", 600));
const { callId: _recordedId, ...rest } = recorded;
// callId is the first key, so a call is `{"callId":"<id>"` followed by the shared remainder.
const remainder = JSON.stringify({ ...rest, systemPrompt: prompt }).slice(1);

/** The callId of the call at `index` in the whole listing (a valid UUID). */
export function callIdAt(index) {
  return `00000000-0000-4000-8000-${String(index).padStart(12, "0")}`;
}

/** One call with the given callId as JSON text. */
export function callJson(callId) {
  return `{"callId":${JSON.stringify(callId)},${remainder}`;
}

/** The size in bytes of one call's JSON. */
export const CALL_BYTES = Buffer.byteLength(callJson(callIdAt(0)));

/**
 * A List Calls page as JSON text: items `[cursor * pageSize, …)` of a listing of `total`
 * calls, with absolute `next`/`previous` links carrying `cursor` (and every other query
 * parameter of `url`, as the API's links do), `next` null on the last page.
 */
export function pageJson(url, total) {
  const pageSize = Number(url.searchParams.get("pageSize") ?? 100);
  const cursor = Number(url.searchParams.get("cursor") ?? 0);
  const start = cursor * pageSize;
  const end = Math.min(start + pageSize, total);
  const link = (page) => {
    if (page < 0 || page * pageSize >= total) return null;
    const target = new URL(url);
    target.searchParams.set("cursor", String(page));
    return target.href;
  };
  const items = [];
  for (let index = start; index < end; index++) items.push(callJson(callIdAt(index)));
  return `{"next":${JSON.stringify(link(cursor + 1))},"previous":${JSON.stringify(
    link(cursor - 1),
  )},"total":${total},"results":[${items.join(",")}]}`;
}
