/**
 * Tests written against the mutants Stryker left alive in src/money/bag.ts:
 * the exact code, params and path of each refusal (from, fromJSON, merge,
 * convert), equality of bags of different sizes, the order of the currencies
 * whatever the order they were added in, and the rounding mode reaching every
 * part of a conversion.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listCurrencies, Money, MoneyBag, RateTable } from "../../src/index.js";
import { caught } from "../_caught.js";

const usd = (a: string) => Money.of(a, "USD");
const vnd = (a: string) => Money.of(a, "VND");

describe("MoneyBag.from", () => {
  it("a value that is not a Money is INVALID_TYPE at its index, saying what it is", () => {
    expect(caught(() => MoneyBag.from([usd("1"), vnd("2"), "3 VND" as never]))).toEqual({
      code: "INVALID_TYPE",
      path: [2],
      params: { expected: "Money", received: "string" },
    });
    expect(caught(() => MoneyBag.from([null as never]))).toEqual({
      code: "INVALID_TYPE",
      path: [0],
      params: { expected: "Money", received: "null" },
    });
    expect(caught(() => MoneyBag.of(usd("1"), { amount: "1", currency: "USD" } as never))).toEqual({
      code: "INVALID_TYPE",
      path: [1],
      params: { expected: "Money", received: "object" },
    });
  });

  it("the index counts every value of an iterable, not only arrays", () => {
    function* amounts(): Generator<Money> {
      yield usd("1");
      yield usd("2");
      yield usd("3");
      yield [usd("4")] as never;
    }
    expect(caught(() => MoneyBag.from(amounts()))).toEqual({
      code: "INVALID_TYPE",
      path: [3],
      params: { expected: "Money", received: "array" },
    });
  });

  it("interleaved currencies and mixed scales are summed exactly per currency", () => {
    const bag = MoneyBag.from([usd("0.1"), vnd("1"), usd("0.005"), usd("0.2"), vnd("2"), usd("0.005")]);
    expect(bag.toJSON()).toEqual([
      { amount: "0.31", currency: "USD" },
      { amount: "3", currency: "VND" },
    ]);
  });
});

describe("MoneyBag.fromJSON", () => {
  it("refuses a value that is not an array, at the path given", () => {
    expect(caught(() => MoneyBag.fromJSON({ USD: "1" }))).toEqual({
      code: "INVALID_TYPE",
      path: [],
      params: { expected: "an array of { amount, currency }", received: "object" },
    });
    expect(caught(() => MoneyBag.fromJSON(null, ["report", "aid"]))).toEqual({
      code: "INVALID_TYPE",
      path: ["report", "aid"],
      params: { expected: "an array of { amount, currency }", received: "null" },
    });
  });

  it("names the bad entry under the path given", () => {
    expect(
      caught(() =>
        MoneyBag.fromJSON(
          [
            { amount: "1", currency: "USD" },
            { amount: 2, currency: "USD" },
          ],
          ["aid"],
        ),
      ),
    ).toEqual({
      code: "INVALID_TYPE",
      path: ["aid", 1, "amount"],
      params: { expected: "a decimal string", received: "number" },
    });
  });
});

describe("MoneyBag.merge", () => {
  it("refuses a value that is not a bag, saying what it is", () => {
    expect(caught(() => MoneyBag.empty().merge(usd("1") as never))).toEqual({
      code: "INVALID_TYPE",
      path: [],
      params: { expected: "MoneyBag", received: "object" },
    });
    expect(caught(() => MoneyBag.empty().merge([] as never)).params).toEqual({
      expected: "MoneyBag",
      received: "array",
    });
  });
});

describe("MoneyBag.equals", () => {
  it("a bag is not equal to one that holds more currencies, either way round", () => {
    const small = MoneyBag.of(usd("1"));
    const big = MoneyBag.of(usd("1"), vnd("5"));
    expect(small.equals(big)).toBe(false);
    expect(big.equals(small)).toBe(false);
    // A currency added with a zero total still counts.
    expect(small.equals(MoneyBag.of(usd("1"), vnd("0")))).toBe(false);
    expect(big.equals(MoneyBag.of(vnd("5"), usd("0.4"), usd("0.6")))).toBe(true);
  });

  it("a value that is not a bag is simply not equal", () => {
    const bag = MoneyBag.of(usd("1"));
    expect(bag.equals(null as never)).toBe(false);
    expect(bag.equals(undefined as never)).toBe(false);
    expect(bag.equals({ size: 1 } as never)).toBe(false);
    expect(MoneyBag.empty().equals({} as never)).toBe(false);
  });
});

describe("MoneyBag order", () => {
  it("currencies() and toJSON() are sorted by code whatever order the amounts came in", () => {
    const codes = listCurrencies().map((c) => c.code);
    fc.assert(
      fc.property(fc.shuffledSubarray(codes, { minLength: 1 }), (picked) => {
        const bag = MoneyBag.from(picked.map((code) => Money.zero(code)));
        const sorted = [...picked].sort();
        expect(bag.currencies()).toEqual(sorted);
        expect(bag.toJSON().map((j) => j.currency)).toEqual(sorted);
      }),
      { seed: 20261123, numRuns: 200 },
    );
  });
});

describe("MoneyBag.convert", () => {
  const rates = RateTable.of([
    { from: "USD", to: "VND", rate: "25000.5", date: "2024-06-28", source: "SBV central rate" },
    { from: "EUR", to: "VND", rate: "27000.5", date: "2024-06-28", source: "SBV central rate" },
  ]);

  it("an unknown target currency is named as the `to` argument", () => {
    expect(caught(() => MoneyBag.of(usd("1")).convert("XXX", rates, "2024-06-30"))).toEqual({
      code: "UNKNOWN_CURRENCY",
      path: ["to"],
      params: { code: "XXX" },
    });
  });

  it("the rounding mode given rounds every part, as well as the total", () => {
    // 0.01 USD × 25000.5 = 250.005 VND; 0.01 EUR × 27000.5 = 270.005 VND; exact sum 520.01 VND.
    const bag = MoneyBag.of(usd("0.01"), Money.of("0.01", "EUR"));
    const up = bag.convert("VND", rates, "2024-06-30", { rounding: "up" });
    expect(up.parts.map((p) => p.to.toString())).toEqual(["271 VND", "251 VND"]);
    expect(up.total.toString()).toBe("521 VND");
    const byDefault = bag.convert("VND", rates, "2024-06-30");
    expect(byDefault.parts.map((p) => p.to.toString())).toEqual(["270 VND", "250 VND"]);
    expect(byDefault.total.toString()).toBe("520 VND");
    const floor = MoneyBag.of(usd("-0.01")).convert("VND", rates, "2024-06-30", { rounding: "floor" });
    expect(floor.parts.map((p) => p.to.toString())).toEqual(["-251 VND"]);
    expect(floor.total.toString()).toBe("-251 VND");
  });
});
