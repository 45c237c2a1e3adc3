/**
 * parsePeriod and parseCanonicalPeriod on written forms, period labels, the
 * wire schemas, and how the period schemas word their refusals.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  CalendarDateSchema,
  DateOrInstantSchema,
  InstantSchema,
  PERIOD_PATTERN,
  Period,
  PeriodSchema,
  parseCanonicalPeriod,
  parsePeriod,
} from "../../src/index.js";
import { caught } from "../_caught.js";

const year = fc.integer({ min: 1000, max: 9000 });
const anyPeriod: fc.Arbitrary<Period> = fc.oneof(
  fc.tuple(year, fc.integer({ min: 1, max: 2 })).map(([y, h]) => Period.halfYear(y, h)),
  fc.tuple(year, fc.integer({ min: 1, max: 4 })).map(([y, q]) => Period.quarter(y, q)),
  fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => Period.month(y, m)),
  year.map((y) => Period.year(y)),
  fc.tuple(year, fc.integer({ min: 1, max: 10 })).map(([y, n]) => Period.term(y, y + n)),
  fc
    .tuple(
      fc.date({ min: new Date("1000-01-01T00:00:00Z"), max: new Date("9000-12-31T00:00:00Z"), noInvalidDate: true }),
      fc.integer({ min: 0, max: 400 }),
    )
    .map(([d, n]) =>
      Period.range(d.toISOString().slice(0, 10), new Date(d.getTime() + n * 86_400_000).toISOString().slice(0, 10)),
    ),
);

describe("parsePeriod reads written forms", () => {
  it.each([
    ["2024-H1", "2024-H1"],
    ["2024-h2", "2024-H2"],
    ["6 tháng đầu năm 2024", "2024-H1"],
    ["6 tháng cuối năm 2024", "2024-H2"],
    ["Sáu tháng đầu năm 2024", "2024-H1"],
    ["6 thang dau nam 2024", "2024-H1"],
    ["  6  tháng   đầu năm 2024 ", "2024-H1"],
    ["nửa đầu năm 2024", "2024-H1"],
    ["H1 2024", "2024-H1"],
    ["H2/2024", "2024-H2"],
    ["2024 H2", "2024-H2"],
    ["first half of 2024", "2024-H1"],
    ["The second half of 2024", "2024-H2"],
    ["2nd half 2024", "2024-H2"],
    ["2024-Q3", "2024-Q3"],
    ["quý III/2024", "2024-Q3"],
    ["Quý IV năm 2024", "2024-Q4"],
    ["quý 1/2024", "2024-Q1"],
    ["quý II 2024", "2024-Q2"],
    ["Q3 2024", "2024-Q3"],
    ["q4/2024", "2024-Q4"],
    ["2024 Q1", "2024-Q1"],
    ["third quarter of 2024", "2024-Q3"],
    ["2024", "2024"],
    ["năm 2024", "2024"],
    ["Year 2024", "2024"],
    ["2024-07", "2024-07"],
    ["tháng 7/2024", "2024-07"],
    ["tháng 07 năm 2024", "2024-07"],
    ["Tháng 12-2024", "2024-12"],
    ["07/2024", "2024-07"],
    ["July 2024", "2024-07"],
    ["Sep 2024", "2024-09"],
    ["2021-2025", "2021-2025"],
    ["2021–2025", "2021-2025"],
    ["2021 — 2025", "2021-2025"],
    ["giai đoạn 2021–2025", "2021-2025"],
    ["Giai đoạn 2026 - 2030", "2026-2030"],
    ["nhiệm kỳ 2020–2025", "2020-2025"],
    ["kế hoạch 2021-2030", "2021-2030"],
    ["2021–2025 term", "2021-2025"],
    ["the 2021-2025 period", "2021-2025"],
    ["2021 to 2025", "2021-2025"],
    ["2024-01-15..2024-03-31", "2024-01-15..2024-03-31"],
    ["2024-01-15 – 2024-03-31", "2024-01-15..2024-03-31"],
    ["from 2024-01-15 to 2024-03-31", "2024-01-15..2024-03-31"],
    ["từ ngày 15/01/2024 đến ngày 31/03/2024", "2024-01-15..2024-03-31"],
    ["từ 15/1/2024 đến 31/3/2024", "2024-01-15..2024-03-31"],
    ["from 15 January 2024 to 31 March 2024", "2024-01-15..2024-03-31"],
    ["15 Jan 2024 - 31 Mar 2024", "2024-01-15..2024-03-31"],
  ])("%s → %s", (text, canonical) => {
    expect(parsePeriod(text).toString()).toBe(canonical);
  });

  it.each([
    ["2024-H3", "INVALID_PERIOD"],
    ["2024-Q5", "INVALID_PERIOD"],
    ["2024-13", "INVALID_PERIOD"],
    ["tháng 13/2024", "INVALID_PERIOD"],
    ["quý 5/2024", "INVALID_PERIOD"],
    ["0000", "INVALID_PERIOD"],
    ["2025-2021", "END_BEFORE_START"],
    ["2024-2024", "INVALID_PERIOD"],
    ["2024-02-30..2024-03-01", "INVALID_DATE"],
    ["31/02/2024 - 01/03/2024", "INVALID_DATE"],
    ["2024-03-31..2024-01-15", "END_BEFORE_START"],
    ["sometime in 2024", "UNPARSEABLE_PERIOD"],
    ["6 tháng năm 2024", "UNPARSEABLE_PERIOD"],
    ["", "UNPARSEABLE_PERIOD"],
    ["24-H1", "UNPARSEABLE_PERIOD"],
  ])("%s is refused with %s", (text, code) => {
    expect(caught(() => parsePeriod(text)).code).toBe(code);
  });

  it("refuses what is not a string", () => {
    // @ts-expect-error a number is not text
    expect(caught(() => parsePeriod(2024)).code).toBe("UNPARSEABLE_PERIOD");
  });

  it("reads back every canonical string and every label, in both languages", () => {
    fc.assert(
      fc.property(anyPeriod, (p) => {
        expect(parsePeriod(p.toString()).equals(p)).toBe(true);
        expect(parseCanonicalPeriod(p.toString()).equals(p)).toBe(true);
        expect(parsePeriod(p.label("vi")).equals(p), p.label("vi")).toBe(true);
        expect(parsePeriod(p.label("en")).equals(p), p.label("en")).toBe(true);
        expect(PERIOD_PATTERN.test(p.toString())).toBe(true);
      }),
    );
  });
});

describe("labels", () => {
  it.each([
    ["2024-H1", "6 tháng đầu năm 2024", "first half of 2024"],
    ["2024-H2", "6 tháng cuối năm 2024", "second half of 2024"],
    ["2024-Q3", "quý III/2024", "third quarter of 2024"],
    ["2024", "năm 2024", "2024"],
    ["2024-07", "tháng 7/2024", "July 2024"],
    ["2021-2025", "giai đoạn 2021–2025", "2021–2025 term"],
    ["2024-01-15..2024-03-31", "từ ngày 15/01/2024 đến ngày 31/03/2024", "from 15 January 2024 to 31 March 2024"],
  ])("%s is %s / %s", (text, vi, en) => {
    const p = parsePeriod(text);
    expect(p.label("vi")).toBe(vi);
    expect(p.label("en")).toBe(en);
    expect(p.label()).toBe(en);
  });
});

describe("parseCanonicalPeriod", () => {
  it("accepts only canonical strings", () => {
    expect(caught(() => parseCanonicalPeriod("H1 2024")).code).toBe("UNPARSEABLE_PERIOD");
    expect(caught(() => parseCanonicalPeriod("2024-h1")).code).toBe("UNPARSEABLE_PERIOD");
    // @ts-expect-error a number is not text
    expect(caught(() => parseCanonicalPeriod(7)).code).toBe("UNPARSEABLE_PERIOD");
    expect(caught(() => parseCanonicalPeriod("2025-2021")).code).toBe("END_BEFORE_START");
  });
});

describe("wire schemas", () => {
  it("CalendarDateSchema accepts real days only, with our message", () => {
    expect(CalendarDateSchema.parse("2024-02-29")).toBe("2024-02-29");
    const bad = CalendarDateSchema.safeParse("2023-02-29");
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe("2023-02-29 is not a valid calendar date (YYYY-MM-DD)");
    expect(CalendarDateSchema.safeParse("2024/02/29").error?.issues).toHaveLength(1);
    expect(CalendarDateSchema.safeParse(20240229).success).toBe(false);
  });

  it("InstantSchema and DateOrInstantSchema", () => {
    expect(InstantSchema.parse("2024-06-30T17:00:00+07:00")).toBe("2024-06-30T17:00:00+07:00");
    expect(InstantSchema.safeParse("2024-06-30T17:00:00").error?.issues[0]?.message).toBe(
      "2024-06-30T17:00:00 is not a valid instant: expected an ISO 8601 date-time with Z or an offset",
    );
    expect(DateOrInstantSchema.parse("2024-06-30")).toBe("2024-06-30");
    expect(DateOrInstantSchema.parse("2024-06-30T17:00:00Z")).toBe("2024-06-30T17:00:00Z");
    expect(DateOrInstantSchema.safeParse("2024-02-30").error?.issues[0]?.message).toContain("calendar date");
    expect(DateOrInstantSchema.safeParse("30/06/2024 10:00").error?.issues[0]?.message).toContain("instant");
  });

  it("PeriodSchema decodes canonical strings to periods and encodes them back", () => {
    const p = PeriodSchema.parse("2024-H1");
    expect(p).toBe(Period.halfYear(2024, 1));
    expect(PeriodSchema.encode(p)).toBe("2024-H1");
    expect(PeriodSchema.safeParse("H1 2024").success).toBe(false);
    const invalid = PeriodSchema.safeParse("2025-2021");
    expect(invalid.success).toBe(false);
    expect(invalid.error?.issues[0]?.message).toBe("The end date 2021 is before the start date 2025");
    fc.assert(
      fc.property(anyPeriod, (q) => {
        expect(PeriodSchema.decode(PeriodSchema.encode(q)).equals(q)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("give a JSON Schema of their wire form", () => {
    expect(z.toJSONSchema(CalendarDateSchema, { io: "input" })).toMatchObject({ type: "string", format: "date" });
    expect(z.toJSONSchema(InstantSchema, { io: "input" })).toMatchObject({ type: "string" });
    expect(z.toJSONSchema(DateOrInstantSchema, { io: "input" })).toMatchObject({ type: "string" });
    const period = z.toJSONSchema(PeriodSchema, { io: "input" }) as { type: string; pattern: string };
    expect(period.type).toBe("string");
    for (const text of ["2024-H1", "2024-Q3", "2024", "2024-07", "2021-2025", "2024-01-15..2024-03-31"]) {
      expect(new RegExp(period.pattern).test(text), text).toBe(true);
    }
    expect(new RegExp(period.pattern).test("H1 2024")).toBe(false);
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
