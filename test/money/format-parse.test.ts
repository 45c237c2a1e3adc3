/**
 * formatMoney and parseMoney: the standard style (extra decimals) and the
 * scaled style as reports write it (the rounding option, amounts exactly at one
 * thousand, one million and one billion, whole amounts in a currency with
 * cents, cents under a round scale word); parsing every kind of space a pasted
 * amount may carry, signs written against a currency word, a decimal point
 * after space-grouped thousands, which single separators are read as decimals
 * without a locale, garbled numbers and ranges refused with a coded error; the
 * round trip between the two; and the exact params and paths of every refusal.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatMoney, Money, parseMoney } from "../../src/index.js";
import { caught } from "../_caught.js";

const NBSP = "\u00a0";
const CAPITAL = Money.of("1576566000000", "VND");
const AID = Money.of("52000000", "USD");

const SEED = { seed: 20261123, numRuns: 200 };

const SPACES: ReadonlyArray<readonly [string, string]> = [
  ["no-break space", "\u00a0"],
  ["narrow no-break space", "\u202f"],
  ["thin space", "\u2009"],
  ["tab", "\t"],
  ["line feed", "\n"],
  ["carriage return", "\r"],
];

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
    expect(caught(() => formatMoney(CAPITAL, { locale: "fr" as "vi" })).code).toBe("INVALID_ENUM");
    expect(caught(() => formatMoney(CAPITAL, { style: "words" as "scaled" })).code).toBe("INVALID_ENUM");
    expect(caught(() => formatMoney(CAPITAL, { display: "name" as "code" })).code).toBe("INVALID_ENUM");
    expect(caught(() => formatMoney({} as Money)).code).toBe("INVALID_TYPE");
  });

  it("pads with zeros to more decimals than the amount has", () => {
    expect(formatMoney(Money.of("5.025", "USD"), { locale: "en", digits: 5 })).toBe(`USD${NBSP}5.02500`);
    expect(formatMoney(Money.of("12.5", "USD"), { locale: "en", digits: 4 })).toBe(`USD${NBSP}12.5000`);
    expect(formatMoney(Money.of("-1234.5", "KWD"), { digits: 6 })).toBe(`-1.234,500000${NBSP}KWD`);
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
    // @ts-expect-error a plain object is not a Money
    expect(caught(() => formatMoney({ amount: "5", currency: "USD" }))).toEqual({
      code: "INVALID_TYPE",
      path: ["amount"],
      params: { expected: "Money", received: { en: "object", vi: "đối tượng" } },
    });
    // @ts-expect-error a number is not a Money
    expect(caught(() => formatMoney(5))).toEqual({
      code: "INVALID_TYPE",
      path: ["amount"],
      params: { expected: "Money", received: { en: "number", vi: "số" } },
    });
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
    expect(caught(() => parseMoney("1.576 ₫")).code).toBe("AMBIGUOUS_AMOUNT");
    expect(caught(() => parseMoney("1,576 USD")).code).toBe("AMBIGUOUS_AMOUNT");
    expect(parseMoney("1.576 ₫", { locale: "vi" }).toString()).toBe("1576 VND");
    expect(parseMoney("1.576 USD", { locale: "en" }).toString()).toBe("1.576 USD");
    expect(parseMoney("1,576 USD", { locale: "en" }).toString()).toBe("1576.00 USD");
    expect(parseMoney("1,576 USD", { locale: "vi" }).toString()).toBe("1.576 USD");
    expect(parseMoney("1.576 tỷ đồng").toString()).toBe("1576000000000 VND");
    expect(parseMoney("1.576 billion VND").toString()).toBe("1576000000 VND");
  });

  it("uses a default currency only when the text names none", () => {
    expect(parseMoney("1.576 tỷ", { currency: "VND" }).toString()).toBe("1576000000000 VND");
    expect(caught(() => parseMoney("1.576 tỷ")).code).toBe("UNPARSEABLE_AMOUNT");
    expect(caught(() => parseMoney("5 USD", { currency: "VND" })).code).toBe("CURRENCY_MISMATCH");
    expect(caught(() => parseMoney("5", { currency: "XYZ" })).code).toBe("UNKNOWN_CURRENCY");
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
    expect(caught(() => parseMoney(text)).code).toBe("UNPARSEABLE_AMOUNT");
  });

  it("caps the input length and reads adversarial text in linear time", () => {
    expect(caught(() => parseMoney("1".repeat(201))).code).toBe("TOO_LONG");
    // @ts-expect-error a number is not text
    expect(caught(() => parseMoney(5)).code).toBe("INVALID_TYPE");
    const start = performance.now();
    for (const s of ["1 ".repeat(100), "1.".repeat(100), "1 000".repeat(40), "$".repeat(200), "1,".repeat(100)]) {
      expect(caught(() => parseMoney(s)).code).toMatch(/UNPARSEABLE_AMOUNT|AMBIGUOUS_AMOUNT/);
    }
    expect(performance.now() - start).toBeLessThan(500);
  });
});

describe("parseMoney reads every kind of space as a space", () => {
  it.each(SPACES)("between number, scale word and currency: %s", (_name, space) => {
    expect(parseMoney(`5${space}triệu${space}USD`).toString()).toBe("5000000.00 USD");
    expect(parseMoney(`1,5${space}tỷ${space}đồng`).toString()).toBe("1500000000 VND");
    expect(parseMoney(`USD${space}52${space}million`).toString()).toBe("52000000.00 USD");
  });

  it.each(SPACES)("between groups of thousands: %s", (_name, space) => {
    expect(parseMoney(`1${space}576${space}566 EUR`).toString()).toBe("1576566.00 EUR");
  });

  it("reads the same amount whatever mix of spaces separates its words", () => {
    const space = fc.constantFrom(" ", ...SPACES.map(([, s]) => s));
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 999n }),
        fc.bigInt({ min: 0n, max: 999n }),
        space,
        space,
        space,
        (billions, millions, a, b, c) => {
          const text = `${billions}${a}tỷ${b}${millions}${c}triệu đồng`;
          const expected = billions * 10n ** 9n + millions * 10n ** 6n;
          expect(parseMoney(text).toString()).toBe(`${expected} VND`);
        },
      ),
      SEED,
    );
  });
});

describe("parseMoney: signs", () => {
  it("reads an explicit plus sign as positive", () => {
    expect(parseMoney("+5 USD").toString()).toBe("5.00 USD");
    expect(parseMoney("+ 1.576 tỷ đồng").toString()).toBe("1576000000000 VND");
  });

  it("reads a sign written right after the currency", () => {
    expect(parseMoney("USD-5").toString()).toBe("-5.00 USD");
    expect(parseMoney("USD+5").toString()).toBe("5.00 USD");
    expect(parseMoney("€-12,5").toString()).toBe("-12.50 EUR");
    expect(parseMoney("vnd-1.576.566").toString()).toBe("-1576566 VND");
  });

  it("refuses a second sign, before and after the currency", () => {
    for (const text of ["-USD -5", "-USD-5", "+USD -5", "-USD +5"]) {
      expect(caught(() => parseMoney(text))).toEqual({
        code: "UNPARSEABLE_AMOUNT",
        path: [],
        params: { value: `"${text}"` },
      });
    }
  });
});

describe("parseMoney: separators", () => {
  it("reads a decimal point or comma after thousands grouped by spaces", () => {
    expect(parseMoney("1 576.5 USD").toString()).toBe("1576.50 USD");
    expect(parseMoney("1 576 566.25 USD").toString()).toBe("1576566.25 USD");
    expect(parseMoney("12 000,5 EUR").toString()).toBe("12000.50 EUR");
  });

  it("reads a single separator followed by other than three digits as the decimal mark, without a locale", () => {
    expect(parseMoney("12.5 USD").toString()).toBe("12.50 USD");
    expect(parseMoney("1,5 EUR").toString()).toBe("1.50 EUR");
    expect(parseMoney("1.2345 USD").toString()).toBe("1.2345 USD");
  });

  it("reads a single separator after more than three digits as the decimal mark, without a locale", () => {
    expect(parseMoney("1576,566 EUR").toString()).toBe("1576.566 EUR");
    expect(parseMoney("1576.566 USD").toString()).toBe("1576.566 USD");
  });

  it("asks for a locale when one to three digits come before three after", () => {
    for (const text of ["157,566 EUR", "157.566 USD", "1.576 USD", "12,500 VND"]) {
      expect(caught(() => parseMoney(text))).toEqual({
        code: "AMBIGUOUS_AMOUNT",
        path: [],
        params: { value: `"${text}"` },
      });
    }
    expect(parseMoney("157,566 EUR", { locale: "vi" }).toString()).toBe("157.566 EUR");
    expect(parseMoney("157,566 EUR", { locale: "en" }).toString()).toBe("157566.00 EUR");
  });

  it.each([["1,5.000,5 EUR"], ["1.0,0,5 EUR"], ["1,000.5.5 USD"], ["100-200 USD"], ["1-000 USD"], ["5/100 USD"]])(
    "refuses the garbled number or range %j with UNPARSEABLE_AMOUNT",
    (text) => {
      expect(caught(() => parseMoney(text))).toEqual({
        code: "UNPARSEABLE_AMOUNT",
        path: [],
        params: { value: `"${text}"` },
      });
    },
  );
});

describe("parseMoney: several numbers", () => {
  it("refuses a number after one without a scale word as unreadable, before reading the second one", () => {
    // "1.576" alone would be ambiguous; the text is refused for its shape first.
    for (const text of ["5 1.576 USD", "12 1,576 USD", "USD 7 1.576"]) {
      expect(caught(() => parseMoney(text))).toEqual({
        code: "UNPARSEABLE_AMOUNT",
        path: [],
        params: { value: `"${text}"` },
      });
    }
    expect(parseMoney("5 triệu 1.576 USD", { locale: "vi" }).toString()).toBe("5001576.00 USD");
  });
});

describe("parseMoney: currencies", () => {
  it("does not take any three-letter word for a currency code", () => {
    for (const text of ["5 cái", "12 ton", "5 tỷ abc"]) {
      expect(caught(() => parseMoney(text))).toEqual({
        code: "UNPARSEABLE_AMOUNT",
        path: [],
        params: { value: `"${text}"` },
      });
    }
    expect(parseMoney("5 thb").toString()).toBe("5.00 THB");
  });

  it("refuses text that names no currency when none is given, saying so", () => {
    expect(caught(() => parseMoney("1.576 tỷ"))).toEqual({
      code: "UNPARSEABLE_AMOUNT",
      path: [],
      params: { value: { en: '"1.576 tỷ" (no currency)', vi: '"1.576 tỷ" (không có loại tiền)' } },
    });
  });

  it("refuses a text currency that differs from the one given, naming both", () => {
    expect(caught(() => parseMoney("5 USD", { currency: "VND" }))).toEqual({
      code: "CURRENCY_MISMATCH",
      path: [],
      params: { left: "USD", right: "VND" },
    });
  });

  it("points at an unknown default currency", () => {
    expect(caught(() => parseMoney("5", { currency: "XYZ" }))).toEqual({
      code: "UNKNOWN_CURRENCY",
      path: ["currency"],
      params: { code: "XYZ" },
    });
    expect(caught(() => parseMoney("5 USD", { currency: "XYZ" }))).toEqual({
      code: "UNKNOWN_CURRENCY",
      path: ["currency"],
      params: { code: "XYZ" },
    });
  });
});

describe("parseMoney: other refusals", () => {
  it("refuses an unknown locale, naming it", () => {
    expect(caught(() => parseMoney("5 USD", { locale: "fr" as "vi" }))).toEqual({
      code: "INVALID_ENUM",
      path: ["locale"],
      params: { options: "vi, en", received: "fr" },
    });
  });

  it("quotes the text it cannot read", () => {
    expect(caught(() => parseMoney("about a million"))).toEqual({
      code: "UNPARSEABLE_AMOUNT",
      path: [],
      params: { value: '"about a million"' },
    });
    const long = `${"1".repeat(90)} USD`;
    expect(caught(() => parseMoney(`${long} x`))).toEqual({
      code: "UNPARSEABLE_AMOUNT",
      path: [],
      params: { value: `"${long.slice(0, 80)}…" (96)` },
    });
  });

  it("quotes the text it finds ambiguous", () => {
    expect(caught(() => parseMoney("1.576 ₫"))).toEqual({
      code: "AMBIGUOUS_AMOUNT",
      path: [],
      params: { value: '"1.576 ₫"' },
    });
  });

  it("refuses what is not text, naming its type", () => {
    // @ts-expect-error a number is not text
    expect(caught(() => parseMoney(5))).toEqual({
      code: "INVALID_TYPE",
      path: [],
      params: { expected: { en: "a string", vi: "chuỗi ký tự" }, received: { en: "number", vi: "số" } },
    });
    // @ts-expect-error undefined is not text
    expect(caught(() => parseMoney(undefined))).toEqual({
      code: "INVALID_TYPE",
      path: [],
      params: {
        expected: { en: "a string", vi: "chuỗi ký tự" },
        received: { en: "undefined", vi: "giá trị chưa xác định" },
      },
    });
  });

  it("refuses text over 200 characters, giving the limit and the length", () => {
    expect(caught(() => parseMoney(`${"1".repeat(198)} ₫ `))).toEqual({
      code: "TOO_LONG",
      path: [],
      params: { max: 200, length: 201 },
    });
    expect(parseMoney(`${"0".repeat(196)}5 ₫ `).toString()).toBe("5 VND");
  });
});

describe("parseMoney reads what formatMoney writes", () => {
  it("in the standard style with a locale, for amounts of up to three integer digits", () => {
    // Small amounts are where a lone separator would be ambiguous without the locale.
    const amounts = fc
      .tuple(fc.constantFrom("USD", "EUR", "KWD", "VND"), fc.bigInt({ min: -999_999n, max: 999_999n }))
      .map(([currency, minor]) => Money.fromMinorUnits(minor, currency));
    fc.assert(
      fc.property(amounts, fc.constantFrom("vi" as const, "en" as const), (m, locale) => {
        expect(parseMoney(formatMoney(m, { locale }), { locale }).equals(m)).toBe(true);
      }),
      SEED,
    );
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
