/**
 * Tests written against the mutants Stryker left alive in
 * src/entities/_deps.ts: which wire dates are read as days (`INVALID_DATE`,
 * with the text as written) and which as instants (`INVALID_INSTANT`).
 */
import { describe, expect, it } from "vitest";
import { DateSchema, type Lang, safeParse } from "../../src/index.js";

function issues(input: unknown, lang: Lang = "en") {
  const r = safeParse(DateSchema, input, { lang });
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

  it("reads a text without a T, of any length, as a day", () => {
    expect(issues("2024-6-30")).toEqual(invalidDate("2024-6-30"));
    expect(issues("30/06/2024")).toEqual(invalidDate("30/06/2024"));
    expect(issues("2024-06-30 08:00")).toEqual(invalidDate("2024-06-30 08:00"));
    expect(issues("2024-06-30 08:00:00+07:00")).toEqual(invalidDate("2024-06-30 08:00:00+07:00"));
  });

  it("reads a text of ten characters or fewer as a day, even with a T in it", () => {
    expect(issues("Today")).toEqual(invalidDate("Today"));
    expect(issues("2024-06T30")).toEqual(invalidDate("2024-06T30"));
    expect(issues("Today", "vi")).toEqual([
      expect.objectContaining({ message: "Today không phải là ngày hợp lệ (YYYY-MM-DD)" }),
    ]);
  });

  it("reads a longer text with a T as an instant", () => {
    expect(safeParse(DateSchema, "2024-06-30T20:00:00Z")).toEqual({ success: true, data: "2024-07-01" });
    expect(issues("2024-06-30T08:00")).toEqual([
      expect.objectContaining({ code: "INVALID_INSTANT", path: [], params: { value: "2024-06-30T08:00" } }),
    ]);
  });
});
