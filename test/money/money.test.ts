/**
 * Money and currencies: construction (from a string, a Decimal, a bigint, minor
 * units), exact arithmetic, equality at different scales and the sign
 * predicates, sum, the wire form, the structural Money check used across
 * copies of the library, what counts as a currency code, registration and the
 * order of listCurrencies, and the exact code, params and path of every
 * refusal.
 */
import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  getCurrency,
  isCurrencyCode,
  listCurrencies,
  Money,
  money,
  type NgoaivuError,
  registerCurrency,
  sum,
} from "../../src/index.js";
import { caught, caughtError, unchecked } from "../_caught.js";

const usd = (a: string) => Money.of(a, "USD");

const vnd = (a: string) => Money.of(a, "VND");

describe("currencies", () => {
  it("knows the minor digits of the currencies donors and partners use", () => {
    const digits = Object.fromEntries(listCurrencies().map((c) => [c.code, c.minorDigits]));
    expect(digits).toMatchObject({ VND: 0, USD: 2, EUR: 2, JPY: 0, KRW: 0, CNY: 2, GBP: 2, AUD: 2, THB: 2, LAK: 2 });
    expect(digits).toMatchObject({ KHR: 2, SGD: 2, CAD: 2, CHF: 2, HKD: 2, INR: 2, IDR: 2, MYR: 2, PHP: 2, TWD: 2 });
    expect(digits).toMatchObject({ NZD: 2, SEK: 2, NOK: 2, DKK: 2, RUB: 2, KWD: 3, BHD: 3, CLP: 0, CLF: 4 });
  });

  it("refuses an unknown or malformed code with a clear code", () => {
    expect(caught(() => getCurrency("ABC")).code).toBe("UNKNOWN_CURRENCY");
    expect(caught(() => getCurrency("vnd")).code).toBe("INVALID_CURRENCY_CODE");
    expect(caught(() => Money.of("1", "XXX")).code).toBe("UNKNOWN_CURRENCY");
    expect(isCurrencyCode("VND")).toBe(true);
    expect(isCurrencyCode(5)).toBe(false);
  });

  it("lets users register more currencies, but not change the digits of a known one", () => {
    const c = registerCurrency({ code: "ZZT", minorDigits: 1, nameEn: "test unit", nameVi: "đơn vị thử" });
    expect(c).toEqual({ code: "ZZT", minorDigits: 1, nameEn: "test unit", nameVi: "đơn vị thử" });
    expect(Money.of("3", "ZZT").toString()).toBe("3.0 ZZT");
    expect(registerCurrency({ code: "ZZT", minorDigits: 1 })).toBe(c);
    expect(caught(() => registerCurrency({ code: "ZZT", minorDigits: 2 })).code).toBe("INVALID_ARGUMENT");
    expect(caught(() => registerCurrency({ code: "zz", minorDigits: 2 })).code).toBe("INVALID_CURRENCY_CODE");
    expect(caught(() => registerCurrency({ code: "ZZU", minorDigits: 1.5 })).code).toBe("OUT_OF_RANGE");
    expect(caught(() => registerCurrency({ code: "ZZU", minorDigits: 7 })).code).toBe("OUT_OF_RANGE");
    expect(registerCurrency({ code: "ZZV", minorDigits: 0 })).toEqual({ code: "ZZV", minorDigits: 0 });
  });
});

describe("getCurrency", () => {
  it("refuses a code that is not exactly three capital letters, at the root by default", () => {
    expect(caught(() => getCurrency("usd"))).toEqual({
      code: "INVALID_CURRENCY_CODE",
      path: [],
      params: { code: '"usd"' },
    });
    for (const code of ["XUSD", "USDX", "xUSD", "USDx", "US", "U-SD", " USD", "USD "]) {
      expect(
        caught(() => getCurrency(code)),
        code,
      ).toEqual({
        code: "INVALID_CURRENCY_CODE",
        path: [],
        params: { code: `"${code}"` },
      });
    }
  });

  it("reports a refused code at the path given", () => {
    expect(caught(() => getCurrency("đồng", ["rows", 4, "currency"]))).toEqual({
      code: "INVALID_CURRENCY_CODE",
      path: ["rows", 4, "currency"],
      params: { code: '"đồng"' },
    });
    // @ts-expect-error a number is not a currency code
    expect(caught(() => getCurrency(840, ["currency"]))).toEqual({
      code: "INVALID_CURRENCY_CODE",
      path: ["currency"],
      params: { code: "840" },
    });
  });

  it("tells a well-formed but unregistered code apart from a malformed one", () => {
    expect(caught(() => getCurrency("XYZ", ["currency"]))).toEqual({
      code: "UNKNOWN_CURRENCY",
      path: ["currency"],
      params: { code: "XYZ" },
    });
    expect(getCurrency("KWD").minorDigits).toBe(3);
  });
});

describe("isCurrencyCode", () => {
  it("is true only for registered codes", () => {
    expect(isCurrencyCode("VND")).toBe(true);
    expect(isCurrencyCode("THB")).toBe(true);
    for (const value of ["ABC", "XYZ", "vnd", "", "VNDX", 704, null, undefined, { code: "VND" }]) {
      expect(isCurrencyCode(value), String(value)).toBe(false);
    }
  });

  it("agrees with getCurrency on any string", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 4 }), fc.stringMatching(/^[A-Z]{3}$/)), (code) => {
        let found = true;
        try {
          getCurrency(code);
        } catch {
          found = false;
        }
        expect(isCurrencyCode(code)).toBe(found);
      }),
      { seed: 20261123, numRuns: 200 },
    );
  });
});

describe("registerCurrency", () => {
  it("refuses a malformed code under the path 'code'", () => {
    for (const code of ["qza", "QZAA", "QZ", "xQZA", "QZAx"]) {
      expect(
        caught(() => registerCurrency({ code, minorDigits: 2 })),
        code,
      ).toEqual({
        code: "INVALID_CURRENCY_CODE",
        path: ["code"],
        params: { code: `"${code}"` },
      });
      expect(isCurrencyCode(code)).toBe(false);
    }
  });

  it("accepts minor digits 0 to 6 and refuses anything else under 'minorDigits'", () => {
    expect(registerCurrency({ code: "QZB", minorDigits: 0 }).minorDigits).toBe(0);
    expect(registerCurrency({ code: "QZC", minorDigits: 6 }).minorDigits).toBe(6);
    expect(getCurrency("QZC").minorDigits).toBe(6);
    for (const minorDigits of [-1, 7, 1.5, Number.NaN]) {
      expect(
        caught(() => registerCurrency({ code: "QZD", minorDigits })),
        String(minorDigits),
      ).toEqual({
        code: "OUT_OF_RANGE",
        path: ["minorDigits"],
        params: { value: String(minorDigits), range: { en: "an integer 0..6", vi: "số nguyên từ 0 đến 6" } },
      });
    }
    // @ts-expect-error minor digits are a number, not a string
    expect(caught(() => registerCurrency({ code: "QZD", minorDigits: "2" })).params).toEqual({
      value: '"2"',
      range: { en: "an integer 0..6", vi: "số nguyên từ 0 đến 6" },
    });
    expect(isCurrencyCode("QZD")).toBe(false);
  });

  it("refuses to change the minor digits of a registered code, saying what they are", () => {
    expect(caught(() => registerCurrency({ code: "VND", minorDigits: 2 }))).toEqual({
      code: "INVALID_ARGUMENT",
      path: ["minorDigits"],
      params: {
        name: "minorDigits",
        detail: {
          en: "VND is already registered with 0 minor digits",
          vi: "VND đã được đăng ký với 0 chữ số thập phân",
        },
      },
    });
    expect(caught(() => registerCurrency({ code: "KWD", minorDigits: 2 })).params).toEqual({
      name: "minorDigits",
      detail: {
        en: "KWD is already registered with 3 minor digits",
        vi: "KWD đã được đăng ký với 3 chữ số thập phân",
      },
    });
    expect(getCurrency("VND").minorDigits).toBe(0);
  });

  it("keeps only the names it was given, in a frozen object", () => {
    const bare = registerCurrency({ code: "QZE", minorDigits: 2 });
    expect(Object.keys(bare)).toEqual(["code", "minorDigits"]);
    expect("nameEn" in bare).toBe(false);
    expect("nameVi" in bare).toBe(false);
    const english = registerCurrency({ code: "QZF", minorDigits: 1, nameEn: "test unit" });
    expect(Object.keys(english)).toEqual(["code", "minorDigits", "nameEn"]);
    const vietnamese = registerCurrency({ code: "QZG", minorDigits: 1, nameVi: "đơn vị thử" });
    expect(Object.keys(vietnamese)).toEqual(["code", "minorDigits", "nameVi"]);
    expect(vietnamese).toStrictEqual({ code: "QZG", minorDigits: 1, nameVi: "đơn vị thử" });
    expect(Object.isFrozen(bare)).toBe(true);
    expect(getCurrency("QZE")).toBe(bare);
  });
});

describe("listCurrencies", () => {
  it("lists every currency once, sorted by code", () => {
    registerCurrency({ code: "AAZ", minorDigits: 2 });
    registerCurrency({ code: "ZZY", minorDigits: 2 });
    const codes = listCurrencies().map((c) => c.code);
    for (let i = 1; i < codes.length; i++)
      expect(codes[i - 1]! < codes[i]!, `${codes[i - 1]} < ${codes[i]}`).toBe(true);
    expect(codes.indexOf("AAZ")).toBe(0);
    expect(codes.at(-1)).toBe("ZZY");
    expect(codes.slice(1, 4)).toEqual(["AED", "ARS", "AUD"]);
    expect(codes.indexOf("USD")).toBeLessThan(codes.indexOf("VND"));
    expect(codes.indexOf("VND")).toBeLessThan(codes.indexOf("XAF"));
  });
});

describe("Money construction", () => {
  it("accepts a decimal string, a Decimal, a bigint and a safe integer", () => {
    expect(Money.of("1576566000000", "VND").toString()).toBe("1576566000000 VND");
    expect(Money.of(new Decimal("52000000"), "USD").toString()).toBe("52000000.00 USD");
    expect(Money.of(new Decimal("1e25"), "VND").toString()).toBe("10000000000000000000000000 VND");
    expect(Money.of(new Decimal("-0"), "VND").toString()).toBe("0 VND");
    expect(Money.of(1451355000000n, "VND").toString()).toBe("1451355000000 VND");
    expect(Money.of(Number.MAX_SAFE_INTEGER, "VND").toString()).toBe("9007199254740991 VND");
    expect(money("-12.5", "USD").toString()).toBe("-12.50 USD");
  });

  it.each([
    ["1e5"],
    ["0x10"],
    [" 1"],
    ["1 "],
    ["1,5"],
    ["+1"],
    [".5"],
    ["5."],
    [""],
    ["-"],
    ["１２"],
    ["Infinity"],
    ["NaN"],
  ])("refuses the string %j as INVALID_AMOUNT", (text) => {
    expect(caught(() => Money.of(text, "VND")).code).toBe("INVALID_AMOUNT");
  });

  it("refuses an amount longer than 1,000 characters with TOO_LONG, saying so in both languages", () => {
    const error = caughtError(() => Money.of("1".repeat(1001), "VND", ["rows", 3]));
    expect(error.code).toBe("TOO_LONG");
    expect(error.path).toEqual(["rows", 3, "amount"]);
    expect(error.message).toBe("Too long: at most 1000 characters, received 1001");
    expect(error.messageIn("vi")).toBe("Quá dài: tối đa 1000 ký tự, nhận được 1001");
    expect(() => Money.of("1".repeat(1000), "VND")).not.toThrow();
    expect(caught(() => Money.fromJSON({ amount: "1".repeat(1_000_000), currency: "VND" })).code).toBe("TOO_LONG");
  });

  it.each([[0.1], [Number.NaN], [Number.POSITIVE_INFINITY], [2 ** 53], [1.5]])(
    "refuses the number %s as UNSAFE_NUMBER",
    (n) => {
      expect(caught(() => Money.of(n, "USD")).code).toBe("UNSAFE_NUMBER");
    },
  );

  it("refuses NaN and infinite Decimals and other types", () => {
    expect(caught(() => Money.of(new Decimal(Number.NaN), "USD")).code).toBe("INVALID_AMOUNT");
    expect(caught(() => Money.of(new Decimal(Number.POSITIVE_INFINITY), "USD")).code).toBe("INVALID_AMOUNT");
    // @ts-expect-error an object is not an amount
    expect(caught(() => Money.of({}, "USD")).code).toBe("INVALID_AMOUNT");
    // @ts-expect-error null is not an amount
    expect(caught(() => Money.of(null, "USD")).code).toBe("INVALID_AMOUNT");
  });

  it("puts the field in the error path", () => {
    try {
      Money.of("x", "VND", ["capital"]);
    } catch (error) {
      expect((error as NgoaivuError).path).toEqual(["capital", "amount"]);
      expect((error as NgoaivuError).messageIn("vi")).toContain("không phải là số tiền hợp lệ");
    }
    expect.assertions(2);
  });

  it("reads the wire form and refuses malformed ones", () => {
    expect(Money.fromJSON({ amount: "52000000.00", currency: "USD" }).toString()).toBe("52000000.00 USD");
    expect(caught(() => Money.fromJSON(null)).code).toBe("INVALID_TYPE");
    expect(caught(() => Money.fromJSON([])).code).toBe("INVALID_TYPE");
    expect(caught(() => Money.fromJSON({ amount: 5, currency: "VND" })).code).toBe("INVALID_TYPE");
    expect(caught(() => Money.fromJSON({ amount: "5", currency: 5 })).code).toBe("INVALID_TYPE");
  });

  it("builds from minor units and zero", () => {
    expect(Money.fromMinorUnits(5n, "USD").toString()).toBe("0.05 USD");
    expect(Money.fromMinorUnits(-5, "KWD").toString()).toBe("-0.005 KWD");
    expect(Money.zero("KWD").toString()).toBe("0.000 KWD");
  });
});

describe("Money arithmetic", () => {
  it("adds VND 1,576 billion 566 million and VND 1,451 billion 355 million exactly", () => {
    const total = Money.of("1576566000000", "VND").add(Money.of("1451355000000", "VND"));
    expect(total.toDecimalString()).toBe("3027921000000");
    expect(total.toMinorUnits()).toBe(3027921000000n);
  });

  it("does not round at the 20-digit boundary where decimal.js's default precision would", () => {
    expect(new Decimal("12345678901234567890.12").plus("0.01").toFixed()).not.toBe("12345678901234567890.13");
    const m = Money.of("12345678901234567890.12", "USD").add(Money.of("0.01", "USD"));
    expect(m.toDecimalString()).toBe("12345678901234567890.13");
    expect(m.amount.toString()).toBe("12345678901234567890.13");
    const big = sum([Money.of("99999999999999999999999999.99", "USD"), Money.of("0.01", "USD")]);
    expect(big.toDecimalString()).toBe("100000000000000000000000000.00");
  });

  it("sums ten thousand USD 0.1 to exactly USD 1,000 where a float sum is wrong", () => {
    const amounts = Array.from({ length: 10_000 }, () => Money.of("0.1", "USD"));
    let float = 0;
    for (let i = 0; i < 10_000; i++) float += 0.1;
    expect(float).not.toBe(1000);
    expect(sum(amounts).toString()).toBe("1000.00 USD");
  });

  it("throws CURRENCY_MISMATCH naming both currencies", () => {
    try {
      Money.of("1", "VND").add(Money.of("1", "USD"));
    } catch (error) {
      expect((error as NgoaivuError).code).toBe("CURRENCY_MISMATCH");
      expect((error as NgoaivuError).message).toContain("VND and USD");
    }
    expect(caught(() => Money.of("1", "VND").compare(Money.of("1", "USD"))).code).toBe("CURRENCY_MISMATCH");
    expect(caught(() => Money.of("1", "VND").add({} as Money)).code).toBe("INVALID_TYPE");
    expect(caught(() => sum([Money.of("1", "USD"), Money.of("1", "EUR")])).code).toBe("CURRENCY_MISMATCH");
    expect(caught(() => sum([Money.of("1", "USD")], "EUR")).code).toBe("CURRENCY_MISMATCH");
  });

  it("subtracts, negates, takes absolute values and compares", () => {
    const a = Money.of("1576566000000", "VND");
    const b = Money.of("1451355000000", "VND");
    expect(a.subtract(b).toString()).toBe("125211000000 VND");
    expect(b.subtract(a).isNegative()).toBe(true);
    expect(b.subtract(a).abs().equals(a.subtract(b))).toBe(true);
    expect(a.abs()).toBe(a);
    expect(a.negate().negate().equals(a)).toBe(true);
    expect(a.compare(b)).toBe(1);
    expect(b.compare(a)).toBe(-1);
    expect(a.compare(a)).toBe(0);
    expect(a.subtract(a).isZero()).toBe(true);
    expect(a.isPositive()).toBe(true);
    expect(Money.zero("VND").isPositive()).toBe(false);
    expect(Money.of("1", "USD").equals({} as Money)).toBe(false);
  });

  it("multiplies by a decimal factor without rounding, and rounds only when asked", () => {
    const m = Money.of("10.05", "USD").multiply("0.5");
    expect(m.toDecimalString()).toBe("5.025");
    expect(m.hasSubMinorDigits()).toBe(true);
    expect(m.round().toString()).toBe("5.02 USD");
    expect(m.round({ rounding: "half-up" }).toString()).toBe("5.03 USD");
    expect(m.round({ rounding: "down" }).toString()).toBe("5.02 USD");
    expect(m.round({ digits: 3 }).toString()).toBe("5.025 USD");
    expect(m.round({ digits: 0 }).toString()).toBe("5.00 USD");
    expect(Money.of("2.5", "VND").round().toString()).toBe("2 VND");
    expect(Money.of("3.5", "VND").round().toString()).toBe("4 VND");
    expect(Money.of("-2.5", "VND").round({ rounding: "floor" }).toString()).toBe("-3 VND");
    expect(Money.of("-2.5", "VND").round({ rounding: "ceil" }).toString()).toBe("-2 VND");
    expect(Money.of("-2.5", "VND").round({ rounding: "up" }).toString()).toBe("-3 VND");
    expect(Money.of("-2.5", "VND").round({ rounding: "half-down" }).toString()).toBe("-2 VND");
    expect(Money.of("-2.6", "VND").round({ rounding: "half-down" }).toString()).toBe("-3 VND");
    expect(Money.of("2.4", "VND").round({ rounding: "half-up" }).toString()).toBe("2 VND");
    expect(Money.of("2.1", "VND").round({ rounding: "ceil" }).toString()).toBe("3 VND");
    expect(Money.of("2.9", "VND").round({ rounding: "floor" }).toString()).toBe("2 VND");
    expect(caught(() => m.round({ rounding: "nearest" as "up" })).code).toBe("INVALID_ENUM");
    expect(caught(() => m.round({ digits: 1.5 })).code).toBe("OUT_OF_RANGE");
    expect(caught(() => m.toMinorUnits()).code).toBe("PRECISION_EXCEEDED");
    expect(caught(() => m.multiply(0.5)).code).toBe("UNSAFE_NUMBER");
    expect(Money.of("1576566000000", "VND").multiply(new Decimal("0.46")).toString()).toBe("725220360000 VND");
    expect(Money.of("3", "USD").multiply(2n).toString()).toBe("6.00 USD");
  });

  it("exposes the amount as a Decimal printed in plain notation", () => {
    const d = Money.of("100000000000000000000000", "VND").amount;
    expect(Decimal.isDecimal(d)).toBe(true);
    expect(d.toString()).toBe("100000000000000000000000");
    expect(Money.of("0.000000001", "USD").amount.toString()).toBe("0.000000001");
  });

  it("has a stable wire form", () => {
    expect(JSON.parse(JSON.stringify({ capital: Money.of("1576566000000", "VND") }))).toEqual({
      capital: { amount: "1576566000000", currency: "VND" },
    });
    expect(Money.isMoney(Money.zero("VND"))).toBe(true);
    expect(Money.isMoney(null)).toBe(false);
    expect(Money.isMoney({ _units: 1n, _scale: 0, currency: "VND" })).toBe(false);
    // A Money from another copy of the library is recognised by its brand.
    const foreign = { _units: 1n, _scale: 0, currency: "VND", _ngoaivu: "Money" };
    expect(Money.isMoney(foreign)).toBe(true);
  });
});

const anyUsd = fc
  .bigInt({ min: -(10n ** 30n), max: 10n ** 30n })
  .chain((units) => fc.integer({ min: 0, max: 6 }).map((scale) => ({ units, scale })))
  .map(({ units, scale }) => {
    const negative = units < 0n;
    const digits = (negative ? -units : units).toString().padStart(scale + 1, "0");
    const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
    return Money.of(negative ? `-${text}` : text, "USD");
  });

describe("Money laws", () => {
  it("addition is commutative and associative, with zero as identity", () => {
    fc.assert(
      fc.property(anyUsd, anyUsd, anyUsd, (a, b, c) => {
        expect(a.add(b).equals(b.add(a))).toBe(true);
        expect(
          a
            .add(b)
            .add(c)
            .equals(a.add(b.add(c))),
        ).toBe(true);
        expect(a.add(Money.zero("USD")).equals(a)).toBe(true);
        expect(a.subtract(b).add(b).equals(a)).toBe(true);
      }),
    );
  });

  it("sum does not depend on the order of the list", () => {
    fc.assert(
      fc.property(fc.array(anyUsd, { maxLength: 30 }), (list) => {
        const forward = sum(list, "USD");
        const backward = sum([...list].reverse(), "USD");
        expect(forward.equals(backward)).toBe(true);
        expect(forward.equals(list.reduce((acc, m) => acc.add(m), Money.zero("USD")))).toBe(true);
      }),
    );
  });

  it("the wire form round-trips", () => {
    fc.assert(
      fc.property(anyUsd, (m) => {
        expect(Money.fromJSON(m.toJSON()).equals(m)).toBe(true);
        expect(Money.of(m.amount, "USD").equals(m)).toBe(true);
      }),
    );
  });

  it("sum of an empty list needs a currency", () => {
    expect(caught(() => sum([])).code).toBe("INVALID_ARGUMENT");
    expect(caught(() => sum([{} as Money])).code).toBe("INVALID_TYPE");
    // @ts-expect-error null is not a Money
    expect(caught(() => sum([Money.of("1", "VND"), null])).code).toBe("INVALID_TYPE");
    // @ts-expect-error an object without the brand is not a Money
    expect(caught(() => sum([Money.of("1", "VND"), { currency: "VND", _scale: 0 }])).code).toBe("INVALID_TYPE");
    expect(sum(new Set([Money.of("1.5", "USD"), Money.of("0.005", "USD")])).toString()).toBe("1.505 USD");
  });
});

describe("Money.fromMinorUnits and Money.zero", () => {
  it("fromMinorUnits builds the amount at the currency's minor digits", () => {
    expect(Money.fromMinorUnits(5200000000n, "USD").toString()).toBe("52000000.00 USD");
    expect(Money.fromMinorUnits(-5, "KWD").toString()).toBe("-0.005 KWD");
    expect(Money.fromMinorUnits(1576566000000n, "VND").toJSON()).toEqual({ amount: "1576566000000", currency: "VND" });
  });

  it("fromMinorUnits names the argument that is wrong", () => {
    expect(caught(() => Money.fromMinorUnits(1n, "XXX"))).toEqual({
      code: "UNKNOWN_CURRENCY",
      path: ["currency"],
      params: { code: "XXX" },
    });
    expect(caught(() => Money.fromMinorUnits(1.5, "USD"))).toEqual({
      code: "UNSAFE_NUMBER",
      path: ["minor"],
      params: { value: "1.5" },
    });
    expect(caught(() => Money.fromMinorUnits(Number.NaN, "USD")).path).toEqual(["minor"]);
  });

  it("zero names the currency argument when the code is unknown", () => {
    expect(Money.zero("KWD").toString()).toBe("0.000 KWD");
    expect(caught(() => Money.zero("XXX"))).toEqual({
      code: "UNKNOWN_CURRENCY",
      path: ["currency"],
      params: { code: "XXX" },
    });
  });
});

describe("Money.fromJSON", () => {
  it("refuses a value that is not an object, at the path given (the input itself by default)", () => {
    expect(caught(() => Money.fromJSON(5))).toEqual({
      code: "INVALID_TYPE",
      path: [],
      params: {
        expected: { en: "{ amount, currency }", vi: "đối tượng { amount, currency }" },
        received: { en: "number", vi: "số" },
      },
    });
    expect(caught(() => Money.fromJSON(null))).toEqual({
      code: "INVALID_TYPE",
      path: [],
      params: {
        expected: { en: "{ amount, currency }", vi: "đối tượng { amount, currency }" },
        received: { en: "null", vi: "giá trị null" },
      },
    });
    expect(caught(() => Money.fromJSON(["1", "VND"], ["aid", 2]))).toEqual({
      code: "INVALID_TYPE",
      path: ["aid", 2],
      params: {
        expected: { en: "{ amount, currency }", vi: "đối tượng { amount, currency }" },
        received: { en: "array", vi: "danh sách" },
      },
    });
    expect(caught(() => Money.fromJSON("1 VND", ["capital"]))).toEqual({
      code: "INVALID_TYPE",
      path: ["capital"],
      params: {
        expected: { en: "{ amount, currency }", vi: "đối tượng { amount, currency }" },
        received: { en: "string", vi: "chuỗi ký tự" },
      },
    });
  });

  it("refuses an amount that is not a decimal string, at path/amount", () => {
    expect(caught(() => Money.fromJSON({ amount: 5, currency: "VND" }))).toEqual({
      code: "INVALID_TYPE",
      path: ["amount"],
      params: { expected: { en: "a decimal string", vi: "chuỗi thập phân" }, received: { en: "number", vi: "số" } },
    });
    expect(caught(() => Money.fromJSON({ amount: null, currency: "VND" }, ["projects", 0, "capital"]))).toEqual({
      code: "INVALID_TYPE",
      path: ["projects", 0, "capital", "amount"],
      params: {
        expected: { en: "a decimal string", vi: "chuỗi thập phân" },
        received: { en: "null", vi: "giá trị null" },
      },
    });
    expect(caught(() => Money.fromJSON({ currency: "VND" })).params).toEqual({
      expected: { en: "a decimal string", vi: "chuỗi thập phân" },
      received: { en: "undefined", vi: "giá trị chưa xác định" },
    });
  });

  it("refuses a currency that is not a string, at path/currency", () => {
    expect(caught(() => Money.fromJSON({ amount: "1", currency: 704 }))).toEqual({
      code: "INVALID_TYPE",
      path: ["currency"],
      params: { expected: { en: "a currency code", vi: "mã tiền tệ" }, received: { en: "number", vi: "số" } },
    });
    expect(caught(() => Money.fromJSON({ amount: "1", currency: ["VND"] }, ["aid"]))).toEqual({
      code: "INVALID_TYPE",
      path: ["aid", "currency"],
      params: { expected: { en: "a currency code", vi: "mã tiền tệ" }, received: { en: "array", vi: "danh sách" } },
    });
  });

  it("passes the path on to the amount and currency checks", () => {
    expect(caught(() => Money.fromJSON({ amount: "1e5", currency: "VND" }, ["aid"])).path).toEqual(["aid", "amount"]);
    expect(caught(() => Money.fromJSON({ amount: "1", currency: "XXX" }, ["aid"]))).toEqual({
      code: "UNKNOWN_CURRENCY",
      path: ["aid", "currency"],
      params: { code: "XXX" },
    });
  });

  it("reads back what toJSON wrote", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.constantFrom("VND", "USD", "KWD"), (u, c) => {
        const m = Money.fromMinorUnits(u, c);
        expect(Money.fromJSON(m.toJSON()).equals(m)).toBe(true);
      }),
      { seed: 20261123, numRuns: 200 },
    );
  });
});

describe("Money.isMoney", () => {
  it("is false for null and undefined (no property read on them)", () => {
    expect(Money.isMoney(null)).toBe(false);
    expect(Money.isMoney(undefined)).toBe(false);
    expect(Money.isMoney("1 VND")).toBe(false);
  });

  it("a branded object counts only when its fields have the right types", () => {
    const good = { _ngoaivu: "Money", _units: 1n, _scale: 0, currency: "VND" };
    expect(Money.isMoney(good)).toBe(true);
    expect(Money.isMoney({ ...good, _units: 1 })).toBe(false);
    expect(Money.isMoney({ ...good, _scale: "0" })).toBe(false);
    expect(Money.isMoney({ ...good, currency: 704 })).toBe(false);
    expect(Money.isMoney({ ...good, _ngoaivu: "Money2" })).toBe(false);
  });
});

describe("operations with a value that is not a Money", () => {
  it("add and compare name the operation and what was given", () => {
    // @ts-expect-error a string is not a Money
    expect(caught(() => usd("1").add("5"))).toEqual({
      code: "INVALID_TYPE",
      path: ["add"],
      params: { expected: "Money", received: { en: "string", vi: "chuỗi ký tự" } },
    });
    // @ts-expect-error null is not a Money
    expect(caught(() => usd("1").compare(null))).toEqual({
      code: "INVALID_TYPE",
      path: ["compare"],
      params: { expected: "Money", received: { en: "null", vi: "giá trị null" } },
    });
    // @ts-expect-error a plain object is not a Money
    expect(caught(() => usd("1").compare({ amount: "1", currency: "USD" }))).toEqual({
      code: "INVALID_TYPE",
      path: ["compare"],
      params: { expected: "Money", received: { en: "object", vi: "đối tượng" } },
    });
  });

  it("a different currency is CURRENCY_MISMATCH with both codes", () => {
    expect(caught(() => usd("1").compare(vnd("1")))).toEqual({
      code: "CURRENCY_MISMATCH",
      path: [],
      params: { left: "USD", right: "VND" },
    });
  });

  it("multiply names the factor when it is not a decimal", () => {
    expect(caught(() => usd("1").multiply("1e3"))).toEqual({
      code: "INVALID_AMOUNT",
      path: ["factor"],
      params: {
        value: '"1e3"',
        detail: {
          en: "expected a plain decimal string such as 1576566000000 or -12.50",
          vi: "cần chuỗi thập phân thông thường, như 1576566000000 hoặc -12.50",
        },
      },
    });
    expect(caught(() => usd("1").multiply(0.5)).path).toEqual(["factor"]);
  });
});

describe("toMinorUnits", () => {
  it("refuses sub-minor digits, saying the value, currency and digits", () => {
    expect(caught(() => usd("5.025").toMinorUnits())).toEqual({
      code: "PRECISION_EXCEEDED",
      path: [],
      params: { value: "5.025", currency: "USD", digits: 2 },
    });
    expect(caught(() => vnd("10").multiply("0.15").toMinorUnits()).params).toEqual({
      value: "1.5",
      currency: "VND",
      digits: 0,
    });
    expect(usd("5.025").round().toMinorUnits()).toBe(502n);
  });
});

describe("equality and sign", () => {
  it("amounts with the same digits at different scales are not equal", () => {
    // 1.51 USD (151 cents) and 0.151 USD (151 tenths of a cent)
    expect(usd("1.51").equals(usd("0.151"))).toBe(false);
    expect(usd("0.151").equals(usd("1.51"))).toBe(false);
    expect(usd("0.1510").equals(usd("0.151"))).toBe(true);
  });

  it("equals agrees with compare for amounts in one currency", () => {
    const amount = fc
      .tuple(fc.bigInt({ min: -2000n, max: 2000n }), fc.integer({ min: 0, max: 5 }))
      .map(([u, s]) => Money.of(u, "USD").multiply(`0.${"0".repeat(s)}1`));
    fc.assert(
      fc.property(amount, amount, (a, b) => {
        expect(a.equals(b)).toBe(a.compare(b) === 0);
      }),
      { seed: 20261123, numRuns: 200 },
    );
  });

  it("isZero, isNegative and isPositive tell the sign", () => {
    const cases: [Money, boolean, boolean, boolean][] = [
      [usd("0"), true, false, false],
      [usd("-0.00"), true, false, false],
      [usd("0.01"), false, false, true],
      [usd("-0.01"), false, true, false],
      [usd("0.001"), false, false, true],
      [vnd("-1576566000000"), false, true, false],
    ];
    for (const [m, zero, negative, positive] of cases) {
      expect([m.isZero(), m.isNegative(), m.isPositive()]).toEqual([zero, negative, positive]);
    }
  });
});

describe("sum", () => {
  it("an empty list without a currency is INVALID_ARGUMENT naming the currency argument", () => {
    expect(caught(() => sum([]))).toEqual({
      code: "INVALID_ARGUMENT",
      path: [],
      params: {
        name: "currency",
        detail: { en: "the sum of an empty list needs a currency", vi: "tổng của danh sách rỗng cần có loại tiền" },
      },
    });
    expect(caught(() => sum(new Set<Money>()))).toEqual(caught(() => sum([])));
  });

  it("a value that is not a Money is INVALID_TYPE at its index, saying what it is", () => {
    // @ts-expect-error a string is not a Money
    expect(caught(() => sum([usd("1"), "2"]))).toEqual({
      code: "INVALID_TYPE",
      path: [1],
      params: { expected: "Money", received: { en: "string", vi: "chuỗi ký tự" } },
    });
    // @ts-expect-error null is not a Money
    expect(caught(() => sum([usd("1"), usd("2"), null]))).toEqual({
      code: "INVALID_TYPE",
      path: [2],
      params: { expected: "Money", received: { en: "null", vi: "giá trị null" } },
    });
    // @ts-expect-error an array is not a Money
    expect(caught(() => sum([usd("1"), [usd("2")]]))).toEqual({
      code: "INVALID_TYPE",
      path: [1],
      params: { expected: "Money", received: { en: "array", vi: "danh sách" } },
    });
    // @ts-expect-error undefined is not a Money
    expect(caught(() => sum([undefined], "USD"))).toEqual({
      code: "INVALID_TYPE",
      path: [0],
      params: { expected: "Money", received: { en: "undefined", vi: "giá trị chưa xác định" } },
    });
  });

  it("an object shaped like a Money but without its brand is INVALID_TYPE, as in MoneyBag.from and add", () => {
    const lookalike = unchecked<Money>({ _units: 5n, _scale: 2, currency: "USD" });
    expect(caught(() => sum([usd("1"), lookalike]))).toEqual({
      code: "INVALID_TYPE",
      path: [1],
      params: { expected: "Money", received: { en: "object", vi: "đối tượng" } },
    });
    expect(caught(() => sum([lookalike], "USD"))).toMatchObject({ code: "INVALID_TYPE", path: [0] });
  });

  it("a different currency is CURRENCY_MISMATCH at its index, the list's currency on the left", () => {
    expect(caught(() => sum([usd("1"), usd("2"), vnd("3")]))).toEqual({
      code: "CURRENCY_MISMATCH",
      path: [2],
      params: { left: "USD", right: "VND" },
    });
    // The currency given wins over the first amount's.
    expect(caught(() => sum([usd("1")], "EUR"))).toEqual({
      code: "CURRENCY_MISMATCH",
      path: [0],
      params: { left: "EUR", right: "USD" },
    });
  });

  it("mixed scales add exactly, in any order", () => {
    expect(sum([usd("1.5"), usd("0.125"), usd("2")]).toString()).toBe("3.625 USD");
    expect(sum([usd("0.125"), usd("1.5"), usd("0.0001")]).toString()).toBe("1.6251 USD");
    expect(sum([usd("0.005"), usd("0.005")]).toString()).toBe("0.01 USD");
  });
});
