// A client method reads the response body itself (into `data` or `error`), which leaves
// `result.response` with a used body: `await result.response.text()`, as code written for
// fetch does, would throw a platform TypeError ("Body is unusable"). The response is made to
// read again instead, from what the client read.

const READERS = ["arrayBuffer", "blob", "bytes", "formData", "json", "text"] as const;

/**
 * Makes `response`, whose body the client has read as `body`, readable again: its `text()`,
 * `json()`, `blob()`, `arrayBuffer()`, `bytes()`, `formData()`, `body` and `clone()` serve
 * `body` as often as asked (each read is a fresh copy), and `bodyUsed` is `false`. Never throws.
 */
export function readAgain(response: Response, body: BodyInit | null): void {
  const copy = () => new Response(body, response);
  const descriptors: PropertyDescriptorMap = {
    body: { get: () => copy().body, configurable: true },
    bodyUsed: { value: false, configurable: true },
    clone: { value: () => Object.defineProperty(copy(), "url", { value: response.url }) },
  };
  for (const reader of READERS) descriptors[reader] = { value: () => copy()[reader]() };
  Object.defineProperties(response, descriptors);
}

/**
 * Makes a client method's `result.response` read again ({@link readAgain}) when the client read
 * its body: for a success, what it read (the JSON text, or `data` as `parseAs` gave it); for an
 * error status, `error` (text as it came, a JSON body serialised again). Never throws.
 */
export function keepBody({ response, data, error }: ReadResult): void {
  if (!response.bodyUsed) return;
  readAgain(
    response,
    response.ok ? (data as BodyInit) : typeof error === "string" ? error : JSON.stringify(error),
  );
}

/** What openapi-fetch resolves with. */
interface ReadResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}
