/**
 * Tests written against the mutants Stryker left alive in
 * src/entities/common.ts: the params and messages of a sub-minor amount, and
 * both ends of `isDateInRange`.
 */
import { describe, expect, it } from "vitest";
import { AmountSchema, isDateInRange, type Lang, safeParse } from "../../src/index.js";

function issues(input: unknown, lang: Lang = "en") {
  const r = safeParse(AmountSchema, input, { lang });
  return r.success
    ? "valid"
    : r.issues.map((i) => ({ code: i.code, path: i.path, params: i.params, message: i.message }));
}

describe("AmountSchema", () => {
  it("refuses digits below the currency's minor unit, naming the amount, the currency and its digits", () => {
    expect(issues({ amount: "0.5", currency: "VND" })).toEqual([
      {
        code: "PRECISION_EXCEEDED",
        path: ["amount"],
        params: { value: "0.5", currency: "VND", digits: 0 },
        message: "0.5 has more decimals than VND allows (0)",
      },
    ]);
    expect(issues({ amount: "12.345", currency: "USD" }, "vi")).toEqual([
      {
        code: "PRECISION_EXCEEDED",
        path: ["amount"],
        params: { value: "12.345", currency: "USD", digits: 2 },
        message: "12.345 có nhiều chữ số thập phân hơn mức USD cho phép (2)",
      },
    ]);
  });
});

describe("isDateInRange", () => {
  const h1 = { start: "2024-01-01", end: "2024-06-30" };

  it("includes both ends of the range and nothing outside it", () => {
    expect(isDateInRange("2024-01-01", h1)).toBe(true);
    expect(isDateInRange("2024-06-30", h1)).toBe(true);
    expect(isDateInRange("2023-12-31", h1)).toBe(false);
    expect(isDateInRange("2024-07-01", h1)).toBe(false);
  });
});
