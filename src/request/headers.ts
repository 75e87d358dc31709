// Headers, in one place: the names that carry credentials, the one way a header is set
// (reporting a bad one by the option it came from, never by its value: the platform's own
// `Headers` errors quote the value, which may be a secret), the client's headers, each
// call's own, and the User-Agent.
import { UltravoxParameterError } from "../errors.js";
import { check } from "../utils/checks.js";
import { VERSION } from "../version.js";

/** The header the API reads the key from. */
export const API_KEY_HEADER: string = "X-API-Key";

/** The other header the API reads the key from: the one a browser's CORS preflight admits (for demos). */
export const UNSAFE_API_KEY_HEADER = "X-Unsafe-API-Key";

/** Headers that carry credentials: none of them follows a redirect off the API's origin. */
export const CREDENTIAL_HEADERS: readonly string[] = [
  "x-api-key",
  "x-unsafe-api-key",
  "authorization",
  "cookie",
];

/**
 * The `[name, value]` entries of a headers init: a `Headers`, an array of pairs or an
 * object. An entry that is not a pair comes out as `[undefined, undefined]`, for the
 * caller's check to refuse.
 */
function headerEntries(headers: object): Iterable<unknown[]> {
  const entries =
    Symbol.iterator in headers ? (headers as Iterable<unknown>) : Object.entries(headers);
  return [...entries].map((entry) => (Array.isArray(entry) ? entry : []));
}

/**
 * Sets (or with `append`, adds) a header, reporting a malformed one by the option it came
 * from.
 *
 * @throws {UltravoxParameterError} for `option` when the value is not a string, or the name
 *   or value is not valid HTTP: a control character other than tab (a line break, NUL, DEL),
 *   a character beyond U+00FF, a name that is not a token.
 */
export function setHeader(
  headers: Headers,
  name: unknown,
  value: unknown,
  option: string,
  append?: boolean,
): void {
  check(typeof value === "string", option, "must be a string");
  try {
    // Headers refuses only NUL, CR and LF: the other control characters are refused here.
    if (/[\0-\x08\n-\x1f\x7f]/.test(value)) throw value;
    headers[append ? "append" : "set"](name as string, value);
  } catch {
    throw new UltravoxParameterError(
      option,
      "is not a valid HTTP header: check for a line break or control character",
    );
  }
}

/**
 * The headers every request of a client carries: the `headers` option's (string values
 * only), then the API key under `keyHeader`. `keyOption` names where the key came from
 * (`apiKey` or `ULTRAVOX_API_KEY`) in an error.
 *
 * @throws {UltravoxParameterError} for `headers["X-Team"]` or `keyOption` as {@link setHeader} does.
 */
export function clientHeaders(
  headers: unknown,
  keyHeader: string,
  apiKey: string,
  keyOption: string,
): Headers {
  const built = new Headers();
  for (const [name, value] of headerEntries(Object(headers ?? {})))
    setHeader(built, name, value, `headers[${JSON.stringify(name)}]`, true);
  setHeader(built, keyHeader, apiKey, keyOption);
  return built;
}

/**
 * Checks the headers one call adds (`where` is `init.headers` or `params.header`): a
 * `Headers`, `[name, value]` pairs or an object whose values are strings, numbers,
 * booleans, arrays of them, or null/undefined (no header).
 *
 * @throws {UltravoxParameterError} for `where` when it is not an object, and for
 *   `where["X-Team"]` when a value is of another type, the name or value is not valid
 *   HTTP, or the header carries the API key (a client has one key: create a client per key).
 */
export function checkCallHeaders(headers: unknown, where: string): void {
  if (headers == null) return;
  check(typeof headers === "object", where, "must be an object");
  const scratch = new Headers();
  for (const [name, value] of headerEntries(headers)) {
    const parameter = `${where}[${JSON.stringify(name)}]`;
    if (value == null) continue;
    if (
      typeof name === "string" &&
      [API_KEY_HEADER, UNSAFE_API_KEY_HEADER].some(
        (keyHeader) => keyHeader.toLowerCase() === name.toLowerCase(),
      )
    )
      throw new UltravoxParameterError(
        parameter,
        "carries the API key: pass it as apiKey to createUltravoxClient (a client per key)",
      );
    for (const item of [value].flat()) {
      check(
        ["string", "number", "boolean"].includes(typeof item),
        parameter,
        "must be a string, number, boolean or an array of them",
      );
      setHeader(scratch, name, String(item), parameter, true);
    }
  }
}

/**
 * Sets the User-Agent the client sends, `ultravox-api/<version> node/<version>` (or `bun/`,
 * `deno/`) followed by `suffix`, unless `headers` has one; nothing where `process.versions`
 * is absent (workers). Server build only: browsers name themselves.
 *
 * @throws {UltravoxParameterError} for `userAgent` when `suffix` is not valid in a header.
 */
export function addUserAgent(headers: Headers, suffix = ""): void {
  const versions = (globalThis as { process?: { versions?: Record<string, string> } }).process
    ?.versions;
  if (!versions?.["node"] || headers.has("user-agent")) return;
  const name = ["bun", "deno"].find((candidate) => versions[candidate]) ?? "node";
  const agent = `ultravox-api/${VERSION} ${name}/${versions[name]} ${suffix}`.trim();
  setHeader(headers, "User-Agent", agent, "userAgent");
}
