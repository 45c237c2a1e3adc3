/**
 * No catastrophic backtracking: every parser that uses regular expressions is
 * fed long adversarial strings (repeated digits, separators, scale and
 * qualifier words, almost-matches that fail at the very end) and must answer
 * (a value or a coded error) well under a generous bound. A linear-time check,
 * not a benchmark: an exponential regex takes seconds to minutes here.
 */
import { describe, expect, it } from "vitest";
import {
  CalendarDateSchema,
  DateOrInstantSchema,
  DateSchema,
  DelegationSchema,
  findProvince,
  InstantSchema,
  Money,
  MoneySchema,
  PeriodSchema,
  parseCalendarDate,
  parseFigure,
  parseMoney,
  parseNumber,
  parsePeriod,
  periodOf,
  safeParse,
  toVietnamDate,
} from "../../src/index.js";
import { within } from "./_hostile.js";

const BOUND_MS = 200;

/** Long strings built to make a backtracking regex explode, and near-misses that fail only at the end. */
const ADVERSARIAL: [string, string][] = [
  ["1×100k", "1".repeat(100_000)],
  ["1.×50k", "1.".repeat(50_000)],
  ["1,×50k", "1,".repeat(50_000)],
  ["1 ×50k", "1 ".repeat(50_000)],
  ["digits and separators", "12.345,6 ".repeat(11_000)],
  ["khoảng ×20k", "khoảng ".repeat(20_000)],
  ["khoảng ×20k + x", `${"khoảng ".repeat(20_000)}x`],
  ["tháng ×20k + x", `${"tháng ".repeat(20_000)}x`],
  ["quý ×20k + x", `${"quý ".repeat(20_000)}x`],
  ["năm 2024 ×10k", "năm 2024 ".repeat(10_000)],
  ["6 tháng đầu năm ×5k", "6 tháng đầu năm ".repeat(5_000)],
  ["tỷ triệu ×20k", "tỷ triệu ".repeat(20_000)],
  ["about over ×20k + 1", `${"about over ".repeat(20_000)}1`],
  ["1 tỷ ×20k", "1 tỷ ".repeat(20_000)],
  ["2024- ×30k", "2024-".repeat(30_000)],
  ["2024-H ×30k", "2024-H".repeat(30_000)],
  ["2024-06-30T ×10k", "2024-06-30T".repeat(10_000)],
  ["0 ×100k + Z", `${"0".repeat(100_000)}Z`],
  ["date + 100k fraction digits", `2024-06-30T17:00:00.${"1".repeat(100_000)}Z`],
  ["date + 100k spaces", `2024-06-30${" ".repeat(100_000)}`],
  ["tỉnh ×20k", "tỉnh ".repeat(20_000)],
  ["thành phố Hà ×10k", "thành phố Hà ".repeat(10_000)],
  ["space ×100k", " ".repeat(100_000)],
  ["nbsp and dots", "\u00a0.".repeat(50_000)],
  ["e ×50k", "1e".repeat(50_000)],
  ["minus ×50k", "-".repeat(50_000)],
];

describe("linear time on long adversarial strings", () => {
  for (const [name, s] of ADVERSARIAL) {
    it(name, () => {
      within(BOUND_MS, `parseMoney(${name})`, () => parseMoney(s));
      within(BOUND_MS, `parseMoney(${name}, vi)`, () => parseMoney(s, { locale: "vi", currency: "VND" }));
      within(BOUND_MS, `parseNumber(${name})`, () => parseNumber(s));
      within(BOUND_MS, `Money.of(${name})`, () => Money.of(s, "VND"));
      within(BOUND_MS, `parseFigure(${name})`, () => parseFigure(s));
      within(BOUND_MS, `parsePeriod(${name})`, () => parsePeriod(s));
      within(BOUND_MS, `parseCalendarDate(${name})`, () => parseCalendarDate(s));
      within(BOUND_MS, `toVietnamDate(${name})`, () => toVietnamDate(s));
      within(BOUND_MS, `periodOf(${name})`, () => periodOf(s, "half-year"));
      within(BOUND_MS, `findProvince(${name})`, () => findProvince(s));
      within(BOUND_MS, `findProvince(x, ${name})`, () => findProvince("Hà Nội", s));
      // The schemas that hold patterns: bare, and through the guarded entry point.
      for (const [label, schema] of [
        ["CalendarDateSchema", CalendarDateSchema],
        ["InstantSchema", InstantSchema],
        ["DateOrInstantSchema", DateOrInstantSchema],
        ["DateSchema", DateSchema],
        ["PeriodSchema", PeriodSchema],
      ] as const) {
        within(BOUND_MS, `${label}(${name})`, () => schema.safeParse(s));
      }
      within(BOUND_MS, `MoneySchema(${name})`, () => MoneySchema.safeParse({ amount: s, currency: "VND" }));
      const limits = { maxStringLength: 200_000 };
      within(BOUND_MS, `Delegation.start(${name})`, () =>
        safeParse(DelegationSchema, { start: s, end: s, cost: { amount: s, currency: s } }, { limits }),
      );
    });
  }

  it("the bound is not vacuous: the parsers refuse or read these strings, they do not skip them", () => {
    // A long run of digits is a (huge) number to Money.of, refused by the text parsers' length cap.
    expect(Money.of("1".repeat(1_000), "VND").toDecimalString()).toBe("1".repeat(1_000));
    expect(within(BOUND_MS, "parseMoney", () => parseMoney("1".repeat(100_000)))).toBe("TOO_LONG");
    expect(within(BOUND_MS, "parsePeriod", () => parsePeriod(`${"tháng ".repeat(20_000)}x`))).not.toBe("ok");
  });
});
