// Listing: `for await` over a list method for every item, `await` for one page at a time.
import type { UltravoxClient } from "ultravox-api";

/** Counts one agent's ended calls tagged with a team, reading at most 10 000 calls. */
export async function countEndedCalls(uv: UltravoxClient, agentId: string, team: string) {
  const query = { agentIds: [agentId], metadata: { team }, pageSize: 100 };
  let ended = 0;
  for await (const call of uv.calls.list(query, { maxItems: 10_000 })) if (call.ended) ended++;
  return ended;
}

/** The 40 most recent calls at most: the first page of 20, and the next one when there is one. */
export async function recentCalls(uv: UltravoxClient) {
  const first = await uv.calls.list({ pageSize: 20 });
  const second = await first.nextPage(); // undefined after the last page
  return { total: first.total, calls: [...first.results, ...(second?.results ?? [])] };
}

/** Sizes of the first three pages of a call's messages, fetching each next page ahead. */
export async function messagePageSizes(uv: UltravoxClient, callId: string) {
  const messages = uv.calls.messages.list(callId, undefined, { maxPages: 3, prefetch: true });
  const sizes: number[] = [];
  for await (const page of messages.pages()) sizes.push(page.results.length);
  return sizes;
}
