/**
 * Tests written against the mutants Stryker left alive in src/money/money.ts:
 * the exact code, params and path of every refusal (fromMinorUnits, zero,
 * fromJSON, the operations, sum), the structural Money check used across
 * copies of the library, equality at different scales, the sign predicates,
 * and PRECISION_EXCEEDED's params.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Money, sum } from "../../src/index.js";
import { caught } from "../_caught.js";

const usd = (a: string) => Money.of(a, "USD");
const vnd = (a: string) => Money.of(a, "VND");

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
      params: { expected: "{ amount, currency }", received: "number" },
    });
    expect(caught(() => Money.fromJSON(null))).toEqual({
      code: "INVALID_TYPE",
      path: [],
      params: { expected: "{ amount, currency }", received: "null" },
    });
    expect(caught(() => Money.fromJSON(["1", "VND"], ["aid", 2]))).toEqual({
      code: "INVALID_TYPE",
      path: ["aid", 2],
      params: { expected: "{ amount, currency }", received: "array" },
    });
    expect(caught(() => Money.fromJSON("1 VND", ["capital"]))).toEqual({
      code: "INVALID_TYPE",
      path: ["capital"],
      params: { expected: "{ amount, currency }", received: "string" },
    });
  });

  it("refuses an amount that is not a decimal string, at path/amount", () => {
    expect(caught(() => Money.fromJSON({ amount: 5, currency: "VND" }))).toEqual({
      code: "INVALID_TYPE",
      path: ["amount"],
      params: { expected: "a decimal string", received: "number" },
    });
    expect(caught(() => Money.fromJSON({ amount: null, currency: "VND" }, ["projects", 0, "capital"]))).toEqual({
      code: "INVALID_TYPE",
      path: ["projects", 0, "capital", "amount"],
      params: { expected: "a decimal string", received: "null" },
    });
    expect(caught(() => Money.fromJSON({ currency: "VND" })).params).toEqual({
      expected: "a decimal string",
      received: "undefined",
    });
  });

  it("refuses a currency that is not a string, at path/currency", () => {
    expect(caught(() => Money.fromJSON({ amount: "1", currency: 704 }))).toEqual({
      code: "INVALID_TYPE",
      path: ["currency"],
      params: { expected: "a currency code", received: "number" },
    });
    expect(caught(() => Money.fromJSON({ amount: "1", currency: ["VND"] }, ["aid"]))).toEqual({
      code: "INVALID_TYPE",
      path: ["aid", "currency"],
      params: { expected: "a currency code", received: "array" },
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
    expect(caught(() => usd("1").add("5" as never))).toEqual({
      code: "INVALID_TYPE",
      path: ["add"],
      params: { expected: "Money", received: "string" },
    });
    expect(caught(() => usd("1").compare(null as never))).toEqual({
      code: "INVALID_TYPE",
      path: ["compare"],
      params: { expected: "Money", received: "null" },
    });
    expect(caught(() => usd("1").compare({ amount: "1", currency: "USD" } as never))).toEqual({
      code: "INVALID_TYPE",
      path: ["compare"],
      params: { expected: "Money", received: "object" },
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
      params: { value: '"1e3"', detail: "expected a plain decimal string such as 1576566000000 or -12.50" },
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
      params: { name: "currency", detail: "the sum of an empty list needs a currency" },
    });
    expect(caught(() => sum(new Set<Money>()))).toEqual(caught(() => sum([])));
  });

  it("a value that is not a Money is INVALID_TYPE at its index, saying what it is", () => {
    expect(caught(() => sum([usd("1"), "2" as never]))).toEqual({
      code: "INVALID_TYPE",
      path: [1],
      params: { expected: "Money", received: "string" },
    });
    expect(caught(() => sum([usd("1"), usd("2"), null as never]))).toEqual({
      code: "INVALID_TYPE",
      path: [2],
      params: { expected: "Money", received: "null" },
    });
    expect(caught(() => sum([usd("1"), [usd("2")] as never]))).toEqual({
      code: "INVALID_TYPE",
      path: [1],
      params: { expected: "Money", received: "array" },
    });
    expect(caught(() => sum([undefined as never], "USD"))).toEqual({
      code: "INVALID_TYPE",
      path: [0],
      params: { expected: "Money", received: "undefined" },
    });
  });

  it("an object shaped like a Money but without its brand is INVALID_TYPE, as in MoneyBag.from and add", () => {
    const lookalike = { _units: 5n, _scale: 2, currency: "USD" } as unknown as Money;
    expect(caught(() => sum([usd("1"), lookalike]))).toEqual({
      code: "INVALID_TYPE",
      path: [1],
      params: { expected: "Money", received: "object" },
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
