/**
 * Hostile input at the text and value entry points: `parseMoney`, `Money.of`,
 * `parseFigure`, `parsePeriod`, `periodOf`, `parseCalendarDate`,
 * `toVietnamDate`, `findProvince`. Each is fed arbitrary strings, arbitrary JS
 * values (a caller in plain JavaScript can pass anything) and boundary values;
 * only coded errors may come out, and what comes out at a boundary is right.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  findProvince,
  Money,
  parseCalendarDate,
  parseFigure,
  parseMoney,
  parsePeriod,
  periodOf,
  toVietnamDate,
} from "../../src/index.js";
import { unchecked } from "../_caught.js";
import {
  BOUNDARY_AMOUNTS,
  BOUNDARY_DATES,
  BOUNDARY_INSTANTS,
  BOUNDARY_NUMBERS,
  expectProtoUntouched,
  hostileString,
  outcome,
  protoSnapshot,
  runs,
} from "./_hostile.js";

let snapshot: ReturnType<typeof protoSnapshot>;
beforeAll(() => {
  snapshot = protoSnapshot();
});
afterAll(() => {
  expectProtoUntouched(snapshot);
});

const KINDS = ["half-year", "quarter", "year", "month", "term"] as const;
const anyValue = fc.anything({ maxDepth: 2, withBigInt: true, withDate: true, withNullPrototype: true });
const text = fc.oneof(hostileString, fc.string({ maxLength: 60 }));

// Characters the parsers treat specially, so random strings reach deep branches.
const ALPHABET = [
  ..."0123456789.,  -+−–/:TZ$₫đ€¥",
  "tỷ",
  "triệu",
  "nghìn",
  "tỉ",
  "million",
  "bn",
  " USD",
  " VND",
  "khoảng ",
  "gần ",
  "hơn ",
  "trên ",
  "ít nhất ",
  "dưới ",
  "about ",
  "over ",
  "nearly ",
  "6 tháng đầu năm ",
  "tháng ",
  "quý ",
  "năm ",
  "H1",
  "H2",
  "Q3",
  "-H",
  "-Q",
  "2024",
  "1e",
  "\u00a0",
];
const domainText = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 14 }).map((parts) => parts.join(""));

describe("fuzz: parsers only return a value or throw a coded error", { timeout: 30_000 }, () => {
  it("on arbitrary and domain-shaped strings", () => {
    fc.assert(
      fc.property(fc.oneof(text, domainText), fc.constantFrom("vi", "en", undefined), (s, locale) => {
        const opts = locale === undefined ? {} : { locale };
        outcome(() => parseMoney(s, opts));
        outcome(() => parseMoney(s, { ...opts, currency: "VND" }));
        outcome(() => Money.of(s, "VND"));
        outcome(() => Money.of("1", s));
        outcome(() => parseFigure(s, opts));
        outcome(() => parsePeriod(s));
        outcome(() => parseCalendarDate(s));
        outcome(() => toVietnamDate(s));
        outcome(() => findProvince(s));
        outcome(() => findProvince("Hà Nội", s));
        for (const kind of KINDS) outcome(() => periodOf(s, kind));
      }),
      runs(700),
    );
  });

  it("on arbitrary JS values where a string or number is expected", () => {
    // Options are an object (TypeScript's contract; `null` options are a
    // programming error, not hostile data) whose fields can hold anything.
    const options = fc.dictionary(
      fc.constantFrom("locale", "currency", "convention", "termYears", "unit", "style", "__proto__"),
      anyValue,
      { maxKeys: 3 },
    );
    fc.assert(
      fc.property(anyValue, anyValue, options, (a, b, o) => {
        const x = unchecked<never>(a);
        const y = unchecked<never>(b);
        const opts = unchecked<never>(o);
        outcome(() => parseMoney(x));
        outcome(() => parseMoney("1 USD", opts));
        outcome(() => parseMoney("1.576 USD", { locale: x }));
        outcome(() => Money.of(x, "VND"));
        outcome(() => Money.of("1", x));
        outcome(() => Money.of(x, y));
        outcome(() => parseFigure(x));
        outcome(() => parseFigure("about 5", opts));
        outcome(() => parseFigure("khoảng 1.576", { locale: x }));
        outcome(() => parsePeriod(x));
        outcome(() => parseCalendarDate(x));
        outcome(() => toVietnamDate(x));
        outcome(() => findProvince(x));
        outcome(() => findProvince("Cao Bằng", x));
        outcome(() => periodOf(x, "half-year"));
        outcome(() => periodOf("2024-06-30", x));
        outcome(() => periodOf("2024-06-30", "term", opts));
        outcome(() => periodOf("2024-06-30", "term", { termYears: x, convention: y }));
      }),
      runs(500),
    );
  });

  it("Date objects, valid and invalid, at the cut-offs", () => {
    const dates = [
      new Date(Number.NaN),
      new Date(8.64e15),
      new Date(-8.64e15),
      new Date("2024-06-30T17:00:00Z"),
      new Date(0),
    ];
    for (const d of dates) {
      outcome(() => toVietnamDate(d));
      for (const kind of KINDS) outcome(() => periodOf(d, kind));
    }
    expect(outcome(() => toVietnamDate(new Date(Number.NaN)))).not.toBe("ok");
    expect(toVietnamDate(new Date("2024-06-30T17:00:00Z"))).toBe("2024-07-01");
  });
});

describe("fuzz: boundary values give the right answers", { timeout: 30_000 }, () => {
  it("calendar dates: leap days, year 0 and 9999, impossible days", () => {
    const ok = new Set(["2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31"]);
    for (const d of BOUNDARY_DATES) {
      const code = outcome(() => parseCalendarDate(d));
      if (ok.has(d)) expect(parseCalendarDate(d), d).toBe(d);
      else expect(code, d).not.toBe("ok");
    }
    // Every valid day round-trips, and belongs to the half-year of its month.
    fc.assert(
      fc.property(
        fc.date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          expect(parseCalendarDate(iso)).toBe(iso);
          const month = Number(iso.slice(5, 7));
          expect(periodOf(iso, "half-year").toString()).toBe(`${iso.slice(0, 4)}-H${month <= 6 ? 1 : 2}`);
        },
      ),
      runs(300),
    );
  });

  it("instants: 17:00Z on 30 June and 31 December is the next day (and period) in Hanoi", () => {
    expect(toVietnamDate("2024-06-30T16:59:59.999Z")).toBe("2024-06-30");
    expect(toVietnamDate("2024-06-30T17:00:00Z")).toBe("2024-07-01");
    expect(toVietnamDate("2024-06-30T17:00:00+00:00")).toBe("2024-07-01");
    expect(toVietnamDate("2024-07-01T00:00:00+07:00")).toBe("2024-07-01");
    expect(toVietnamDate("2024-06-30T23:59:59+07:00")).toBe("2024-06-30");
    expect(periodOf("2024-06-30T16:59:59Z", "half-year").toString()).toBe("2024-H1");
    expect(periodOf("2024-06-30T17:00:00Z", "half-year").toString()).toBe("2024-H2");
    expect(periodOf("2024-12-31T16:59:59Z", "year").toString()).toBe("2024");
    expect(periodOf("2024-12-31T17:00:00Z", "year").toString()).toBe("2025");
    expect(periodOf("2024-02-28T17:00:00Z", "month").toString()).toBe("2024-02");
    expect(toVietnamDate("2024-02-28T17:00:00Z")).toBe("2024-02-29");
    expect(toVietnamDate("2023-02-28T17:00:00Z")).toBe("2023-03-01");
    for (const i of BOUNDARY_INSTANTS) outcome(() => toVietnamDate(i));
    for (const bad of ["2024-06-30T24:00:00Z", "2024-06-30T17:60:00Z", "2024-06-30T17:00:00+25:00"])
      expect(
        outcome(() => toVietnamDate(bad)),
        bad,
      ).not.toBe("ok");
    // Any instant agrees with UTC+7 arithmetic.
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2200-01-01T00:00:00Z"), noInvalidDate: true }),
        (d) => {
          const expected = new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
          expect(toVietnamDate(d.toISOString())).toBe(expected);
          expect(toVietnamDate(d)).toBe(expected);
        },
      ),
      runs(300),
    );
  });

  it("amounts: exponents and floats refused, big integers and signed zeros exact", () => {
    for (const a of ["1e400", "1E-400", "1e3", "0x10", "Infinity", "-Infinity", "NaN", "1..2", "--1", "", " "])
      expect(
        outcome(() => Money.of(a, "VND")),
        a,
      ).not.toBe("ok");
    expect(Money.of("9007199254740993", "VND").toDecimalString()).toBe("9007199254740993");
    expect(Money.of("-9007199254740993", "VND").toDecimalString()).toBe("-9007199254740993");
    expect(Money.of("123456789012345678901234567890", "VND").toDecimalString()).toBe("123456789012345678901234567890");
    expect(Money.of("-0", "VND").toDecimalString()).toBe("0");
    expect(Money.of("-0", "VND").isZero()).toBe(true);
    expect(Money.of("0.000", "USD").isZero()).toBe(true);
    expect(Money.of("-0", "VND").equals(Money.of("0", "VND"))).toBe(true);
    // JS numbers: safe integers only.
    expect(Money.of(2 ** 53 - 1, "VND").toDecimalString()).toBe("9007199254740991");
    for (const n of [0.1, 2 ** 53, 2 ** 53 + 2, 1e21, Number.NaN, Number.POSITIVE_INFINITY, Number.MIN_VALUE])
      expect(
        outcome(() => Money.of(n, "VND")),
        String(n),
      ).not.toBe("ok");
    for (const a of BOUNDARY_AMOUNTS) {
      outcome(() => Money.of(a, "USD"));
      outcome(() => parseMoney(a, { currency: "VND", locale: "vi" }));
      outcome(() => parseFigure(a));
    }
    for (const n of BOUNDARY_NUMBERS) outcome(() => Money.of(n, "VND"));
    // Any decimal string of up to 40 digits survives exactly.
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), fc.integer({ min: 0, max: 2 }), (n, scale) => {
        const digits = (n < 0n ? -n : n).toString().padStart(scale + 1, "0");
        const s = `${n < 0n ? "-" : ""}${scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`}`;
        const m = Money.of(s, "USD");
        expect(Money.of(m.toDecimalString(), "USD").equals(m)).toBe(true);
        expect(parseMoney(m.toDecimalString(), { currency: "USD", locale: "en" }).equals(m)).toBe(true);
      }),
      runs(300),
    );
  });

  it("periods: round-trip of every canonical label, and nonsense refused", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.constantFrom("", "-H1", "-H2", "-Q1", "-Q4", "-01", "-12"),
        (y, suffix) => {
          const label = `${String(y).padStart(4, "0")}${suffix}`;
          const code = outcome(() => parsePeriod(label));
          if (code === "ok") expect(parsePeriod(label).toString()).toBe(label);
        },
      ),
      runs(200),
    );
    for (const bad of ["2024-H3", "2024-Q5", "2024-13", "2024-H0", "H1", "2024-", "-2024-H1"])
      expect(
        outcome(() => parsePeriod(bad)),
        bad,
      ).not.toBe("ok");
  });
});
