/** Lower-cased operationId -> summary, for the title of each operation's page. */
export declare function pageTitles(document: unknown): Record<string, string>;
/** Redocly's page with hash links in its pre-rendered markup and a title per route. */
export declare function staticHostPage(html: string, titles: Record<string, string>): string;
