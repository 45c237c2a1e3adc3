/**
 * Calendar dates and instants on the Vietnam calendar: which days are real,
 * the Vietnam day of an instant (agreeing with the tz database), the instant
 * reader (src/period/_instant.ts) character by character — every malformed
 * field refused, every well-formed boundary placed on the right day — the
 * first and last representable days (0001-01-01, 9999-12-31) at each bound of
 * addCalendarDays and toVietnamDate, and the exact params of every refusal.
 */
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  isCalendarDate,
  isInPeriod,
  isInstant,
  Period,
  parseCalendarDate,
  periodOf,
  toVietnamDate,
  vietnamDateOf,
} from "../../src/index.js";
import { caught, caughtParams } from "../_caught.js";

const HANOI = "Asia/Ho_Chi_Minh";

/** The reference answer: the tz database's Vietnam date of an instant, via TZDate. */
function tzVietnamDate(ms: number): string {
  return format(new TZDate(ms, HANOI), "yyyy-MM-dd");
}

describe("calendar dates", () => {
  it("accepts real days and the leap day of a leap year", () => {
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2000-02-29")).toBe(true);
    expect(isCalendarDate("0001-01-01")).toBe(true);
    expect(isCalendarDate("9999-12-31")).toBe(true);
    expect(parseCalendarDate("2024-06-30")).toBe("2024-06-30");
  });

  it.each([
    "2024-02-30",
    "2023-02-29",
    "1900-02-29",
    "2024-04-31",
    "2024-13-01",
    "2024-00-10",
    "2024-01-00",
    "0000-01-01",
    "2024-6-30",
    "2024/06/30",
    "20240630",
    "2024-06-30T00:00:00Z",
    " 2024-06-30",
    "２０２４-06-30",
  ])("rejects %s with INVALID_DATE", (text) => {
    expect(isCalendarDate(text)).toBe(false);
    expect(caught(() => parseCalendarDate(text)).code).toBe("INVALID_DATE");
  });

  it("rejects non-strings", () => {
    expect(isCalendarDate(20240630)).toBe(false);
    // @ts-expect-error a number is not a date
    expect(caught(() => parseCalendarDate(20240630)).code).toBe("INVALID_DATE");
  });

  it("agrees with Date.UTC on which days exist, for every day number from 1900 to 2100", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const text = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
          const utc = new Date(Date.UTC(y, m - 1, d));
          const real = utc.getUTCDate() === d;
          expect(isCalendarDate(text)).toBe(real);
        },
      ),
    );
  });

  it("adds days across month, year and leap-day boundaries", () => {
    expect(addCalendarDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addCalendarDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(addCalendarDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addCalendarDays("2025-01-01", -1)).toBe("2024-12-31");
    expect(addCalendarDays("2024-01-01", 366)).toBe("2025-01-01");
    expect(caught(() => addCalendarDays("2024-02-30", 1)).code).toBe("INVALID_DATE");
    expect(caught(() => addCalendarDays("2024-02-01", 1.5)).code).toBe("INVALID_ARGUMENT");
    expect(caught(() => addCalendarDays("9999-12-31", 1)).code).toBe("OUT_OF_RANGE");
    expect(caught(() => addCalendarDays("0001-01-01", -1)).code).toBe("OUT_OF_RANGE");
  });

  it("adding days agrees with UTC date arithmetic", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1800-01-01T00:00:00Z"), max: new Date("2200-12-31T00:00:00Z"), noInvalidDate: true }),
        fc.integer({ min: -20000, max: 20000 }),
        (date, n) => {
          const day = date.toISOString().slice(0, 10);
          const expected = new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
          expect(addCalendarDays(day, n)).toBe(expected);
        },
      ),
    );
  });
});

describe("instants on the Vietnam calendar", () => {
  it("puts 17:00 UTC on 30 June on 1 July in Hanoi", () => {
    expect(toVietnamDate("2024-06-30T16:59:59Z")).toBe("2024-06-30");
    expect(toVietnamDate("2024-06-30T16:59:59.999Z")).toBe("2024-06-30");
    expect(toVietnamDate("2024-06-30T17:00:00Z")).toBe("2024-07-01");
    expect(toVietnamDate("2024-06-30T17:00Z")).toBe("2024-07-01");
  });

  it("puts 17:00 UTC on 31 December on 1 January of the next year in Hanoi", () => {
    expect(toVietnamDate("2024-12-31T16:59:59Z")).toBe("2024-12-31");
    expect(toVietnamDate("2024-12-31T17:00:00Z")).toBe("2025-01-01");
    expect(toVietnamDate("2024-12-31T23:59:59+07:00")).toBe("2024-12-31");
    expect(toVietnamDate("2025-01-01T00:00:00+07:00")).toBe("2025-01-01");
  });

  it("reads offsets on both sides of UTC, with and without a colon", () => {
    expect(toVietnamDate("2024-01-01T00:00:00+14:00")).toBe("2023-12-31");
    expect(toVietnamDate("2024-03-01T05:00:00-12:00")).toBe("2024-03-02");
    expect(toVietnamDate("2024-02-28T23:00:00-0500")).toBe("2024-02-29");
    expect(toVietnamDate("2024-07-01T06:59:59+0700")).toBe("2024-07-01");
    expect(toVietnamDate("2024-07-01T00:30:00+09:00")).toBe("2024-06-30");
    expect(toVietnamDate("2024-06-30T20:00:00.123456+00:00")).toBe("2024-07-01");
    expect(toVietnamDate("2024-06-30T20:00:00,5Z")).toBe("2024-07-01");
    expect(toVietnamDate("2023-12-31T23:00:00-23:59")).toBe("2024-01-02");
  });

  it("reads PostgreSQL's text form of timestamptz (space, hour-only offset)", () => {
    expect(toVietnamDate("2024-06-30 17:00:00+00")).toBe("2024-07-01");
    expect(toVietnamDate("2024-06-30 16:59:59.123456+00")).toBe("2024-06-30");
    expect(toVietnamDate("2024-06-30 23:00:00+07")).toBe("2024-06-30");
    expect(toVietnamDate("2024-06-30 20:00:00-05")).toBe("2024-07-01");
  });

  it("takes Date objects", () => {
    expect(toVietnamDate(new Date("2024-06-30T17:00:00Z"))).toBe("2024-07-01");
    expect(toVietnamDate(new Date("2024-06-30T16:59:59.999Z"))).toBe("2024-06-30");
    expect(toVietnamDate(new Date(Date.UTC(1969, 11, 31, 17)))).toBe("1970-01-01");
    expect(caught(() => toVietnamDate(new Date(Number.NaN))).code).toBe("INVALID_INSTANT");
  });

  it.each([
    "2024-06-30",
    "2024-06-30T17:00:00",
    "2024-06-30_17:00:00Z",
    "2024-06-30t17:00:00Z",
    "2024-06-31T17:00:00Z",
    "2024-06-30T24:00:00Z",
    "2024-06-30T17:60:00Z",
    "2024-06-30T17:00:60Z",
    "2024-06-30T17:00:00.Z",
    "2024-06-30T17:00:00+7",
    "2024-06-30T17:00:00+07:0",
    "2024-06-30T17:00:00+24:00",
    "2024-06-30T17:00:00+07:60",
    "2024-06-30T17:00:00Zjunk",
    "2024-06-30T17-00:00Z",
    "0000-06-30T17:00:00Z",
    "not a date at all",
  ])("rejects %s with INVALID_INSTANT", (text) => {
    expect(isInstant(text)).toBe(false);
    expect(caught(() => toVietnamDate(text)).code).toBe("INVALID_INSTANT");
  });

  it("rejects what is not a string or Date", () => {
    expect(isInstant(12)).toBe(false);
    // @ts-expect-error a number is not an instant
    expect(caught(() => toVietnamDate(12)).code).toBe("INVALID_INSTANT");
  });

  it("refuses days outside the years 1–9999", () => {
    expect(caught(() => toVietnamDate("9999-12-31T20:00:00Z")).code).toBe("OUT_OF_RANGE");
    expect(caught(() => toVietnamDate("0001-01-01T00:00:00+14:00")).code).toBe("OUT_OF_RANGE");
    expect(caught(() => toVietnamDate(new Date(-62135596800000 - 8 * 3600_000))).code).toBe("OUT_OF_RANGE");
  });

  it("vietnamDateOf passes calendar dates through and places instants", () => {
    expect(vietnamDateOf("2024-06-30")).toBe("2024-06-30");
    expect(vietnamDateOf("2024-06-30T17:00:00Z")).toBe("2024-07-01");
    expect(caught(() => vietnamDateOf("2024-02-30")).code).toBe("INVALID_DATE");
    expect(caught(() => vietnamDateOf("2024-02-3")).code).toBe("INVALID_INSTANT");
  });

  describe("agrees with TZDate (Asia/Ho_Chi_Minh)", () => {
    const boundaries: string[] = [];
    for (let year = 1976; year <= 2035; year++) {
      for (const day of [`${year - 1}-12-31`, `${year}-06-30`, `${year}-12-14`, `${year}-06-14`]) {
        for (const time of ["16:59:59.999", "17:00:00.000", "00:00:00.000", "23:59:59.999"]) {
          boundaries.push(`${day}T${time}Z`);
        }
      }
    }

    it(`at ${boundaries.length} instants around every half-year boundary from 1976 to 2035`, () => {
      for (const iso of boundaries) {
        const ms = Date.parse(iso);
        expect(toVietnamDate(iso), iso).toBe(tzVietnamDate(ms));
        expect(toVietnamDate(new Date(ms)), iso).toBe(tzVietnamDate(ms));
      }
    });

    it("at random instants written in random offsets (after 1975, when Vietnam settled on UTC+7)", () => {
      fc.assert(
        fc.property(
          fc.integer({ min: Date.UTC(1976, 0, 1), max: Date.UTC(2200, 0, 1) }),
          fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }),
          fc.constantFrom("T+HH:MM", "T+HHMM", " +HH"),
          (ms, rawOffset, form) => {
            // PostgreSQL's form has whole-hour offsets only
            const offsetMinutes = form === " +HH" ? Math.trunc(rawOffset / 60) * 60 : rawOffset;
            const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 23);
            const sign = offsetMinutes < 0 ? "-" : "+";
            const abs = Math.abs(offsetMinutes);
            const hh = String(Math.floor(abs / 60)).padStart(2, "0");
            const mm = String(abs % 60).padStart(2, "0");
            const zone = form === "T+HH:MM" ? `${hh}:${mm}` : form === "T+HHMM" ? `${hh}${mm}` : hh;
            const iso = `${form === " +HH" ? local.replace("T", " ") : local}${sign}${zone}`;
            expect(toVietnamDate(iso)).toBe(tzVietnamDate(ms));
            expect(toVietnamDate(new Date(ms))).toBe(tzVietnamDate(ms));
          },
        ),
        { numRuns: 2000 },
      );
    });

    it("at random instants written with Z", () => {
      fc.assert(
        fc.property(fc.integer({ min: Date.UTC(1976, 0, 1), max: Date.UTC(2200, 0, 1) }), (ms) => {
          expect(toVietnamDate(new Date(ms).toISOString())).toBe(tzVietnamDate(ms));
        }),
        { numRuns: 2000 },
      );
    });
  });
});

describe("calendar dates: refusals say what was given", () => {
  it("parseCalendarDate", () => {
    expect(caughtParams(() => parseCalendarDate("2023-02-29"))).toEqual({
      code: "INVALID_DATE",
      params: { value: "2023-02-29" },
    });
    // @ts-expect-error a number is not a date
    expect(caughtParams(() => parseCalendarDate(20240101))).toEqual({
      code: "INVALID_DATE",
      params: { value: "20240101" },
    });
    expect(parseCalendarDate("0001-01-01")).toBe("0001-01-01");
    expect(isCalendarDate("0001-01-01")).toBe(true);
    expect(isCalendarDate("0000-12-31")).toBe(false);
    expect(isCalendarDate(20240101)).toBe(false);
  });

  it("toVietnamDate: INVALID_INSTANT for a malformed instant, OUT_OF_RANGE past 9999 in Hanoi", () => {
    expect(caughtParams(() => toVietnamDate("2024-06-30"))).toEqual({
      code: "INVALID_INSTANT",
      params: { value: "2024-06-30" },
    });
    expect(caughtParams(() => toVietnamDate("9999-12-31T17:00:00Z"))).toEqual({
      code: "OUT_OF_RANGE",
      params: { value: "9999-12-31T17:00:00Z", range: "0001-01-01 … 9999-12-31" },
    });
    expect(toVietnamDate("9999-12-31T16:59:59Z")).toBe("9999-12-31");
    expect(toVietnamDate("0001-01-01T00:00:00+07:00")).toBe("0001-01-01");
  });

  it("an object that merely has a length of 10 is not a date (no string method is called on it)", () => {
    const fake = { length: 10 };
    expect(isCalendarDate(fake)).toBe(false);
    // @ts-expect-error an object with a length is not a date
    expect(caughtParams(() => parseCalendarDate(fake)).code).toBe("INVALID_DATE");
    // @ts-expect-error an object with a length is not a date or an instant
    expect(caughtParams(() => periodOf(fake, "year")).code).toBe("INVALID_INSTANT");
    // @ts-expect-error an object with a length is not a date
    expect(caughtParams(() => addCalendarDays(fake, 1)).code).toBe("INVALID_DATE");
  });

  it("periodOf a Date object or an instant string, and a malformed day", () => {
    expect(periodOf(new Date("2024-06-30T17:00:00Z"), "half-year").toString()).toBe("2024-H2");
    expect(periodOf("2024-06-30T17:00:00Z", "half-year").toString()).toBe("2024-H2");
    expect(caughtParams(() => periodOf("2024-02-30", "year"))).toEqual({
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
    expect(caughtParams(() => addCalendarDays("0001-01-01", -1))).toEqual({
      code: "OUT_OF_RANGE",
      params: {
        value: { en: "0001-01-01 + -1 days", vi: "0001-01-01 + -1 ngày" },
        range: "0001-01-01 … 9999-12-31",
      },
    });
    expect(caughtParams(() => addCalendarDays("9999-12-31", 1))).toEqual({
      code: "OUT_OF_RANGE",
      params: {
        value: { en: "9999-12-31 + 1 days", vi: "9999-12-31 + 1 ngày" },
        range: "0001-01-01 … 9999-12-31",
      },
    });
  });

  it("refuses a bad date or a fractional day count with what was given", () => {
    expect(caughtParams(() => addCalendarDays("2024-13-01", 1))).toEqual({
      code: "INVALID_DATE",
      params: { value: "2024-13-01" },
    });
    expect(caughtParams(() => addCalendarDays("2024-01-01", 1.5))).toEqual({
      code: "INVALID_ARGUMENT",
      params: { name: "days", detail: { en: "1.5 is not a whole number", vi: "1.5 không phải số nguyên" } },
    });
  });
});

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
      expect(caught(() => vietnamDateOf(text)).code).toBe(text.length === 10 ? "INVALID_DATE" : "INVALID_INSTANT");
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
    expect(caught(() => toVietnamDate("9999-12-31T17:00:00Z")).code).toBe("OUT_OF_RANGE");
    expect(caught(() => toVietnamDate("9999-12-31T20:00:00-23:00")).code).toBe("OUT_OF_RANGE");
    expect(caught(() => toVietnamDate("0001-01-01T00:00:00+14:00")).code).toBe("OUT_OF_RANGE");
    expect(caught(() => toVietnamDate(new Date(Number.NaN))).code).toBe("INVALID_INSTANT");
  });
});
