/**
 * periodOf, periodRange and isInPeriod in both reporting conventions
 * (statistical and administrative), their laws, year 1's administrative
 * half-year, and the argument and value named by each refusal.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  isInPeriod,
  Period,
  type PeriodOfKind,
  parsePeriod,
  periodOf,
  periodRange,
  type ReportingConvention,
} from "../../src/index.js";
import { caught, caughtParams } from "../_caught.js";

const CONVENTIONS: readonly ReportingConvention[] = ["statistical", "administrative"];

function daysOf(first: string, last: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= Date.parse(`${last}T00:00:00Z`); t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

describe("periodOf, statistical convention (calendar)", () => {
  it.each([
    ["2023-12-31", "2023-H2"],
    ["2024-01-01", "2024-H1"],
    ["2024-06-30", "2024-H1"],
    ["2024-07-01", "2024-H2"],
    ["2024-12-31", "2024-H2"],
    ["2025-01-01", "2025-H1"],
  ])("puts %s in %s", (date, half) => {
    expect(periodOf(date, "half-year").toString()).toBe(half);
    expect(periodOf(date, "half-year", { convention: "statistical" }).toString()).toBe(half);
  });

  it.each([
    ["2024-06-30T16:59:59Z", "2024-H1"],
    ["2024-06-30T17:00:00Z", "2024-H2"],
    ["2024-06-30T20:00:00Z", "2024-H2"],
    ["2024-06-30T23:59:59+07:00", "2024-H1"],
    ["2024-07-01T00:00:00+07:00", "2024-H2"],
    ["2024-12-31T16:59:59Z", "2024-H2"],
    ["2024-12-31T17:00:00Z", "2025-H1"],
    ["2024-12-31T10:00:00-07:00", "2025-H1"],
  ])("places the instant %s on the Vietnam calendar: %s", (instant, half) => {
    expect(periodOf(instant, "half-year").toString()).toBe(half);
    expect(periodOf(new Date(instant), "half-year").toString()).toBe(half);
  });

  it("gives quarters, months, years and five- or ten-year terms", () => {
    expect(periodOf("2024-09-30", "quarter").toString()).toBe("2024-Q3");
    expect(periodOf("2024-10-01", "quarter").toString()).toBe("2024-Q4");
    expect(periodOf("2024-02-29", "month").toString()).toBe("2024-02");
    expect(periodOf("2024-12-31T17:00:00Z", "year").toString()).toBe("2025");
    expect(periodOf("2020-12-31", "term").toString()).toBe("2016-2020");
    expect(periodOf("2021-01-01", "term").toString()).toBe("2021-2025");
    expect(periodOf("2025-12-31", "term").toString()).toBe("2021-2025");
    expect(periodOf("2026-01-01", "term").toString()).toBe("2026-2030");
    expect(periodOf("2030-12-31", "term", { termYears: 10 }).toString()).toBe("2021-2030");
    expect(periodOf("2020-12-31", "term", { termYears: 10 }).toString()).toBe("2011-2020");
  });

  it("returns the same interned period for every record of a half-year", () => {
    expect(periodOf("2024-02-01", "half-year")).toBe(periodOf("2024-05-01T03:00:00Z", "half-year"));
  });

  it("refuses unreadable input, kinds, conventions and term lengths", () => {
    expect(caught(() => periodOf("2024-02-30", "half-year")).code).toBe("INVALID_DATE");
    expect(caught(() => periodOf("2024-06-30T17:00:00", "half-year")).code).toBe("INVALID_INSTANT");
    expect(caught(() => periodOf("2024-06-30", "range" as PeriodOfKind)).code).toBe("INVALID_ARGUMENT");
    expect(
      caught(() => periodOf("2024-06-30", "half-year", { convention: "fiscal" as ReportingConvention })).code,
    ).toBe("INVALID_ARGUMENT");
    expect(caught(() => periodOf("2024-06-30", "term", { termYears: 4 as 5 })).code).toBe("INVALID_ARGUMENT");
  });
});

describe("periodOf, administrative convention (Decree 09/2019/NĐ-CP, Art. 12)", () => {
  const admin = { convention: "administrative" } as const;

  it.each([
    ["2023-12-14", "2023-H2"],
    ["2023-12-15", "2024-H1"],
    ["2023-12-20", "2024-H1"],
    ["2023-12-31", "2024-H1"],
    ["2024-01-01", "2024-H1"],
    ["2024-06-14", "2024-H1"],
    ["2024-06-15", "2024-H2"],
    ["2024-06-30", "2024-H2"],
    ["2024-12-14", "2024-H2"],
    ["2024-12-15", "2025-H1"],
  ])("puts %s in %s", (date, half) => {
    expect(periodOf(date, "half-year", admin).toString()).toBe(half);
  });

  it("places instants on the Vietnam calendar before cutting off", () => {
    expect(periodOf("2024-06-14T16:59:59Z", "half-year", admin).toString()).toBe("2024-H1");
    expect(periodOf("2024-06-14T17:00:00Z", "half-year", admin).toString()).toBe("2024-H2");
    expect(periodOf("2024-12-14T17:00:00Z", "year", admin).toString()).toBe("2025");
  });

  it("cuts quarters, months and years at the 15th and terms as the union of their years", () => {
    expect(periodOf("2023-12-15", "quarter", admin).toString()).toBe("2024-Q1");
    expect(periodOf("2024-03-14", "quarter", admin).toString()).toBe("2024-Q1");
    expect(periodOf("2024-03-15", "quarter", admin).toString()).toBe("2024-Q2");
    expect(periodOf("2024-07-14", "month", admin).toString()).toBe("2024-07");
    expect(periodOf("2024-07-15", "month", admin).toString()).toBe("2024-08");
    expect(periodOf("2024-12-15", "month", admin).toString()).toBe("2025-01");
    expect(periodOf("2024-12-14", "year", admin).toString()).toBe("2024");
    expect(periodOf("2024-12-15", "year", admin).toString()).toBe("2025");
    expect(periodOf("2020-12-15", "term", admin).toString()).toBe("2021-2025");
    expect(periodOf("2025-12-15", "term", admin).toString()).toBe("2026-2030");
  });
});

describe("periodRange and isInPeriod", () => {
  it("reports the days of named periods under each convention", () => {
    const cases: [string, string, string, string, string][] = [
      ["2024-H1", "2024-01-01", "2024-06-30", "2023-12-15", "2024-06-14"],
      ["2024-H2", "2024-07-01", "2024-12-31", "2024-06-15", "2024-12-14"],
      ["2024", "2024-01-01", "2024-12-31", "2023-12-15", "2024-12-14"],
      ["2024-Q1", "2024-01-01", "2024-03-31", "2023-12-15", "2024-03-14"],
      ["2024-03", "2024-03-01", "2024-03-31", "2024-02-15", "2024-03-14"],
      ["2021-2025", "2021-01-01", "2025-12-31", "2020-12-15", "2025-12-14"],
      ["2024-02-10..2024-05-20", "2024-02-10", "2024-05-20", "2024-02-10", "2024-05-20"],
    ];
    for (const [text, s, e, as, ae] of cases) {
      const p = parsePeriod(text);
      expect(periodRange(p), text).toEqual({ start: s, end: e });
      expect(periodRange(p, "statistical"), text).toEqual({ start: s, end: e });
      expect(periodRange(p, "administrative"), text).toEqual({ start: as, end: ae });
    }
  });

  it("refuses an unknown convention and the administrative start of year 1", () => {
    expect(caught(() => periodRange(Period.year(2024), "fiscal" as ReportingConvention)).code).toBe("INVALID_ARGUMENT");
    expect(caught(() => periodRange(Period.year(1), "administrative")).code).toBe("OUT_OF_RANGE");
  });

  it("isInPeriod cuts off by the convention", () => {
    const h1 = Period.halfYear(2024, 1);
    expect(isInPeriod("2023-12-20", h1)).toBe(false);
    expect(isInPeriod("2023-12-20", h1, { convention: "administrative" })).toBe(true);
    expect(isInPeriod("2024-06-20", h1)).toBe(true);
    expect(isInPeriod("2024-06-20", h1, { convention: "administrative" })).toBe(false);
    expect(isInPeriod("2024-06-30T17:00:00Z", h1)).toBe(false);
  });
});

describe("periodOf and periodRange refusals", () => {
  it("an unknown kind, term length or convention names the argument and the value", () => {
    const CONVENTION = {
      en: 'fiscal is not "statistical" or "administrative"',
      vi: 'fiscal không phải "statistical" hoặc "administrative"',
    };
    // @ts-expect-error "week" is not a period kind
    expect(caughtParams(() => periodOf("2024-01-01", "week"))).toEqual({
      code: "INVALID_ARGUMENT",
      params: {
        name: "kind",
        detail: {
          en: "week is not one of half-year, quarter, year, month, term",
          vi: "week không phải là một trong half-year, quarter, year, month, term",
        },
      },
    });
    // @ts-expect-error a term is 5 or 10 years
    expect(caughtParams(() => periodOf("2024-01-01", "term", { termYears: 4 }))).toEqual({
      code: "INVALID_ARGUMENT",
      params: { name: "termYears", detail: { en: "4 is not 5 or 10", vi: "4 không phải 5 hoặc 10" } },
    });
    // @ts-expect-error "fiscal" is not a reporting convention
    expect(caughtParams(() => periodOf("2024-01-01", "year", { convention: "fiscal" }))).toEqual({
      code: "INVALID_ARGUMENT",
      params: { name: "convention", detail: CONVENTION },
    });
    // @ts-expect-error "fiscal" is not a reporting convention
    expect(caughtParams(() => periodRange(Period.halfYear(2024, 1), "fiscal"))).toEqual({
      code: "INVALID_ARGUMENT",
      params: { name: "convention", detail: CONVENTION },
    });
  });

  it("year 1 starts on 0001-01-01; its administrative half-year would start in year 0", () => {
    expect(periodRange(Period.halfYear(1, 1))).toEqual({ start: "0001-01-01", end: "0001-06-30" });
    expect(periodRange(Period.year(1))).toEqual({ start: "0001-01-01", end: "0001-12-31" });
    expect(caughtParams(() => periodRange(Period.halfYear(1, 1), "administrative"))).toEqual({
      code: "OUT_OF_RANGE",
      params: { value: "0001-H1", range: { en: "years 1 to 9999", vi: "từ năm 1 đến năm 9999" } },
    });
    expect(periodRange(Period.halfYear(1, 2), "administrative")).toEqual({ start: "0001-06-15", end: "0001-12-14" });
  });
});

describe("laws, in both conventions", () => {
  const kinds: readonly PeriodOfKind[] = ["half-year", "quarter", "year", "month", "term"];

  it("every day of a year lands in exactly one half-year, the one whose days hold it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.constantFrom(...CONVENTIONS), (y, convention) => {
        const halves = [Period.halfYear(y, 1), Period.halfYear(y, 2), Period.halfYear(y + 1, 1)];
        let previous: Period | undefined;
        for (const date of daysOf(`${y}-01-01`, `${y}-12-31`)) {
          const p = periodOf(date, "half-year", { convention });
          const holding = halves.filter((h) => isInPeriod(date, h, { convention }));
          expect(holding, date).toHaveLength(1);
          expect(holding[0]?.equals(p), date).toBe(true);
          // days move forward through the half-years, never back
          if (previous !== undefined) expect(previous.compare(p)).toBeLessThanOrEqual(0);
          previous = p;
        }
      }),
      { numRuns: 30 },
    );
  });

  it("the half-years of a term tile the term with no gap and no overlap", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2200 }),
        fc.integer({ min: 1, max: 10 }),
        fc.constantFrom(...CONVENTIONS),
        (first, extra, convention) => {
          const term = Period.term(first, first + extra);
          const ranges = term.halfYears().map((h) => periodRange(h, convention));
          expect(ranges).toHaveLength(2 * (extra + 1));
          const whole = periodRange(term, convention);
          expect(ranges[0]?.start).toBe(whole.start);
          expect(ranges.at(-1)?.end).toBe(whole.end);
          for (let i = 1; i < ranges.length; i++) expect(nextDay(ranges[i - 1]?.end ?? "")).toBe(ranges[i]?.start);
        },
      ),
    );
  });

  it("periodOf a day is the period of that kind whose range holds the day", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2200-12-31T00:00:00Z"), noInvalidDate: true }),
        fc.constantFrom(...kinds),
        fc.constantFrom(...CONVENTIONS),
        (d, kind, convention) => {
          const date = d.toISOString().slice(0, 10);
          const p = periodOf(date, kind, { convention });
          const { start, end } = periodRange(p, convention);
          expect(start <= date && date <= end).toBe(true);
          expect(isInPeriod(date, p, { convention })).toBe(true);
          expect(isInPeriod(date, p.next(), { convention })).toBe(false);
          expect(isInPeriod(date, p.previous(), { convention })).toBe(false);
        },
      ),
    );
  });

  it("an instant belongs where its Vietnam date belongs", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1976, 0, 1), max: Date.UTC(2200, 0, 1) }),
        fc.constantFrom(...kinds),
        fc.constantFrom(...CONVENTIONS),
        (ms, kind, convention) => {
          const iso = new Date(ms).toISOString();
          const vnDate = new Date(ms + 7 * 3600_000).toISOString().slice(0, 10);
          expect(periodOf(iso, kind, { convention }).equals(periodOf(vnDate, kind, { convention }))).toBe(true);
        },
      ),
    );
  });
});
