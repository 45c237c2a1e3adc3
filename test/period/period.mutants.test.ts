/**
 * Tests written against the mutants Stryker left alive in src/period: the
 * exact params of every refusal (what was given, the allowed range), and the
 * first and last representable days (0001-01-01, 9999-12-31) at each bound.
 */
import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  isCalendarDate,
  isInPeriod,
  Period,
  parseCalendarDate,
  periodOf,
  periodRange,
  toVietnamDate,
} from "../../src/index.js";
import { caughtParams as caught } from "../_caught.js";

describe("calendar dates: refusals say what was given", () => {
  it("parseCalendarDate", () => {
    expect(caught(() => parseCalendarDate("2023-02-29"))).toEqual({
      code: "INVALID_DATE",
      params: { value: "2023-02-29" },
    });
    expect(caught(() => parseCalendarDate(20240101 as never))).toEqual({
      code: "INVALID_DATE",
      params: { value: "20240101" },
    });
    expect(parseCalendarDate("0001-01-01")).toBe("0001-01-01");
    expect(isCalendarDate("0001-01-01")).toBe(true);
    expect(isCalendarDate("0000-12-31")).toBe(false);
    expect(isCalendarDate(20240101)).toBe(false);
  });

  it("toVietnamDate: INVALID_INSTANT for a malformed instant, OUT_OF_RANGE past 9999 in Hanoi", () => {
    expect(caught(() => toVietnamDate("2024-06-30"))).toEqual({
      code: "INVALID_INSTANT",
      params: { value: "2024-06-30" },
    });
    expect(caught(() => toVietnamDate("9999-12-31T17:00:00Z"))).toEqual({
      code: "OUT_OF_RANGE",
      params: { value: "9999-12-31T17:00:00Z", range: "0001-01-01 … 9999-12-31" },
    });
    expect(toVietnamDate("9999-12-31T16:59:59Z")).toBe("9999-12-31");
    expect(toVietnamDate("0001-01-01T00:00:00+07:00")).toBe("0001-01-01");
  });

  it("an object that merely has a length of 10 is not a date (no string method is called on it)", () => {
    const fake = { length: 10 };
    expect(isCalendarDate(fake)).toBe(false);
    expect(caught(() => parseCalendarDate(fake as never)).code).toBe("INVALID_DATE");
    expect(caught(() => periodOf(fake as never, "year")).code).toBe("INVALID_INSTANT");
    expect(caught(() => addCalendarDays(fake as never, 1)).code).toBe("INVALID_DATE");
  });

  it("periodOf a Date object or an instant string, and a malformed day", () => {
    expect(periodOf(new Date("2024-06-30T17:00:00Z"), "half-year").toString()).toBe("2024-H2");
    expect(periodOf("2024-06-30T17:00:00Z", "half-year").toString()).toBe("2024-H2");
    expect(caught(() => periodOf("2024-02-30", "year"))).toEqual({
      code: "INVALID_DATE",
      params: { value: "2024-02-30" },
    });
    expect(isInPeriod(new Date("2024-06-30T16:00:00Z"), Period.halfYear(2024, 1))).toBe(true);
  });
});

describe("addCalendarDays bounds", () => {
  it("reaches the first and last representable day, and no further", () => {
    expect(addCalendarDays("0001-01-02", -1)).toBe("0001-01-01");
    expect(addCalendarDays("9999-12-30", 1)).toBe("9999-12-31");
    expect(caught(() => addCalendarDays("0001-01-01", -1))).toEqual({
      code: "OUT_OF_RANGE",
      params: { value: "0001-01-01 + -1 days", range: "0001-01-01 … 9999-12-31" },
    });
    expect(caught(() => addCalendarDays("9999-12-31", 1))).toEqual({
      code: "OUT_OF_RANGE",
      params: { value: "9999-12-31 + 1 days", range: "0001-01-01 … 9999-12-31" },
    });
  });

  it("refuses a bad date or a fractional day count with what was given", () => {
    expect(caught(() => addCalendarDays("2024-13-01", 1))).toEqual({
      code: "INVALID_DATE",
      params: { value: "2024-13-01" },
    });
    expect(caught(() => addCalendarDays("2024-01-01", 1.5))).toEqual({
      code: "INVALID_ARGUMENT",
      params: { name: "days", detail: "1.5 is not a whole number" },
    });
  });
});

describe("periodOf and periodRange refusals", () => {
  it("an unknown kind, term length or convention names the argument and the value", () => {
    expect(caught(() => periodOf("2024-01-01", "week" as never))).toEqual({
      code: "INVALID_ARGUMENT",
      params: { name: "kind", detail: "week is not one of half-year, quarter, year, month, term" },
    });
    expect(caught(() => periodOf("2024-01-01", "term", { termYears: 4 as never }))).toEqual({
      code: "INVALID_ARGUMENT",
      params: { name: "termYears", detail: "4 is not 5 or 10" },
    });
    expect(caught(() => periodOf("2024-01-01", "year", { convention: "fiscal" as never }))).toEqual({
      code: "INVALID_ARGUMENT",
      params: { name: "convention", detail: 'fiscal is not "statistical" or "administrative"' },
    });
    expect(caught(() => periodRange(Period.halfYear(2024, 1), "fiscal" as never))).toEqual({
      code: "INVALID_ARGUMENT",
      params: { name: "convention", detail: 'fiscal is not "statistical" or "administrative"' },
    });
  });

  it("year 1 starts on 0001-01-01; its administrative half-year would start in year 0", () => {
    expect(periodRange(Period.halfYear(1, 1))).toEqual({ start: "0001-01-01", end: "0001-06-30" });
    expect(periodRange(Period.year(1))).toEqual({ start: "0001-01-01", end: "0001-12-31" });
    expect(caught(() => periodRange(Period.halfYear(1, 1), "administrative"))).toEqual({
      code: "OUT_OF_RANGE",
      params: { value: "0001-H1", range: "years 1 to 9999" },
    });
    expect(periodRange(Period.halfYear(1, 2), "administrative")).toEqual({ start: "0001-06-15", end: "0001-12-14" });
  });
});
