/**
 * Rate tables, conversion and the money codecs: which rate a lookup picks
 * (latest on or before the date, direct over an inverse of the same date, the
 * cross whose older leg is most recent, the same answer whatever order the
 * entries come in), how a rate is written, the shape of a quote, the exact
 * params and paths of every refusal of RateTable.of, lookup and convertMoney;
 * MoneySchema and MoneyBagSchema as wire codecs, moneyIssueCode, and an
 * unexpected failure inside a codec surfacing as itself rather than as an issue.
 */
import { Decimal } from "decimal.js";
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import {
  AmountStringSchema,
  convertMoney,
  Money,
  MoneyBag,
  MoneyBagSchema,
  MoneyJSONSchema,
  MoneySchema,
  moneyIssueCode,
  type NgoaivuError,
  type RateEntry,
  type RateQuote,
  RateTable,
} from "../../src/index.js";
import { caught, unchecked } from "../_caught.js";

const SBV = "SBV central rate";
const rates = RateTable.of([
  { from: "USD", to: "VND", rate: "24000", date: "2024-01-02", source: SBV },
  { from: "USD", to: "VND", rate: "25450", date: "2024-06-28", source: SBV },
  { from: "EUR", to: "USD", rate: "1.08", date: "2024-06-27", source: "ECB" },
  { from: "JPY", to: "VND", rate: "160", date: "2024-06-01", source: "Vietcombank" },
]);

const SEED = { seed: 20261123, numRuns: 200 };

function entry(from: string, to: string, rate: string, date: string, source: string): RateEntry {
  return { from, to, rate, date, source };
}

/** The exact value of a decimal string such as "0.125" as units / 10^scale. */
function decimalFraction(text: string): { units: bigint; scale: number } {
  const [int, frac = ""] = text.split(".");
  return { units: BigInt(`${int}${frac}`), scale: frac.length };
}

describe("RateTable", () => {
  it("looks up the latest rate on or before the valuation date", () => {
    expect(rates.lookup("USD", "VND", "2024-06-28").rate).toBe("25450");
    expect(rates.lookup("USD", "VND", "2024-06-27").rate).toBe("24000");
    expect(rates.lookup("USD", "VND", "2025-01-01")).toMatchObject({ date: "2024-06-28", source: SBV });
    expect(caught(() => rates.lookup("USD", "VND", "2024-01-01")).code).toBe("NO_RATE");
  });

  it("derives inverse rates exactly, recording whether the decimal is exact", () => {
    const inverse = rates.lookup("VND", "USD", "2024-06-30");
    expect(inverse).toMatchObject({
      derivation: "inverse",
      numerator: "1",
      denominator: "25450",
      exact: false,
      rate: "0.000039292730844794",
    });
    expect(rates.lookup("USD", "EUR", "2024-06-30")).toMatchObject({ numerator: "25", denominator: "27" });
    const table = RateTable.of([{ from: "USD", to: "VND", rate: "25000", date: "2024-01-01", source: SBV }]);
    expect(table.lookup("VND", "USD", "2024-01-01")).toMatchObject({ rate: "0.00004", exact: true });
  });

  it("derives cross rates through a third currency, with both legs recorded", () => {
    const cross = rates.lookup("EUR", "VND", "2024-06-30");
    expect(cross).toMatchObject({ rate: "27486", derivation: "cross", date: "2024-06-27", source: `ECB / ${SBV}` });
    expect(cross.legs?.map((l) => l.derivation)).toEqual(["direct", "direct"]);
    const jpyUsd = rates.lookup("JPY", "USD", "2024-06-30");
    expect(jpyUsd).toMatchObject({ derivation: "cross", numerator: "16", denominator: "2545", date: "2024-06-01" });
    expect(caught(() => rates.lookup("JPY", "USD", "2024-05-31")).code).toBe("NO_RATE");
    // Only one third currency: EUR → USD → VND → JPY would need two, so it is not guessed.
    expect(caught(() => rates.lookup("EUR", "JPY", "2024-06-30")).code).toBe("NO_RATE");
    const withUsdJpy = rates.with([{ from: "USD", to: "JPY", rate: "160.5", date: "2024-06-28", source: "BoJ" }]);
    expect(withUsdJpy.lookup("EUR", "JPY", "2024-06-30")).toMatchObject({ rate: "173.34", date: "2024-06-27" });
  });

  it("prefers the most recent of a direct and an inverse rate", () => {
    const table = RateTable.of([
      { from: "USD", to: "VND", rate: "25000", date: "2024-01-01", source: "a" },
      { from: "VND", to: "USD", rate: "0.00004", date: "2024-02-01", source: "b" },
    ]);
    expect(table.lookup("USD", "VND", "2024-03-01")).toMatchObject({ derivation: "inverse", source: "b" });
    expect(table.lookup("USD", "VND", "2024-01-15")).toMatchObject({ derivation: "direct", source: "a" });
    expect(table.lookup("USD", "USD", "2024-01-15")).toMatchObject({ derivation: "identity", rate: "1" });
  });

  it("keeps its entries, and can be extended", () => {
    expect(rates.entries()).toHaveLength(4);
    const more = rates.with([{ from: "GBP", to: "USD", rate: new Decimal("1.27"), date: "2024-06-28", source: "BoE" }]);
    expect(more.lookup("GBP", "USD", "2024-06-28").rate).toBe("1.27");
    expect(caught(() => rates.lookup("GBP", "USD", "2024-06-28")).code).toBe("NO_RATE");
  });

  it("refuses bad entries with the index in the path", () => {
    const base = { from: "USD", to: "VND", rate: "25000", date: "2024-01-01", source: SBV };
    const bad = (entry: object) => () => RateTable.of([base, { ...base, date: "2024-01-02", ...entry }]);
    expect(caught(bad({ rate: "0" })).code).toBe("INVALID_RATE");
    expect(caught(bad({ rate: "-1" })).code).toBe("INVALID_RATE");
    expect(caught(bad({ rate: 0.5 })).code).toBe("UNSAFE_NUMBER");
    expect(caught(bad({ to: "USD" })).code).toBe("INVALID_RATE");
    expect(caught(bad({ date: "2024-02-30" })).code).toBe("INVALID_DATE");
    expect(caught(bad({ date: "2024-1-1" })).code).toBe("INVALID_DATE");
    expect(caught(bad({ date: "2024-01-01" })).code).toBe("INVALID_RATE");
    expect(caught(bad({ source: "" })).code).toBe("INVALID_TYPE");
    expect(caught(bad({ from: "XYZ" })).code).toBe("UNKNOWN_CURRENCY");
    // @ts-expect-error null is not a rate entry
    expect(caught(() => RateTable.of([null])).code).toBe("INVALID_TYPE");
    try {
      bad({ rate: "0" })();
    } catch (error) {
      expect((error as NgoaivuError).path).toEqual([1, "rate"]);
    }
    expect(RateTable.of([{ ...base, date: "2024-02-29" }]).entries()[0]?.date).toBe("2024-02-29");
    expect(caught(() => RateTable.of([{ ...base, date: "2023-02-29" }])).code).toBe("INVALID_DATE");
    expect(caught(() => RateTable.of([{ ...base, date: "2100-02-29" }])).code).toBe("INVALID_DATE");
    expect(RateTable.of([{ ...base, date: "2000-02-29" }]).entries()).toHaveLength(1);
  });
});

describe("convertMoney", () => {
  it("converts USD 52 million at the SBV rate of 28 June 2024 and records rate, date and source", () => {
    const c = convertMoney(Money.of("52000000", "USD"), "VND", rates, "2024-06-30");
    expect(c.to.toString()).toBe("1323400000000 VND");
    expect(c.from.toString()).toBe("52000000.00 USD");
    expect(c.valueDate).toBe("2024-06-30");
    expect(c.rate).toMatchObject({ rate: "25450", date: "2024-06-28", source: SBV, derivation: "direct" });
  });

  it("rounds once to the target minor unit with an explicit mode", () => {
    const m = Money.of("1000000", "VND");
    expect(convertMoney(m, "USD", rates, "2024-06-30").to.toString()).toBe("39.29 USD");
    expect(convertMoney(m, "USD", rates, "2024-06-30", { rounding: "up" }).to.toString()).toBe("39.30 USD");
    expect(caught(() => convertMoney({} as Money, "USD", rates, "2024-06-30")).code).toBe("INVALID_TYPE");
    expect(caught(() => convertMoney(m, "USD", rates, "2024-06-30", { rounding: "x" as "up" })).code).toBe(
      "INVALID_ENUM",
    );
  });
});

describe("RateTable.lookup: which rate applies", () => {
  const table = RateTable.of([
    entry("USD", "VND", "25000", "2024-06-28", "SBV"),
    entry("EUR", "USD", "1.08", "2024-06-27", "ECB"),
  ]);

  it("dates a cross rate by the older of its two legs, whether that is the first or the second leg", () => {
    // EUR → USD (27 June) → VND (28 June): the first leg is the older.
    expect(table.lookup("EUR", "VND", "2024-06-30")).toMatchObject({ date: "2024-06-27", source: "ECB / SBV" });
    // VND → USD (28 June) → EUR (27 June): the second leg is the older.
    const q = table.lookup("VND", "EUR", "2024-06-30");
    expect(q).toMatchObject({
      derivation: "cross",
      date: "2024-06-27",
      source: "SBV / ECB",
      numerator: "1",
      denominator: "27000",
      exact: false,
      rate: "0.000037037037037037",
    });
    expect(q.legs?.map((l) => [l.from, l.to, l.date, l.derivation])).toEqual([
      ["VND", "USD", "2024-06-28", "inverse"],
      ["USD", "EUR", "2024-06-27", "inverse"],
    ]);
  });

  it("prefers a direct rate over an inverse one of the same date, and the newer of the two otherwise", () => {
    const both = RateTable.of([
      entry("USD", "VND", "25000", "2024-01-01", "SBV 1 Jan"),
      entry("VND", "USD", "0.00005", "2024-01-01", "bank 1 Jan"),
      entry("USD", "VND", "25500", "2024-03-01", "SBV 1 Mar"),
      entry("VND", "USD", "0.00004", "2024-02-01", "bank 1 Feb"),
    ]);
    expect(both.lookup("USD", "VND", "2024-01-15")).toMatchObject({
      derivation: "direct",
      rate: "25000",
      source: "SBV 1 Jan",
    });
    expect(both.lookup("VND", "USD", "2024-01-15")).toMatchObject({
      derivation: "direct",
      rate: "0.00005",
      source: "bank 1 Jan",
    });
    expect(both.lookup("USD", "VND", "2024-02-15")).toMatchObject({
      derivation: "inverse",
      rate: "25000",
      source: "bank 1 Feb",
    });
    // The direct rate of 1 March is newer than the inverse of 1 February.
    expect(both.lookup("USD", "VND", "2024-03-01")).toMatchObject({
      derivation: "direct",
      rate: "25500",
      date: "2024-03-01",
      source: "SBV 1 Mar",
    });
    expect(both.lookup("VND", "USD", "2024-03-01")).toMatchObject({
      derivation: "inverse",
      numerator: "1",
      denominator: "25500",
      source: "SBV 1 Mar",
    });
  });

  // GBP → VND has no rate of its own: it crosses through EUR (27 000 × 1.18 = 31 860)
  // or through USD (25 000 × 1.27 = 31 750).
  const viaEur = (date: string): RateEntry[] => [
    entry("GBP", "EUR", "1.18", date, "BoE"),
    entry("EUR", "VND", "27000", "2024-06-28", "Vietcombank"),
  ];
  const viaUsd = (date: string): RateEntry[] => [
    entry("GBP", "USD", "1.27", date, "BoE"),
    entry("USD", "VND", "25000", "2024-06-28", "SBV"),
  ];

  it("takes the cross whose older leg is the most recent", () => {
    const usdNewer = RateTable.of([...viaEur("2024-06-20"), ...viaUsd("2024-06-25")]);
    expect(usdNewer.lookup("GBP", "VND", "2024-06-30")).toMatchObject({
      rate: "31750",
      date: "2024-06-25",
      source: "BoE / SBV",
      derivation: "cross",
    });
    const eurNewer = RateTable.of([...viaEur("2024-06-25"), ...viaUsd("2024-06-20")]);
    expect(eurNewer.lookup("GBP", "VND", "2024-06-30")).toMatchObject({
      rate: "31860",
      date: "2024-06-25",
      source: "BoE / Vietcombank",
      derivation: "cross",
    });
  });

  it("breaks a tie between crosses the same way whatever order the entries were given in", () => {
    const eurFirst = RateTable.of([...viaEur("2024-06-25"), ...viaUsd("2024-06-25")]);
    const usdFirst = RateTable.of([...viaUsd("2024-06-25"), ...viaEur("2024-06-25")]);
    const a = eurFirst.lookup("GBP", "VND", "2024-06-30");
    const b = usdFirst.lookup("GBP", "VND", "2024-06-30");
    expect(b).toStrictEqual(a);
    // Ties go to the third currency first in code order: EUR before USD.
    expect(a).toMatchObject({ rate: "31860", source: "BoE / Vietcombank" });
  });

  it("finds the latest rate on or before the date whatever order the entries were given in", () => {
    const days = ["2024-01-02", "2024-02-01", "2024-03-01", "2024-04-01", "2024-05-02", "2024-06-03", "2024-06-28"];
    const rateOn = (i: number): string => String(24000 + 100 * i);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(
          days.map((_day, i) => i),
          { minLength: 1 },
        ),
        fc.integer({ min: 0, max: 200 }),
        (indexes, offset) => {
          const table = RateTable.of(indexes.map((i) => entry("USD", "VND", rateOn(i), days[i] as string, `SBV ${i}`)));
          const date = new Date(Date.UTC(2024, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
          const applicable = indexes.filter((i) => (days[i] as string) <= date);
          if (applicable.length === 0) {
            expect(caught(() => table.lookup("USD", "VND", date)).code).toBe("NO_RATE");
            expect(caught(() => table.lookup("VND", "USD", date)).code).toBe("NO_RATE");
            return;
          }
          const best = Math.max(...applicable);
          expect(table.lookup("USD", "VND", date)).toMatchObject({
            rate: rateOn(best),
            date: days[best],
            source: `SBV ${best}`,
          });
          expect(table.lookup("VND", "USD", date)).toMatchObject({
            numerator: "1",
            denominator: rateOn(best),
            derivation: "inverse",
          });
        },
      ),
      SEED,
    );
  });

  it("answers the same for a year of daily rates given newest first", () => {
    const entries: RateEntry[] = [];
    for (let day = 0; day < 366; day++) {
      const date = new Date(Date.UTC(2024, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
      entries.push(entry("USD", "VND", String(24000 + day), date, "SBV"));
    }
    const oldestFirst = RateTable.of(entries);
    const newestFirst = RateTable.of([...entries].reverse());
    for (const date of ["2024-01-01", "2024-02-29", "2024-07-15", "2024-12-31", "2025-03-01"]) {
      expect(newestFirst.lookup("USD", "VND", date)).toStrictEqual(oldestFirst.lookup("USD", "VND", date));
    }
    expect(newestFirst.lookup("USD", "VND", "2024-02-29").rate).toBe("24059");
    expect(newestFirst.lookup("USD", "VND", "2025-03-01")).toMatchObject({ rate: "24365", date: "2024-12-31" });
  });
});

describe("RateTable.lookup: how a rate is written", () => {
  it("writes a terminating rate exactly, however many halves its denominator has", () => {
    const table = RateTable.of([
      entry("USD", "VND", "8", "2024-01-01", "a"),
      entry("EUR", "GBP", "0.5", "2024-01-01", "b"),
      entry("JPY", "KRW", "0.0625", "2024-01-01", "c"),
    ]);
    expect(table.lookup("VND", "USD", "2024-01-01")).toMatchObject({ rate: "0.125", exact: true, denominator: "8" });
    expect(table.lookup("EUR", "GBP", "2024-01-01")).toMatchObject({
      rate: "0.5",
      exact: true,
      numerator: "1",
      denominator: "2",
    });
    expect(table.lookup("JPY", "KRW", "2024-01-01")).toMatchObject({ rate: "0.0625", exact: true });
    expect(table.lookup("KRW", "JPY", "2024-01-01")).toMatchObject({ rate: "16", exact: true });
  });

  it("gives the exact inverse of any rate, and an exact decimal whenever the fraction terminates", () => {
    const rate = fc
      .tuple(fc.bigInt({ min: 1n, max: 10n ** 12n }), fc.integer({ min: 0, max: 8 }))
      .map(([units, scale]) => {
        const s = units.toString().padStart(scale + 1, "0");
        return scale === 0 ? s : `${s.slice(0, s.length - scale)}.${s.slice(s.length - scale)}`;
      });
    fc.assert(
      fc.property(rate, (r) => {
        const table = RateTable.of([entry("USD", "VND", r, "2024-06-28", "SBV")]);
        const direct = table.lookup("USD", "VND", "2024-06-28");
        const inverse = table.lookup("VND", "USD", "2024-06-28");
        expect([inverse.numerator, inverse.denominator]).toEqual([direct.denominator, direct.numerator]);
        for (const q of [direct, inverse]) {
          const n = BigInt(q.numerator);
          const d = BigInt(q.denominator);
          const { units, scale } = decimalFraction(q.rate);
          let rest = d;
          while (rest % 2n === 0n) rest /= 2n;
          while (rest % 5n === 0n) rest /= 5n;
          expect(q.exact).toBe(rest === 1n);
          if (q.exact) expect(units * d).toBe(n * 10n ** BigInt(scale));
          else {
            // Otherwise the rate is within half a unit of its 18th decimal.
            const diff = units * 10n ** BigInt(18 - scale) * d - n * 10n ** 18n;
            expect(2n * (diff < 0n ? -diff : diff) <= d).toBe(true);
          }
        }
      }),
      SEED,
    );
  });

  it("gives a quote exactly the fields it documents, legs only for a cross", () => {
    const table = RateTable.of([
      entry("USD", "VND", "25000", "2024-06-28", "SBV"),
      entry("EUR", "USD", "1.25", "2024-06-27", "ECB"),
    ]);
    const direct: RateQuote = {
      from: "USD",
      to: "VND",
      rate: "25000",
      exact: true,
      numerator: "25000",
      denominator: "1",
      date: "2024-06-28",
      source: "SBV",
      derivation: "direct",
    };
    expect(table.lookup("USD", "VND", "2024-07-01")).toStrictEqual(direct);
    expect(table.lookup("USD", "EUR", "2024-07-01")).toStrictEqual({
      from: "USD",
      to: "EUR",
      rate: "0.8",
      exact: true,
      numerator: "4",
      denominator: "5",
      date: "2024-06-27",
      source: "ECB",
      derivation: "inverse",
    });
    expect(table.lookup("VND", "VND", "2024-07-01")).toStrictEqual({
      from: "VND",
      to: "VND",
      rate: "1",
      exact: true,
      numerator: "1",
      denominator: "1",
      date: "2024-07-01",
      source: "identity",
      derivation: "identity",
    });
    const cross = table.lookup("EUR", "VND", "2024-07-01");
    expect(Object.keys(cross)).toContain("legs");
    expect(cross.legs?.[1]).toStrictEqual(direct);
    expect(Object.keys(direct).every((key) => Object.hasOwn(cross, key))).toBe(true);
  });
});

describe("RateTable.lookup: refusals", () => {
  const table = RateTable.of([entry("USD", "VND", "25000", "2024-06-28", "SBV")]);

  it("names both currencies and the date when no rate applies", () => {
    expect(caught(() => table.lookup("USD", "JPY", "2024-06-30"))).toEqual({
      code: "NO_RATE",
      path: [],
      params: { from: "USD", to: "JPY", date: "2024-06-30" },
    });
    expect(caught(() => table.lookup("USD", "VND", "2024-06-27"))).toEqual({
      code: "NO_RATE",
      path: [],
      params: { from: "USD", to: "VND", date: "2024-06-27" },
    });
  });

  it("points at the argument that is wrong", () => {
    expect(caught(() => table.lookup("XYZ", "VND", "2024-06-30"))).toEqual({
      code: "UNKNOWN_CURRENCY",
      path: ["from"],
      params: { code: "XYZ" },
    });
    expect(caught(() => table.lookup("USD", "XYZ", "2024-06-30"))).toEqual({
      code: "UNKNOWN_CURRENCY",
      path: ["to"],
      params: { code: "XYZ" },
    });
    expect(caught(() => table.lookup("USD", "VND", "30/06/2024"))).toEqual({
      code: "INVALID_DATE",
      path: ["date"],
      params: { value: '"30/06/2024"' },
    });
  });

  it.each([["2024-13-01"], ["2024-00-10"], ["2024-01-00"], ["2024-06-31"], ["2023-02-29"]])(
    "refuses the calendar date %s that does not exist",
    (date) => {
      expect(caught(() => table.lookup("USD", "VND", date))).toEqual({
        code: "INVALID_DATE",
        path: ["date"],
        params: { value: `"${date}"` },
      });
    },
  );

  it("accepts the first and last day of every month", () => {
    const last = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    for (let month = 1; month <= 12; month++) {
      const mm = String(month).padStart(2, "0");
      expect(table.lookup("USD", "USD", `2024-${mm}-01`).date).toBe(`2024-${mm}-01`);
      expect(table.lookup("USD", "USD", `2024-${mm}-${last[month - 1]}`).rate).toBe("1");
    }
  });

  it("takes dates only as text, not as a date object that prints like one", () => {
    class LocalDate {
      toString(): string {
        return "2024-06-30";
      }
    }
    const date = unchecked<string>(new LocalDate());
    expect(caught(() => table.lookup("USD", "VND", date))).toEqual({
      code: "INVALID_DATE",
      path: ["date"],
      params: { value: "[object Object]" },
    });
    // @ts-expect-error a number is not a date
    expect(caught(() => table.lookup("USD", "VND", 20240630))).toEqual({
      code: "INVALID_DATE",
      path: ["date"],
      params: { value: "20240630" },
    });
  });
});

describe("RateTable.of: refusals carry the entry's index and field", () => {
  const good = entry("USD", "VND", "25000", "2024-01-01", "SBV");
  const second = (bad: unknown) => () => RateTable.of([good, bad as RateEntry]);

  it("refuses an entry that is not an object", () => {
    expect(caught(second("USD 25000"))).toEqual({
      code: "INVALID_TYPE",
      path: [1],
      params: { expected: { en: "a rate entry", vi: "mục tỷ giá" }, received: { en: "string", vi: "chuỗi ký tự" } },
    });
    expect(caught(second(null))).toEqual({
      code: "INVALID_TYPE",
      path: [1],
      params: { expected: { en: "a rate entry", vi: "mục tỷ giá" }, received: { en: "null", vi: "giá trị null" } },
    });
    expect(caught(second(25000))).toEqual({
      code: "INVALID_TYPE",
      path: [1],
      params: { expected: { en: "a rate entry", vi: "mục tỷ giá" }, received: { en: "number", vi: "số" } },
    });
  });

  it("refuses a missing, non-text or blank source", () => {
    const { source: _omitted, ...noSource } = { ...good, date: "2024-01-02" };
    expect(caught(second(noSource))).toEqual({
      code: "INVALID_TYPE",
      path: [1, "source"],
      params: {
        expected: { en: "a source (non-empty string)", vi: "nguồn tỷ giá (chuỗi ký tự không rỗng)" },
        received: { en: "undefined", vi: "giá trị chưa xác định" },
      },
    });
    expect(caught(second({ ...good, date: "2024-01-02", source: 7 }))).toEqual({
      code: "INVALID_TYPE",
      path: [1, "source"],
      params: {
        expected: { en: "a source (non-empty string)", vi: "nguồn tỷ giá (chuỗi ký tự không rỗng)" },
        received: { en: "number", vi: "số" },
      },
    });
    expect(caught(second({ ...good, date: "2024-01-02", source: " \t " }))).toEqual({
      code: "INVALID_TYPE",
      path: [1, "source"],
      params: {
        expected: { en: "a source (non-empty string)", vi: "nguồn tỷ giá (chuỗi ký tự không rỗng)" },
        received: { en: "string", vi: "chuỗi ký tự" },
      },
    });
  });

  it("points at the currency, date or rate that is wrong", () => {
    expect(caught(second({ ...good, from: "XYZ" }))).toEqual({
      code: "UNKNOWN_CURRENCY",
      path: [1, "from"],
      params: { code: "XYZ" },
    });
    expect(caught(second({ ...good, to: "XYZ" }))).toEqual({
      code: "UNKNOWN_CURRENCY",
      path: [1, "to"],
      params: { code: "XYZ" },
    });
    expect(caught(second({ ...good, date: "2024-02-30" }))).toEqual({
      code: "INVALID_DATE",
      path: [1, "date"],
      params: { value: '"2024-02-30"' },
    });
    expect(caught(second({ ...good, date: "2024-01-02", rate: 0.5 }))).toMatchObject({
      code: "UNSAFE_NUMBER",
      path: [1, "rate"],
    });
    expect(caught(second({ ...good, date: "2024-01-02", rate: "25,000" }))).toMatchObject({
      code: "INVALID_AMOUNT",
      path: [1, "rate"],
    });
  });

  it("explains why a rate is invalid", () => {
    expect(caught(second({ ...good, date: "2024-01-02", rate: "-0.50" }))).toEqual({
      code: "INVALID_RATE",
      path: [1, "rate"],
      params: { value: "-0.50", detail: { en: "a rate must be positive", vi: "tỷ giá phải lớn hơn 0" } },
    });
    expect(caught(second({ ...good, date: "2024-01-02", to: "USD", rate: "1" }))).toEqual({
      code: "INVALID_RATE",
      path: [1, "to"],
      params: { value: "1", detail: { en: "a rate from USD to itself", vi: "tỷ giá từ USD sang chính nó" } },
    });
    expect(caught(second({ ...good, rate: "25100", source: "Vietcombank" }))).toEqual({
      code: "INVALID_RATE",
      path: [1, "date"],
      params: {
        value: "25100",
        detail: { en: "a second USD→VND rate for 2024-01-01", vi: "tỷ giá USD→VND ngày 2024-01-01 bị trùng" },
      },
    });
  });
});

describe("convertMoney: refusals", () => {
  const rates = RateTable.of([entry("USD", "VND", "25000", "2024-06-28", "SBV")]);

  it("refuses an amount that is not Money, naming what it got", () => {
    expect(
      // @ts-expect-error a plain object is not a Money
      caught(() => convertMoney({ amount: "5", currency: "USD" }, "VND", rates, "2024-06-30")),
    ).toEqual({
      code: "INVALID_TYPE",
      path: ["amount"],
      params: { expected: "Money", received: { en: "object", vi: "đối tượng" } },
    });
    // @ts-expect-error a string is not a Money
    expect(caught(() => convertMoney("5 USD", "VND", rates, "2024-06-30"))).toEqual({
      code: "INVALID_TYPE",
      path: ["amount"],
      params: { expected: "Money", received: { en: "string", vi: "chuỗi ký tự" } },
    });
  });

  it("points at an unknown target currency", () => {
    expect(caught(() => convertMoney(Money.of("5", "USD"), "XYZ", rates, "2024-06-30"))).toEqual({
      code: "UNKNOWN_CURRENCY",
      path: ["to"],
      params: { code: "XYZ" },
    });
  });
});

describe("MoneySchema (wire codec)", () => {
  it("decodes the wire form to Money and encodes it back", () => {
    const json = { amount: "1576566000000", currency: "VND" };
    const m = MoneySchema.decode(json);
    expect(Money.isMoney(m)).toBe(true);
    expect(MoneySchema.encode(m)).toEqual(json);
    expect(MoneySchema.parse({ amount: "52000000.00", currency: "USD" }).toString()).toBe("52000000.00 USD");
  });

  it("reports library errors with the library code and path", () => {
    const unknown = MoneySchema.safeParse({ amount: "1", currency: "XYZ" });
    expect(unknown.error?.issues[0]).toMatchObject({
      code: "custom",
      path: ["currency"],
      params: { code: "XYZ", ngoaivu: "UNKNOWN_CURRENCY" },
    });
    expect(moneyIssueCode(unknown.error?.issues[0])).toBe("UNKNOWN_CURRENCY");
    const nested = z.object({ capital: MoneySchema }).safeParse({ capital: { amount: "1", currency: "XYZ" } });
    expect(nested.error?.issues[0]?.path).toEqual(["capital", "currency"]);
    const shape = MoneySchema.safeParse({ amount: "1e5", currency: "VND" });
    expect(shape.error?.issues[0]).toMatchObject({ code: "invalid_format", path: ["amount"] });
    // The library's own rule (an amount's form) carries its code through zod too.
    expect(moneyIssueCode(shape.error?.issues[0])).toBe("INVALID_FORMAT");
    expect(moneyIssueCode(null)).toBeUndefined();
    expect(moneyIssueCode({ params: null })).toBeUndefined();
    expect(moneyIssueCode({ params: { ngoaivu: "NOT_A_CODE" } })).toBeUndefined();
    expect(AmountStringSchema.safeParse(" 1").success).toBe(false);
    expect(MoneyJSONSchema.safeParse({ amount: "1", currency: "usd" }).success).toBe(false);
  });

  it("generates a JSON Schema of the wire form, amount a string with its pattern", () => {
    const schema = z.toJSONSchema(MoneySchema, { io: "input" }) as unknown as {
      properties: { amount: { type: string; pattern: string } };
      required: string[];
    };
    expect(schema.properties.amount.type).toBe("string");
    expect(schema.properties.amount.pattern).toBe("^-?\\d+(\\.\\d+)?$");
    expect(schema.required).toEqual(["amount", "currency"]);
  });

  it("round-trips a bag", () => {
    const bag = MoneyBag.of(Money.of("1576566000000", "VND"), Money.of("52000000", "USD"));
    const json = MoneyBagSchema.encode(bag);
    expect(json).toEqual([
      { amount: "52000000.00", currency: "USD" },
      { amount: "1576566000000", currency: "VND" },
    ]);
    expect(MoneyBagSchema.decode(json).equals(bag)).toBe(true);
    const bad = MoneyBagSchema.safeParse([{ amount: "1", currency: "XYZ" }]);
    expect(bad.error?.issues[0]).toMatchObject({ path: [0, "currency"], params: { ngoaivu: "UNKNOWN_CURRENCY" } });
  });
});

describe("moneyIssueCode", () => {
  it("gives the library code of an issue a money codec produced", () => {
    const unknown = MoneySchema.safeParse({ amount: "1", currency: "XYZ" }).error?.issues[0];
    expect(moneyIssueCode(unknown)).toBe("UNKNOWN_CURRENCY");
    const inBag = MoneyBagSchema.safeParse([{ amount: "1", currency: "QQQ" }]).error?.issues[0];
    expect(moneyIssueCode(inBag)).toBe("UNKNOWN_CURRENCY");
  });

  it("gives undefined for zod's own issues", () => {
    const shape = MoneySchema.safeParse({ amount: 1, currency: "USD" }).error?.issues[0];
    expect(shape).toBeDefined();
    expect(moneyIssueCode(shape)).toBeUndefined();
  });

  it("gives undefined, without throwing, for values that are not issues", () => {
    for (const value of [null, undefined, "UNKNOWN_CURRENCY", 42, true]) {
      expect(moneyIssueCode(value), String(value)).toBeUndefined();
    }
    expect(moneyIssueCode({ params: null })).toBeUndefined();
    expect(moneyIssueCode({ params: "UNKNOWN_CURRENCY" })).toBeUndefined();
  });

  it("gives undefined when the params name no library error code", () => {
    expect(moneyIssueCode({ params: { ngoaivu: "NOT_A_CODE" } })).toBeUndefined();
    expect(moneyIssueCode({ params: { ngoaivu: "toString" } })).toBeUndefined();
    expect(moneyIssueCode({ params: { ngoaivu: 7 } })).toBeUndefined();
    expect(moneyIssueCode({ params: {} })).toBeUndefined();
    expect(moneyIssueCode({ params: { ngoaivu: "INVALID_AMOUNT" } })).toBe("INVALID_AMOUNT");
  });
});

describe("money codecs: an unexpected failure while decoding", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("is thrown as itself by the Money codec, not turned into an issue", () => {
    const failure = new RangeError("out of memory while reading the amount");
    vi.spyOn(Money, "of").mockImplementation(() => {
      throw failure;
    });
    expect(() => MoneySchema.safeParse({ amount: "1", currency: "USD" })).toThrow(failure);
    expect(() => MoneySchema.decode({ amount: "1", currency: "USD" })).toThrow(failure);
  });

  it("is thrown as itself by the MoneyBag codec, not turned into an issue", () => {
    const failure = new TypeError("a bug");
    vi.spyOn(MoneyBag, "fromJSON").mockImplementation(() => {
      throw failure;
    });
    expect(() => MoneyBagSchema.safeParse([{ amount: "1", currency: "USD" }])).toThrow(failure);
  });
});
