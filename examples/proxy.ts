// Sending every request through an HTTP(S) proxy, in Node: undici's ProxyAgent (`npm install
// undici`) as the client's dispatcher. Redirects (a recording's download) go through it too.
import { ProxyAgent } from "undici";
import { createUltravoxClient } from "ultravox-api";

export function createProxiedClient(proxyUrl: string) {
  return createUltravoxClient({ fetchOptions: { dispatcher: new ProxyAgent(proxyUrl) } });
}
