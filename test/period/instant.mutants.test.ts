/**
 * The instant reader (src/period/_instant.ts) character by character: every
 * malformed field is refused, every boundary that is well formed is placed
 * on the right Vietnam day, and the schemas word their refusals.
 */
import { describe, expect, it } from "vitest";
import {
  DateOrInstantSchema,
  isInstant,
  isNgoaivuError,
  PeriodSchema,
  toVietnamDate,
  vietnamDateOf,
} from "../../src/index.js";

function codeOf(fn: () => unknown): string {
  try {
    fn();
    return "ok";
  } catch (error) {
    if (isNgoaivuError(error)) return error.code;
    throw error;
  }
}

describe("instants: what is refused", () => {
  const GOOD = "2024-06-30T17:00:00Z";
  it("accepts the reference instant (so each refusal below is down to one change)", () => {
    expect(isInstant(GOOD)).toBe(true);
    expect(toVietnamDate(GOOD)).toBe("2024-07-01");
  });

  // One character of the reference instant replaced at each position.
  const malformed = [
    ["a letter in the year's first pair", "2a24-06-30T17:00:00Z"],
    ["a letter in the year's second pair", "20/4-06-30T17:00:00Z"],
    ["a colon in the year", "202:-06-30T17:00:00Z"],
    ["no hyphen after the year", "2024/06-30T17:00:00Z"],
    ["no hyphen after the month", "2024-06/30T17:00:00Z"],
    ["a letter in the month", "2024-0x-30T17:00:00Z"],
    ["month 00", "2024-00-30T17:00:00Z"],
    ["month 13", "2024-13-01T17:00:00Z"],
    ["a letter in the day", "2024-06-3xT17:00:00Z"],
    ["day 00", "2024-06-00T17:00:00Z"],
    ["day 31 of June", "2024-06-31T17:00:00Z"],
    ["29 February of a common year", "2023-02-29T12:00:00Z"],
    ["year 0000", "0000-01-01T12:00:00Z"],
    ["no T or space", "2024-06-30_17:00:00Z"],
    ["hour 24", "2024-06-30T24:00:00Z"],
    ["a letter in the hour", "2024-06-30T1x:00:00Z"],
    ["no colon after the hour", "2024-06-30T17-00:00Z"],
    ["minute 60", "2024-06-30T17:60:00Z"],
    ["a letter in the minute", "2024-06-30T17:0x:00Z"],
    ["second 60", "2024-06-30T17:00:60Z"],
    ["a letter in the second", "2024-06-30T17:00:0xZ"],
    ["a fraction without digits", "2024-06-30T17:00:00.Z"],
    ["text after Z", "2024-06-30T17:00:00Zx"],
    ["no zone", "2024-06-30T17:00:00"],
    ["a zone letter other than Z", "2024-06-30T17:00:00X"],
    ["offset hour 24", "2024-06-30T17:00:00+24:00"],
    ["offset minute 60", "2024-06-30T17:00:00+07:60"],
    ["a letter in the offset", "2024-06-30T17:00:00+0x:00"],
    ["an offset of one digit", "2024-06-30T17:00:00+7"],
    ["an offset of four characters", "2024-06-30T17:00:00+07:"],
    ["an offset with a letter for the colon", "2024-06-30T17:00:00+07x00"],
    ["too short", "2024-06-30T17:0"],
  ] as const;

  for (const [what, text] of malformed) {
    it(`refuses ${what}: ${text}`, () => {
      expect(isInstant(text)).toBe(false);
      expect(codeOf(() => vietnamDateOf(text))).toBe(text.length === 10 ? "INVALID_DATE" : "INVALID_INSTANT");
    });
  }
});

describe("instants: well-formed boundaries", () => {
  const cases = [
    ["the last minute of a Vietnam day", "2024-06-30T16:59Z", "2024-06-30"],
    ["the first minute of the next", "2024-06-30T17:00Z", "2024-07-01"],
    ["a space for the T", "2024-06-30 17:00Z", "2024-07-01"],
    ["seconds 59 and a fraction", "2024-06-30T16:59:59.999999Z", "2024-06-30"],
    ["a comma fraction", "2024-06-30T16:59:59,5Z", "2024-06-30"],
    ["offset ±HH:MM", "2024-06-30T23:59:00+07:00", "2024-06-30"],
    ["offset ±HHMM", "2024-06-30T23:59:00+0700", "2024-06-30"],
    ["offset ±HH", "2024-06-30T23:59:00+07", "2024-06-30"],
    ["offset minutes that move the day", "2024-06-30T16:30:00-00:31", "2024-07-01"],
    ["Vietnam midnight exactly", "2024-06-30T00:00:00+07:00", "2024-06-30"],
    ["a western evening: the next day in Vietnam", "2024-06-30T20:00:00-05:00", "2024-07-01"],
    ["the end of a month", "2024-04-30T17:00:00Z", "2024-05-01"],
    ["the end of February in a leap year", "2024-02-29T17:00:00Z", "2024-03-01"],
    ["the end of a year", "2024-12-31T17:00:00Z", "2025-01-01"],
    ["two days ahead (a far western offset late at night)", "2024-06-29T23:00:00-23:00", "2024-07-01"],
    ["a day behind (an eastern offset before dawn)", "2024-07-01T01:00:00+14:00", "2024-06-30"],
    ["the first day there is", "0001-01-01T00:00:00+07:00", "0001-01-01"],
    ["the last day there is", "9999-12-31T16:59:59Z", "9999-12-31"],
  ] as const;

  for (const [what, text, day] of cases) {
    it(`${what}: ${text} is ${day}`, () => {
      expect(isInstant(text)).toBe(true);
      expect(toVietnamDate(text)).toBe(day);
    });
  }

  it("refuses instants whose Vietnam day falls outside the years 0001–9999", () => {
    expect(codeOf(() => toVietnamDate("9999-12-31T17:00:00Z"))).toBe("OUT_OF_RANGE");
    expect(codeOf(() => toVietnamDate("9999-12-31T20:00:00-23:00"))).toBe("OUT_OF_RANGE");
    expect(codeOf(() => toVietnamDate("0001-01-01T00:00:00+14:00"))).toBe("OUT_OF_RANGE");
    expect(codeOf(() => toVietnamDate(new Date(Number.NaN)))).toBe("INVALID_INSTANT");
  });
});

describe("the period schemas word their refusals", () => {
  it("says a bad day or a bad instant, with the value", () => {
    const day = DateOrInstantSchema.safeParse("2024-02-30");
    expect(day.error?.issues[0]?.message).toContain("2024-02-30");
    expect(day.error?.issues[0]?.message).not.toContain("instant");
    const instant = DateOrInstantSchema.safeParse("2024-02-30T00:00Z");
    expect(instant.error?.issues[0]?.message).toContain("2024-02-30T00:00Z");
    expect(instant.error?.issues[0]?.message).not.toBe(
      day.error?.issues[0]?.message.replace("2024-02-30", "2024-02-30T00:00Z"),
    );
  });

  it("says an unparseable period, with the value, and keeps the library's code of a bad one", () => {
    const bad = PeriodSchema.safeParse("H1 2024");
    expect(bad.error?.issues[0]?.message).toContain("H1 2024");
    const reversed = PeriodSchema.safeParse("2025-2021");
    expect(reversed.success).toBe(false);
    expect(reversed.error?.issues[0]?.code).toBe("custom");
    expect(reversed.error?.issues[0]).toHaveProperty("params.code");
    const issue = reversed.error?.issues[0] as { params?: { code?: unknown } } | undefined;
    expect(typeof issue?.params?.code).toBe("string");
  });
});
