/** What a secret is replaced with. */
export const REDACTED = "[redacted]";

const anyCase = (hex: string) =>
  hex.replace(/[a-f]/g, (digit) => `[${digit}${digit.toUpperCase()}]`);

/** The shortest start of the secret that is redacted at the end of a text. */
const MIN_CUT_PREFIX = 4;

/**
 * Returns a function that replaces every occurrence of `secret` in a text with
 * `[redacted]`, also where the secret is written with escapes: JSON's `\uXXXX` (either
 * case), `\/`, `\"` and `\\`, and URL percent-encoding, character by character in any mix,
 * so a key echoed inside a JSON string or a URL is caught too. A text that ends inside the
 * secret (a body cut short while echoing it) has that start of it replaced too, from
 * {@link MIN_CUT_PREFIX} characters on. Never throws.
 */
export function redactor(secret: string): (text: string) => string {
  const chars = [...secret].map((char) => {
    const hex = char.charCodeAt(0).toString(16).padStart(4, "0");
    const escapes = [`\\\\u${anyCase(hex)}`, `%${anyCase(hex.slice(2))}`];
    if ('/"\\'.includes(char)) escapes.push(`\\\\\\${char}`);
    // Escapes first: in `\\` the key's `\` is both characters, not the first alone.
    return `(?:${escapes.join("|")}|${char.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&")})`;
  });
  // Each further character optional, then the end of the text (perhaps inside an escape).
  const rest = chars.slice(MIN_CUT_PREFIX).reduceRight((inner, char) => `(?:${char}${inner})?`, "");
  const cut = `${chars.slice(0, MIN_CUT_PREFIX).join("")}${rest}(?:\\\\(?:u[\\da-fA-F]{0,3})?|%[\\da-fA-F]?)?$`;
  // The cut first: where both match (a key ending in `\` written raw, then a cut escape),
  // it reaches the end of the text and so leaves none of the escape behind.
  const regex = new RegExp(`${cut}|${chars.join("")}`, "g");
  return (text) => text.replace(regex, REDACTED);
}

/**
 * `error` itself, or, when its message or stack or those of its `cause` carry what
 * `redact` replaces, a plain `Error` copy (name, `code`, `cause` kept) with them redacted:
 * a custom fetch's error may quote the request's headers. Never throws.
 */
export function redactedError(error: unknown, redact: (text: string) => string): unknown {
  const { name, message, stack, cause, code } = Object(error) as Record<string, unknown>;
  const texts = [message, stack, Object(cause).message, Object(cause).stack].map(String);
  if (texts.every((text) => redact(text) === text)) return error;
  const copy = new Error(redact(String(message)), {
    cause: cause === undefined ? undefined : redactedError(cause, redact),
  });
  return Object.assign(copy, { name, code, stack: redact(String(stack)) });
}

/**
 * An error response whose body, reason phrase and header values have `redact` applied, as a new `Response`
 * (with the same status, and `url`); its body is read at once. Rejects when reading fails.
 */
export async function redactedResponse(
  response: Response,
  redact: (text: string) => string,
): Promise<Response> {
  const text = await response.text();
  const headers = new Headers();
  response.headers.forEach((value, name) => headers.append(name, redact(value)));
  const { status, statusText, url } = response;
  const copy = new Response(text ? redact(text) : null, {
    status,
    statusText: redact(statusText),
    headers,
  });
  return Object.defineProperty(copy, "url", { value: url });
}
