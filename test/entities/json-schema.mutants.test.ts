/**
 * Tests written against the mutants Stryker left alive in
 * src/entities/json-schema.ts: the message that lists every entity name, and
 * a name that is not a string.
 */
import { describe, expect, it } from "vitest";
import { entityJsonSchema, isNgoaivuError } from "../../src/index.js";

function refusal(name: unknown) {
  try {
    entityJsonSchema(name as never);
  } catch (error) {
    if (!isNgoaivuError(error)) throw error;
    return { code: error.code, params: { ...error.params }, message: error.message };
  }
  throw new Error("expected entityJsonSchema to throw");
}

describe("entityJsonSchema refuses", () => {
  it("an unknown name, listing every entity it knows", () => {
    const detail =
      "expected one of member, emulation-cluster, delegation, international-agreement, consular-case, oda-project, ngo-project";
    expect(refusal("treaty")).toEqual({
      code: "INVALID_ARGUMENT",
      params: { name: "name", detail },
      message: `Invalid argument name: ${detail}`,
    });
  });

  it("a name that is not a string, even one that reads as an entity name", () => {
    expect(refusal(["member"]).code).toBe("INVALID_ARGUMENT");
    expect(refusal({ toString: () => "delegation" }).code).toBe("INVALID_ARGUMENT");
  });
});
