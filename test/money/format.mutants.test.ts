/**
 * Tests written against the mutants Stryker left alive in src/money/format.ts:
 * extra decimals in the standard style, the rounding option in the scaled
 * style, amounts exactly at one thousand, one million and one billion, whole
 * amounts in a currency with cents, cents under a round scale word, and the
 * exact params and paths of every refusal.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatMoney, Money, parseMoney } from "../../src/index.js";
import { caught } from "../_caught.js";

const NBSP = "\u00a0";
const SEED = { seed: 20261123, numRuns: 200 };

describe("formatMoney refusals name the option and what it got", () => {
  const capital = Money.of("1576566000000", "VND");

  it("refuses an unknown locale", () => {
    expect(caught(() => formatMoney(capital, { locale: "fr" as "vi" }))).toEqual({
      code: "INVALID_ENUM",
      path: ["locale"],
      params: { options: "vi, en", received: "fr" },
    });
  });

  it("refuses an unknown display", () => {
    expect(caught(() => formatMoney(capital, { display: "name" as "code" }))).toEqual({
      code: "INVALID_ENUM",
      path: ["display"],
      params: { options: "symbol, code", received: "name" },
    });
  });

  it("refuses an unknown style", () => {
    expect(caught(() => formatMoney(capital, { style: "words" as "scaled" }))).toEqual({
      code: "INVALID_ENUM",
      path: ["style"],
      params: { options: "standard, scaled", received: "words" },
    });
  });

  it("refuses an amount that is not Money", () => {
    expect(caught(() => formatMoney({ amount: "5", currency: "USD" } as unknown as Money))).toEqual({
      code: "INVALID_TYPE",
      path: ["amount"],
      params: { expected: "Money", received: "object" },
    });
    expect(caught(() => formatMoney(5 as unknown as Money))).toEqual({
      code: "INVALID_TYPE",
      path: ["amount"],
      params: { expected: "Money", received: "number" },
    });
  });
});

describe("formatMoney, standard style", () => {
  it("pads with zeros to more decimals than the amount has", () => {
    expect(formatMoney(Money.of("5.025", "USD"), { locale: "en", digits: 5 })).toBe(`USD${NBSP}5.02500`);
    expect(formatMoney(Money.of("12.5", "USD"), { locale: "en", digits: 4 })).toBe(`USD${NBSP}12.5000`);
    expect(formatMoney(Money.of("-1234.5", "KWD"), { digits: 6 })).toBe(`-1.234,500000${NBSP}KWD`);
  });
});

describe("formatMoney, scaled style: rounding", () => {
  it("applies the rounding mode to the scaled number", () => {
    const m = Money.of("1250000", "USD");
    expect(formatMoney(m, { style: "scaled", locale: "en", digits: 1 })).toBe("USD 1.2 million");
    expect(formatMoney(m, { style: "scaled", locale: "en", digits: 1, rounding: "half-up" })).toBe("USD 1.3 million");
    expect(
      formatMoney(Money.of("1576566000000", "VND"), { style: "scaled", compound: false, digits: 0, rounding: "up" }),
    ).toBe("1.577 tỷ đồng");
  });

  it("writes every decimal an amount holds, finer than the currency's minor unit too (rounding only with digits)", () => {
    const m = Money.of("12.345", "USD");
    expect(formatMoney(m, { style: "scaled" })).toBe("12,345 USD");
    expect(formatMoney(m, { style: "scaled", rounding: "up" })).toBe("12,345 USD");
    expect(formatMoney(m, { style: "scaled", locale: "en", rounding: "half-up" })).toBe("USD 12.345");
    expect(formatMoney(Money.of("-0.005", "USD"), { style: "scaled", rounding: "floor" })).toBe("-0,005 USD");
    expect(formatMoney(Money.of("0.5", "VND"), { style: "scaled" })).toBe("0,5 đồng");
    expect(formatMoney(Money.of("5.025", "USD"), { style: "scaled" })).toBe("5,025 USD");
    expect(formatMoney(Money.of("1000000000.5", "VND"), { style: "scaled" })).toBe("1 tỷ 0,5 đồng");
    expect(formatMoney(Money.of("1576566000000.25", "VND"), { style: "scaled", locale: "en" })).toBe(
      "VND 1,576.56600000025 billion",
    );
    expect(
      formatMoney(Money.of("1234567.891", "USD"), { style: "scaled", locale: "en", digits: 2, rounding: "up" }),
    ).toBe("USD 1.24 million");
    // The standard style still shows the minor digits unless asked.
    expect(formatMoney(m, { locale: "en" })).toBe("USD\u00a012.34");
    expect(() => formatMoney(m, { style: "scaled", rounding: "sideways" as "up" })).toThrow(/half-even/);
  });
});

describe("formatMoney, scaled style: scale words", () => {
  it("uses the scale word from exactly one million and one billion", () => {
    expect(formatMoney(Money.of("1000000", "USD"), { style: "scaled", locale: "en" })).toBe("USD 1 million");
    expect(formatMoney(Money.of("1000000000", "VND"), { style: "scaled", locale: "en" })).toBe("VND 1 billion");
    expect(formatMoney(Money.of("999999.99", "USD"), { style: "scaled", locale: "en" })).toBe("USD 999,999.99");
    expect(formatMoney(Money.of("1000000000", "VND"), { style: "scaled", compound: false })).toBe("1 tỷ đồng");
    expect(formatMoney(Money.of("1000000", "USD"), { style: "scaled", compound: false })).toBe("1 triệu USD");
    expect(formatMoney(Money.of("1000", "VND"), { style: "scaled", compound: false })).toBe("1 nghìn đồng");
    expect(formatMoney(Money.of("999", "VND"), { style: "scaled", compound: false })).toBe("999 đồng");
  });

  it("writes a whole amount in a currency with cents without decimals", () => {
    expect(formatMoney(Money.of("52000", "USD"), { style: "scaled", locale: "en" })).toBe("USD 52,000");
    expect(formatMoney(Money.of("1234567", "USD"), { style: "scaled" })).toBe("1 triệu 234 nghìn 567 USD");
    expect(formatMoney(Money.of("999", "USD"), { style: "scaled", compound: false })).toBe("999 USD");
    expect(formatMoney(Money.of("1234567.5", "USD"), { style: "scaled" })).toBe("1 triệu 234 nghìn 567,50 USD");
  });

  it("writes cents below one thousand with one scale word", () => {
    expect(formatMoney(Money.of("12.5", "USD"), { style: "scaled", compound: false })).toBe("12,50 USD");
    expect(formatMoney(Money.of("999.01", "EUR"), { style: "scaled", compound: false })).toBe("999,01 EUR");
    expect(formatMoney(Money.of("-0.5", "USD"), { style: "scaled", compound: false })).toBe("-0,50 USD");
  });

  it("keeps the cents of an amount that is otherwise a round number of millions", () => {
    expect(formatMoney(Money.of("1000000.50", "USD"), { style: "scaled" })).toBe("1 triệu 0,50 USD");
    expect(formatMoney(Money.of("2000000000.05", "USD"), { style: "scaled" })).toBe("2 tỷ 0,05 USD");
    expect(parseMoney("1 triệu 0,50 USD").toString()).toBe("1000000.50 USD");
  });

  it("reads back what it writes for amounts with cents near the scale words", () => {
    const scales = [0n, 10n ** 3n, 10n ** 6n, 10n ** 9n];
    const amounts = fc
      .tuple(
        fc.constantFrom(...scales),
        fc.bigInt({ min: 0n, max: 999n }),
        fc.oneof(fc.constant(0n), fc.bigInt({ min: 0n, max: 999n })),
        fc.oneof(fc.constant(0n), fc.bigInt({ min: 0n, max: 99n })),
        fc.boolean(),
      )
      .map(([scale, count, units, cents, negative]) => {
        const minor = (scale * count + units) * 100n + cents;
        return Money.fromMinorUnits(negative ? -minor : minor, "USD");
      });
    fc.assert(
      fc.property(amounts, fc.constantFrom("vi" as const, "en" as const), fc.boolean(), (m, locale, compound) => {
        const text = formatMoney(m, { style: "scaled", locale, compound });
        expect(parseMoney(text, { locale }).equals(m)).toBe(true);
      }),
      SEED,
    );
  });
});

describe("the scaled style after rounding", () => {
  it("moves up a scale word when rounding carries the scaled number to 1,000", () => {
    expect(formatMoney(Money.of("999999500", "USD"), { style: "scaled", locale: "en", digits: 0 })).toBe(
      "USD 1 billion",
    );
    expect(formatMoney(Money.of("999500", "USD"), { style: "scaled", compound: false, digits: 0 })).toBe("1 triệu USD");
    expect(formatMoney(Money.of("999499", "USD"), { style: "scaled", compound: false, digits: 0 })).toBe(
      "999 nghìn USD",
    );
    // No word above tỷ: a thousand tỷ stays a thousand tỷ.
    expect(formatMoney(Money.of("999999500000", "VND"), { style: "scaled", compound: false, digits: 0 })).toBe(
      "1.000 tỷ đồng",
    );
  });

  it("refuses bad digits in every branch, even where nothing is scaled", () => {
    for (const options of [
      { style: "scaled" },
      { style: "scaled", compound: false },
      { style: "scaled", locale: "en" },
    ] as const) {
      for (const amount of ["1234567", "999.5"]) {
        expect(() => formatMoney(Money.of(amount, "USD"), { ...options, digits: -1 })).toThrow(
          expect.objectContaining({ code: "OUT_OF_RANGE", path: ["digits"] }),
        );
      }
    }
  });
});
