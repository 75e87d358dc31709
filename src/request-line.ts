/** The method and URL of a request, as the client sent it (before any redirect). */
export interface RequestLine {
  method: string;
  url: string;
}

// Only responses whose own `url` does not tell the requested URL are recorded: copies made
// of error responses (their body redacted) and the ends of followed redirects.
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
