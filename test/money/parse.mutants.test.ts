/**
 * Tests written against the mutants Stryker left alive in src/money/parse.ts:
 * every kind of space a pasted amount may carry, signs written against a
 * currency word, a decimal point after space-grouped thousands, which single
 * separators are read as decimals without a locale, garbled numbers and
 * ranges refused with a coded error, and the exact params and paths of every
 * refusal.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatMoney, Money, parseMoney } from "../../src/index.js";
import { caught } from "../_caught.js";

const SEED = { seed: 20261123, numRuns: 200 };

const SPACES: ReadonlyArray<readonly [string, string]> = [
  ["no-break space", "\u00a0"],
  ["narrow no-break space", "\u202f"],
  ["thin space", "\u2009"],
  ["tab", "\t"],
  ["line feed", "\n"],
  ["carriage return", "\r"],
];

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
      params: { value: '"1.576 tỷ" (no currency)' },
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
    expect(caught(() => parseMoney(5 as unknown as string))).toEqual({
      code: "INVALID_TYPE",
      path: [],
      params: { expected: "a string", received: "number" },
    });
    expect(caught(() => parseMoney(undefined as unknown as string))).toEqual({
      code: "INVALID_TYPE",
      path: [],
      params: { expected: "a string", received: "undefined" },
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
