/** The security scheme of webhook events on the docs page: Ultravox's signature header. */
export declare const WEBHOOK_SIGNATURE_SCHEME: {
  type: "apiKey";
  in: "header";
  name: string;
  description: string;
};
/** The document the docs page is rendered from (see docs-document.mjs); `spec` is not changed. */
export declare function docsDocument(spec: unknown): Promise<Record<string, unknown>>;
