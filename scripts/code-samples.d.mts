/** One code sample of an operation, as Redocly's `x-codeSamples` takes it. */
export interface CodeSample {
  /** `"TypeScript"` or `"curl"`. */
  lang: string;
  /** The tab's name: `"TypeScript"`, `"TypeScript (a file)"`, `"curl"`, `"curl (a file)"`. */
  label: string;
  source: string;
}

/** The samples of every operation, by operationId (TypeScript first); see code-samples.mjs. */
export declare function codeSamples(spec: unknown): Promise<Record<string, CodeSample[]>>;
/** The `verifyWebhook` handler shown on the page of webhook event `event`. */
export declare function webhookSample(event: string): Promise<string>;
/** The docs page's sample tabs, in order (Redoc's `codeSamples.languages`). */
export declare const SAMPLE_TABS: { key: string; label: string; lang: string }[];
