/**
 * The shared field schemas: which wire dates are read as days
 * (`INVALID_DATE`, with the text as written) and which as instants
 * (`INVALID_INSTANT`), as `isInstant` and `toVietnamDate` read them
 * (src/entities/_deps.ts); the params and messages of a sub-minor amount, and
 * both ends of `isDateInRange` (src/entities/common.ts).
 */
import { describe, expect, it } from "vitest";
import {
  AmountSchema,
  DateSchema,
  isDateInRange,
  isInstant,
  type Lang,
  safeParse,
  toVietnamDate,
} from "../../src/index.js";

function issues(schema: typeof AmountSchema | typeof DateSchema, input: unknown, lang: Lang = "en") {
  const r = safeParse(schema, input, { lang });
  return r.success
    ? "valid"
    : r.issues.map((i) => ({ code: i.code, path: i.path, params: i.params, message: i.message }));
}

describe("DateSchema: days and instants on the wire", () => {
  const invalidDate = (value: string) => [
    {
      code: "INVALID_DATE",
      path: [],
      params: { value },
      message: `${value} is not a valid calendar date (YYYY-MM-DD)`,
    },
  ];

  it("reads a text without a T or a space after the day, of any length, as a day", () => {
    expect(issues(DateSchema, "2024-6-30")).toEqual(invalidDate("2024-6-30"));
    expect(issues(DateSchema, "30/06/2024")).toEqual(invalidDate("30/06/2024"));
    expect(issues(DateSchema, "2024-06-30_08:00Z")).toEqual(invalidDate("2024-06-30_08:00Z"));
    expect(issues(DateSchema, "2024-06-30t08:00Z")).toEqual(invalidDate("2024-06-30t08:00Z"));
    expect(issues(DateSchema, "Tue, 30 June 2024")).toEqual(invalidDate("Tue, 30 June 2024"));
  });

  it("reads a text with a space after the day as an instant, as isInstant and toVietnamDate do", () => {
    for (const [wire, day] of [
      ["2024-06-30 17:00:00+00", "2024-07-01"],
      ["2024-06-30 16:59:59.999+00", "2024-06-30"],
      ["2024-06-30 08:00:00+07:00", "2024-06-30"],
      ["2024-06-30 20:00Z", "2024-07-01"],
    ] as const) {
      expect(isInstant(wire)).toBe(true);
      expect(toVietnamDate(wire)).toBe(day);
      expect(safeParse(DateSchema, wire)).toEqual({ success: true, data: day });
    }
    expect(issues(DateSchema, "2024-06-30 08:00")).toEqual([
      expect.objectContaining({ code: "INVALID_INSTANT", path: [], params: { value: "2024-06-30 08:00" } }),
    ]);
    expect(issues(DateSchema, "2024-06-31 08:00Z")).toEqual([
      expect.objectContaining({ code: "INVALID_INSTANT", params: { value: "2024-06-31 08:00Z" } }),
    ]);
  });

  it("refuses in the schema every instant isInstant refuses, and reads every one it accepts", () => {
    const texts = [
      "2024-06-30T17:00:00Z",
      "2024-06-30 17:00:00+00",
      "2024-06-30T17:00:00.1234567-0500",
      "2024-06-30T17:00:00,5+07",
      "2024-06-30T17:00+07:00",
      "2024-06-30T17:00:00",
      "2024-06-30T17:00:00+7",
      "2024-06-30T17:00:00+07:0",
      "2024-06-30T24:00:00Z",
      "2024-06-30 17:00:00 +00",
      "2024-06-30T17:00:00z",
      "9999-12-31T17:00:00Z",
    ];
    for (const text of texts) {
      const result = safeParse(DateSchema, text);
      expect(result.success, text).toBe(isInstant(text) && text !== "9999-12-31T17:00:00Z");
      if (result.success) expect(result.data).toBe(toVietnamDate(text));
    }
    expect(issues(DateSchema, "9999-12-31T17:00:00Z")).toEqual([expect.objectContaining({ code: "OUT_OF_RANGE" })]);
  });

  it("reads a text of ten characters or fewer as a day, even with a T in it", () => {
    expect(issues(DateSchema, "Today")).toEqual(invalidDate("Today"));
    expect(issues(DateSchema, "2024-06T30")).toEqual(invalidDate("2024-06T30"));
    expect(issues(DateSchema, "Today", "vi")).toEqual([
      expect.objectContaining({ message: "Today không phải là ngày hợp lệ (YYYY-MM-DD)" }),
    ]);
  });

  it("reads a longer text with a T after the day as an instant", () => {
    expect(safeParse(DateSchema, "2024-06-30T20:00:00Z")).toEqual({ success: true, data: "2024-07-01" });
    expect(issues(DateSchema, "2024-06-30T08:00")).toEqual([
      expect.objectContaining({ code: "INVALID_INSTANT", path: [], params: { value: "2024-06-30T08:00" } }),
    ]);
  });
});

describe("AmountSchema", () => {
  it("refuses digits below the currency's minor unit, naming the amount, the currency and its digits", () => {
    expect(issues(AmountSchema, { amount: "0.5", currency: "VND" })).toEqual([
      {
        code: "PRECISION_EXCEEDED",
        path: ["amount"],
        params: { value: "0.5", currency: "VND", digits: 0 },
        message: "0.5 has more decimals than VND allows (0)",
      },
    ]);
    expect(issues(AmountSchema, { amount: "12.345", currency: "USD" }, "vi")).toEqual([
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
