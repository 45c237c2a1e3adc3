/**
 * Decimal numbers (toDecimal, formatNumber, parseNumber and the internal
 * reader in src/money/_num.ts): what is read and how, the paths and params of
 * each refusal, how a refused value is named in the error (quoted strings cut
 * at 60 characters, `5n`, `null`, `[object Array]`…), the bounds of a plain
 * decimal string, the rounding modes on exact values and ties, and division by
 * a negative number.
 */
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import {
  formatNumber,
  growth,
  Money,
  parseNumber,
  ROUNDING_MODES,
  type RoundingMode,
  share,
  toDecimal,
} from "../../src/index.js";
import { caught, unchecked } from "../_caught.js";

const PLAIN = {
  en: "expected a plain decimal string such as 1576566000000 or -12.50",
  vi: "cần chuỗi thập phân thông thường, như 1576566000000 hoặc -12.50",
};

const ANY = {
  en: "expected a decimal string, a Decimal, a bigint or a safe integer",
  vi: "cần chuỗi thập phân, Decimal, số nguyên lớn hoặc số nguyên an toàn",
};

const MODES = "half-even, half-up, half-down, up, down, ceil, floor";

import fc from "fast-check";
import { divRound, toNum } from "../../src/money/_num.js";

describe("numbers", () => {
  it("reads decimals exactly, refusing floats", () => {
    expect(toDecimal("12345678901234567890.12").plus("0.01").toString()).toBe("12345678901234567890.13");
    expect(toDecimal(7n).toString()).toBe("7");
    expect(caught(() => toDecimal(0.1)).code).toBe("UNSAFE_NUMBER");
    expect(caught(() => toDecimal(new Decimal("1e1500"))).code).toBe("TOO_LONG");
  });

  it("writes numbers with Vietnamese and English separators", () => {
    expect(formatNumber(1576566n)).toBe("1.576.566");
    expect(formatNumber("1576.5", { locale: "en" })).toBe("1,576.5");
    expect(formatNumber("-0.5", { locale: "vi" })).toBe("-0,5");
    expect(formatNumber("2.345", { digits: 2 })).toBe("2,34");
    expect(formatNumber("2.345", { digits: 2, rounding: "up" })).toBe("2,35");
    expect(caught(() => formatNumber(1, { locale: "de" as "vi" })).code).toBe("INVALID_ENUM");
  });

  it("reads numbers with scale words, refusing currencies and ambiguity", () => {
    expect(parseNumber("1,2 triệu").toString()).toBe("1200000");
    expect(parseNumber("1.5 million").toString()).toBe("1500000");
    expect(parseNumber("52k").toString()).toBe("52000");
    expect(parseNumber("1.576", { locale: "vi" }).toString()).toBe("1576");
    expect(caught(() => parseNumber("1.576")).code).toBe("AMBIGUOUS_AMOUNT");
    expect(caught(() => parseNumber("5 USD")).code).toBe("UNPARSEABLE_AMOUNT");
  });

  it("keeps amounts with very many decimals exact", () => {
    const tiny = Money.of(`0.${"0".repeat(70)}1`, "USD");
    expect(Money.of("1", "USD").add(tiny).toDecimalString()).toBe(`1.${"0".repeat(70)}1`);
    expect(tiny.compare(Money.zero("USD"))).toBe(1);
  });
});

describe("toDecimal", () => {
  it("reports a refused value at the root when no path is given", () => {
    expect(caught(() => toDecimal("1e5"))).toEqual({
      code: "INVALID_AMOUNT",
      path: [],
      params: {
        value: '"1e5"',
        detail: {
          en: "expected a plain decimal string such as 1576566000000 or -12.50",
          vi: "cần chuỗi thập phân thông thường, như 1576566000000 hoặc -12.50",
        },
      },
    });
    expect(caught(() => toDecimal(1.5)).path).toEqual([]);
  });

  it("reports a refused value at the path given", () => {
    expect(caught(() => toDecimal("1e5", ["rates", 0, "rate"])).path).toEqual(["rates", 0, "rate"]);
  });
});

describe("formatNumber", () => {
  it("refuses an unknown locale, naming the two it knows", () => {
    expect(caught(() => formatNumber("1", { locale: "fr" as "vi" }))).toEqual({
      code: "INVALID_ENUM",
      path: ["locale"],
      params: { options: "vi, en", received: "fr" },
    });
    // @ts-expect-error a locale is a string, not a number
    expect(caught(() => formatNumber("1", { locale: 5 })).params).toEqual({
      options: "vi, en",
      received: "5",
    });
  });

  it("reports a refused value under the path 'value'", () => {
    expect(caught(() => formatNumber("1.576,5"))).toEqual({
      code: "INVALID_AMOUNT",
      path: ["value"],
      params: {
        value: '"1.576,5"',
        detail: {
          en: "expected a plain decimal string such as 1576566000000 or -12.50",
          vi: "cần chuỗi thập phân thông thường, như 1576566000000 hoặc -12.50",
        },
      },
    });
    expect(caught(() => formatNumber(0.5, { locale: "en" }))).toEqual({
      code: "UNSAFE_NUMBER",
      path: ["value"],
      params: { value: "0.5" },
    });
  });

  it("rounds half to even when digits are given without a rounding mode", () => {
    expect(formatNumber("2.345", { digits: 2 })).toBe("2,34");
    expect(formatNumber("2.355", { digits: 2 })).toBe("2,36");
    expect(formatNumber("-2.345", { digits: 2, locale: "en" })).toBe("-2.34");
    expect(formatNumber("1576566.5", { digits: 0, locale: "en" })).toBe("1,576,566");
  });
});

describe("parseNumber", () => {
  it("refuses an amount with a currency, naming the text", () => {
    for (const text of ["5 USD", "$5", "1,2 triệu đồng"]) {
      const refusal = caught(() => parseNumber(text));
      expect(refusal.code, text).toBe("UNPARSEABLE_AMOUNT");
      expect(refusal.path, text).toEqual([]);
      // Quoted, as every other refusal of a text under this code is.
      expect(refusal.params.value, text).toBe(JSON.stringify(text));
    }
    expect(caught(() => parseNumber("abc")).params.value).toBe('"abc"');
  });

  it("reads the same number with and without an explicit locale when scale words decide", () => {
    expect(parseNumber("1,2 triệu").toString()).toBe("1200000");
    expect(parseNumber("1,2 triệu", { locale: "vi" }).toString()).toBe("1200000");
    expect(parseNumber("1.5 million", { locale: "en" }).toString()).toBe("1500000");
  });
});

describe("how a refused value is named in the error", () => {
  it("quotes a refused string in full up to 60 characters", () => {
    expect(caught(() => toDecimal("12,5"))).toEqual({
      code: "INVALID_AMOUNT",
      path: [],
      params: { value: '"12,5"', detail: PLAIN },
    });
    const sixty = "1234567890".repeat(6);
    expect(caught(() => toDecimal(`${sixty}x`.slice(1))).params.value).toBe(`"${`${sixty}x`.slice(1)}"`);
    expect(caught(() => toDecimal(`${sixty}x`.slice(1))).params.value).toHaveLength(62);
  });

  it("cuts a refused string longer than 80 characters at 80, marks the cut and gives its length", () => {
    const long = `${"1234567890".repeat(8)}x`;
    expect(long).toHaveLength(81);
    expect(caught(() => toDecimal(long, ["rows", 2, "amount"]))).toEqual({
      code: "INVALID_AMOUNT",
      path: ["rows", 2, "amount"],
      params: { value: `"${long.slice(0, 80)}…" (81)`, detail: PLAIN },
    });
    expect(caught(() => toDecimal(long.slice(1))).params.value).toBe(`"${long.slice(1)}"`);
  });

  it("names values of the wrong kind by what they are", () => {
    const shown = (value: unknown) => caught(() => toDecimal(unchecked<string>(value), ["amount"]));
    expect(shown(null)).toEqual({ code: "INVALID_AMOUNT", path: ["amount"], params: { value: "null", detail: ANY } });
    expect(shown(undefined).params).toEqual({ value: "undefined", detail: ANY });
    expect(shown(true).params).toEqual({ value: "true", detail: ANY });
    expect(shown(false).params).toEqual({ value: "false", detail: ANY });
    expect(shown({ amount: "1" }).params).toEqual({ value: "[object Object]", detail: ANY });
    expect(shown(["1", "2"]).params).toEqual({ value: "[object Array]", detail: ANY });
    expect(shown(Object.create(null)).params).toEqual({ value: "[object Object]", detail: ANY });
  });

  it("names numbers, bigints and Decimals given as digits by their value", () => {
    const digits = (value: unknown) => caught(() => formatNumber("1.25", { digits: value as number }));
    expect(digits(1.5)).toEqual({
      code: "OUT_OF_RANGE",
      path: ["digits"],
      params: { value: "1.5", range: { en: "an integer 0..100", vi: "số nguyên từ 0 đến 100" } },
    });
    expect(digits(2n).params.value).toBe("2n");
    expect(digits(new Decimal(2)).params.value).toBe("2");
    expect(digits("2").params.value).toBe('"2"');
    expect(digits(true).params.value).toBe("true");
    expect(digits(null).params.value).toBe("null");
  });

  it("lists the rounding modes when given an unknown one", () => {
    const rounding = (value: unknown) =>
      caught(() => formatNumber("1.25", { digits: 1, rounding: value as RoundingMode }));
    expect(rounding("HALF-UP")).toEqual({
      code: "INVALID_ENUM",
      path: ["rounding"],
      params: { options: MODES, received: '"HALF-UP"' },
    });
    expect(rounding("bankers").params).toEqual({ options: MODES, received: '"bankers"' });
    expect(rounding(3).params.received).toBe("3");
    expect(rounding(3n).params.received).toBe("3n");
    expect(rounding(null).params.received).toBe("null");
  });
});

describe("refusals of numbers and Decimals", () => {
  it("refuses a JS number that is not a safe integer, giving it back as text", () => {
    expect(caught(() => toDecimal(0.1, ["rate"]))).toEqual({
      code: "UNSAFE_NUMBER",
      path: ["rate"],
      params: { value: "0.1" },
    });
    expect(caught(() => toDecimal(2 ** 53)).params).toEqual({ value: "9007199254740992" });
    expect(toDecimal(2 ** 53 - 1).toString()).toBe("9007199254740991");
  });

  it("refuses a Decimal that is not finite", () => {
    expect(caught(() => toDecimal(new Decimal(Number.NaN), ["factor"]))).toEqual({
      code: "INVALID_AMOUNT",
      path: ["factor"],
      params: { value: "NaN", detail: { en: "not a finite number", vi: "không phải số hữu hạn" } },
    });
    expect(caught(() => toDecimal(new Decimal("-Infinity"))).params).toEqual({
      value: "-Infinity",
      detail: { en: "not a finite number", vi: "không phải số hữu hạn" },
    });
  });

  it("refuses a Decimal written in more than 1,000 characters with TOO_LONG, before writing it out", () => {
    expect(caught(() => toDecimal(new Decimal("1e1500"), ["factor"]))).toEqual({
      code: "TOO_LONG",
      path: ["factor"],
      params: { max: 1000, length: 1501 },
    });
    expect(toDecimal(new Decimal("1e999")).toString()).toBe(`1${"0".repeat(999)}`);
    expect(caught(() => toDecimal(new Decimal("-1e999"))).params).toEqual({ max: 1000, length: 1001 });
    expect(toDecimal(new Decimal("-1e998")).toString()).toHaveLength(1000);
    expect(caught(() => toDecimal(new Decimal("1e-999"))).params).toEqual({ max: 1000, length: 1001 });
    expect(caught(() => toDecimal(new Decimal("-1e-998"))).params).toEqual({ max: 1000, length: 1001 });
    expect(toDecimal(new Decimal("1e-998")).toString()).toHaveLength(1000);
    expect(toDecimal(new Decimal("12.5")).toString()).toBe("12.5");
    // 1e9000000 is refused at once, never written out in nine million digits.
    expect(caught(() => toDecimal(new Decimal("1e9000000"))).params).toEqual({ max: 1000, length: 9_000_001 });
  });

  it("reads a negative-zero Decimal as zero", () => {
    expect(toDecimal(new Decimal("-0")).toString()).toBe("0");
    expect(toDecimal(new Decimal("-0")).isNegative()).toBe(false);
  });
});

describe("plain decimal strings", () => {
  it("accepts up to 1,000 characters, sign and point included", () => {
    expect(toDecimal("7".repeat(1000)).toFixed()).toBe("7".repeat(1000));
    expect(toDecimal(`-${"7".repeat(999)}`).toFixed()).toBe(`-${"7".repeat(999)}`);
    expect(toDecimal(`0.${"5".repeat(998)}`).toFixed()).toBe(`0.${"5".repeat(998)}`);
  });

  it("refuses 1,001 characters or more with TOO_LONG, saying so", () => {
    expect(caught(() => toDecimal("7".repeat(1001)))).toEqual({
      code: "TOO_LONG",
      path: [],
      params: { max: 1000, length: 1001 },
    });
    expect(caught(() => toDecimal(`-${"7".repeat(1000)}`)).params).toEqual({ max: 1000, length: 1001 });
    expect(caught(() => toDecimal(`0.${"5".repeat(999)}`)).params).toEqual({ max: 1000, length: 1001 });
    expect(toDecimal(`0.${"5".repeat(998)}`).toString()).toHaveLength(1000);
    expect(toDecimal(`-${"7".repeat(999)}`).toString()).toHaveLength(1000);
  });

  it("refuses a point not followed by digits only", () => {
    for (const text of ["1.", "-1.", "1.2a", "1.5 ", "1.-2", "1.2.3", "12.5e3", ".5", "-", "", "+1", "1,5"]) {
      expect(
        caught(() => toDecimal(text)),
        text,
      ).toEqual({
        code: "INVALID_AMOUNT",
        path: [],
        params: { value: `"${text}"`, detail: PLAIN },
      });
    }
    expect(toDecimal("1.25").toString()).toBe("1.25");
    expect(toDecimal("-0.050").toFixed(3)).toBe("-0.050");
  });

  it("reads a string without a path at the root of the input", () => {
    expect(toNum("-12.50")).toEqual({ units: -1250n, scale: 2 });
    expect(caught(() => toNum("12,50"))).toEqual({
      code: "INVALID_AMOUNT",
      path: [],
      params: { value: '"12,50"', detail: PLAIN },
    });
    expect(caught(() => toNum(Symbol("x"))).path).toEqual([]);
  });
});

describe("rounding modes", () => {
  const cases: ReadonlyArray<readonly [string, Record<RoundingMode, string>]> = [
    [
      "2.340",
      {
        "half-even": "2,34",
        "half-up": "2,34",
        "half-down": "2,34",
        up: "2,34",
        down: "2,34",
        ceil: "2,34",
        floor: "2,34",
      },
    ],
    [
      "-2.340",
      {
        "half-even": "-2,34",
        "half-up": "-2,34",
        "half-down": "-2,34",
        up: "-2,34",
        down: "-2,34",
        ceil: "-2,34",
        floor: "-2,34",
      },
    ],
    [
      "2.335",
      {
        "half-even": "2,34",
        "half-up": "2,34",
        "half-down": "2,33",
        up: "2,34",
        down: "2,33",
        ceil: "2,34",
        floor: "2,33",
      },
    ],
    [
      "2.345",
      {
        "half-even": "2,34",
        "half-up": "2,35",
        "half-down": "2,34",
        up: "2,35",
        down: "2,34",
        ceil: "2,35",
        floor: "2,34",
      },
    ],
    [
      "-2.335",
      {
        "half-even": "-2,34",
        "half-up": "-2,34",
        "half-down": "-2,33",
        up: "-2,34",
        down: "-2,33",
        ceil: "-2,33",
        floor: "-2,34",
      },
    ],
    [
      "2.347",
      {
        "half-even": "2,35",
        "half-up": "2,35",
        "half-down": "2,35",
        up: "2,35",
        down: "2,34",
        ceil: "2,35",
        floor: "2,34",
      },
    ],
    [
      "-2.347",
      {
        "half-even": "-2,35",
        "half-up": "-2,35",
        "half-down": "-2,35",
        up: "-2,35",
        down: "-2,34",
        ceil: "-2,34",
        floor: "-2,35",
      },
    ],
    [
      "2.3449",
      {
        "half-even": "2,34",
        "half-up": "2,34",
        "half-down": "2,34",
        up: "2,35",
        down: "2,34",
        ceil: "2,35",
        floor: "2,34",
      },
    ],
    [
      "2.3451",
      {
        "half-even": "2,35",
        "half-up": "2,35",
        "half-down": "2,35",
        up: "2,35",
        down: "2,34",
        ceil: "2,35",
        floor: "2,34",
      },
    ],
  ];
  for (const [value, expected] of cases) {
    it(`rounds ${value} to two decimals in every mode`, () => {
      for (const mode of ROUNDING_MODES) {
        expect(formatNumber(value, { digits: 2, rounding: mode }), mode).toBe(expected[mode]);
      }
    });
  }

  it("leaves a value with no more decimals than asked as it is", () => {
    for (const mode of ROUNDING_MODES) {
      expect(formatNumber("2.3", { digits: 2, rounding: mode })).toBe("2,3");
      expect(formatNumber("-7", { digits: 0, rounding: mode })).toBe("-7");
    }
  });

  it("accepts 0 to 100 digits and refuses anything else", () => {
    expect(formatNumber("1.5", { digits: 100 })).toBe("1,5");
    expect(formatNumber("1.5", { digits: 0 })).toBe("2");
    for (const digits of [101, -1, 2.5, Number.NaN]) {
      expect(
        caught(() => formatNumber("1.5", { digits })),
        String(digits),
      ).toEqual({
        code: "OUT_OF_RANGE",
        path: ["digits"],
        params: { value: String(digits), range: { en: "an integer 0..100", vi: "số nguyên từ 0 đến 100" } },
      });
    }
  });
});

describe("division by a negative number", () => {
  it("rounds 7 / -2 = -3.5 by each mode", () => {
    const expected: Record<RoundingMode, string> = {
      "half-even": "-4",
      "half-up": "-4",
      "half-down": "-3",
      up: "-4",
      down: "-3",
      ceil: "-3",
      floor: "-4",
    };
    for (const mode of ROUNDING_MODES) {
      expect(share(7, -2, { digits: 0, rounding: mode })?.toString(), mode).toBe(expected[mode]);
      expect(share(-7, 2, { digits: 0, rounding: mode })?.toString(), mode).toBe(expected[mode]);
    }
    expect(share(-7, -2, { digits: 0, rounding: "floor" })?.toString()).toBe("3");
  });

  it("computes growth from a loss", () => {
    // From a loss of 200 to a loss of 50: (-50 - -200) / -200.
    expect(growth(-50, -200)?.toString()).toBe("-0.75");
    expect(growth(-50, -200, { as: "percent", digits: 0 })?.toString()).toBe("-75");
    expect(growth("-1", "-3", { digits: 2, rounding: "floor" })?.toString()).toBe("-0.67");
    expect(growth("-1", "-3", { digits: 2, rounding: "ceil" })?.toString()).toBe("-0.66");
  });

  it("agrees with decimal.js on every mode, sign and tie", () => {
    const reference = Decimal.clone({ precision: 200 });
    const modeOf: Record<RoundingMode, Decimal.Rounding> = {
      "half-even": Decimal.ROUND_HALF_EVEN,
      "half-up": Decimal.ROUND_HALF_UP,
      "half-down": Decimal.ROUND_HALF_DOWN,
      up: Decimal.ROUND_UP,
      down: Decimal.ROUND_DOWN,
      ceil: Decimal.ROUND_CEIL,
      floor: Decimal.ROUND_FLOOR,
    };
    const divisor = fc.bigInt({ min: -1000n, max: 1000n }).filter((d) => d !== 0n);
    fc.assert(
      fc.property(
        fc.bigInt({ min: -100000n, max: 100000n }),
        divisor,
        fc.constantFrom(...ROUNDING_MODES),
        (n, d, mode) => {
          const expected = new reference(n.toString()).div(d.toString()).toDecimalPlaces(0, modeOf[mode]).toFixed();
          expect(divRound(n, d, mode).toString()).toBe(expected === "-0" ? "0" : expected);
        },
      ),
      { seed: 20261123, numRuns: 200 },
    );
  });
});
