/**
 * Regression (found by the fuzz suite): entry points given an object without a
 * prototype (`Object.create(null)`, as some JSON and query-string parsers make)
 * or with a throwing `toString` threw a bare `TypeError` ("Cannot convert object
 * to primitive value") while building their coded error's message. They now
 * throw their coded error.
 *
 * Also found: `parseMoney`, `parseNumber` and `parseFigure` with a `locale`
 * other than "vi" or "en" threw `TypeError: Cannot read properties of
 * undefined (reading 'group')`; they now throw `INVALID_ENUM`, as the
 * formatters do.
 */
import { describe, expect, it } from "vitest";
import { showValue } from "../../src/_lib/show.js";
import {
  country,
  Figure,
  findCountry,
  findProvince,
  formatFigure,
  formatMoney,
  growth,
  type Lang,
  Money,
  Period,
  parseCalendarDate,
  parseCanonicalPeriod,
  parseFigure,
  parseMoney,
  parseNumber,
  parsePeriod,
  periodOf,
  periodRange,
  province,
  render,
  summarize,
  toVietnamDate,
} from "../../src/index.js";
import { unchecked } from "../_caught.js";
import { outcome } from "./_hostile.js";

const ODD: [string, () => unknown][] = [
  ["null prototype", () => Object.create(null)],
  [
    "throwing toString",
    () => ({
      toString() {
        throw new Error("boom");
      },
    }),
  ],
  [
    "throwing toPrimitive",
    () => ({
      [Symbol.toPrimitive]() {
        throw new Error("boom");
      },
    }),
  ],
];

const vnd = Money.of("1", "VND");
const CALLS: [string, (x: never) => unknown, string][] = [
  ["parsePeriod", (x) => parsePeriod(x), "UNPARSEABLE_PERIOD"],
  ["parseCanonicalPeriod", (x) => parseCanonicalPeriod(x), "UNPARSEABLE_PERIOD"],
  ["parseCalendarDate", (x) => parseCalendarDate(x), "INVALID_DATE"],
  ["toVietnamDate", (x) => toVietnamDate(x), "INVALID_INSTANT"],
  ["periodOf date", (x) => periodOf(x, "half-year"), "INVALID_INSTANT"],
  ["periodOf kind", (x) => periodOf("2024-06-30", x), "INVALID_ARGUMENT"],
  ["periodOf termYears", (x) => periodOf("2024-06-30", "term", { termYears: x }), "INVALID_ARGUMENT"],
  ["periodOf convention", (x) => periodOf("2024-06-30", "half-year", { convention: x }), "INVALID_ARGUMENT"],
  ["periodRange convention", (x) => periodRange(Period.halfYear(2024, 1), x), "INVALID_ARGUMENT"],
  ["Period.range", (x) => Period.range(x, "2024-01-01"), "INVALID_DATE"],
  ["summarize convention", (x) => summarize({}, { period: "2024-H1", convention: x }), "INVALID_ARGUMENT"],
  ["Figure.count qualifier", (x) => Figure.count(1, x), "INVALID_QUALIFIER"],
  ["formatFigure locale", (x) => formatFigure(Figure.count(1), { locale: x }), "INVALID_ENUM"],
  ["formatMoney locale", (x) => formatMoney(vnd, { locale: x }), "INVALID_ENUM"],
  ["formatMoney display", (x) => formatMoney(vnd, { display: x }), "INVALID_ENUM"],
  ["formatMoney style", (x) => formatMoney(vnd, { style: x }), "INVALID_ENUM"],
  ["parseNumber locale", (x) => parseNumber("1", { locale: x }), "INVALID_ENUM"],
  ["growth as", (x) => growth(vnd, vnd, { as: x }), "INVALID_ENUM"],
  ["findProvince", (x) => findProvince(x), "UNKNOWN_PROVINCE"],
  ["findProvince at", (x) => findProvince("Hà Nội", x), "INVALID_INSTANT"],
  ["province", (x) => province(x, "2024-01-01"), "UNKNOWN_PROVINCE"],
  ["country", (x) => country(x), "UNKNOWN_COUNTRY"],
  ["findCountry", (x) => findCountry(x), "UNKNOWN_COUNTRY"],
  // @ts-expect-error a plain object is not a cluster report
  ["render format", (x) => render({}, { format: x }), "INVALID_ENUM"],
];

describe("an unknown locale is INVALID_ENUM in the parsers", () => {
  for (const locale of ["xx", "EN", "vi-VN", 5]) {
    it(String(locale), () => {
      const options = { locale: unchecked<Lang>(locale) };
      expect(outcome(() => parseNumber("1.576", options))).toBe("INVALID_ENUM");
      expect(outcome(() => parseNumber("1,5", options))).toBe("INVALID_ENUM");
      expect(outcome(() => parseMoney("1.576 USD", options))).toBe("INVALID_ENUM");
      expect(outcome(() => parseFigure("khoảng 1.576", options))).toBe("INVALID_ENUM");
    });
  }
  it("the two locales still work", () => {
    expect(parseNumber("1.576", { locale: "vi" }).toString()).toBe("1576");
    expect(parseNumber("1.576", { locale: "en" }).toString()).toBe("1.576");
    expect(parseMoney("1.576 USD", { locale: "en" }).toString()).toBe("1.576 USD");
  });
});

describe("odd values get the coded error, not a TypeError", () => {
  for (const [what, make] of ODD) {
    it(what, () => {
      for (const [name, call, code] of CALLS) {
        expect
          .soft(
            outcome(() => call(unchecked<never>(make()))),
            name,
          )
          .toBe(code);
      }
    });
  }
});

describe("showValue (the private helper behind the messages)", () => {
  it("is quoteInput's text, a string bare, for ordinary values", () => {
    expect(showValue("x")).toBe("x");
    expect(showValue(5)).toBe("5");
    expect(showValue(null)).toBe("null");
    expect(showValue(undefined)).toBe("undefined");
    expect(showValue(12n)).toBe("12");
    expect(showValue(Symbol("s"))).toBe("symbol");
    expect(showValue({ toString: () => "custom" })).toBe("object");
    expect(showValue(["vi"])).toBe("array");
  });

  it("writes an object as its kind, never calling it, so it never throws", () => {
    expect(showValue(Object.create(null))).toBe("object");
    expect(
      showValue({
        toString() {
          throw new Error("boom");
        },
      }),
    ).toBe("object");
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error("every read throws");
        },
      },
    );
    expect(showValue(hostile)).toBe("object");
  });
});
