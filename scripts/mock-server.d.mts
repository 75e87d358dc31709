export declare const MOCK_API_KEY: string;
export interface MockServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  pid: number | undefined;
  /** Ends the Prism process (SIGTERM, then SIGKILL after 3 s). */
  stop(): Promise<void>;
  /** The last lines Prism printed, for error messages. */
  output: string[];
}
export declare function startMockServer(options?: {
  /** The OpenAPI document to serve; defaults to openapi.yaml. */
  spec?: string;
  /** Stops Prism and rejects when aborted before Prism is ready. */
  signal?: AbortSignal;
}): Promise<MockServer>;
