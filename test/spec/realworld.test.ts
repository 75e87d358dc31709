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
};

/** For each rejected payload: the field its error must name, and why the spec rejects it. */
const REJECTED: Record<string, { field: string; why: string }> = {
  "request.calls.create__nextjs-both-firstspeakers.json": {
    field: "firstSpeakerSettings",
    why: "sets both user and agent; exactly one may be set",
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

  for (const payload of covered.filter((p) => !p.negative)) {
    it(`${payload.file} validates`, () => {
      expect(errorsOf(payload)).toEqual([]);
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
