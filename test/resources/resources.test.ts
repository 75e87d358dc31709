// Resource methods against a real server on 127.0.0.1: how arguments become the request,
// what a method resolves with, the errors it throws, listings across pages, binary
// answers, files, and per-call options (which the path-style client's transport applies).
import { describe, expect, it } from "vitest";
import {
  BadRequestError,
  NotFoundError,
  RateLimitError,
  UltravoxConnectionError,
  UltravoxError,
  UltravoxParameterError,
  UltravoxTimeoutError,
} from "../../src/index.js";
import {
  API_KEY,
  clientFor,
  closedPort,
  json,
  rejectionOf,
  startServer,
  useServers,
  type RecordedRequest,
  type TestServer,
} from "../support/server.js";

useServers();

const CALL = { callId: "c1", joinUrl: "wss://voice.example/c1", created: "2025-01-01T00:00:00Z" };

/** A server answering every request with `status` and `body` (JSON). */
const answering = (status: number, body: unknown = CALL, headers = {}) =>
  startServer((_request, response) => json(response, status, body, headers));

const only = (server: TestServer): RecordedRequest => {
  expect(server.requests).toHaveLength(1);
  return server.requests[0]!;
};

describe("arguments", () => {
  it("a body method sends its body as JSON to the operation's path and method", async () => {
    const server = await answering(201);
    const uv = clientFor(server);
    await uv.calls.create({ systemPrompt: "Hi", medium: { webRtc: {} } });
    const request = only(server);
    expect([request.method, request.url]).toEqual(["POST", "/api/calls"]);
    expect(request.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(request.body)).toEqual({ systemPrompt: "Hi", medium: { webRtc: {} } });
    expect(request.headers["x-api-key"]).toBe(API_KEY);
  });

  it("path parameters are positional, in path order, each encoded into its own segment", async () => {
    const server = await answering(200, { results: [], next: null });
    const uv = clientFor(server);
    await uv.calls.stages.messages.list("call 1", "stage 2?");
    await uv.calls.stages.messages.audio.get("c", "s", 3);
    expect(server.requests.map((request) => request.url)).toEqual([
      "/api/calls/call%201/stages/stage%202%3F/messages",
      "/api/calls/c/stages/s/messages/3/audio",
    ]);
  });

  it("a method without a body takes its query next; with a body, the query is in the options", async () => {
    const server = await answering(201, { results: [], next: null });
    const uv = clientFor(server);
    await uv.calls.list({ fromDate: "2025-01-01", agentIds: ["a", "b"], metadata: { team: "x" } });
    await uv.agents.calls.create(
      "agent-1",
      { templateContext: { name: "Ada" } },
      {
        query: { throttle: "outbound" },
        headers: { "X-Team": "sales" },
      },
    );
    const [list, create] = server.requests;
    expect(list!.url).toBe("/api/calls?fromDate=2025-01-01&agentIds=a&agentIds=b&metadata.team=x");
    expect([create!.method, create!.url]).toEqual([
      "POST",
      "/api/agents/agent-1/calls?throttle=outbound",
    ]);
    expect(JSON.parse(create!.body)).toEqual({ templateContext: { name: "Ada" } });
    expect(create!.headers["x-team"]).toBe("sales");
  });

  it("a method with neither sends only the path; an optional body may be left out", async () => {
    const server = await answering(200, {});
    const uv = clientFor(server);
    await uv.accounts.me.get();
    await uv.tools.test("tool-1");
    expect(server.requests.map(({ method, url, body }) => [method, url, body])).toEqual([
      ["GET", "/api/accounts/me", ""],
      ["POST", "/api/tools/tool-1/test", ""],
    ]);
  });

  it("refuses, by rejecting before anything is sent, options that are not an object or repeat the arguments", async () => {
    const server = await answering(200);
    const uv = clientFor(server);
    const cases: [Promise<unknown>, string][] = [
      [uv.calls.get("c1", "fast" as never), "options"],
      [uv.calls.get("c1", { params: { path: { call_id: "c2" } } } as never), "options.params"],
      [uv.calls.create({}, { body: { systemPrompt: "x" } } as never), "options.body"],
      [uv.calls.get("c1", { timeoutMS: 5 } as never), "init.timeoutMS"],
      [uv.calls.get(undefined as never), "params.path.call_id"],
      [uv.calls.get("..") as Promise<unknown>, "params.path.call_id"],
      [uv.calls.list(undefined, { maxItems: -1 }).pages().next(), "limits.maxItems"],
    ];
    for (const [promise, parameter] of cases) {
      const error = await rejectionOf(promise);
      expect(error, parameter).toBeInstanceOf(UltravoxParameterError);
      expect((error as UltravoxParameterError).parameter).toBe(parameter);
    }
    expect(server.requests).toEqual([]);
  });

  it("a bad argument does not throw where the method is called: the promise rejects", async () => {
    const uv = clientFor(await answering(200));
    const promise = uv.calls.get("c1", 42 as never);
    expect(promise).toBeInstanceOf(Promise);
    await expect(promise).rejects.toBeInstanceOf(UltravoxParameterError);
  });
});

describe("results", () => {
  it("resolves with the data, sends once however often it is awaited, and withResponse() gives the Response", async () => {
    const server = await answering(200, CALL, { "x-request-id": "r-1" });
    const uv = clientFor(server);
    const promise = uv.calls.get("c1");
    expect(await promise).toEqual(CALL);
    expect(await promise).toEqual(CALL);
    const { data, response } = await promise.withResponse();
    expect(data).toEqual(CALL);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("r-1");
    expect(server.requests).toHaveLength(1);
  });

  it("sends when called, without being awaited", async () => {
    const server = await startServer((_request, response) => void response.writeHead(204).end());
    const uv = clientFor(server);
    void uv.calls.delete("c1");
    await expect.poll(() => server.requests.length).toBe(1);
    expect(server.requests[0]!.method).toBe("DELETE");
  });

  it("resolves with undefined for 204 No Content", async () => {
    const server = await startServer((_request, response) => void response.writeHead(204).end());
    const uv = clientFor(server);
    expect(await uv.calls.delete("c1")).toBeUndefined();
    expect(await uv.calls.sendDataMessage("c1", { type: "hang_up" } as never)).toBeUndefined();
  });

  it("is a Promise: then, catch, finally and Promise.all behave as for any promise", async () => {
    const uv = clientFor(await answering(200));
    const seen: string[] = [];
    const callId = await uv.calls
      .get("c1")
      .then((call) => call.callId)
      .finally(() => seen.push("finally"));
    expect(callId).toBe("c1");
    expect(seen).toEqual(["finally"]);
    const [a, b] = await Promise.all([uv.calls.get("c1"), uv.agents.get("a1")]);
    expect([a.callId, (b as unknown as typeof CALL).callId]).toEqual(["c1", "c1"]);
  });
});

describe("errors", () => {
  it("an error status rejects with its class, as unwrap throws it", async () => {
    const server = await answering(404, { detail: "Not found." });
    const error = await rejectionOf(clientFor(server).calls.get("missing"));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toBe("GET /api/calls/missing failed with 404 Not Found: Not found.");
    expect((error as NotFoundError).status).toBe(404);
  });

  it("withResponse() and catch() reject with it too", async () => {
    const server = await answering(400, { detail: "systemPrompt: may not be blank." });
    const uv = clientFor(server);
    await expect(uv.calls.create({ systemPrompt: "" }).withResponse()).rejects.toBeInstanceOf(
      BadRequestError,
    );
    const caught = await uv.calls.create({ systemPrompt: "" }).catch((error: unknown) => error);
    expect(caught).toBeInstanceOf(BadRequestError);
  });

  it("an error status read only through withResponse() is no unhandled rejection", async () => {
    const uv = clientFor(await answering(500, { detail: "boom" }, {}));
    const error = await rejectionOf(uv.calls.create({}, { maxRetries: 0 }).withResponse());
    expect(error.name).toBe("InternalServerError");
    // useServers() fails the test if the promise itself had rejected unhandled.
  });

  it("no response rejects with UltravoxConnectionError, as the path-style client does", async () => {
    const uv = clientFor({ origin: `http://127.0.0.1:${await closedPort()}` }, { maxRetries: 0 });
    await expect(uv.calls.get("c1")).rejects.toBeInstanceOf(UltravoxConnectionError);
  });
});

describe("per-call options", () => {
  it("maxRetries, timeoutMs and signal apply to the one call", async () => {
    const server = await startServer((request, response, index) => {
      if (request.url.endsWith("/slow")) return; // never answers
      if (index < 2) return json(response, 503, { detail: "busy" }, { "retry-after": "0" });
      json(response, 200, CALL);
    });
    const uv = clientFor(server);
    await expect(uv.calls.get("c1", { maxRetries: 0 })).rejects.toBeInstanceOf(UltravoxError);
    expect(server.requests).toHaveLength(1);
    expect(await uv.calls.get("c1")).toEqual(CALL); // 503 once more, then 200
    expect(server.requests).toHaveLength(3);

    const timedOut = await rejectionOf(uv.calls.get("slow", { timeoutMs: 50, maxRetries: 0 }));
    expect(timedOut).toBeInstanceOf(UltravoxTimeoutError);
    const controller = new AbortController();
    const aborted = uv.calls.get("slow", { signal: controller.signal });
    controller.abort(new Error("stop"));
    expect((await rejectionOf(aborted)).message).toBe("stop");
  });

  it("a POST is retried after a 5xx only with retryNonIdempotent", async () => {
    const server = await startServer((_request, response, index) =>
      index < 2
        ? json(response, 500, { detail: "x" }, { "retry-after": "0" })
        : json(response, 201, CALL),
    );
    const uv = clientFor(server);
    await expect(uv.calls.create({})).rejects.toMatchObject({ status: 500 });
    expect(server.requests).toHaveLength(1);
    expect(await uv.calls.create({}, { retryNonIdempotent: true })).toEqual(CALL);
    expect(server.requests).toHaveLength(3);
  });

  it("maxRetryAfterMs returns a long Retry-After at once, as RateLimitError", async () => {
    const server = await answering(429, { detail: "slow down" }, { "retry-after": "120" });
    const error = await rejectionOf(clientFor(server).calls.get("c1", { maxRetryAfterMs: 1000 }));
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(120_000);
    expect(server.requests).toHaveLength(1);
  });
});

/** A List Calls server over five items, pages of 2, `next` carrying the cursor. */
const ITEMS = ["c1", "c2", "c3", "c4", "c5"].map((callId) => ({ callId }));
function listing(next = (cursor: number) => `/api/calls?cursor=${cursor}` as string | null) {
  return startServer((request, response) => {
    const cursor = Number(new URL(request.url, "http://x").searchParams.get("cursor") ?? 0);
    json(response, 200, {
      results: ITEMS.slice(cursor, cursor + 2),
      next: cursor + 2 < ITEMS.length ? next(cursor + 2) : null,
      previous: null,
      total: ITEMS.length,
    });
  });
}

describe("lists", () => {
  it("for await yields every item across pages, keeping the query", async () => {
    const server = await listing();
    const ids: string[] = [];
    for await (const call of clientFor(server).calls.list({ pageSize: 2 })) ids.push(call.callId);
    expect(ids).toEqual(["c1", "c2", "c3", "c4", "c5"]);
    expect(server.requests.map((request) => request.url)).toEqual([
      "/api/calls?pageSize=2",
      "/api/calls?cursor=2",
      "/api/calls?cursor=4",
    ]);
  });

  it("await gives the first page (results, total) and nextPage() the next, to undefined", async () => {
    const server = await listing();
    const uv = clientFor(server);
    let page = await uv.calls.list({ pageSize: 2 });
    expect(page.results).toEqual(ITEMS.slice(0, 2));
    expect(page.total).toBe(5);
    expect(JSON.parse(JSON.stringify(page))).toEqual({
      results: ITEMS.slice(0, 2),
      next: "/api/calls?cursor=2",
      previous: null,
      total: 5,
    });
    const seen = [...page.results];
    for (let next = await page.nextPage(); next; next = await next.nextPage()) {
      seen.push(...next.results);
      page = next;
    }
    expect(seen).toEqual(ITEMS);
    expect(await page.nextPage()).toBeUndefined();
    // The cursor replaces nothing else: the first query goes with every page.
    expect(server.requests.map((request) => request.url)).toEqual([
      "/api/calls?pageSize=2",
      "/api/calls?pageSize=2&cursor=2",
      "/api/calls?pageSize=2&cursor=4",
    ]);
  });

  it("requests nothing until awaited or iterated", async () => {
    const server = await listing();
    const list = clientFor(server).calls.list();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(server.requests).toEqual([]);
    await list;
    await list;
    expect(server.requests).toHaveLength(1);
  });

  it("limits in the options bound the iteration; pages() yields whole pages", async () => {
    const server = await listing();
    const uv = clientFor(server);
    const ids: string[] = [];
    for await (const call of uv.calls.list(undefined, { maxItems: 3 })) ids.push(call.callId);
    expect(ids).toEqual(["c1", "c2", "c3"]);
    const sizes: number[] = [];
    for await (const page of uv.calls.list({}, { maxPages: 2 }).pages())
      sizes.push(page.results.length);
    expect(sizes).toEqual([2, 2]);
  });

  it("a path parameter and per-call options reach every page", async () => {
    const server = await startServer((request, response) => {
      const more = !request.url.includes("cursor");
      const next = more ? "/api/agents/agent%201/calls?cursor=n" : null;
      json(response, 200, { results: [{ callId: request.url }], next });
    });
    const uv = clientFor(server);
    const urls: string[] = [];
    for await (const call of uv.agents.calls.list("agent 1", undefined, {
      headers: { "X-Team": "a" },
    }))
      urls.push(call.callId);
    expect(urls).toEqual(["/api/agents/agent%201/calls", "/api/agents/agent%201/calls?cursor=n"]);
    expect(server.requests.map((request) => request.headers["x-team"])).toEqual(["a", "a"]);
  });

  it("refuses an answer that is not a page, and a cursor given twice, with UltravoxError", async () => {
    const notPage = await answering(200, { items: [] });
    const error = await rejectionOf(Promise.resolve(clientFor(notPage).calls.list()));
    expect(error).toBeInstanceOf(UltravoxError);
    expect(error.message).toBe(
      "/api/calls: the API sent a page whose results is undefined; nothing from it was used",
    );
    const looping = await listing(() => "/api/calls?cursor=2");
    const first = await clientFor(looping).calls.list();
    const second = await first.nextPage();
    await expect(second!.nextPage()).rejects.toThrow(
      '/api/calls: the API sent the cursor "2" a second time; nothing from it was used',
    );
    const noCursor = await listing(() => "/api/calls?page=2");
    await expect((await clientFor(noCursor).calls.list()).nextPage()).rejects.toThrow(
      "a next link without a cursor",
    );
  });

  it("an error status rejects the await and the iteration alike", async () => {
    const server = await answering(404, { detail: "No such agent." });
    const uv = clientFor(server);
    await expect(uv.agents.calls.list("a1")).rejects.toBeInstanceOf(NotFoundError);
    const iterate = async () => {
      for await (const call of uv.agents.calls.list("a1")) void call;
    };
    await expect(iterate()).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("binary and text answers", () => {
  const AUDIO = new Uint8Array([82, 73, 70, 70, 0, 1, 2, 255]);
  const audioServer = () =>
    startServer((request, response) => {
      if (request.url.endsWith("/sip_logs")) {
        response.writeHead(200, { "content-type": "text/plain" });
        return void response.end("INVITE sip:…");
      }
      response.writeHead(200, { "content-type": "audio/wav" });
      response.end(AUDIO);
    });

  it("a recording resolves with a Blob by default, or as options.parseAs says", async () => {
    const uv = clientFor(await audioServer());
    const blob = await uv.calls.recording.get("c1");
    expect(blob).toBeInstanceOf(Blob);
    expect(blob.type).toBe("audio/wav");
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(AUDIO);
    const buffer = await uv.calls.recording.get("c1", { parseAs: "arrayBuffer" });
    expect(new Uint8Array(buffer)).toEqual(AUDIO);
  });

  it("streams with parseAs: stream, and stage message audio and voice previews are binary too", async () => {
    const server = await audioServer();
    const uv = clientFor(server);
    const stream = await uv.calls.recording.get("c1", { parseAs: "stream" });
    const chunks: number[] = [];
    const reader = stream.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read())
      chunks.push(...read.value);
    expect(chunks).toEqual([...AUDIO]);
    const audio = await uv.calls.stages.messages.audio.get("c1", "s1", 0);
    expect(audio.size).toBe(AUDIO.length);
    const preview = await uv.voices.preview.generate({
      name: "trial",
      definition: { cartesia: { voiceId: "v", model: "sonic-2" } },
    });
    expect(preview.size).toBe(AUDIO.length);
    const sample = await uv.voices.preview.get("v1");
    expect(sample.size).toBe(AUDIO.length);
    expect(server.requests.at(-2)!.method).toBe("POST");
    expect(JSON.parse(server.requests.at(-2)!.body)).toMatchObject({ name: "trial" });
  });

  it("SIP logs resolve with text", async () => {
    const uv = clientFor(await audioServer());
    expect(await uv.calls.sipLogs.get("c1")).toBe("INVITE sip:…");
  });
});

describe("files", () => {
  const voiceServer = () => answering(201, { voiceId: "v1", name: "Mine" });

  /** The parts of a multipart body as the server received it: name, filename, content. */
  function partsOf(request: RecordedRequest) {
    const boundary = /boundary=(.+)$/.exec(request.headers["content-type"] ?? "")?.[1];
    expect(boundary).toBeDefined();
    return request.body
      .split(`--${boundary}`)
      .slice(1, -1)
      .map((part) => {
        const [head, ...body] = part.split("\r\n\r\n");
        return {
          name: /name="([^"]+)"/.exec(head!)?.[1],
          filename: /filename="([^"]*)"/.exec(head!)?.[1],
          content: body.join("\r\n\r\n").slice(0, -2),
        };
      });
  }

  it("Create Voice takes the recording as a Blob, a File or bytes, sent as multipart/form-data", async () => {
    const server = await voiceServer();
    const uv = clientFor(server);
    const bytes = new TextEncoder().encode("RIFF-sample");
    await uv.voices.create({ name: "Mine", file: new Blob([bytes], { type: "audio/wav" }) });
    await uv.voices.create({ name: "Mine", file: new File([bytes], "me.wav") });
    await uv.voices.create({ name: "Mine", file: bytes, description: "Mine, in Lisbon." });
    await uv.voices.create({ name: "Mine", file: bytes.buffer });
    const parts = server.requests.map(partsOf);
    expect(parts[0]).toEqual([
      { name: "name", filename: undefined, content: "Mine" },
      { name: "file", filename: "blob", content: "RIFF-sample" },
    ]);
    expect(parts[1]![1]).toEqual({ name: "file", filename: "me.wav", content: "RIFF-sample" });
    expect(parts[2]!.map((part) => part.name)).toEqual(["name", "file", "description"]);
    expect(parts[3]![1]!.content).toBe("RIFF-sample");
  });

  it("a voice from a definition stays JSON", async () => {
    const server = await voiceServer();
    await clientFor(server).voices.create({
      name: "sarah",
      definition: { inworld: { voiceId: "Sarah" } },
    });
    expect(only(server).headers["content-type"]).toBe("application/json");
  });

  it("refuses a file that is not a Blob or bytes (a path, say), naming the field", async () => {
    const server = await voiceServer();
    const error = await rejectionOf(
      clientFor(server).voices.create({ name: "Mine", file: "./sample.wav" }),
    );
    expect(error).toBeInstanceOf(UltravoxParameterError);
    expect(error.message).toMatch(/^body\.file is a string: pass the file's contents/);
    expect(server.requests).toEqual([]);
  });
});
