// What scripts/build-docs.mjs changes in the page Redocly renders, so that it works from any
// static host (a file server, GitHub Pages, a subdirectory):
// - Links. Redoc routes by the URL's hash (`index.html#/calls/createcall`), but the sidebar it
//   pre-renders on the server links to paths (`href="/calls"`), and hydration keeps those
//   attributes: a click works (the router catches it), while the same link opened in a new tab
//   asks the host for /calls, which it does not have. The pre-rendered links become hash links.
// - Titles. Redoc keeps one document title for every route; each operation (and section) gets
//   its own, so tabs, history and bookmarks say which page they are.

/** Lower-cased operationId (the last segment of an operation's route) -> the operation's summary. */
export function pageTitles(document) {
  const titles = {};
  for (const group of [document.paths, document.webhooks])
    for (const item of Object.values(group ?? {}))
      for (const operation of Object.values(item))
        if (operation && typeof operation === "object" && operation.operationId) {
          const key = operation.operationId.toLowerCase();
          if (key in titles) throw new Error(`two operations route to ${key}: rename one`);
          titles[key] = operation.summary ?? operation.operationId;
        }
  return titles;
}

/**
 * Sets the document title for the route in the URL's hash, whenever the router moves: an
 * operation's summary, else the label of the sidebar entry that links there, then the API's
 * title. Runs in the page (serialised into it), so it uses nothing from this module.
 */
function titleByRoute(titles, base) {
  const show = () => {
    const route = location.hash.slice(1).split("#")[0] ?? "";
    const last = route.split("/").pop() ?? "";
    const entry = document.querySelector(
      `[data-component-name="Menu/MenuItem"] a[href="${CSS.escape(`#${route}`)}"] [data-text]`,
    );
    const name = Object.hasOwn(titles, last) ? titles[last] : entry?.getAttribute("data-text");
    document.title = name && name !== base ? `${name} · ${base}` : base;
  };
  for (const method of ["pushState", "replaceState"]) {
    const original = history[method];
    history[method] = function (...args) {
      const result = original.apply(this, args);
      show();
      return result;
    };
  }
  addEventListener("hashchange", show);
  addEventListener("popstate", show);
  show();
}

/**
 * The page with hash links in its pre-rendered markup and a title per route.
 *
 * @throws {Error} when the page does not have the shape this expects (a Redoc upgrade changed
 *   it), rather than publishing links that break.
 */
export function staticHostPage(html, titles) {
  const app = html.indexOf('<script type="module">');
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
  if (app < 0 || title === undefined)
    throw new Error(
      "docs/index.html: no <title> or Redoc module script; check the Redocly version",
    );
  const markup = html.slice(0, app).replace(/\bhref="\/(?!\/)/g, 'href="#/');
  if (/\bhref="\/(?!\/)/.test(markup) || !markup.includes('href="#/'))
    throw new Error("docs/index.html: the pre-rendered sidebar links were not found");
  // `<` is escaped so that no summary can close the script element.
  const data = JSON.stringify(titles).replaceAll("<", "\\u003c");
  const script = `<script>(${titleByRoute.toString()})(${data}, ${JSON.stringify(title)});</script>\n`;
  return markup + script + html.slice(app);
}
