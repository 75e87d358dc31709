/**
 * `text` read as an http or https URL, relative to `base` when one is given; undefined for
 * anything else (not a URL, or another scheme such as `javascript:` or `file:`). Never throws.
 */
export function httpUrl(text: string, base?: string | URL): URL | undefined {
  const url = URL.canParse(text, base) ? new URL(text, base) : undefined;
  return /^https?:$/.test(String(url?.protocol)) ? url : undefined;
}
