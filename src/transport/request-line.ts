/** The method and URL of a request, as the client sent it (before any redirect). */
export interface RequestLine {
  method: string;
  url: string;
}

// Every response an attempt's fetch returns is recorded: the `url` of a copy made of an error
// response (its body redacted), or of the end of a followed redirect, is not the one requested.
const recorded = new WeakMap<Response, RequestLine>();

/** Records that `response` answers `request`, for {@link requestLineOf}. */
export function recordRequestLine(response: Response, request: RequestLine): void {
  recorded.set(response, request);
}

/**
 * The request a response answers: what the client recorded, else the response's own URL
 * (and an empty method), which is the requested URL when no redirect was followed.
 * Never throws.
 */
export function requestLineOf(response: Response): RequestLine {
  return recorded.get(response) ?? { method: "", url: response.url };
}
