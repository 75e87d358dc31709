// Real bodies that programs send to and receive from Ultravox (../shared/realworld)
// must validate against the spec, and the ones marked NEGATIVE or EDGE CASE must
// be rejected with an error that names the offending field.
import { describe, expect, it } from "vitest";
import { realworldPayloads, type Payload } from "./reference.js";
import { requestSchema, responseSchema, validate } from "./spec.js";

/** Which schema each payload kind is checked against. */
const SCHEMA_FOR_KIND: Record<string, () => unknown> = {
  "request.calls.create": () => requestSchema("createCall"),
  "response.calls.list": () => responseSchema("listCalls"),
  "response.calls.messages.list": () => responseSchema("listCallMessages"),
  "request.agents.create": () => requestSchema("createAgent"),
  "request.agents.update": () => requestSchema("updateAgent"),
  "request.agents.calls.create": () => requestSchema("createAgentCall"),
  "request.agents.scheduled_batches.create": () => requestSchema("createScheduledCallBatch"),
  "request.agents.scheduled_batches.update": () => requestSchema("updateScheduledCallBatch"),
  "response.agents.scheduled_batches.get": () => responseSchema("getScheduledCallBatch"),
  "request.accounts.tts_api_keys.update": () => requestSchema("setTtsApiKeys"),
};

/** For each rejected payload: the field its error must name, and why the spec rejects it. */
const REJECTED: Record<string, { field: string; why: string }> = {
  "request.calls.create__nextjs-both-firstspeakers.json": {
    field: "firstSpeakerSettings",
    why: "sets both user and agent; exactly one may be set",
  },
};

/**
 * Doc examples that abridge the object they show. The spec follows the
 * reference page, so these fail in exactly the listed ways and no other.
 */
const ABRIDGED_DOC_EXAMPLES: Record<string, { errors: string[]; why: string }> = {
  "response.agents.scheduled_batches.get__ultradox-progress.json": {
    errors: ['/batchId: must match format "uuid"', "/: must have required property 'created'"],
    why:
      "the scheduler guide writes batchId as the placeholder 'uuid' and leaves out created; " +
      "the Get Scheduled Call Batch page gives batchId as a required string<uuid> and created as required",
  },
};

const payloads = realworldPayloads();
const covered = payloads.filter((payload) => payload.kind in SCHEMA_FOR_KIND);

function errorsOf(payload: Payload): string[] {
  const schema = SCHEMA_FOR_KIND[payload.kind]!();
  return validate(schema as object, payload.body);
}

describe("real-world payloads", () => {
  it("every kind this spec covers has payloads", () => {
    for (const kind of Object.keys(SCHEMA_FOR_KIND)) {
      expect(
        covered.some((payload) => payload.kind === kind),
        kind,
      ).toBe(true);
    }
  });

  it("the rejected list is exactly the covered payloads the README marks NEGATIVE or EDGE CASE", () => {
    const marked = covered.filter((payload) => payload.negative).map((payload) => payload.file);
    expect(Object.keys(REJECTED).sort()).toEqual(marked.sort());
  });

  it("every abridged doc example is a covered payload that is not marked rejected", () => {
    const plain = covered.filter((payload) => !payload.negative).map((payload) => payload.file);
    for (const file of Object.keys(ABRIDGED_DOC_EXAMPLES)) expect(plain, file).toContain(file);
  });

  for (const payload of covered.filter((p) => !p.negative && !(p.file in ABRIDGED_DOC_EXAMPLES))) {
    it(`${payload.file} validates`, () => {
      expect(errorsOf(payload)).toEqual([]);
    });
  }

  for (const [file, { errors, why }] of Object.entries(ABRIDGED_DOC_EXAMPLES)) {
    it(`${file} deviates only where the doc abridges it (${why})`, () => {
      const payload = covered.find((candidate) => candidate.file === file)!;
      expect(errorsOf(payload).sort()).toEqual([...errors].sort());
    });
  }

  for (const payload of covered.filter((p) => p.negative)) {
    const expected = REJECTED[payload.file];
    it(`${payload.file} is rejected naming ${expected?.field ?? "?"} (${expected?.why ?? ""})`, () => {
      const errors = errorsOf(payload);
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.join("\n")).toContain(expected!.field);
    });
  }
});
