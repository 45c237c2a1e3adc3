/**
 * Every period, date and instant reader has a documented length cap and
 * refuses past it with TOO_LONG, whose message says so, instead of echoing
 * the input (a 1 MB string gave a 1 MB message).
 */
import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  MAX_DATE_TEXT_LENGTH,
  MAX_PERIOD_TEXT_LENGTH,
  parseCalendarDate,
  parseCanonicalPeriod,
  parsePeriod,
  toVietnamDate,
  vietnamDateOf,
} from "../../src/index.js";
import { caughtMessages } from "../_caught.js";

describe("periods", () => {
  it("parsePeriod and parseCanonicalPeriod read at most 100 characters", () => {
    expect(MAX_PERIOD_TEXT_LENGTH).toBe(100);
    const megabyte = "9".repeat(1_000_000);
    for (const read of [parsePeriod, parseCanonicalPeriod]) {
      expect(caughtMessages(() => read(megabyte))).toEqual({
        code: "TOO_LONG",
        params: { max: 100, length: 1_000_000 },
        en: "Too long: at most 100 characters, received 1000000",
        vi: "Quá dài: tối đa 100 ký tự, nhận được 1000000",
      });
      expect(caughtMessages(() => read(`2024-H1${" ".repeat(94)}`)).code).toBe("TOO_LONG");
    }
    // 100 characters are still read.
    expect(parsePeriod(`  2024-H1${" ".repeat(91)}`).toString()).toBe("2024-H1");
    expect(caughtMessages(() => parseCanonicalPeriod(`2024-H1${" ".repeat(93)}`)).code).toBe("UNPARSEABLE_PERIOD");
    expect(parsePeriod("từ ngày 15/01/2024 đến ngày 31/03/2024").toString()).toBe("2024-01-15..2024-03-31");
  });

  it("an unreadable period under the cap is quoted briefly and escaped", () => {
    const text = `\u001b[2J${"x".repeat(95)}`;
    const { code, en } = caughtMessages(() => parsePeriod(text));
    expect(code).toBe("UNPARSEABLE_PERIOD");
    expect(en).toBe(`Cannot read a period from \\u001b[2J${"x".repeat(76)}… (99 characters)`);
  });
});

describe("dates and instants", () => {
  it("read at most 100 characters, and say so past them", () => {
    expect(MAX_DATE_TEXT_LENGTH).toBe(100);
    const long = `2024-06-30T17:00:00Z${" ".repeat(1_000_000)}`;
    const tooLong = {
      code: "TOO_LONG",
      params: { max: 100, length: long.length },
      en: `Too long: at most 100 characters, received ${long.length}`,
      vi: `Quá dài: tối đa 100 ký tự, nhận được ${long.length}`,
    };
    expect(caughtMessages(() => parseCalendarDate(long))).toEqual(tooLong);
    expect(caughtMessages(() => toVietnamDate(long))).toEqual(tooLong);
    expect(caughtMessages(() => vietnamDateOf(long))).toEqual(tooLong);
    expect(caughtMessages(() => addCalendarDays(long, 1))).toEqual(tooLong);
  });

  it("a string of up to 100 characters gets the reader's own refusal", () => {
    const hundred = "2".repeat(100);
    expect(caughtMessages(() => parseCalendarDate(hundred)).code).toBe("INVALID_DATE");
    expect(caughtMessages(() => toVietnamDate(hundred)).code).toBe("INVALID_INSTANT");
    expect(caughtMessages(() => vietnamDateOf(hundred)).code).toBe("INVALID_INSTANT");
    expect(caughtMessages(() => addCalendarDays(hundred, 1)).code).toBe("INVALID_DATE");
    expect(caughtMessages(() => vietnamDateOf("2024-02-30")).en).toBe(
      "2024-02-30 is not a valid calendar date (YYYY-MM-DD)",
    );
    expect(caughtMessages(() => parseCalendarDate("2".repeat(101))).code).toBe("TOO_LONG");
    expect(toVietnamDate("2024-06-30T17:00:00.123456789+07:00")).toBe("2024-06-30");
  });
});
