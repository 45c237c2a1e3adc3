import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  getCurrency,
  isCurrencyCode,
  listCurrencies,
  Money,
  money,
  NgoaivuError,
  registerCurrency,
  sum,
} from "../../src/index.js";

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof NgoaivuError) return error.code;
    throw error;
  }
  return undefined;
}

function caughtError(fn: () => unknown): NgoaivuError {
  try {
    fn();
  } catch (error) {
    if (error instanceof NgoaivuError) return error;
    throw error;
  }
  throw new Error("expected a NgoaivuError");
}

describe("currencies", () => {
  it("knows the minor digits of the currencies donors and partners use", () => {
    const digits = Object.fromEntries(listCurrencies().map((c) => [c.code, c.minorDigits]));
    expect(digits).toMatchObject({ VND: 0, USD: 2, EUR: 2, JPY: 0, KRW: 0, CNY: 2, GBP: 2, AUD: 2, THB: 2, LAK: 2 });
    expect(digits).toMatchObject({ KHR: 2, SGD: 2, CAD: 2, CHF: 2, HKD: 2, INR: 2, IDR: 2, MYR: 2, PHP: 2, TWD: 2 });
    expect(digits).toMatchObject({ NZD: 2, SEK: 2, NOK: 2, DKK: 2, RUB: 2, KWD: 3, BHD: 3, CLP: 0, CLF: 4 });
  });

  it("refuses an unknown or malformed code with a clear code", () => {
    expect(codeOf(() => getCurrency("ABC"))).toBe("UNKNOWN_CURRENCY");
    expect(codeOf(() => getCurrency("vnd"))).toBe("INVALID_CURRENCY_CODE");
    expect(codeOf(() => Money.of("1", "XXX"))).toBe("UNKNOWN_CURRENCY");
    expect(isCurrencyCode("VND")).toBe(true);
    expect(isCurrencyCode(5)).toBe(false);
  });

  it("lets users register more currencies, but not change the digits of a known one", () => {
    const c = registerCurrency({ code: "ZZT", minorDigits: 1, nameEn: "test unit", nameVi: "đơn vị thử" });
    expect(c).toEqual({ code: "ZZT", minorDigits: 1, nameEn: "test unit", nameVi: "đơn vị thử" });
    expect(Money.of("3", "ZZT").toString()).toBe("3.0 ZZT");
    expect(registerCurrency({ code: "ZZT", minorDigits: 1 })).toBe(c);
    expect(codeOf(() => registerCurrency({ code: "ZZT", minorDigits: 2 }))).toBe("INVALID_ARGUMENT");
    expect(codeOf(() => registerCurrency({ code: "zz", minorDigits: 2 }))).toBe("INVALID_CURRENCY_CODE");
    expect(codeOf(() => registerCurrency({ code: "ZZU", minorDigits: 1.5 }))).toBe("OUT_OF_RANGE");
    expect(codeOf(() => registerCurrency({ code: "ZZU", minorDigits: 7 }))).toBe("OUT_OF_RANGE");
    expect(registerCurrency({ code: "ZZV", minorDigits: 0 })).toEqual({ code: "ZZV", minorDigits: 0 });
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
    expect(codeOf(() => Money.of(text, "VND"))).toBe("INVALID_AMOUNT");
  });

  it("refuses an amount longer than 1,000 characters with TOO_LONG, saying so in both languages", () => {
    const error = caughtError(() => Money.of("1".repeat(1001), "VND", ["rows", 3]));
    expect(error.code).toBe("TOO_LONG");
    expect(error.path).toEqual(["rows", 3, "amount"]);
    expect(error.message).toBe("Too long: at most 1000 characters, received 1001");
    expect(error.messageIn("vi")).toBe("Quá dài: tối đa 1000 ký tự, nhận được 1001");
    expect(codeOf(() => Money.of("1".repeat(1000), "VND"))).toBeUndefined();
    expect(codeOf(() => Money.fromJSON({ amount: "1".repeat(1_000_000), currency: "VND" }))).toBe("TOO_LONG");
  });

  it.each([[0.1], [Number.NaN], [Number.POSITIVE_INFINITY], [2 ** 53], [1.5]])(
    "refuses the number %s as UNSAFE_NUMBER",
    (n) => {
      expect(codeOf(() => Money.of(n, "USD"))).toBe("UNSAFE_NUMBER");
    },
  );

  it("refuses NaN and infinite Decimals and other types", () => {
    expect(codeOf(() => Money.of(new Decimal(Number.NaN), "USD"))).toBe("INVALID_AMOUNT");
    expect(codeOf(() => Money.of(new Decimal(Number.POSITIVE_INFINITY), "USD"))).toBe("INVALID_AMOUNT");
    expect(codeOf(() => Money.of({} as unknown as string, "USD"))).toBe("INVALID_AMOUNT");
    expect(codeOf(() => Money.of(null as unknown as string, "USD"))).toBe("INVALID_AMOUNT");
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
    expect(codeOf(() => Money.fromJSON(null))).toBe("INVALID_TYPE");
    expect(codeOf(() => Money.fromJSON([]))).toBe("INVALID_TYPE");
    expect(codeOf(() => Money.fromJSON({ amount: 5, currency: "VND" }))).toBe("INVALID_TYPE");
    expect(codeOf(() => Money.fromJSON({ amount: "5", currency: 5 }))).toBe("INVALID_TYPE");
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
    expect(codeOf(() => Money.of("1", "VND").compare(Money.of("1", "USD")))).toBe("CURRENCY_MISMATCH");
    expect(codeOf(() => Money.of("1", "VND").add({} as Money))).toBe("INVALID_TYPE");
    expect(codeOf(() => sum([Money.of("1", "USD"), Money.of("1", "EUR")]))).toBe("CURRENCY_MISMATCH");
    expect(codeOf(() => sum([Money.of("1", "USD")], "EUR"))).toBe("CURRENCY_MISMATCH");
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
    expect(codeOf(() => m.round({ rounding: "nearest" as "up" }))).toBe("INVALID_ENUM");
    expect(codeOf(() => m.round({ digits: 1.5 }))).toBe("OUT_OF_RANGE");
    expect(codeOf(() => m.toMinorUnits())).toBe("PRECISION_EXCEEDED");
    expect(codeOf(() => m.multiply(0.5))).toBe("UNSAFE_NUMBER");
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

const usd = fc
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
      fc.property(usd, usd, usd, (a, b, c) => {
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
      fc.property(fc.array(usd, { maxLength: 30 }), (list) => {
        const forward = sum(list, "USD");
        const backward = sum([...list].reverse(), "USD");
        expect(forward.equals(backward)).toBe(true);
        expect(forward.equals(list.reduce((acc, m) => acc.add(m), Money.zero("USD")))).toBe(true);
      }),
    );
  });

  it("the wire form round-trips", () => {
    fc.assert(
      fc.property(usd, (m) => {
        expect(Money.fromJSON(m.toJSON()).equals(m)).toBe(true);
        expect(Money.of(m.amount, "USD").equals(m)).toBe(true);
      }),
    );
  });

  it("sum of an empty list needs a currency", () => {
    expect(codeOf(() => sum([]))).toBe("INVALID_ARGUMENT");
    expect(codeOf(() => sum([{} as Money]))).toBe("INVALID_TYPE");
    expect(codeOf(() => sum([Money.of("1", "VND"), null as unknown as Money]))).toBe("INVALID_TYPE");
    expect(codeOf(() => sum([Money.of("1", "VND"), { currency: "VND", _scale: 0 } as unknown as Money]))).toBe(
      "INVALID_TYPE",
    );
    expect(sum(new Set([Money.of("1.5", "USD"), Money.of("0.005", "USD")])).toString()).toBe("1.505 USD");
  });
});
