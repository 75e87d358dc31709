// The client examples run against local servers (test/readme.test.ts checks the README shows them).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { InternalServerError } from "../../src/index.js";
import { createClient } from "../../examples/client-setup.js";
import { startCall } from "../../examples/errors.js";
import { savePublishedSchema } from "../../examples/fetch-schema.js";
import { createClientLoggingTo, createDebugClient } from "../../examples/logging.js";
import * as resourceAgents from "../../examples/agents.js";
import * as pathStyleAgents from "../../examples/path-style/agents.js";
import * as resourcePagination from "../../examples/pagination.js";
import * as pathStylePagination from "../../examples/path-style/pagination.js";
import { saveRecording } from "../../examples/streaming.js";
import { createCallQuickly, downloadRecording, getCallWithin } from "../../examples/timeouts.js";
import {
  API_KEY,
  clientFor,
  json,
  rejectionOf,
  startServer,
  useServers,
} from "../support/server.js";

useServers();

describe("examples", () => {
  it("client-setup: a client from the environment", async () => {
    vi.stubEnv("ULTRAVOX_API_KEY", API_KEY);
    expect(typeof createClient().GET).toBe("function");
    vi.unstubAllEnvs();
  });

  it("errors: startCall returns the join URL, or undefined on 400", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const server = await startServer((request, response) =>
      request.body.includes('"systemPrompt":""')
        ? json(response, 400, { systemPrompt: ["This field may not be blank."] })
        : json(response, 201, { callId: "c1", joinUrl: "wss://join/c1" }),
    );
    const uv = clientFor(server);
    expect(await startCall(uv, "Be brief.")).toBe("wss://join/c1");
    expect(await startCall(uv, "")).toBeUndefined();
    expect(warn.mock.calls[0]?.[0]).toBe(
      "POST /api/calls failed with 400 Bad Request: systemPrompt: This field may not be blank.",
    );
    warn.mockRestore();
  });

  it.each([
    ["resource methods", resourcePagination],
    ["path-style", pathStylePagination],
  ])("pagination (%s): countEndedCalls and messagePageSizes", async (_form, pagination) => {
    const server = await startServer((request, response) => {
      const second = request.url.includes("cursor=");
      const results = second
        ? [{ ended: null }]
        : [{ ended: "2025-01-01T00:00:00Z" }, { ended: "x" }];
      json(response, 200, {
        results,
        next: second ? null : "https://api.ultravox.ai/api/x?cursor=p2",
      });
    });
    const uv = clientFor(server);
    expect(await pagination.countEndedCalls(uv, "agent-1", "support")).toBe(2);
    expect(server.requests[0]?.url).toBe(
      "/api/calls?agentIds=agent-1&metadata.team=support&pageSize=100",
    );
    expect(await pagination.messagePageSizes(uv, "c1")).toEqual([2, 1]);
    expect(server.requests.slice(2).map((request) => request.url)).toEqual([
      "/api/calls/c1/messages",
      "/api/calls/c1/messages?cursor=p2",
    ]);
  });

  it("pagination: recentCalls reads the first page and the next, and stops after the last", async () => {
    const call = (callId: string) => ({ callId, created: "2025-01-01T00:00:00Z" });
    const server = await startServer((request, response) =>
      json(
        response,
        200,
        request.url.includes("cursor=")
          ? { results: [call("c3")], next: null, total: 3 }
          : { results: [call("c1"), call("c2")], next: "/api/calls?cursor=p2", total: 3 },
      ),
    );
    const { total, calls } = await resourcePagination.recentCalls(clientFor(server));
    expect([total, calls.map((item) => item.callId)]).toEqual([3, ["c1", "c2", "c3"]]);
    expect(server.requests.map((request) => request.url)).toEqual([
      "/api/calls?pageSize=20",
      "/api/calls?pageSize=20&cursor=p2",
    ]);
  });

  it.each([
    ["resource methods", resourceAgents],
    ["path-style", pathStyleAgents],
  ])("agents (%s): create, call from it, list its calls", async (_form, agents) => {
    const server = await startServer((request, response, index) => {
      if (request.method === "GET")
        return json(response, 200, {
          results: [{ callId: `c${index}` }],
          next: request.url.includes("cursor=") ? null : "/api/agents/a1/calls?cursor=p2",
        });
      json(
        response,
        201,
        request.url === "/api/agents" ? { agentId: "a1" } : { joinUrl: "wss://j" },
      );
    });
    const uv = clientFor(server);
    expect(await agents.createSupportAgent(uv)).toBe("a1");
    expect(await agents.callCustomer(uv, "a1", "Jane Smith")).toBe("wss://j");
    expect(await agents.agentCallIds(uv, "a1")).toEqual(["c2", "c3"]);
    expect(server.requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      "POST /api/agents",
      "POST /api/agents/a1/calls",
      "GET /api/agents/a1/calls",
      "GET /api/agents/a1/calls?cursor=p2",
    ]);
    expect(JSON.parse(server.requests[0]!.body)).toEqual({
      name: "Acme Support",
      callTemplate: {
        systemPrompt:
          "You are Anna, a support agent for Acme Inc. You are talking to {{customerName}}.",
        voice: "Jessica",
        maxDuration: "900s",
        firstSpeakerSettings: {
          agent: { text: "Hello! This is Anna from Acme. How can I help?" },
        },
      },
    });
    expect(JSON.parse(server.requests[1]!.body)).toEqual({
      templateContext: { customerName: "Jane Smith" },
      metadata: { customer: "Jane Smith" },
    });
  });

  it("timeouts: getCallWithin rejects with the signal's TimeoutError", async () => {
    const server = await startServer(() => {});
    const error = await rejectionOf(getCallWithin(clientFor(server), "c1", 100));
    expect(error.name).toBe("TimeoutError");
  });

  it("timeouts: downloadRecording follows the redirect to the storage host without the key", async () => {
    const storage = await startServer((_request, response) => void response.end("audio"));
    const api = await startServer(
      (_request, response) =>
        void response.writeHead(302, { location: `${storage.origin}/r.wav` }).end(),
    );
    const audio = await downloadRecording(clientFor(api), "c1");
    expect(new TextDecoder().decode(audio)).toBe("audio");
    expect(storage.requests[0]?.headers["x-api-key"]).toBeUndefined();
  });

  it("timeouts: createCallQuickly makes one attempt; a 503 is not retried", async () => {
    const server = await startServer((_request, response, index) =>
      index === 0
        ? json(response, 201, { callId: "c1", joinUrl: "wss://join/c1" })
        : json(response, 503, { detail: "busy" }, { "retry-after": "0" }),
    );
    const uv = clientFor(server);
    expect(await createCallQuickly(uv, "Be brief.")).toBe("wss://join/c1");
    await expect(createCallQuickly(uv, "Be brief.")).rejects.toThrow(InternalServerError);
    expect(server.requests).toHaveLength(2);
  });

  it("streaming: saveRecording writes the chunks to the file as they come", async () => {
    const server = await startServer(async (_request, response) => {
      response.writeHead(200, { "content-type": "audio/wav" });
      for (const chunk of ["RIFF", "....", "WAVE"]) {
        response.write(chunk);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      response.end();
    });
    const dir = mkdtempSync(join(tmpdir(), "ultravox-recording-"));
    try {
      await saveRecording(clientFor(server), "c1", join(dir, "c1.wav"));
      expect(readFileSync(join(dir, "c1.wav"), "utf8")).toBe("RIFF....WAVE");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("fetch-schema: savePublishedSchema saves GET /api/schema/?format=json", async () => {
    const document = { openapi: "3.0.3", info: { title: "Ultravox" }, paths: {} };
    const server = await startServer((_request, response) => json(response, 200, document));
    const dir = mkdtempSync(join(tmpdir(), "ultravox-schema-"));
    try {
      const file = join(dir, "artifacts", "ultravox-schema.json");
      expect(await savePublishedSchema(clientFor(server), file)).toBe("3.0.3");
      expect(server.requests[0]!.url).toBe("/api/schema/?format=json");
      expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(document);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("logging: createClientLoggingTo reports a retry at info; createDebugClient writes to console.debug", async () => {
    vi.stubEnv("ULTRAVOX_API_KEY", API_KEY);
    const server = await startServer((_request, response, index) =>
      index === 0
        ? json(response, 503, {}, { "retry-after": "0" })
        : json(response, 200, { results: [] }),
    );
    const lines: string[] = [];
    const logger = {
      debug: () => {},
      info: (line: string) => lines.push(line),
      warn: () => {},
      error: () => {},
    };
    await createClientLoggingTo(logger).GET("/api/calls", { baseUrl: server.origin });
    expect(lines).toEqual(["ultravox-api: GET /api/calls (attempt 1) got 503; retrying in 0 ms"]);
    const debug = vi.spyOn(console, "debug").mockImplementation(() => {});
    await createDebugClient().GET("/api/calls", { baseUrl: server.origin });
    expect(debug).toHaveBeenCalledTimes(1);
    debug.mockRestore();
    vi.unstubAllEnvs();
  });
});
