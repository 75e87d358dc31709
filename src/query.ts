/**
 * Serialises query parameters the way the Ultravox API reads them, as openapi-fetch's
 * `querySerializer`: an array repeats its key (`agentIds=a&agentIds=b`), an object
 * becomes one `name.key=value` pair per entry (`metadata.customer=1234`, the parameters
 * the spec marks `x-ultravox-query-style: dotted`), `null` and `undefined` are left out.
 * Never throws.
 */
export function serializeQuery(query: Record<string, unknown>): string {
  const search = new URLSearchParams();
  const add = (name: string, value: unknown): void => {
    if (value === null || value === undefined) return;
    if (Array.isArray(value)) for (const item of value) add(name, item);
    else if (typeof value === "object") {
      for (const [key, item] of Object.entries(value)) add(`${name}.${key}`, item);
    } else search.append(name, String(value));
  };
  for (const [name, value] of Object.entries(query)) add(name, value);
  return search.toString();
}
