// Real bodies that programs send to and receive from Ultravox (../shared/realworld)
// must validate against the spec, and the ones marked NEGATIVE or EDGE CASE must
// be rejected with an error that names the offending field. Payloads the spec
// rejects for other, explained reasons are listed separately, and so are the
// webhook handler fixtures, which Ultravox never sent.
import { describe, expect, it } from "vitest";
import { REQUEST_OPERATIONS, withPlaceholdersFilled } from "./realworld.js";
import { realworldPayloads, type Payload } from "./reference.js";
import { requestSchema, responseSchema, validate, webhookBodySchema } from "./spec.js";

/** Which schema each payload kind is checked against. */
const SCHEMA_FOR_KIND: Record<string, () => unknown> = {
  ...Object.fromEntries(
    Object.entries(REQUEST_OPERATIONS).map(([kind, operationId]) => [
      kind,
      () => requestSchema(operationId),
    ]),
  ),
  "response.calls.list": () => responseSchema("listCalls"),
  "response.calls.messages.list": () => responseSchema("listCallMessages"),
  "response.agents.scheduled_batches.get": () => responseSchema("getScheduledCallBatch"),
  "response.tools.create": () => responseSchema("createTool"),
  "response.tools.list": () => responseSchema("listTools"),
  "response.tools.replace": () => responseSchema("replaceTool"),
  "response.voices.create": () => responseSchema("createVoice"),
  "response.voices.list": () => responseSchema("listVoices"),
  "webhook.call.billed": () => webhookBodySchema("call.billed"),
  "webhook.call.ended": () => webhookBodySchema("call.ended"),
  "webhook.call.joined": () => webhookBodySchema("call.joined"),
  // Not a REST body: what a tool answers (with X-Ultravox-Response-Type: new-stage)
  // to start a new call stage. Its fields are those of a call definition.
  "toolresponse.new-stage": () => requestSchema("createCall"),
};

interface Rejection {
  /** Texts the validator's errors must contain: field names or instance paths. */
  fields: string[];
  why: string;
}

/** The payloads the README marks NEGATIVE or EDGE CASE. */
const REJECTED: Record<string, Rejection> = {
  "request.calls.create__nextjs-both-firstspeakers.json": {
    fields: ["firstSpeakerSettings"],
    why: "sets both user and agent; exactly one may be set",
  },
  "request.corpora.query__snake-case-max-results.json": {
    fields: ["'max_results'"],
    why: "the field is maxResults",
  },
  "request.tools.create__invalid-location-body-shorthand.json": {
    fields: ["/definition/dynamicParameters/0/location"],
    why: "location is an enum such as PARAMETER_LOCATION_BODY, not 'body'",
  },
  "request.webhooks.create__supabase-sync-invalid-event.json": {
    fields: ["'secret'", "/events/0"],
    why: "the field is secrets (an array) and call.completed is not an event",
  },
};

/** Payloads the README does not mark, which the spec rejects for the reason given. */
const REJECTED_UNMARKED: Record<string, Rejection> = {
  "response.agents.scheduled_batches.get__ultradox-progress.json": {
    fields: ['/batchId: must match format "uuid"', "'created'"],
    why: "the scheduler guide abridges it: batchId is the placeholder 'uuid' and created is left out, while the Get Scheduled Call Batch page gives both as required (batchId a UUID)",
  },
  "request.tools.update__vet-triage-partial.json": {
    fields: ["'name'"],
    why: "a PATCH the pages do not document; the documented update (PUT) takes the whole tool, and this definition would drop its http details",
  },
  "response.tools.create__ultradox-stock-price.json": {
    fields: ["'ownership'"],
    why: "a Dec 2024 example: predates the required ownership",
  },
  "response.tools.list__ultradox-2024-12.json": {
    fields: ["/results/0: must have required property 'ownership'"],
    why: "a Dec 2024 example: predates the required ownership",
  },
  "response.tools.replace__ultradox-stock-price-v2.json": {
    fields: ["'ownership'"],
    why: "a Dec 2024 example: predates the required ownership",
  },
  "response.voices.create__ultradox-clone-2024-12.json": {
    fields: ["'ownership'", "/voiceId", "/previewUrl"],
    why: "a Dec 2024 example: predates the required ownership and billingStyle, its previewUrl is null (now a URL) and its voiceId is no UUID",
  },
  "response.voices.list__ultradox-2024-11-lily-terrence.json": {
    fields: ["'voiceId'", "'ownership'"],
    why: "a Nov 2024 example: predates voiceId, ownership and billingStyle",
  },
  "response.voices.list__ultradox-2024-12.json": {
    fields: ["'ownership'", "'billingStyle'"],
    why: "a Dec 2024 example: predates the required ownership and billingStyle",
  },
};

/**
 * Webhook bodies that programs feed their own handlers in tests; Ultravox never
 * sent them. Their calls are partial, so the strict event schemas (whose `call`
 * is the full Call of Get Call) reject them, naming missing required fields.
 */
const HANDLER_FIXTURES: Record<string, Rejection> = {
  "webhook.call.billed__crm-handler-fixture-minimal.json": {
    fields: ["'created'", "'endReason'", "/call/callId"],
    why: "a two-field call, and callId is no UUID",
  },
  "webhook.call.ended__signature-test-body.json": {
    fields: ["'created'", "/call/callId"],
    why: "only a signature test body: the call holds just callId 'c1'",
  },
  "webhook.call.joined__crm-handler-fixture-extra-fields.json": {
    fields: ["'created'", "/call/callId"],
    why: "a partial call (its extra fields alone would be accepted, see below)",
  },
};

const payloads = realworldPayloads();
const covered = payloads.filter((payload) => payload.kind in SCHEMA_FOR_KIND);

function errorsOf(payload: Payload): string[] {
  const schema = SCHEMA_FOR_KIND[payload.kind]!();
  return validate(schema as object, withPlaceholdersFilled(payload.body));
}

function expectRejection(payload: Payload, rejection: Rejection): void {
  const errors = errorsOf(payload).join("\n");
  expect(errors.length).toBeGreaterThan(0);
  for (const field of rejection.fields) expect(errors).toContain(field);
}

const expectedToFail = { ...REJECTED, ...REJECTED_UNMARKED, ...HANDLER_FIXTURES };

describe("real-world payloads", () => {
  it("every kind this spec covers has payloads", () => {
    for (const kind of Object.keys(SCHEMA_FOR_KIND)) {
      expect(
        covered.some((payload) => payload.kind === kind),
        kind,
      ).toBe(true);
    }
  });

  it("every payload kind is covered", () => {
    const uncovered = payloads
      .filter((payload) => !(payload.kind in SCHEMA_FOR_KIND))
      .map((payload) => payload.file);
    expect(uncovered).toEqual([]);
  });

  it("the rejected list is exactly the covered payloads the README marks NEGATIVE or EDGE CASE", () => {
    const marked = covered.filter((payload) => payload.negative).map((payload) => payload.file);
    expect(Object.keys(REJECTED).sort()).toEqual(marked.sort());
  });

  it("the other rejections and handler fixtures are covered payloads the README does not mark", () => {
    const unmarked = new Set(covered.filter((p) => !p.negative).map((p) => p.file));
    for (const file of [...Object.keys(REJECTED_UNMARKED), ...Object.keys(HANDLER_FIXTURES)]) {
      expect(unmarked.has(file), file).toBe(true);
    }
    const fixtures = covered.filter((p) => p.nature === "handler-fixture").map((p) => p.file);
    expect(Object.keys(HANDLER_FIXTURES).sort()).toEqual(fixtures.sort());
  });

  for (const payload of covered.filter((p) => !(p.file in expectedToFail))) {
    it(`${payload.file} validates`, () => {
      expect(errorsOf(payload)).toEqual([]);
    });
  }

  for (const [group, list] of [
    ["NEGATIVE", REJECTED],
    ["unmarked", REJECTED_UNMARKED],
    ["handler fixture", HANDLER_FIXTURES],
  ] as const) {
    for (const [file, rejection] of Object.entries(list)) {
      const payload = covered.find((p) => p.file === file);
      it(`${file} (${group}) is rejected naming ${rejection.fields.join(", ")}: ${rejection.why}`, () => {
        expect(payload, file).toBeDefined();
        expectRejection(payload!, rejection);
      });
    }
  }
});

describe("webhook bodies tolerate fields Ultravox may add later", () => {
  // The event schemas, like every response schema, leave unknown keys open, so a
  // field added by Ultravox does not make a delivery invalid. The extra-fields
  // fixture shows what such additions look like; here they ride on a full call.
  const recorded = covered.find(
    (p) => p.file === "webhook.call.ended__derived-from-recorded-plivo-call.json",
  )!.body as { call: Record<string, unknown> };
  const fixture = covered.find(
    (p) => p.file === "webhook.call.joined__crm-handler-fixture-extra-fields.json",
  )!.body as { eventId: string; call: Record<string, unknown> };

  it("an envelope and a call with extra keys validate", () => {
    const body = {
      event: "call.joined",
      eventId: fixture.eventId,
      call: { ...recorded.call, customerPhone: fixture.call["customerPhone"] },
    };
    expect(validate(webhookBodySchema("call.joined") as object, body)).toEqual([]);
  });

  it("the event name must match the event", () => {
    const body = { ...recorded, event: "call.joined" };
    expect(validate(webhookBodySchema("call.ended") as object, body).join("\n")).toContain(
      "/event",
    );
  });
});
