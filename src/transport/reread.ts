// A client method reads the response body itself (into `data` or `error`), which leaves
// `result.response` with a used body: `await result.response.text()`, as code written for
// fetch does, would throw a platform TypeError ("Body is unusable"). The response is made to
// read again instead, from what the client read.

const READERS = ["arrayBuffer", "blob", "bytes", "formData", "json", "text"] as const;

/**
 * Makes a client method's `result.response`, when the client read its body, read it again:
 * its `text()`, `json()`, `blob()`, `arrayBuffer()`, `bytes()`, `formData()`, `body` and
 * `clone()` serve a fresh copy of what the client read each time (for a success, the JSON
 * text or `data` as `parseAs` gave it; for an error status, `error`: text as it came, a JSON
 * body serialised again), and `bodyUsed` is `false`. Never throws.
 */
export function keepBody({ response, data, error }: ReadResult): void {
  if (!response.bodyUsed) return;
  const body = response.ok ? data : typeof error === "string" ? error : JSON.stringify(error);
  const copy = () =>
    Object.defineProperty(new Response(body as BodyInit, response), "url", { value: response.url });
  const descriptors: PropertyDescriptorMap = {
    body: { get: () => copy().body },
    bodyUsed: { value: false },
    clone: { value: copy },
  };
  for (const reader of READERS) descriptors[reader] = { value: () => copy()[reader]() };
  Object.defineProperties(response, descriptors);
}

/** What openapi-fetch resolves with. */
interface ReadResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}
