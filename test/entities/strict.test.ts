/**
 * Strict mode (src/entities/_strict.ts): unknown keys are refused in objects
 * inside arrays and inside every wrapper zod has (prefault, nonoptional,
 * catch, readonly), and on a recursive schema.
 */
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { InternationalAgreementSchema, parseBatch, safeParse } from "../../src/index.js";
import { loadFixtures } from "./_fixtures.js";

function unknownKeys(schema: z.ZodType, input: unknown) {
  const r = safeParse(schema, input, { strict: true });
  return r.success ? [] : r.issues.map((i) => [i.code, i.path, i.params]);
}

describe("strict mode", () => {
  it("reports an unknown key of an object inside an array, and strips it otherwise", () => {
    const record = loadFixtures("international-agreement").valid[0]?.record as Record<string, unknown>;
    const parties = [{ kind: "foreign-locality", name: "Gyeonggi Province", country: "KR", website: "x" }];
    expect(unknownKeys(InternationalAgreementSchema, { ...record, foreignParties: parties })).toEqual([
      ["UNKNOWN_KEY", ["foreignParties", 0, "website"], { key: "website" }],
    ]);
    const loose = safeParse(InternationalAgreementSchema, { ...record, foreignParties: parties });
    expect(loose.success && loose.data.foreignParties[0]).toEqual({
      kind: "foreign-locality",
      name: "Gyeonggi Province",
      country: "KR",
    });
  });

  it("reaches objects inside prefault, nonoptional and readonly", () => {
    const point = z.object({ x: z.number() });
    const schema = z.object({ p: point.prefault({ x: 0 }), n: point.optional().nonoptional(), r: point.readonly() });
    const extra = { x: 1, extra: true };
    expect(unknownKeys(schema, { p: extra, n: extra, r: extra })).toEqual([
      ["UNKNOWN_KEY", ["p", "extra"], { key: "extra" }],
      ["UNKNOWN_KEY", ["n", "extra"], { key: "extra" }],
      ["UNKNOWN_KEY", ["r", "extra"], { key: "extra" }],
    ]);
    expect(safeParse(schema, { p: extra, n: extra, r: extra }).success).toBe(true);
  });

  it("reaches an object inside catch: an unknown key there makes the fallback stand in", () => {
    const schema = z.object({ c: z.object({ x: z.number() }).catch({ x: 0 }) });
    const input = { c: { x: 1, extra: true } };
    expect(safeParse(schema, input, { strict: true })).toEqual({ success: true, data: { c: { x: 0 } } });
    expect(safeParse(schema, input)).toEqual({ success: true, data: { c: { x: 1 } } });
  });
});

describe("strict mode on a recursive schema", () => {
  // A tree written the zod 4 way: a getter in the shape.
  const Tree: z.ZodType<{ name: string; children?: unknown[] | undefined }> = z.object({
    name: z.string(),
    get children() {
      return z.array(Tree).optional();
    },
  });

  it("checks unknown keys at every depth instead of overflowing the stack", () => {
    const input = { name: "a", children: [{ name: "b", children: [{ name: "c", extra: 1 }] }] };
    expect(safeParse(Tree, input).success).toBe(true);
    const strict = safeParse(Tree, input, { strict: true });
    expect(strict.success ? [] : strict.issues.map((i) => [i.code, i.path])).toEqual([
      ["UNKNOWN_KEY", ["children", 0, "children", 0, "extra"]],
    ]);
    const batch = parseBatch(Tree, [input, { name: "x" }], { strict: true });
    expect([batch.valid.map((v) => v.index), batch.invalid.map((v) => v.index)]).toEqual([[1], [0]]);
  });
});
