// The one reader of `$ref`s for the scripts and tests: local JSON-pointer references
// (`#/components/schemas/Call`, RFC 6901 escapes `~1` and `~0`) inside one document.

/**
 * A `$ref` that cannot be followed. `kind` says why: `external` (it points outside the
 * document), `malformed` (its percent-encoding is broken), `not-pointer` (a fragment that is
 * not a JSON pointer), `missing` (nothing is there) or `cycle`.
 */
export class RefError extends Error {
  constructor(kind, ref) {
    super(`$ref ${ref}: ${kind}`);
    this.name = "RefError";
    this.kind = kind;
    this.ref = ref;
  }
}

/**
 * The node a local reference points to in `document`, or `undefined` when nothing is there.
 *
 * @throws {RefError} (`external`, `malformed`, `not-pointer`) for a reference that is not a
 *   local JSON pointer.
 */
export function lookupRef(document, ref) {
  if (!ref.startsWith("#")) throw new RefError("external", ref);
  let pointer;
  try {
    pointer = decodeURIComponent(ref.slice(1));
  } catch {
    throw new RefError("malformed", ref);
  }
  if (pointer !== "" && !pointer.startsWith("/")) throw new RefError("not-pointer", ref);
  let node = document;
  for (const token of pointer.split("/").slice(1)) {
    const key = token.replaceAll("~1", "/").replaceAll("~0", "~");
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, key)) return undefined;
    node = node[key];
  }
  return node;
}

/**
 * `node` itself, or, while it is a `{ $ref }`, what it refers to in `document`.
 *
 * @throws {RefError} (`missing`, `cycle`) when a reference leads nowhere or back to itself,
 *   and as {@link lookupRef} does.
 */
export function deref(document, node) {
  const seen = new Set();
  while (node !== null && typeof node === "object" && typeof node.$ref === "string") {
    const { $ref } = node;
    if (seen.has($ref)) throw new RefError("cycle", $ref);
    seen.add($ref);
    node = lookupRef(document, $ref);
    if (node === undefined) throw new RefError("missing", $ref);
  }
  return node;
}
