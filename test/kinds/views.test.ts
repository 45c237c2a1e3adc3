/**
 * The built-in kinds' views (what reports need of a kind, kept apart from its
 * declaration so that rendering bundles no record schema) against their
 * declarations: the two lists in `src/kinds/_list.ts` name the same kinds in
 * the same order, and each declaration carries its view's every field.
 */
import { describe, expect, it } from "vitest";
import { RECORD_KIND_DECLARATIONS } from "../../src/index.js";
import { RECORD_KIND_VIEWS } from "../../src/kinds/index.js";

describe("the built-in kinds' views", () => {
  it("name the same kinds as the declarations, in the same order", () => {
    expect(RECORD_KIND_VIEWS.map((v) => v.name)).toEqual(RECORD_KIND_DECLARATIONS.map((k) => k.name));
  });

  it("are what each declaration carries, field by field", () => {
    RECORD_KIND_VIEWS.forEach((view, i) => {
      const declaration = RECORD_KIND_DECLARATIONS[i] as unknown as Record<string, unknown>;
      for (const [key, value] of Object.entries(view)) expect(declaration[key], `${view.name}.${key}`).toBe(value);
    });
  });
});
