// Rewrites openapi-typescript's output (made with readWriteMarkers) into named types. Every
// schema becomes a declaration of its own, twice: as the API returns it (namespace `schemas`)
// and as a request sends it (namespace `requestSchemas`); `operations` and `components` refer
// to those by name. TypeScript prints a declared type by its name in errors and hovers
// (`CreateCallRequest`, `Call`) where it prints a computed one in full, and relates two uses of
// it by identity instead of key by key; so the `$Read`/`$Write` markers are resolved here, once,
// instead of by openapi-fetch's `Readable`/`Writable` mapped types at every call.
import ts from "typescript";

const f = ts.factory;

// The two shapes:
// - read (responses, webhook bodies): read-only keys kept, write-only keys left out, a key a
//   oneOf branch forbids kept as `?: never`, so `call.medium.twilio` reads without narrowing;
// - write (request bodies and parameters): read-only keys `?: never` (a value read from the API
//   is not a body as it is: see toRequestSchema), write-only keys kept, a forbidden key typed as
//   the string that names the conflict, and every array `readonly`, so that `as const` values
//   and `Readonly<…>` application types are accepted (a mutable array is accepted as well).
const READ = "read";
const WRITE = "write";
const NAMESPACE = { [READ]: "schemas", [WRITE]: "requestSchemas" };
const MARKERS = ["$Read", "$Write", "Readable", "Writable"];
// In place of openapi-typescript's, which requires `K extends keyof T`: a read shape breaks that
// when K names a write-only key (`authToken` of Create Twilio Configuration), left out of it.
// Used only where `interface X extends Base` cannot say the same (see asInterface).
const WITH_REQUIRED = `/** \`T\` with its keys \`K\` (those it has) required. */
type WithRequired<T, K extends PropertyKey> = RequiredKeys<T, K & keyof T>;
type RequiredKeys<T, K extends keyof T> = T & { [P in K]-?: T[P] };`;

/** The name of an identifier, a string literal or a type reference, made by the factory or parsed. */
const nameOf = (node) => (ts.isTypeReferenceNode(node) ? nameOf(node.typeName) : node.text);

const isMarker = (node, name) =>
  node !== undefined && ts.isTypeReferenceNode(node) && nameOf(node) === name;

/** The string literal of a key a oneOf branch forbids (`$Read<never> | $Write<"…">`, see spec-types.mjs). */
function forbiddenConflict(type) {
  if (!type || !ts.isUnionTypeNode(type) || type.types.length !== 2) return undefined;
  const [read, write] = type.types;
  return isMarker(read, "$Read") && isMarker(write, "$Write") ? write.typeArguments[0] : undefined;
}

/** `"Name"` for `components["schemas"]["Name"]`, else undefined. */
function schemaRefName(node) {
  if (!ts.isIndexedAccessTypeNode(node) || !ts.isLiteralTypeNode(node.indexType)) return undefined;
  const inner = node.objectType;
  if (!ts.isIndexedAccessTypeNode(inner) || inner.objectType.getText() !== "components")
    return undefined;
  return inner.indexType.getText() === '"schemas"' ? node.indexType.literal.text : undefined;
}

/** Every schema `node` refers to by name. */
function schemaRefs(node, found = new Set()) {
  const name = schemaRefName(node);
  if (name !== undefined) found.add(name);
  else ts.forEachChild(node, (child) => void schemaRefs(child, found));
  return found;
}

/**
 * `node`, a type of openapi-typescript's output, in one shape. Schema references become names:
 * bare inside the shape's own namespace, qualified (`schemas.Call`) elsewhere.
 */
function inShape(node, mode, qualified) {
  const optional = f.createToken(ts.SyntaxKind.QuestionToken);
  const never = () => f.createKeywordTypeNode(ts.SyntaxKind.NeverKeyword);
  const visit = (child) => {
    const name = schemaRefName(child);
    if (name !== undefined)
      return f.createTypeReferenceNode(
        qualified ? f.createQualifiedName(f.createIdentifier(NAMESPACE[mode]), name) : name,
      );
    if (ts.isPropertySignature(child)) return property(child);
    if (ts.isArrayTypeNode(child)) {
      const array = f.updateArrayTypeNode(child, visit(child.elementType));
      return mode === WRITE
        ? f.createTypeOperatorNode(ts.SyntaxKind.ReadonlyKeyword, array)
        : array;
    }
    if (ts.isTypeLiteralNode(child))
      return f.updateTypeLiteralNode(
        child,
        f.createNodeArray(child.members.map(visit).filter(Boolean)),
      );
    return ts.visitEachChild(child, visit, undefined);
  };
  const property = (member) => {
    const { type } = member;
    const update = (question, newType) =>
      f.updatePropertySignature(member, member.modifiers, member.name, question, newType);
    const conflict = forbiddenConflict(type);
    if (conflict) return update(optional, mode === READ ? never() : conflict);
    if (isMarker(type, "$Read"))
      return mode === READ
        ? update(member.questionToken, visit(type.typeArguments[0]))
        : update(optional, never());
    if (isMarker(type, "$Write"))
      return mode === READ ? undefined : update(member.questionToken, visit(type.typeArguments[0]));
    return type ? update(member.questionToken, visit(type)) : member;
  };
  return visit(node);
}

/** The members of the type literal `node` (an interface's or a property's), by name. */
function membersOf(node) {
  const literal = ts.isInterfaceDeclaration(node) ? node : node.type;
  return new Map(
    literal.members.map((member) => [member.name.getText().replace(/^"|"$/g, ""), member]),
  );
}

/**
 * openapi-typescript's output `source` with named types (see above). `webhookOperations` are
 * the operationIds of the spec's webhooks, whose request bodies are read (the API sends them).
 */
export function withNamedTypes(source, webhookOperations) {
  const file = ts.createSourceFile("schema.d.ts", source, ts.ScriptTarget.Latest, true);
  const printer = ts.createPrinter({ removeComments: false });
  const print = (node) => printer.printNode(ts.EmitHint.Unspecified, node, file);
  const leading = (node) => file.text.slice(node.getFullStart(), node.getStart()).trim();
  const statements = new Map(
    file.statements.filter((s) => s.name).map((statement) => [statement.name.text, statement]),
  );
  const components = membersOf(statements.get("components"));
  const schemas = membersOf(components.get("schemas"));

  // A schema's write shape that prints like its read shape (and refers only to such schemas)
  // is declared as the read one, so the two are one type.
  // Each schema's shapes, made and printed once.
  const shapes = { [READ]: new Map(), [WRITE]: new Map() };
  const shapeOf = (name, mode) => {
    if (!shapes[mode].has(name))
      shapes[mode].set(name, inShape(schemas.get(name).type, mode, false));
    return shapes[mode].get(name);
  };
  const texts = { [READ]: new Map(), [WRITE]: new Map() };
  const textOf = (name, mode) => {
    if (!texts[mode].has(name)) texts[mode].set(name, print(shapeOf(name, mode)));
    return texts[mode].get(name);
  };
  const shared = new Set(
    [...schemas.keys()].filter((name) => textOf(name, READ) === textOf(name, WRITE)),
  );
  for (let changed = true; changed;) {
    changed = false;
    for (const name of shared)
      if ([...schemaRefs(schemas.get(name).type)].some((ref) => !shared.has(ref))) {
        shared.delete(name);
        changed = true;
      }
  }

  // A schema declared as an interface prints by its name in every message, and so does each
  // of its properties (an intersection's property that two parts declare prints as both).
  // allOf (`Base & { … }`, `WithRequired<Base, "key">`) becomes `interface X extends Base`
  // where that means the same: the parts share no key, except one the derived part redeclares
  // with the same type (or `never`), required or optional as the base has it or made required.
  const interfaces = { [READ]: new Map(), [WRITE]: new Map() };
  const interfaceOf = (name, mode) => {
    const known = interfaces[mode];
    if (!known.has(name)) {
      known.set(name, undefined); // a schema that contains itself is not an interface
      known.set(name, asInterface(shapeOf(name, mode), mode));
    }
    return known.get(name);
  };
  const asInterface = (type, mode) => {
    const parts = ts.isIntersectionTypeNode(type) ? type.types : [type];
    const bases = [];
    const inherited = new Map(); // key → the base's property
    const own = new Map();
    const required = [];
    let index; // `additionalProperties`: an index signature, own or inherited
    let ownIndex;
    const inherit = (ref) => {
      const base =
        ts.isTypeReferenceNode(ref) && schemas.has(nameOf(ref)) && interfaceOf(nameOf(ref), mode);
      if (!base) return false;
      bases.push(nameOf(ref));
      if (base.index) {
        if (index) return false;
        index = base.index;
      }
      for (const [key, property] of base.properties) {
        if (inherited.has(key)) return false;
        inherited.set(key, property);
      }
      return true;
    };
    for (const part of parts) {
      if (ts.isTypeLiteralNode(part)) {
        for (const member of part.members) {
          if (ts.isIndexSignatureDeclaration(member)) {
            if (index) return undefined;
            index = ownIndex = member;
            continue;
          }
          const key = member.name && nameOf(member.name);
          if (!ts.isPropertySignature(member) || own.has(key)) return undefined;
          own.set(key, member);
        }
      } else if (isMarker(part, "WithRequired")) {
        const [base, keys] = part.typeArguments;
        if (!inherit(base)) return undefined;
        required.push(
          ...(ts.isUnionTypeNode(keys) ? keys.types : [keys]).map((k) => k.literal.text),
        );
      } else if (!inherit(part)) return undefined;
    }
    for (const key of required) {
      const property = own.get(key) ?? inherited.get(key);
      // A key the shape leaves out (write-only, in a read shape) or has as `never` (read-only,
      // in a write shape) stays so.
      if (!property || property.type.kind === ts.SyntaxKind.NeverKeyword) continue;
      own.set(
        key,
        f.updatePropertySignature(
          property,
          property.modifiers,
          property.name,
          undefined,
          property.type,
        ),
      );
    }
    for (const [key, property] of own) {
      const base = inherited.get(key);
      if (
        base &&
        ((property.questionToken && !base.questionToken) ||
          (property.type.kind !== ts.SyntaxKind.NeverKeyword &&
            print(property.type) !== print(base.type)))
      )
        return undefined;
    }
    // An interface's properties must fit its index signature: sure only when that is `unknown`.
    const properties = new Map([...inherited, ...own]);
    if (index && properties.size && index.type.kind !== ts.SyntaxKind.UnknownKeyword)
      return undefined;
    return {
      bases,
      members: [...own.values(), ...(ownIndex ? [ownIndex] : [])],
      properties,
      index,
    };
  };

  // A oneOf whose branches each set one key of their own (`CallMedium`: `webRtc`, `twilio`, …)
  // becomes a union of interfaces named after the key (`CallMediumTwilio`), each with the
  // parts all branches share (`SelectedTool`'s `nameOverride`, …): a value that fits no branch
  // is then reported against one by its name instead of its whole expansion.
  const branchesOf = (name) => {
    const unparenthesized = (node) => (ts.isParenthesizedTypeNode(node) ? node.type : node);
    const { type } = schemas.get(name);
    const parts = (ts.isIntersectionTypeNode(type) ? type.types : [type]).map(unparenthesized);
    const unions = parts.filter(ts.isUnionTypeNode);
    if (unions.length !== 1 || !unions[0].types.every(ts.isTypeLiteralNode)) return undefined;
    const common = parts.filter((part) => !ts.isUnionTypeNode(part));
    if (!common.every((part) => ts.isTypeLiteralNode(part) || schemaRefName(part) !== undefined))
      return undefined;
    const keys = unions[0].types.map((branch) =>
      branch.members.filter((m) => !forbiddenConflict(m.type)).map((m) => nameOf(m.name)),
    );
    if (!keys.every((own) => own.length === 1)) return undefined;
    const names = keys.map(([key]) => name + key[0].toUpperCase() + key.slice(1));
    if (names.some((branch) => schemas.has(branch))) return undefined;
    return { common, branches: unions[0].types, keys: keys.flat(), names };
  };
  const namedBranches = (name, doc, mode) => {
    const found = branchesOf(name);
    if (!found) return undefined;
    const bases = [];
    const shared = []; // the members every branch has
    const taken = new Set();
    for (const part of found.common) {
      const ref = schemaRefName(part);
      const base = ref === undefined ? undefined : interfaceOf(ref, mode);
      if (ref !== undefined && !base) return undefined;
      const members = base ? [...base.properties.keys()] : part.members.map((m) => nameOf(m.name));
      if (members.some((key) => taken.has(key))) return undefined;
      members.forEach((key) => taken.add(key));
      if (base) bases.push(ref);
      else shared.push(...inShape(part, mode, false).members);
    }
    const heritage = bases.length ? ` extends ${bases.join(", ")}` : "";
    const declarations = [];
    for (const [index, branch] of found.branches.entries()) {
      const own = inShape(branch, mode, false).members;
      if (own.some((member) => taken.has(nameOf(member.name)))) return undefined;
      const body = print(f.createTypeLiteralNode([...shared, ...own]));
      declarations.push(
        `/** A \`${name}\` that sets \`${found.keys[index]}\`. */\nexport interface ${found.names[index]}${heritage} ${body}`,
      );
    }
    return `${doc}\nexport type ${name} = ${found.names.join(" | ")};\n${declarations.join("\n")}`;
  };

  const declaration = (name, member, mode) => {
    const doc = leading(member);
    if (mode === WRITE && shared.has(name))
      return `${doc}\nexport type ${name} = ${NAMESPACE[READ]}.${name};`;
    const form = interfaceOf(name, mode);
    if (!form)
      return (
        namedBranches(name, doc, mode) ?? `${doc}\nexport type ${name} = ${textOf(name, mode)};`
      );
    const heritage = form.bases.length ? ` extends ${form.bases.join(", ")}` : "";
    const body = print(f.createTypeLiteralNode(form.members));
    return `${doc}\nexport interface ${name}${heritage} ${body}`;
  };
  const namespace = (mode, what) =>
    `/** ${what} */\nexport namespace ${NAMESPACE[mode]} {\n${[...schemas]
      .map(([name, member]) => declaration(name, member, mode))
      .join("\n")}\n}\n`;
  // The descriptions stay on the declarations, which hovers show.
  const index = (mode) =>
    `{\n${[...schemas.keys()].map((name) => `${name}: ${NAMESPACE[mode]}.${name};`).join("\n")}\n}`;
  const shaped = (node, mode) => `${leading(node)}\n${print(inShape(node, mode, true))}`;

  const componentMembers = [...components].map(([name, node]) => {
    if (name === "schemas")
      return [
        `${leading(node)}\n/** Each schema as the API returns it (see \`namespace schemas\`). */\nschemas: ${index(READ)};`,
        `/** Each schema as a request sends it (see \`namespace requestSchemas\`). */\nrequestSchemas: ${index(WRITE)};`,
      ].join("\n");
    return shaped(node, name === "parameters" ? WRITE : READ);
  });

  const operationMembers = [...membersOf(statements.get("operations"))].map(([id, operation]) => {
    const parts = [...membersOf(operation)].map(([part, node]) =>
      shaped(
        node,
        part === "responses" || (part === "requestBody" && webhookOperations.has(id))
          ? READ
          : WRITE,
      ),
    );
    return `${leading(operation)}\n${id}: {\n${parts.join("\n")}\n};`;
  });

  const namespaces = [
    namespace(
      READ,
      "Every schema as the API returns it: read-only fields set, write-only fields left out.",
    ),
    namespace(
      WRITE,
      "Every schema as a request sends it: read-only fields cannot be set, write-only fields can, arrays may be readonly.",
    ),
  ];
  const out = [];
  for (const statement of file.statements) {
    const name = statement.name?.text;
    if (MARKERS.includes(name)) continue;
    if (name === "WithRequired") {
      if (namespaces.some((text) => text.includes("WithRequired<"))) out.push(WITH_REQUIRED);
    } else if (name === "components")
      out.push(`export interface components {\n${componentMembers.join("\n")}\n}`);
    else if (name === "operations")
      out.push(`export interface operations {\n${operationMembers.join("\n")}\n}`);
    else out.push(file.text.slice(statement.getFullStart(), statement.getEnd()).trim());
  }
  return [...out, ...namespaces].join("\n\n") + "\n";
}

/**
 * For each schema, where a value read from the API holds read-only keys (from openapi-typescript's
 * `source`, the same markers the write shapes leave unsettable): `0` when nowhere; else a target,
 * which is a schema name, a plan `{ drop, keys, values }` (the keys to drop here; the target of
 * each key's value, and of every other value of an open map; `0` for none) or an array of
 * targets (allOf, unions).
 * Arrays are walked through: the target of an array is its items'.
 */
export function readOnlyPlans(source) {
  const file = ts.createSourceFile("schema.d.ts", source, ts.ScriptTarget.Latest, true);
  const components = file.statements.find((statement) => statement.name?.text === "components");
  const schemas = membersOf(membersOf(components).get("schemas"));

  const targetsOf = (node) => {
    const name = schemaRefName(node);
    if (name !== undefined) return [name];
    if (ts.isParenthesizedTypeNode(node)) return targetsOf(node.type);
    if (ts.isArrayTypeNode(node)) return targetsOf(node.elementType);
    if (ts.isUnionTypeNode(node) || ts.isIntersectionTypeNode(node))
      return node.types.flatMap(targetsOf);
    if (ts.isTypeLiteralNode(node)) return [planOf(node)];
    if (ts.isTypeReferenceNode(node) && node.typeArguments)
      return nameOf(node) === "Record"
        ? [{ drop: [], keys: {}, values: targetsOf(node.typeArguments[1]) }]
        : targetsOf(node.typeArguments[0]); // $Read, $Write, WithRequired
    return [];
  };
  const planOf = (literal) => {
    const plan = { drop: [], keys: {}, values: [] };
    for (const member of literal.members) {
      if (ts.isIndexSignatureDeclaration(member)) plan.values = targetsOf(member.type);
      else if (isMarker(member.type, "$Read")) plan.drop.push(nameOf(member.name));
      else if (member.type && !forbiddenConflict(member.type))
        plan.keys[nameOf(member.name)] = targetsOf(member.type);
    }
    return plan;
  };
  const raw = new Map([...schemas].map(([name, member]) => [name, targetsOf(member.type)]));

  // Which schemas hold a read-only key somewhere, to a fixed point (schemas refer to each other).
  const holds = new Set();
  const anyHolds = (targets) =>
    targets.some((target) =>
      typeof target === "string"
        ? holds.has(target)
        : target.drop.length > 0 ||
          anyHolds(target.values) ||
          Object.values(target.keys).some(anyHolds),
    );
  for (let changed = true; changed;) {
    changed = false;
    for (const [name, targets] of raw)
      if (!holds.has(name) && anyHolds(targets)) changed = holds.add(name);
  }

  // The targets that matter, written compactly: a lone target without its array.
  const pruned = (targets) => {
    const kept = targets.flatMap((target) => {
      if (typeof target === "string") return holds.has(target) ? [target] : [];
      const plan = {};
      if (target.drop.length) plan.drop = target.drop;
      const values = pruned(target.values);
      // With `values`, a declared key whose value holds nothing is kept as 0: it is not a map entry.
      const keys = Object.entries(target.keys).flatMap(([key, value]) => {
        const inner = pruned(value) ?? (values === undefined ? undefined : 0);
        return inner === undefined ? [] : [[key, inner]];
      });
      if (keys.length) plan.keys = Object.fromEntries(keys);
      if (values !== undefined) plan.values = values;
      return Object.keys(plan).length ? [plan] : [];
    });
    return kept.length > 1 ? kept : kept[0];
  };
  return Object.fromEntries([...raw].map(([name, targets]) => [name, pruned(targets) ?? 0]));
}
