// Types as users write code (issue 22), compiled with TypeScript's API in one program: request
// bodies and parameters kept in constants (`as const`, `satisfies`, arrays built with `map`),
// spreads of application objects and `Readonly<…>` application types, read-modify-write with
// toRequestSchema, and the escape hatch. Each must compile; each mistake must fail, and its
// error is asserted on the compiler's own message: schema types printed by their names, a
// first line that names the misspelt key and the body type within 200 characters, the two
// keys of a conflict within the first two lines.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { compileSnippets, type SnippetMessages } from "./compile.js";

const HEADER = `import {
  paginate,
  toRequestSchema,
  unwrap,
  type RequestBody,
  type RequestInitFor,
  type RequestSchema,
  type UltravoxClient,
} from "../../src/index.js";
declare const uv: UltravoxClient;
declare const tool_id: string;
declare const agent_id: string;
declare const rest: string;`;

/** Programs users write, each of which must compile. */
const COMPILES: Record<string, string> = {
  "a Create Call body in an `as const` constant (enum strings, readonly arrays, nesting)": `
    const config = {
      systemPrompt: "Help.",
      initialOutputMedium: "MESSAGE_MEDIUM_VOICE",
      firstSpeakerSettings: { agent: { uninterruptible: true } },
      selectedTools: [{ toolName: "hangUp" }, { toolName: "lookup", parameterOverrides: { a: 1 } }],
      medium: { twilio: { outgoing: { to: "+15551234567", from: "+15557654321" } } },
      vadSettings: { turnEndpointDelay: "0.384s" },
    } as const;
    void uv.POST("/api/calls", { body: config });`,
  "the same checked where it is written: `as const satisfies RequestBody<…>`": `
    const config = {
      systemPrompt: "Help.",
      selectedTools: [{ toolName: "hangUp" }],
    } as const satisfies RequestBody<"/api/calls", "post">;
    void uv.POST("/api/calls", { body: config });`,
  "a constant with `satisfies` alone (enum strings kept literal)": `
    const config = {
      systemPrompt: "Help.",
      initialOutputMedium: "MESSAGE_MEDIUM_TEXT",
    } satisfies RequestBody<"/api/calls", "post">;
    void uv.POST("/api/calls", { body: config });`,
  "selected tools built with `map` from a list of names": `
    const tools = ["hangUp", "lookupOrder"].map((toolName) => ({ toolName }));
    void uv.POST("/api/calls", { body: { selectedTools: tools } });`,
  "tool parameters built with `map` over an `as const` list": `
    const dynamicParameters = (["orderNumber", "email"] as const).map(
      (name) =>
        ({ name, location: "PARAMETER_LOCATION_BODY", schema: { type: "string" }, required: true }) as const,
    );
    void uv.POST("/api/tools", {
      body: {
        name: "lookup",
        definition: {
          modelToolName: "lookup",
          dynamicParameters,
          http: { baseUrlPattern: "https://example.com/orders", httpMethod: "POST" },
        },
      },
    });`,
  "spreads of an application's `Readonly<…>` settings and of `as const` defaults": `
    interface AppSettings {
      prompt: string;
      voice: string;
      tools: readonly string[];
    }
    const app: Readonly<AppSettings> = { prompt: "Help.", voice: "Mark", tools: ["hangUp"] };
    const defaults = { temperature: 0.4, recordingEnabled: true } as const;
    void uv.POST("/api/calls", {
      body: {
        ...defaults,
        systemPrompt: app.prompt,
        voice: app.voice,
        selectedTools: app.tools.map((toolName) => ({ toolName })),
      },
    });`,
  "a deeply readonly template kept by the application": `
    type DeepReadonly<T> = T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;
    const template: DeepReadonly<RequestSchema<"CallTemplate">> = {
      systemPrompt: "Help.",
      selectedTools: [{ toolName: "hangUp" }],
    };
    void uv.POST("/api/agents", { body: { name: "support", callTemplate: template } });`,
  "query parameters in an `as const` constant, and a whole init checked with `satisfies`": `
    const query = { agentIds: ["a1", "a2"], pageSize: 50 } as const;
    void uv.GET("/api/calls", { params: { query } });
    const init = {
      params: { query: { agentIds: ["a1"], pageSize: 50 } },
    } as const satisfies RequestInitFor<"/api/calls", "get">;
    void uv.GET("/api/calls", init);`,
  "read, change, send back: a tool through toRequestSchema to Update Tool (PUT)": `
    const params = { path: { tool_id } };
    const tool = unwrap(await uv.GET("/api/tools/{tool_id}", { params }));
    const body = toRequestSchema("Tool", tool);
    body.definition.description = "New.";
    void uv.PUT("/api/tools/{tool_id}", { params, body });`,
  "read, change, send back: an agent, spread with a new name, to Update Agent (PATCH)": `
    const params = { path: { agent_id } };
    const agent = unwrap(await uv.GET("/api/agents/{agent_id}", { params }));
    void uv.PATCH("/api/agents/{agent_id}", {
      params,
      body: { ...toRequestSchema("Agent", agent), name: "renamed" },
    });`,
  "the escape hatch: segments built at run time, a template, parseAs, unwrap": `
    const data: unknown = unwrap(await uv.request("GET", ["api", "agents", ...rest.split("/")]));
    const { data: text } = await uv.request("POST", "/api/agents/{agent_id}/new_thing", {
      params: { path: { agent_id }, query: { dryRun: true } },
      body: { anything: [1, 2] },
      parseAs: "text",
      timeoutMs: 5_000,
    });
    const length: number | undefined = text?.length;
    void [data, length];`,
};

interface Mistake {
  source: string;
  /** The whole message (one error), when it is asserted exactly. */
  message?: string;
  /** What the first two lines of the message must contain. */
  opening?: string[];
  /** What one line, longer than 200 characters for the path it names, must contain (in order). */
  qualified?: string[];
  /** What a line after the first two must contain. */
  closing?: string;
}

/** Mistakes users make, and what the compiler must say about each. */
const MISTAKES: Record<string, Mistake> = {
  "a misspelt key in an inline Create Call body": {
    source: `void uv.POST("/api/calls", { body: { systemPrompt: "Help.", recordingEnabed: true } });`,
    message:
      "Object literal may only specify known properties, but 'recordingEnabed' does not exist in type 'CreateCallRequest'. Did you mean to write 'recordingEnabled'?",
  },
  "a misspelt key in a constant checked with `satisfies`": {
    source: `const config = { systemPrompt: "Help.", maxDuraton: "600s" } satisfies RequestBody<"/api/calls", "post">;`,
    message:
      "Object literal may only specify known properties, but 'maxDuraton' does not exist in type 'CreateCallRequest'. Did you mean to write 'maxDuration'?",
  },
  "two media in an inline body": {
    source: `void uv.POST("/api/calls", { body: { systemPrompt: "Help.", medium: { webRtc: {}, twilio: {} } } });`,
    message:
      "Type '{}' is not assignable to type '\"twilio: set only one of webRtc, twilio, serverWebSocket, telnyx, plivo, exotel, sip\"'.",
  },
  "two media in a constant annotated with RequestBody": {
    source: `const body: RequestBody<"/api/calls", "post"> = { medium: { webRtc: {}, twilio: {} } };`,
    message:
      "Type '{}' is not assignable to type '\"twilio: set only one of webRtc, twilio, serverWebSocket, telnyx, plivo, exotel, sip\"'.",
  },
  "two media in a plain constant passed as the body": {
    source: `const body = { systemPrompt: "Help.", medium: { webRtc: {}, twilio: {} } };
    void uv.POST("/api/calls", { body });`,
    opening: ["webRtc", "twilio", "'CreateCallRequest'"],
  },
  "an enum string kept in a plain constant (it widens to string)": {
    source: `const config = { systemPrompt: "Help.", initialOutputMedium: "MESSAGE_MEDIUM_VOICE" };
    void uv.POST("/api/calls", { body: config });`,
    message: `Type '{ systemPrompt: string; initialOutputMedium: string; }' is not assignable to type 'CreateCallRequest'.
  Types of property 'initialOutputMedium' are incompatible.
    Type 'string' is not assignable to type 'MessageMedium | undefined'.`,
  },
  "a misspelt enum value in an `as const` constant": {
    source: `const config = { initialOutputMedium: "MESSAGE_MEDIUM_VOCE" } as const;
    void uv.POST("/api/calls", { body: config });`,
    opening: ["'CreateCallRequest'", "initialOutputMedium"],
  },
  "what GET returned, sent back as it is (its call template's read-only `created`)": {
    source: `const params = { path: { agent_id } };
    const agent = unwrap(await uv.GET("/api/agents/{agent_id}", { params }));
    void uv.PATCH("/api/agents/{agent_id}", { params, body: agent });`,
    opening: [
      "Type 'Agent' is not assignable to type 'UpdateAgentRequest'.",
      "Types of property 'callTemplate' are incompatible.",
    ],
    // A schema read and the same schema sent have one name, so TypeScript tells them apart
    // by their full names, whose `import("…")` part is the package's path on disk.
    qualified: [
      "schemas.CallTemplate' is not assignable to type '",
      "requestSchemas.CallTemplate'",
    ],
    closing: "Types of property 'created' are incompatible.",
  },
  "toRequestSchema given a value of another schema": {
    source: `const agent = unwrap(await uv.GET("/api/agents/{agent_id}", { params: { path: { agent_id } } }));
    toRequestSchema("Tool", agent);`,
    opening: ["Argument of type 'Agent' is not assignable to parameter of type 'Tool'."],
  },
  "a response read as something else: it prints as `Call`": {
    source: `const call = unwrap(await uv.GET("/api/calls/{call_id}", { params: { path: { call_id: "c" } } }));
    const shown: number = call;`,
    message: "Type 'Call' is not assignable to type 'number'.",
  },
  "a listed item read as something else: `Call` too": {
    source: `for await (const call of paginate(uv, "/api/calls")) { const shown: number = call; void shown; }`,
    message: "Type 'Call' is not assignable to type 'number'.",
  },
  "a response's union field: its name": {
    source: `const { data } = await uv.POST("/api/calls", { body: {} });
    const shown: number = data!.medium;`,
    opening: ["Type 'CallMedium | null | undefined' is not assignable to type 'number'."],
  },
  "the escape hatch's data is unknown": {
    source: `const data = unwrap(await uv.request("GET", ["api", "calls"]));
    void data.results;`,
    message: "'data' is of type 'unknown'.",
  },
  "the escape hatch takes only the API's methods": {
    source: `void uv.request("FETCH", ["api", "calls"]);`,
    opening: ["Argument of type '\"FETCH\"' is not assignable to parameter of type"],
  },
  "beside the escape hatch, a typed method stays strict": {
    source: `void uv.request("POST", ["api", "calls"], { body: { recordingEnabed: true } });
    void uv.POST("/api/calls", { body: { recordingEnabed: true } });`,
    message:
      "Object literal may only specify known properties, but 'recordingEnabed' does not exist in type 'CreateCallRequest'. Did you mean to write 'recordingEnabled'?",
  },
};

/** `text` as a regular expression that matches it literally. */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const FILE = "user-code.ts";
let compiles: string[][] = [];
let mistakes: string[][] = [];
beforeAll(() => {
  const snippets = [...Object.values(COMPILES), ...Object.values(MISTAKES).map((m) => m.source)];
  const messages: SnippetMessages = compileSnippets({ [FILE]: { header: HEADER, snippets } });
  const all = messages[FILE]!;
  compiles = all.slice(0, Object.keys(COMPILES).length);
  mistakes = all.slice(Object.keys(COMPILES).length);
}, 600_000);

describe("what users write compiles", () => {
  Object.keys(COMPILES).forEach((title, index) => {
    it(title, () => {
      expect(compiles[index]).toEqual([]);
    });
  });
});

describe("mistakes fail with a short message that names the types", () => {
  Object.entries(MISTAKES).forEach(([title, mistake], index) => {
    it(title, () => {
      const errors = mistakes[index]!;
      expect(errors).toHaveLength(1);
      const [message] = errors as [string];
      const lines = message.split("\n");
      // No line is a wall of expanded types.
      const long = lines.filter((line) => line.length > 200);
      if (mistake.qualified) {
        expect(long).toHaveLength(1);
        expect(long[0]).toMatch(new RegExp(mistake.qualified.map(escape).join(".*")));
      } else expect(long).toEqual([]);
      if (mistake.message !== undefined) expect(message).toBe(mistake.message);
      for (const text of mistake.opening ?? [])
        expect(lines.slice(0, 2).join("\n")).toContain(text);
      if (mistake.closing !== undefined)
        expect(lines.slice(2).join("\n")).toContain(mistake.closing);
    });
  });

  it("the README quotes these messages as the compiler prints them", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const quoted = [
      MISTAKES["a misspelt key in a constant checked with `satisfies`"]!.message!,
      MISTAKES["an enum string kept in a plain constant (it widens to string)"]!.message!,
      MISTAKES["two media in an inline body"]!.message!,
      MISTAKES[
        "what GET returned, sent back as it is (its call template's read-only `created`)"
      ]!.opening!.join("\n  "),
      "Types of property 'created' are incompatible.",
    ];
    for (const message of quoted) expect(readme).toContain(message);
  });
});
