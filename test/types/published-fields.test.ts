// The other half of the type promise, for what Ultravox's published schema added to the
// spec: every request the live API accepts must compile. Each call below is written
// inline, as users write it, and uses fields and parameters that were compile errors
// before (issue 21): they must compile. Next to them, mistakes made with those same
// fields must not, with an error that says what is wrong.
import { beforeAll, describe, expect, it } from "vitest";
import { compileSnippets, type SnippetMessages } from "./compile.js";

const HEADER = `import type { UltravoxClient } from "../../src/index.js";
declare const uv: UltravoxClient;
declare const agent_id: string;
declare const batch_id: string;
declare const call_id: string;
declare const corpus_id: string;
declare const registration_id: string;
declare const voice_id: string;
declare function toFormData(body: unknown): FormData;`;

/** Calls the live API accepts, by what they use; each must compile. */
const VALID: Record<string, string> = {
  "Create SIP Registration with its password": `uv.POST("/api/sip/registrations", {
    body: { username: "ultravox", password: "s3cret-passw0rd", proxy: "pbx.example.com", outboundProxy: null, authUser: "trunk-user" },
  })`,
  "Update SIP Registration's password": `uv.PATCH("/api/sip/registrations/{registration_id}", {
    params: { path: { registration_id } },
    body: { password: "n3w-s3cret" },
  })`,
  "Create Agent Call with voice, voiceOverrides, toolOverrides, callbacks, retentionPolicy and throttle": `uv.POST("/api/agents/{agent_id}/calls", {
    params: { path: { agent_id }, query: { throttle: "outbound-campaign" } },
    body: {
      templateContext: { customerName: "Jane Smith" },
      voice: "Mark",
      voiceOverrides: { elevenLabs: { speed: 1.1, stability: 0.6 } },
      toolOverrides: {
        remove: ["transferToHuman"],
        add: [
          {
            toolName: "orderStatus",
            nameOverride: "lookupOrder",
            descriptionOverride: "Looks up an order by its number.",
            authTokens: { apiKey: "k-123" },
            parameterOverrides: { region: "eu", limit: 3 },
            transitionId: "to-billing",
          },
          { toolId: "7f1e3b78-c71e-4b1f-9c4a-b83f7683f0d2" },
        ],
      },
      callbacks: {
        joined: { url: "https://example.com/ultravox/joined", secrets: ["cb-secret-1"] },
        ended: { url: "https://example.com/ultravox/ended" },
        billed: { url: "https://example.com/ultravox/billed", secrets: ["cb-secret-1", "cb-secret-2"] },
      },
      retentionPolicy: "CALL_RETENTION_POLICY_AUTO_DELETE",
    },
  })`,
  "Create Agent Call replacing every tool with a temporary one": `uv.POST("/api/agents/{agent_id}/calls", {
    params: { path: { agent_id } },
    body: {
      toolOverrides: {
        removeAll: true,
        add: [
          {
            temporaryTool: {
              modelToolName: "bookSlot",
              description: "Books an appointment slot.",
              dynamicParameters: [{ name: "slot", location: "PARAMETER_LOCATION_BODY", schema: { type: "string" }, required: true }],
              staticParameters: [{ name: "clinic", location: "PARAMETER_LOCATION_QUERY", value: "north" }],
              automaticParameters: [
                { name: "stage", location: "PARAMETER_LOCATION_BODY", knownValue: "KNOWN_PARAM_CALL_STAGE_ID" },
                { name: "meta", location: "PARAMETER_LOCATION_BODY", knownValue: "KNOWN_PARAM_CALL_METADATA" },
                { name: "thread", location: "PARAMETER_LOCATION_HEADER", knownValue: "KNOWN_PARAM_THREAD_ID" },
                { name: "threads", location: "PARAMETER_LOCATION_BODY", knownValue: "KNOWN_PARAM_THREAD_STATES" },
              ],
              requirements: {
                httpSecurityOptions: {
                  options: [
                    { requirements: { bearer: { httpAuth: { scheme: "Bearer" } } } },
                    { requirements: { key: { headerApiKey: { name: "X-API-Key" } } } },
                    { requirements: { key: { queryApiKey: { name: "key" } } }, ultravoxCallTokenRequirement: { scopes: ["calls"] } },
                  ],
                },
                requiredParameterOverrides: ["clinic"],
              },
              timeout: "5s",
              precomputable: false,
              defaultReaction: "AGENT_REACTION_SPEAKS",
              http: { baseUrlPattern: "https://tools.example.com/book", httpMethod: "POST" },
            },
          },
          { temporaryTool: { modelToolName: "answer", staticResponse: { responseText: "It is sunny." }, client: {} } },
          { temporaryTool: { modelToolName: "relay", dataConnection: {} } },
        ],
      },
    },
  })`,
  "Create Call with callbacks, retentionPolicy, voiceOverrides, descriptionOverride and message metadata": `uv.POST("/api/calls", {
    body: {
      systemPrompt: "You are a helpful assistant.",
      voice: "Mark",
      voiceOverrides: { lmnt: { voiceId: "lily", model: "blizzard", speed: 1.2, conversational: true } },
      callbacks: { ended: { url: "https://example.com/ultravox/ended", secrets: ["cb-secret"] } },
      retentionPolicy: "CALL_RETENTION_POLICY_RETAIN",
      selectedTools: [{ toolName: "hangUp", descriptionOverride: "Ends the call once the caller says goodbye." }],
      initialMessages: [{ role: "MESSAGE_ROLE_USER", text: "Hi", metadata: { source: "crm", attempt: 2 } }],
    },
  })`,
  "Create Call with DTMF handling on Twilio and a data connection's data messages": `uv.POST("/api/calls", {
    body: {
      medium: {
        twilio: {
          outgoing: { to: "+15551234567", from: "+15559876543" },
          dtmfHandling: { userTextMessage: { text: "The caller pressed {digits}.", urgency: "URGENCY_SOON" } },
        },
      },
      dataConnection: {
        websocketUrl: "wss://example.com/ultravox/data",
        audioConfig: { sampleRate: 16000, channelMode: "CHANNEL_MODE_SEPARATED" },
        dataMessages: {
          pong: true, state: true, transcript: true, clientToolInvocation: true,
          dataConnectionToolInvocation: true, playbackClearBuffer: true, callStarted: true,
          debug: false, callEvent: true, toolUsed: true, userStartedSpeaking: true,
          userStoppedSpeaking: true, invokingTool: true,
        },
      },
    },
  })`,
  "Create Call with DTMF handling on Telnyx": `uv.POST("/api/calls", {
    body: { medium: { telnyx: { dtmfHandling: { ignore: true } } } },
  })`,
  "Create Call with DTMF handling on Plivo": `uv.POST("/api/calls", {
    body: { medium: { plivo: { dtmfHandling: { userTextMessage: { urgency: "URGENCY_LATER" } } } } },
  })`,
  "Create Call with DTMF handling on Exotel": `uv.POST("/api/calls", {
    body: { medium: { exotel: { dtmfHandling: { userTextMessage: { text: "{digits}", urgency: "URGENCY_IMMEDIATE" } } } } },
  })`,
  "Create Call over a server websocket with a media idle timeout": `uv.POST("/api/calls", {
    body: {
      medium: { serverWebSocket: { inputSampleRate: 16000, mediaIdleTimeout: "45s", dataMessages: { invokingTool: true } } },
    },
  })`,
  "Create Call over WebRTC with the invokingTool data message": `uv.POST("/api/calls", {
    body: { medium: { webRtc: { dataMessages: { invokingTool: true, userStartedSpeaking: true } } } },
  })`,
  "Create Call with a null medium and VAD settings (unset)": `uv.POST("/api/calls", {
    body: { systemPrompt: "Hi", medium: null, vadSettings: null },
  })`,
  "Create Call with ElevenLabs overrides": `uv.POST("/api/calls", {
    body: {
      voice: "Jessica",
      voiceOverrides: {
        elevenLabs: {
          voiceId: "21m00Tcm4TlvDq8ikWAM", model: "eleven_turbo_v2_5", speed: 1.05, useSpeakerBoost: true,
          style: 0.2, similarityBoost: 0.8, stability: 0.5, optimizeStreamingLatency: 2, maxSampleRate: 24000,
          enableSsmlParsing: true,
          pronunciationDictionaries: [{ dictionaryId: "dict-1", versionId: "v2" }],
        },
      },
    },
  })`,
  "Create Call with Cartesia overrides": `uv.POST("/api/calls", {
    body: {
      voiceOverrides: {
        cartesia: {
          voiceId: "a0e99841", model: "sonic-2", speed: 0.2, emotion: "positivity", emotions: ["curiosity"],
          generationConfig: { volume: 1.2, speed: 1.1, emotion: "calm", pronunciationDictId: "pd-1" },
        },
      },
    },
  })`,
  "Create Call with Google overrides": `uv.POST("/api/calls", {
    body: { voiceOverrides: { google: { voiceId: "en-US-Chirp3-HD-Aoede", speakingRate: 1.1 } } },
  })`,
  "Create Call with Inworld overrides": `uv.POST("/api/calls", {
    body: {
      voiceOverrides: {
        inworld: { voiceId: "Sarah", modelId: "inworld-tts-1-max", speakingRate: 1.2, temperature: 0.9, applyTextNormalization: false },
      },
    },
  })`,
  "Create Call with a Respeecher voice and its tuning settings": `uv.POST("/api/calls", {
    body: {
      externalVoice: {
        respeecher: {
          voiceId: "samantha", model: "/v1/public/tts/en-rt", seed: 42, temperature: 0.7, topK: 40,
          topP: 0.9, minP: 0.05, presencePenalty: 0.5, repetitionPenalty: 1.2, frequencyPenalty: 0.3,
        },
      },
      voiceOverrides: { respeecher: { voiceId: "samantha", temperature: 0.5 } },
    },
  })`,
  "Create Call with a generic voice whose body passes provider settings through": `uv.POST("/api/calls", {
    body: {
      voiceOverrides: {
        generic: {
          url: "https://tts.example.com/v1/speak",
          headers: { Authorization: "Bearer t0ken" },
          body: { voice: "nova", options: { pitch: -2, styles: ["warm"], stream: true } },
          responseSampleRate: 24000, responseWordsPerMinute: 150, responseMimeType: "audio/l16",
          jsonAudioFieldPath: "audio", jsonByteEncoding: "JSON_BYTE_ENCODING_HEX",
        },
      },
    },
  })`,
  "Create Agent whose call template has voiceOverrides, retentionPolicy and a descriptionOverride": `uv.POST("/api/agents", {
    body: {
      name: "support",
      callTemplate: {
        systemPrompt: "You help customers.",
        voice: "Mark",
        voiceOverrides: { elevenLabs: { speed: 1.1 } },
        retentionPolicy: "CALL_RETENTION_POLICY_RETAIN",
        selectedTools: [{ toolName: "orderStatus", descriptionOverride: "Looks up an order." }],
      },
    },
  })`,
  "Create Agent without a name (the published schema requires none)": `uv.POST("/api/agents", {
    body: { callTemplate: { systemPrompt: "You help customers." } },
  })`,
  "Update Agent removing the call template": `uv.PATCH("/api/agents/{agent_id}", {
    params: { path: { agent_id } },
    body: { callTemplate: null },
  })`,
  "Create Tool with security requirements and the new known values": `uv.POST("/api/tools", {
    body: {
      name: "crm_lookup",
      definition: {
        modelToolName: "crmLookup",
        http: { baseUrlPattern: "https://crm.example.com/contacts", httpMethod: "GET" },
        automaticParameters: [{ name: "meta", location: "PARAMETER_LOCATION_BODY", knownValue: "KNOWN_PARAM_CALL_METADATA" }],
        requirements: { httpSecurityOptions: { options: [{ requirements: { crm: { headerApiKey: { name: "X-CRM-Key" } } } }] } },
      },
    },
  })`,
  "Create Tool from an OpenAPI file (multipart)": `uv.POST("/api/tools", {
    body: { file: new Blob(["openapi: 3.0.3"], { type: "application/yaml" }) },
    bodySerializer: toFormData,
  })`,
  "Create Voice from a Respeecher definition": `uv.POST("/api/voices", {
    body: { name: "samantha", definition: { respeecher: { voiceId: "samantha", topK: -1, repetitionPenalty: 1.5 } } },
  })`,
  "Clone a voice with the recording's language (multipart)": `uv.POST("/api/voices", {
    body: { file: new Blob([]), name: "My Voice", description: "Recorded in Lisbon.", language: "pt-PT" },
    bodySerializer: toFormData,
  })`,
  "Create Corpus File Upload with its fileName": `uv.POST("/api/corpora/{corpus_id}/uploads", {
    params: { path: { corpus_id } },
    body: { mimeType: "application/pdf", fileName: "handbook.pdf" },
  })`,
  "Create Scheduled Call Batch with DTMF handling and unset settings": `uv.POST("/api/agents/{agent_id}/scheduled_batches", {
    params: { path: { agent_id } },
    body: {
      calls: [
        { medium: { twilio: { outgoing: { to: "+15551234567", from: "+15559876543" }, dtmfHandling: { ignore: true } } }, metadata: null, templateContext: null, experimentalSettings: null },
      ],
    },
  })`,
  "Set Telephony Credentials clearing Plivo": `uv.PATCH("/api/accounts/me/telephony_config", {
    body: { plivo: null },
  })`,
  "Update Account SIP Configuration with a fallback handler's secrets": `uv.PATCH("/api/sip", {
    body: {
      allowedAgents: [{ agentId: "7b1f0f5c-4d3a-4f0e-9a7d-2c51e8b6a9d4", toUserPattern: "^support$" }],
      fallbackHandler: { url: "https://example.com/ultravox/sip-fallback", secrets: ["fallback-secret"] },
    },
  })`,
  "List Agents filtered and sorted": `uv.GET("/api/agents", { params: { query: { search: "support", sort: "name" } } })`,
  "List Calls by time of day": `uv.GET("/api/calls", { params: { query: { timeOfDayStart: "09:00:00", timeOfDayEnd: "17:30:00" } } })`,
  "List Call Messages of every stage": `uv.GET("/api/calls/{call_id}/messages", { params: { path: { call_id }, query: { mode: "in_call" } } })`,
  "List Tools in display order": `uv.GET("/api/tools", { params: { query: { sortOrder: "display", search: "crm" } } })`,
  "List Voices by provider and text": `uv.GET("/api/voices", { params: { query: { provider: ["eleven_labs", "inworld"], search: "warm" } } })`,
  "Get Concurrency Usage per hour": `uv.GET("/api/accounts/me/usage/concurrency", {
    params: { query: { bucket: "hour", start: "2025-06-02T00:00:00Z", end: "2025-06-03T00:00:00Z" } },
  })`,
  "List Models": `uv.GET("/api/models", { params: { query: { pageSize: 50 } } })`,
  "Get OpenAPI Schema as JSON": `uv.GET("/api/schema/", { params: { query: { format: "json", lang: "en" } } })`,
  "Get OpenAPI Schema as YAML text": `uv.GET("/api/schema/", { params: { query: { format: "yaml" } }, parseAs: "text" })`,
};

/** Mistakes made with the same fields, and what the error must say. */
const MISTAKES: [title: string, source: string, error: string][] = [
  [
    "Create SIP Registration without its password",
    `uv.POST("/api/sip/registrations", { body: { username: "ultravox", proxy: "pbx.example.com" } })`,
    "Property 'password' is missing",
  ],
  [
    "a misspelt voiceOverrides",
    `uv.POST("/api/agents/{agent_id}/calls", { params: { path: { agent_id } }, body: { voice: "Mark", voiceOverides: {} } })`,
    "'voiceOverides' does not exist",
  ],
  [
    "a call's stored retention policy sent as a request value",
    `uv.POST("/api/calls", { body: { retentionPolicy: "retain" } })`,
    `Type '"retain"' is not assignable`,
  ],
  [
    "toolOverrides with both remove and removeAll",
    `uv.POST("/api/agents/{agent_id}/calls", { params: { path: { agent_id } }, body: { toolOverrides: { remove: ["a"], removeAll: true } } })`,
    "set only one of remove, removeAll",
  ],
  [
    "voiceOverrides for two providers",
    `uv.POST("/api/calls", { body: { voiceOverrides: { lmnt: { speed: 1 }, google: { speakingRate: 1 } } } })`,
    "set only one of",
  ],
  [
    "a security requirement with two kinds of key",
    `uv.POST("/api/tools", { body: { name: "t", definition: { client: {}, requirements: { httpSecurityOptions: { options: [{ requirements: { k: { headerApiKey: { name: "X" }, queryApiKey: { name: "k" } } } }] } } } } })`,
    "set only one of queryApiKey, headerApiKey, httpAuth",
  ],
  [
    "an unknown known value",
    `uv.POST("/api/calls", { body: { selectedTools: [{ temporaryTool: { modelToolName: "t", client: {}, automaticParameters: [{ name: "x", knownValue: "KNOWN_PARAM_THREAD" }] } }] } })`,
    `Type '"KNOWN_PARAM_THREAD"' is not assignable`,
  ],
  [
    "an unknown DTMF urgency",
    `uv.POST("/api/calls", { body: { medium: { twilio: { dtmfHandling: { userTextMessage: { urgency: "NOW" } } } } } })`,
    `Type '"NOW"' is not assignable`,
  ],
  [
    "a misspelt Respeecher setting",
    `uv.POST("/api/calls", { body: { externalVoice: { respeecher: { voiceId: "v", top_k: 40 } } } })`,
    "'top_k' does not exist",
  ],
  [
    "a PlayHT voice (the live API has none)",
    `uv.POST("/api/calls", { body: { externalVoice: { playHt: { voiceId: "v" } } } })`,
    "'playHt' does not exist",
  ],
  [
    "a misspelt throttle parameter",
    `uv.POST("/api/agents/{agent_id}/calls", { params: { path: { agent_id }, query: { throtle: "x" } }, body: {} })`,
    "'throtle' does not exist",
  ],
  [
    "an unknown message mode",
    `uv.GET("/api/calls/{call_id}/messages", { params: { path: { call_id }, query: { mode: "all" } } })`,
    `Type '"all"' is not assignable`,
  ],
  [
    "an unknown tool sort order",
    `uv.GET("/api/tools", { params: { query: { sortOrder: "newest" } } })`,
    `Type '"newest"' is not assignable`,
  ],
  [
    "a provider filter that is not a list",
    `uv.GET("/api/voices", { params: { query: { provider: "inworld" } } })`,
    `Type 'string' is not assignable to type 'readonly ("lmnt" | "cartesia" | "google" | "inworld" | "respeecher" | "eleven_labs")[]'`,
  ],
  [
    "an unknown concurrency bucket",
    `uv.GET("/api/accounts/me/usage/concurrency", { params: { query: { bucket: "week" } } })`,
    `Type '"week"' is not assignable`,
  ],
  [
    "a SIP allowance without its agent",
    `uv.PATCH("/api/sip", { body: { allowedAgents: [{ toUserPattern: "^x$" }] } })`,
    "Property 'agentId' is missing",
  ],
];

/**
 * The fields and parameters the published schema added to the spec's requests, by name;
 * each must be used by a call above (a guard against a field added without a call).
 */
const ADDED = [
  // Create Agent Call, Create Call, call templates
  ...["voice", "voiceOverrides", "toolOverrides", "add", "remove", "removeAll", "callbacks"],
  ...["joined", "ended", "billed", "url", "secrets", "retentionPolicy", "descriptionOverride"],
  ...["metadata", "throttle"],
  // mediums and data connections
  ...["dtmfHandling", "ignore", "userTextMessage", "text", "urgency", "mediaIdleTimeout"],
  ...["dataMessages", "invokingTool", "channelMode"],
  // voices and tools
  ...["enableSsmlParsing", "model", "seed", "temperature", "topK", "topP", "minP"],
  ...["presencePenalty", "repetitionPenalty", "frequencyPenalty", "jsonByteEncoding"],
  ...["queryApiKey", "headerApiKey", "httpAuth", "scheme", "knownValue", "file", "language"],
  // corpora, SIP
  ...["fileName", "password", "agentId"],
  // query parameters
  ...["search", "sort", "timeOfDayStart", "timeOfDayEnd", "mode", "sortOrder", "provider"],
  ...["bucket", "start", "end", "format", "lang"],
];
const ADDED_VALUES = [
  "KNOWN_PARAM_CALL_STAGE_ID",
  "KNOWN_PARAM_CALL_METADATA",
  "KNOWN_PARAM_THREAD_ID",
  "KNOWN_PARAM_THREAD_STATES",
  "CALL_RETENTION_POLICY_RETAIN",
  "CALL_RETENTION_POLICY_AUTO_DELETE",
  "CHANNEL_MODE_SEPARATED",
  "JSON_BYTE_ENCODING_HEX",
];

const VALID_FILE = "published-fields.valid.ts";
const MISTAKES_FILE = "published-fields.mistakes.ts";
let messages: SnippetMessages = {};
beforeAll(() => {
  messages = compileSnippets({
    [VALID_FILE]: { header: HEADER, snippets: Object.values(VALID).map((s) => `void ${s}`) },
    [MISTAKES_FILE]: { header: HEADER, snippets: MISTAKES.map(([, s]) => `void ${s}`) },
  });
}, 600_000);

describe("requests the live API accepts compile, written inline", () => {
  Object.keys(VALID).forEach((title, index) => {
    it(title, () => {
      expect(messages[VALID_FILE]![index]).toEqual([]);
    });
  });

  it("use every field, parameter and enum value the published schema added", () => {
    const sources = Object.values(VALID).join("\n");
    expect(ADDED.filter((name) => !new RegExp(`\\b${name}: `).test(sources))).toEqual([]);
    expect(ADDED_VALUES.filter((value) => !sources.includes(`"${value}"`))).toEqual([]);
  });
});

describe("mistakes with the same fields do not compile", () => {
  MISTAKES.forEach(([title, , error], index) => {
    it(`${title}: ${error}`, () => {
      expect(messages[MISTAKES_FILE]![index]!.join("\n")).toContain(error);
    });
  });
});
