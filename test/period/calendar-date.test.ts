import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  isCalendarDate,
  isInstant,
  NgoaivuError,
  parseCalendarDate,
  toVietnamDate,
  vietnamDateOf,
} from "../../src/index.js";

const HANOI = "Asia/Ho_Chi_Minh";

/** The reference answer: the tz database's Vietnam date of an instant, via TZDate. */
function tzVietnamDate(ms: number): string {
  return format(new TZDate(ms, HANOI), "yyyy-MM-dd");
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof NgoaivuError) return error.code;
    throw error;
  }
  return undefined;
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
    expect(codeOf(() => parseCalendarDate(text))).toBe("INVALID_DATE");
  });

  it("rejects non-strings", () => {
    expect(isCalendarDate(20240630)).toBe(false);
    expect(codeOf(() => parseCalendarDate(20240630 as unknown as string))).toBe("INVALID_DATE");
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
    expect(codeOf(() => addCalendarDays("2024-02-30", 1))).toBe("INVALID_DATE");
    expect(codeOf(() => addCalendarDays("2024-02-01", 1.5))).toBe("INVALID_ARGUMENT");
    expect(codeOf(() => addCalendarDays("9999-12-31", 1))).toBe("OUT_OF_RANGE");
    expect(codeOf(() => addCalendarDays("0001-01-01", -1))).toBe("OUT_OF_RANGE");
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
    expect(codeOf(() => toVietnamDate(new Date(Number.NaN)))).toBe("INVALID_INSTANT");
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
    expect(codeOf(() => toVietnamDate(text))).toBe("INVALID_INSTANT");
  });

  it("rejects what is not a string or Date", () => {
    expect(isInstant(12)).toBe(false);
    expect(codeOf(() => toVietnamDate(12 as unknown as string))).toBe("INVALID_INSTANT");
  });

  it("refuses days outside the years 1–9999", () => {
    expect(codeOf(() => toVietnamDate("9999-12-31T20:00:00Z"))).toBe("OUT_OF_RANGE");
    expect(codeOf(() => toVietnamDate("0001-01-01T00:00:00+14:00"))).toBe("OUT_OF_RANGE");
    expect(codeOf(() => toVietnamDate(new Date(-62135596800000 - 8 * 3600_000)))).toBe("OUT_OF_RANGE");
  });

  it("vietnamDateOf passes calendar dates through and places instants", () => {
    expect(vietnamDateOf("2024-06-30")).toBe("2024-06-30");
    expect(vietnamDateOf("2024-06-30T17:00:00Z")).toBe("2024-07-01");
    expect(codeOf(() => vietnamDateOf("2024-02-30"))).toBe("INVALID_DATE");
    expect(codeOf(() => vietnamDateOf("2024-02-3"))).toBe("INVALID_INSTANT");
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
