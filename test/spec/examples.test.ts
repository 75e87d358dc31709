import { describe, expect, it } from "vitest";
import { allExamples } from "./examples.js";
import { validate } from "./spec.js";

describe("examples in openapi.yaml", () => {
  const examples = allExamples();

  it("there are examples to check", () => {
    expect(examples.length).toBeGreaterThan(20);
  });

  it.each(examples.map((example) => [example.where, example] as const))(
    "%s is valid",
    (_where, example) => {
      expect(validate(example.schema as object, example.value)).toEqual([]);
    },
  );

  it("every component example referenced from a media type resolves", () => {
    // An unresolved $ref would surface as an undefined value.
    expect(examples.filter((example) => example.value === undefined).map((e) => e.where)).toEqual(
      [],
    );
  });
});
