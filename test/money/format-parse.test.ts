import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatMoney, Money, NgoaivuError, parseMoney } from "../../src/index.js";

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof NgoaivuError) return error.code;
    throw error;
  }
  return undefined;
}

const NBSP = "\u00a0";
const CAPITAL = Money.of("1576566000000", "VND");
const AID = Money.of("52000000", "USD");

describe("formatMoney, standard style (what Intl.NumberFormat gives in this runtime)", () => {
  it("writes VND 1,576 billion 566 million in Vietnamese and English", () => {
    expect(formatMoney(CAPITAL)).toBe(`1.576.566.000.000${NBSP}₫`);
    expect(formatMoney(CAPITAL, { locale: "vi", display: "code" })).toBe(`1.576.566.000.000${NBSP}VND`);
    expect(formatMoney(CAPITAL, { locale: "en" })).toBe(`VND${NBSP}1,576,566,000,000`);
    expect(formatMoney(CAPITAL, { locale: "en", display: "symbol" })).toBe("₫1,576,566,000,000");
  });

  it("writes USD 52 million", () => {
    expect(formatMoney(AID)).toBe(`52.000.000,00${NBSP}US$`);
    expect(formatMoney(AID, { locale: "en", display: "symbol" })).toBe("$52,000,000.00");
    expect(formatMoney(AID, { locale: "en" })).toBe(`USD${NBSP}52,000,000.00`);
  });

  it("matches Intl.NumberFormat for amounts a float holds exactly", () => {
    const nf = new Intl.NumberFormat("vi-VN", { style: "currency", currency: "USD" });
    expect(formatMoney(Money.of("-1234.5", "USD"))).toBe(nf.format(-1234.5));
    const en = new Intl.NumberFormat("en-US", { style: "currency", currency: "KWD", currencyDisplay: "code" });
    expect(formatMoney(Money.of("-1234.5", "KWD"), { locale: "en" })).toBe(en.format(-1234.5));
  });

  it("prints every digit of a 25-digit amount (no float on the way)", () => {
    const big = Money.of("1234567890123456789012345.67", "USD");
    expect(formatMoney(big, { locale: "en" })).toBe(`USD${NBSP}1,234,567,890,123,456,789,012,345.67`);
    expect(formatMoney(Money.of("12345678901234567890.13", "USD"))).toBe(`12.345.678.901.234.567.890,13${NBSP}US$`);
  });

  it("rounds only the display, half-even by default, with explicit digits and modes", () => {
    expect(formatMoney(Money.of("5.025", "USD"), { locale: "en" })).toBe(`USD${NBSP}5.02`);
    expect(formatMoney(Money.of("5.025", "USD"), { locale: "en", rounding: "half-up" })).toBe(`USD${NBSP}5.03`);
    expect(formatMoney(Money.of("5.025", "USD"), { locale: "en", digits: 3 })).toBe(`USD${NBSP}5.025`);
    expect(formatMoney(Money.of("1", "USD").multiply(`0.${"0".repeat(29)}1`), { locale: "en", digits: 30 })).toBe(
      `USD${NBSP}0.${"0".repeat(29)}1`,
    );
    expect(formatMoney(Money.of("-0.001", "USD"), { locale: "en" })).toBe(`USD${NBSP}0.00`);
    expect(formatMoney(Money.of("1576566000000", "VND"), { locale: "en", digits: 2 })).toBe(
      `VND${NBSP}1,576,566,000,000.00`,
    );
  });

  it("refuses bad options", () => {
    expect(codeOf(() => formatMoney(CAPITAL, { locale: "fr" as "vi" }))).toBe("INVALID_ENUM");
    expect(codeOf(() => formatMoney(CAPITAL, { style: "words" as "scaled" }))).toBe("INVALID_ENUM");
    expect(codeOf(() => formatMoney(CAPITAL, { display: "name" as "code" }))).toBe("INVALID_ENUM");
    expect(codeOf(() => formatMoney({} as Money))).toBe("INVALID_TYPE");
  });
});

describe("formatMoney, scaled style (as reports write it)", () => {
  it("writes Vietnamese with tỷ, triệu, nghìn and đồng", () => {
    expect(formatMoney(CAPITAL, { style: "scaled" })).toBe("1.576 tỷ 566 triệu đồng");
    expect(formatMoney(Money.of("1451355000000", "VND"), { style: "scaled" })).toBe("1.451 tỷ 355 triệu đồng");
    expect(formatMoney(AID, { style: "scaled" })).toBe("52 triệu USD");
    expect(formatMoney(Money.of("6900000000000", "VND"), { style: "scaled" })).toBe("6.900 tỷ đồng");
    expect(formatMoney(Money.of("1234567", "VND"), { style: "scaled" })).toBe("1 triệu 234 nghìn 567 đồng");
    expect(formatMoney(Money.of("0", "VND"), { style: "scaled" })).toBe("0 đồng");
    expect(formatMoney(Money.of("12.5", "USD"), { style: "scaled" })).toBe("12,50 USD");
    expect(formatMoney(Money.of("-52000000", "USD"), { style: "scaled" })).toBe("-52 triệu USD");
  });

  it("writes Vietnamese with one scale word and a decimal comma when compound is false", () => {
    expect(formatMoney(CAPITAL, { style: "scaled", compound: false })).toBe("1.576,566 tỷ đồng");
    expect(formatMoney(Money.of("1200000", "USD"), { style: "scaled", compound: false })).toBe("1,2 triệu USD");
    expect(formatMoney(Money.of("500", "VND"), { style: "scaled", compound: false })).toBe("500 đồng");
    expect(formatMoney(CAPITAL, { style: "scaled", compound: false, digits: 1 })).toBe("1.576,6 tỷ đồng");
  });

  it("writes English with the code, then billion or million", () => {
    expect(formatMoney(CAPITAL, { style: "scaled", locale: "en" })).toBe("VND 1,576.566 billion");
    expect(formatMoney(AID, { style: "scaled", locale: "en" })).toBe("USD 52 million");
    expect(formatMoney(Money.of("1200000", "USD"), { style: "scaled", locale: "en" })).toBe("USD 1.2 million");
    expect(formatMoney(Money.of("52000.5", "USD"), { style: "scaled", locale: "en" })).toBe("USD 52,000.50");
    expect(formatMoney(Money.of("1234567", "USD"), { style: "scaled", locale: "en", digits: 1 })).toBe(
      "USD 1.2 million",
    );
    expect(formatMoney(Money.of("-1250000", "USD"), { style: "scaled", locale: "en", digits: 1 })).toBe(
      "-USD 1.2 million",
    );
  });
});

describe("parseMoney", () => {
  it.each([
    ["1.576.566.000.000 đ", "1576566000000 VND"],
    ["1 576 566 000 000 VND", "1576566000000 VND"],
    ["1.576 tỷ 566 triệu đồng", "1576566000000 VND"],
    ["1576,566 tỷ đồng", "1576566000000 VND"],
    ["1.451 tỷ 355 triệu đồng", "1451355000000 VND"],
    ["52 triệu USD", "52000000.00 USD"],
    ["USD 52 million", "52000000.00 USD"],
    ["$1.2m", "1200000.00 USD"],
    ["US$52,000,000.00", "52000000.00 USD"],
    ["52.000.000,00 US$", "52000000.00 USD"],
    ["₫1,576,566,000,000", "1576566000000 VND"],
    ["1.576.566.000.000 ₫", "1576566000000 VND"],
    ["VND 1,576.566 billion", "1576566000000 VND"],
    ["1 nghìn tỷ đồng", "1000000000000 VND"],
    ["6.900 tỷ đồng", "6900000000000 VND"],
    ["1,2 tr USD", "1200000.00 USD"],
    ["usd 1.5bn", "1500000000.00 USD"],
    ["−1.234,50 US$", "-1234.50 USD"],
    ["-USD 52 million", "-52000000.00 USD"],
    ["€ 12.5k", "12500.00 EUR"],
    ["0.576 USD", "0.576 USD"],
    ["1 576,5 EUR", "1576.50 EUR"],
    ["12 vnđ", "12 VND"],
  ])("reads %j as %s", (text, expected) => {
    expect(parseMoney(text).toString()).toBe(expected);
  });

  it("asks for a locale when a number can be read two ways", () => {
    expect(codeOf(() => parseMoney("1.576 ₫"))).toBe("AMBIGUOUS_AMOUNT");
    expect(codeOf(() => parseMoney("1,576 USD"))).toBe("AMBIGUOUS_AMOUNT");
    expect(parseMoney("1.576 ₫", { locale: "vi" }).toString()).toBe("1576 VND");
    expect(parseMoney("1.576 USD", { locale: "en" }).toString()).toBe("1.576 USD");
    expect(parseMoney("1,576 USD", { locale: "en" }).toString()).toBe("1576.00 USD");
    expect(parseMoney("1,576 USD", { locale: "vi" }).toString()).toBe("1.576 USD");
    expect(parseMoney("1.576 tỷ đồng").toString()).toBe("1576000000000 VND");
    expect(parseMoney("1.576 billion VND").toString()).toBe("1576000000 VND");
  });

  it("uses a default currency only when the text names none", () => {
    expect(parseMoney("1.576 tỷ", { currency: "VND" }).toString()).toBe("1576000000000 VND");
    expect(codeOf(() => parseMoney("1.576 tỷ"))).toBe("UNPARSEABLE_AMOUNT");
    expect(codeOf(() => parseMoney("5 USD", { currency: "VND" }))).toBe("CURRENCY_MISMATCH");
    expect(codeOf(() => parseMoney("5", { currency: "XYZ" }))).toBe("UNKNOWN_CURRENCY");
  });

  it.each([
    [""],
    ["USD"],
    ["about a million"],
    ["1.2.3,4,5 USD"],
    ["1,5.3 USD"],
    ["12 34 USD"],
    ["1 triệu 2 tỷ đồng"],
    ["5 triệu million USD"],
    ["USD 5 VND"],
    ["5 USD 6"],
    ["--5 USD"],
    ["5 $ $"],
    ["1 576.5,1 EUR"],
    ["1 576.5.1 EUR"],
    ["1576.566.000 VND"],
    ["5 tỷ 3 tỷ đồng"],
    ["5 đồng tỷ"],
  ])("refuses %j with UNPARSEABLE_AMOUNT, never a wrong number", (text) => {
    expect(codeOf(() => parseMoney(text))).toBe("UNPARSEABLE_AMOUNT");
  });

  it("caps the input length and reads adversarial text in linear time", () => {
    expect(codeOf(() => parseMoney("1".repeat(201)))).toBe("TOO_LONG");
    expect(codeOf(() => parseMoney(5 as unknown as string))).toBe("INVALID_TYPE");
    const start = performance.now();
    for (const s of ["1 ".repeat(100), "1.".repeat(100), "1 000".repeat(40), "$".repeat(200), "1,".repeat(100)]) {
      expect(codeOf(() => parseMoney(s))).toMatch(/UNPARSEABLE_AMOUNT|AMBIGUOUS_AMOUNT/);
    }
    expect(performance.now() - start).toBeLessThan(500);
  });
});

const amounts = fc
  .tuple(fc.constantFrom("VND", "USD", "EUR", "KWD", "JPY"), fc.bigInt({ min: -(10n ** 24n), max: 10n ** 24n }))
  .map(([currency, minor]) => Money.fromMinorUnits(minor, currency));

describe("format → parse round trip", () => {
  for (const locale of ["vi", "en"] as const) {
    for (const style of ["standard", "scaled"] as const) {
      it(`gives back the same amount (${locale}, ${style})`, () => {
        fc.assert(
          fc.property(amounts, (m) => {
            const text = formatMoney(m, { locale, style });
            const back = parseMoney(text, { locale, currency: m.currency });
            expect(back.equals(m)).toBe(true);
          }),
          { numRuns: 300 },
        );
      });
    }
  }

  it("gives back the same amount from the symbol and code displays and one-word scaled style", () => {
    fc.assert(
      fc.property(amounts, (m) => {
        for (const locale of ["vi", "en"] as const) {
          expect(parseMoney(formatMoney(m, { locale, display: "symbol" }), { locale }).equals(m)).toBe(true);
          expect(parseMoney(formatMoney(m, { locale, display: "code" }), { locale }).equals(m)).toBe(true);
        }
        const oneWord = formatMoney(m, { style: "scaled", compound: false });
        expect(parseMoney(oneWord, { locale: "vi", currency: m.currency }).equals(m)).toBe(true);
      }),
    );
  });
});

/** Amounts with up to six decimals more than the currency's minor unit (0.5 VND, 5.025 USD). */
const finerAmounts = fc
  .tuple(
    fc.constantFrom("VND", "USD", "KWD", "JPY"),
    fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
    fc.integer({ min: 0, max: 9 }),
  )
  .map(([currency, units, scale]) => {
    const digits = (units < 0n ? -units : units).toString().padStart(scale + 1, "0");
    const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
    return Money.of(units < 0n ? `-${text}` : text, currency);
  });

describe("the scaled style is exact", () => {
  it("writes 0.5 VND and 5.025 USD with their extra digits (they were rounded to 0 đồng and 5,02 USD)", () => {
    expect(formatMoney(Money.of("0.5", "VND"), { style: "scaled" })).toBe("0,5 đồng");
    expect(formatMoney(Money.of("5.025", "USD"), { style: "scaled" })).toBe("5,025 USD");
    expect(formatMoney(Money.of("5.025", "USD"), { style: "scaled", locale: "en" })).toBe("USD 5.025");
    expect(formatMoney(Money.of("1576566000000.5", "VND"), { style: "scaled" })).toBe("1.576 tỷ 566 triệu 0,5 đồng");
  });

  it("property: parseMoney reads every scaled text back to the same amount, finer than the minor unit too", () => {
    fc.assert(
      fc.property(finerAmounts, (m) => {
        for (const options of [
          { locale: "vi" as const },
          { locale: "vi" as const, compound: false },
          { locale: "en" as const },
        ]) {
          const text = formatMoney(m, { style: "scaled", ...options });
          const back = parseMoney(text, { locale: options.locale, currency: m.currency });
          expect(back.toJSON(), text).toEqual(m.toJSON());
        }
      }),
      { numRuns: 500 },
    );
  });
});
