// The path-style form of examples/pagination.ts: the low-level client (`uv.POST(path, init)`,
// `uv.GET(path, init)`, `paginate`) with `unwrap`, as openapi-fetch users write it.
// Listing with paginate() (items) and pages() (whole pages).
import { pages, paginate, type UltravoxClient } from "ultravox-api";

/** Counts one agent's ended calls tagged with a team, reading at most 10 000 calls. */
export async function countEndedCalls(uv: UltravoxClient, agentId: string, team: string) {
  const query = { agentIds: [agentId], metadata: { team }, pageSize: 100 };
  const calls = paginate(uv, "/api/calls", { params: { query } }, { maxItems: 10_000 });
  let ended = 0;
  for await (const call of calls) if (call.ended) ended++;
  return ended;
}

/** Sizes of the first three pages of a call's messages, fetching each next page ahead. */
export async function messagePageSizes(uv: UltravoxClient, callId: string) {
  const init = { params: { path: { call_id: callId } } };
  const limits = { maxPages: 3, prefetch: true };
  const sizes: number[] = [];
  for await (const page of pages(uv, "/api/calls/{call_id}/messages", init, limits)) {
    sizes.push(page.results.length);
  }
  return sizes;
}
