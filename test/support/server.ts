// Real HTTP servers on 127.0.0.1 for the client tests, plus a guard that fails a
// test when any promise rejection goes unhandled.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { createUltravoxClient, type UltravoxClientOptions } from "../../src/index.js";

/** A key that must never show up in an error. */
export const API_KEY = "uvk_TEST.Zk9Ht7Lu0a1b2c3d4e5f";

export interface RecordedRequest {
  method: string;
  /** Path and query, exactly as sent. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export type Handler = (
  request: RecordedRequest,
  response: ServerResponse,
  index: number,
) => void | Promise<void>;

export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  port: number;
  requests: RecordedRequest[];
  /** Requests whose connection closed before the server answered them. */
  abandoned: number;
  close(): Promise<void>;
}

const running = new Set<TestServer>();

/** Starts a server that records every request and answers it with `handler`. */
export async function startServer(handler: Handler): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer(async (incoming, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const request: RecordedRequest = {
      method: incoming.method ?? "",
      url: incoming.url ?? "",
      headers: incoming.headers,
      body: Buffer.concat(chunks).toString("utf8"),
    };
    requests.push(request);
    response.on("close", () => {
      if (!response.writableFinished) testServer.abandoned++;
    });
    await handler(request, response, requests.length - 1);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const testServer: TestServer = {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    abandoned: 0,
    close: () =>
      new Promise<void>((resolve) => {
        running.delete(testServer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  running.add(testServer);
  return testServer;
}

/** A port on 127.0.0.1 that nothing listens on (connections are refused). */
export async function closedPort(): Promise<number> {
  const server = await startServer(() => {});
  await server.close();
  return server.port;
}

/** Answers with JSON. */
export function json(response: ServerResponse, status: number, body: unknown, headers = {}): void {
  response.writeHead(status, { "content-type": "application/json", ...headers });
  response.end(JSON.stringify(body));
}

/** A client for `server` with test-friendly defaults. */
export function clientFor(server: Pick<TestServer, "origin">, options: UltravoxClientOptions = {}) {
  return createUltravoxClient({ apiKey: API_KEY, baseUrl: server.origin, ...options });
}

/** Milliseconds since `start`. */
export const since = (start: number): number => performance.now() - start;

/** The rejection of `promise`, failing the test when it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a rejection");
}

/**
 * Call at the top of a test file: stops servers left running and fails the test
 * during which a promise rejection went unhandled.
 */
export function useServers(): void {
  const unhandled: unknown[] = [];
  const record = (reason: unknown) => unhandled.push(reason);
  beforeAll(() => {
    process.on("unhandledRejection", record);
  });
  afterEach(async () => {
    await Promise.all([...running].map((server) => server.close()));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(unhandled, "unhandled rejections").toEqual([]);
  });
  afterAll(() => {
    process.off("unhandledRejection", record);
  });
}
