// The simulator's stored resources: created, read, listed (a page at a time, as the API pages),
// changed and deleted, starting from the spec's examples. What is a resource, its ID field
// and which operation does what come from generated/simulator.js.
import {
  EXAMPLES,
  RESOURCES,
  STATUS_EXAMPLES,
  type ResourceData,
} from "../../generated/simulator.js";
import type { Route } from "./operations.js";

/** A JSON object as the store keeps it. */
export type Item = Record<string, unknown>;

/** A stored item, and the path parameters of the list it was created under. */
interface Entry {
  item: Item;
  scope: Record<string, string>;
}

/** What the store answers: a status, and the JSON body (none for 204). */
export interface StoreAnswer {
  status: number;
  body?: unknown;
}

/** A deep copy of a JSON value. */
export const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Where an operation was called: its path parameters, its query and the request's URL. */
export interface Call {
  params: Record<string, string>;
  query: URLSearchParams;
  url: string;
  body: unknown;
}

/** The store of one simulator. */
export class Store {
  readonly #entries = new Map<string, Entry[]>();
  readonly #pageSize: number;
  readonly #newId: () => string;

  constructor(options: { seed: boolean; pageSize: number; newId: () => string }) {
    this.#pageSize = options.pageSize;
    this.#newId = options.newId;
    for (const [schema, resource] of Object.entries(RESOURCES)) {
      const entries: Entry[] = [];
      this.#entries.set(schema, entries);
      if (!options.seed) continue;
      for (const [scope, index] of resource.seeds) {
        const item = copy(EXAMPLES[index]) as Item;
        // The same example seen from two lists is one item, found from both.
        const key = keyOf(resource, item);
        const same = entries.find((entry) => keyOf(resource, entry.item) === key);
        if (same) Object.assign(same.scope, scope);
        else entries.push({ item, scope: { ...scope } });
      }
    }
  }

  /** The items of `schema`, as stored (for assertions). */
  items(schema: string): Item[] {
    return (this.#entries.get(schema) ?? []).map((entry) => entry.item);
  }

  /**
   * A path parameter of `call` names a stored resource that does not exist (the call of
   * `/api/calls/{call_id}/messages`): its name, else undefined. `except` is the parameter
   * the operation itself reads.
   */
  missingParent(call: Call, except?: string): string | undefined {
    return Object.entries(call.params).find(([param, value]) => {
      if (param === except) return false;
      const found = Object.entries(RESOURCES).find(([, resource]) => resource.param === param);
      return found && !this.#find(found[0], found[1], value);
    })?.[0];
  }

  /** Answers an operation that lists, creates, reads, changes or deletes a stored resource. */
  answer(
    route: Route & { role: NonNullable<Route["role"]>; schema: string },
    call: Call,
  ): StoreAnswer {
    const { role, schema, example } = route;
    const resource = RESOURCES[schema]!;
    const entries = this.#entries.get(schema)!;
    if (role === "list") return this.#list(resource, entries, call);
    if (role === "create") {
      const template = copy(EXAMPLES[example ?? resource.seeds[0]![1]]) as Item;
      const id = resource.id && this.#newId();
      const oldId = resource.id && template[resource.id];
      const item = (
        typeof oldId === "string" && id
          ? JSON.parse(JSON.stringify(template).replaceAll(oldId, id))
          : template
      ) as Item;
      if (resource.id) item[resource.id] = id;
      if (resource.fields.includes("created")) item["created"] = new Date().toISOString();
      mergeFields(resource, item, call.body);
      // Created under a parent (an agent's calls): the item names it where it has the field.
      for (const [param, value] of Object.entries(call.params))
        if (resource.fields.includes(fieldOf(param))) item[fieldOf(param)] = value;
      entries.push({ item, scope: { ...call.params } });
      return { status: route.status, body: copy(item) };
    }
    const entry = this.#find(schema, resource, call.params[resource.param!]!);
    if (!entry) return notFound();
    if (role === "delete") {
      entries.splice(entries.indexOf(entry), 1);
      return { status: route.status };
    }
    if (role === "update" || role === "replace") mergeFields(resource, entry.item, call.body);
    return { status: route.status, body: copy(entry.item) };
  }

  #find(schema: string, resource: ResourceData, id: string): Entry | undefined {
    return this.#entries.get(schema)!.find((entry) => entry.item[resource.id!] === id);
  }

  /** A page of the items the list's path parameters and filters select. */
  #list(resource: ResourceData, entries: Entry[], call: Call): StoreAnswer {
    const { query, params } = call;
    const metadata = [...query].filter(([name]) => name.startsWith("metadata."));
    const agentIds = query.getAll("agentIds");
    const selected = entries
      .filter(({ item, scope }) =>
        Object.entries(params).every(([param, value]) =>
          resource.fields.includes(fieldOf(param))
            ? item[fieldOf(param)] === value
            : scope[param] === value,
        ),
      )
      .filter(({ item }) =>
        metadata.every(
          ([name, value]) => Object(item["metadata"])[name.slice("metadata.".length)] === value,
        ),
      )
      .filter(({ item }) => !agentIds.length || agentIds.includes(item["agentId"] as string))
      .map((entry) => entry.item);
    const pageSize = query.has("pageSize") ? Number(query.get("pageSize")) : this.#pageSize;
    if (!Number.isInteger(pageSize) || pageSize < 1)
      return errorAnswer(400, "pageSize must be a whole number, 1 or more.");
    const cursor = query.get("cursor");
    const offset = cursor === null ? 0 : readCursor(cursor);
    if (offset === undefined) return errorAnswer(400, "Invalid cursor.");
    const link = (at: number) => {
      const url = new URL(call.url);
      url.searchParams.set("cursor", writeCursor(at));
      return url.href;
    };
    return {
      status: 200,
      body: {
        results: copy(selected.slice(offset, offset + pageSize)),
        next: offset + pageSize < selected.length ? link(offset + pageSize) : null,
        previous: offset > 0 ? link(Math.max(0, offset - pageSize)) : null,
        total: selected.length,
      },
    };
  }
}

/**
 * An error answer of `status`: `{ detail }` when given, else the spec's example body for the
 * status (`{"detail": "Not found."}`), else `{ detail: "Error <status>." }`.
 */
export function errorAnswer(status: number, detail?: string): StoreAnswer {
  const example = STATUS_EXAMPLES[status];
  if (detail === undefined && example !== undefined)
    return { status, body: copy(EXAMPLES[example]) };
  return { status, body: { detail: detail ?? `Error ${status}.` } };
}

function notFound(): StoreAnswer {
  return errorAnswer(404);
}

/** An item's identity in its resource: its ID, or the whole item for resources without one. */
function keyOf(resource: ResourceData, item: Item): unknown {
  return resource.id ? item[resource.id] : JSON.stringify(item);
}

/** A path parameter's name as the field that holds it (`agent_id` → `agentId`). */
function fieldOf(param: string): string {
  return param.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** Sets the fields of `item` that `body` gives (top-level keys the resource has). */
function mergeFields(resource: ResourceData, item: Item, body: unknown): void {
  for (const [field, value] of Object.entries(Object(body) as Item))
    if (resource.fields.includes(field) && field !== resource.id) item[field] = copy(value);
}

// Cursors are opaque to clients: the offset, encoded.
function writeCursor(offset: number): string {
  return btoa(`o:${offset}`).replace(/=+$/, "");
}

function readCursor(cursor: string): number | undefined {
  try {
    const match = /^o:(\d+)$/.exec(atob(cursor));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}
