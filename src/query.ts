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
    if (typeof value !== "object") search.append(name, String(value));
    // An array's entries repeat its name; an object's become `name.key`.
    else
      for (const [key, item] of Object.entries(value))
        add(Array.isArray(value) ? name : `${name}.${key}`, item);
  };
  for (const [name, value] of Object.entries(query)) add(name, value);
  return search.toString();
}
