/**
 * MoneyBag: amounts of several currencies kept apart and each exact, the laws
 * rollups rely on, conversion to one currency (the rounding mode reaching every
 * part as well as the total), the order of the currencies whatever order they
 * were added in, equality of bags of different sizes, and the exact code,
 * params and path of each refusal (from, fromJSON, merge, convert).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listCurrencies, Money, MoneyBag, type NgoaivuError, RateTable } from "../../src/index.js";
import { caught } from "../_caught.js";

const CAO_BANG_ODA = Money.of("1576566000000", "VND");
const CAO_BANG_COMPLETED = Money.of("1451355000000", "VND");
const NGO_AID = Money.of("52000000", "USD");

const usd = (a: string) => Money.of(a, "USD");

const vnd = (a: string) => Money.of(a, "VND");

describe("MoneyBag", () => {
  it("keeps VND capital and USD aid apart, each exact", () => {
    const bag = MoneyBag.of(CAO_BANG_ODA, NGO_AID, CAO_BANG_COMPLETED);
    expect(bag.get("VND").toString()).toBe("3027921000000 VND");
    expect(bag.get("USD").toString()).toBe("52000000.00 USD");
    expect(bag.get("EUR").toString()).toBe("0.00 EUR");
    expect(bag.currencies()).toEqual(["USD", "VND"]);
    expect(bag.size).toBe(2);
    expect(bag.has("EUR")).toBe(false);
    expect(bag.toString()).toBe("52000000.00 USD + 3027921000000 VND");
    expect(MoneyBag.empty().toString()).toBe("0");
  });

  it("adds amounts of mixed scales exactly", () => {
    const bag = MoneyBag.from([
      Money.of("0.1", "USD"),
      Money.of("1", "VND"),
      Money.of("0.005", "USD"),
      Money.of("0.005", "USD"),
    ]);
    expect(bag.get("USD").toDecimalString()).toBe("0.11");
    expect(bag.add(Money.of("0.001", "USD")).get("USD").toDecimalString()).toBe("0.111");
  });

  it("lists in a stable order whatever the order of input", () => {
    const a = MoneyBag.of(Money.of("1", "VND"), Money.of("2", "USD"), Money.of("3", "EUR"));
    const b = MoneyBag.of(Money.of("3", "EUR"), Money.of("1", "VND"), Money.of("2", "USD"));
    expect(a.toJSON()).toEqual(b.toJSON());
    expect(a.toJSON()).toEqual([
      { amount: "3.00", currency: "EUR" },
      { amount: "2.00", currency: "USD" },
      { amount: "1", currency: "VND" },
    ]);
    expect(a.equals(b)).toBe(true);
    expect(a.equals(MoneyBag.of(Money.of("1", "VND")))).toBe(false);
    expect(a.equals(MoneyBag.of(Money.of("1", "VND"), Money.of("2", "USD"), Money.of("4", "EUR")))).toBe(false);
    expect(a.equals(MoneyBag.of(Money.of("1", "VND"), Money.of("2", "USD"), Money.of("3", "GBP")))).toBe(false);
    expect(a.equals({} as MoneyBag)).toBe(false);
  });

  it("round-trips through plain JSON", () => {
    const bag = MoneyBag.of(CAO_BANG_ODA, NGO_AID);
    const json = JSON.parse(JSON.stringify(bag)) as unknown;
    expect(MoneyBag.fromJSON(json).equals(bag)).toBe(true);
    expect(caught(() => MoneyBag.fromJSON({ VND: "1" })).code).toBe("INVALID_TYPE");
    try {
      MoneyBag.fromJSON(
        [
          { amount: "1", currency: "VND" },
          { amount: "1e3", currency: "VND" },
        ],
        ["aid"],
      );
    } catch (error) {
      expect((error as NgoaivuError).path).toEqual(["aid", 1, "amount"]);
    }
  });

  it("refuses values that are not Money", () => {
    expect(caught(() => MoneyBag.from([{} as Money])).code).toBe("INVALID_TYPE");
    expect(caught(() => MoneyBag.empty().merge({} as MoneyBag)).code).toBe("INVALID_TYPE");
    expect(MoneyBag.isMoneyBag(MoneyBag.empty())).toBe(true);
    expect(MoneyBag.isMoneyBag({})).toBe(false);
  });

  it("keeps a currency listed when its total is zero", () => {
    const bag = MoneyBag.of(Money.of("5", "USD"), Money.of("-5", "USD"));
    expect(bag.currencies()).toEqual(["USD"]);
    expect(bag.get("USD").isZero()).toBe(true);
  });
});

const CODES = ["VND", "USD", "EUR", "KWD", "JPY"] as const;
const anyMoney = fc
  .tuple(fc.constantFrom(...CODES), fc.bigInt({ min: -(10n ** 22n), max: 10n ** 22n }), fc.integer({ min: 0, max: 4 }))
  .map(([currency, units, scale]) => {
    const negative = units < 0n;
    const digits = (negative ? -units : units).toString().padStart(scale + 1, "0");
    const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
    return Money.of(negative ? `-${text}` : text, currency);
  });
const anyBag = fc.array(anyMoney, { maxLength: 12 }).map((list) => MoneyBag.from(list));

describe("MoneyBag laws (rollups rely on them)", () => {
  it("merge is commutative and associative, with the empty bag as identity", () => {
    fc.assert(
      fc.property(anyBag, anyBag, anyBag, (a, b, c) => {
        expect(a.merge(b).equals(b.merge(a))).toBe(true);
        expect(
          a
            .merge(b)
            .merge(c)
            .equals(a.merge(b.merge(c))),
        ).toBe(true);
        expect(a.merge(MoneyBag.empty()).equals(a)).toBe(true);
        expect(JSON.stringify(a.merge(b))).toBe(JSON.stringify(b.merge(a)));
      }),
    );
  });

  it("the bag of a list equals the merge of the bags of its parts, split anywhere", () => {
    fc.assert(
      fc.property(fc.array(anyMoney, { maxLength: 20 }), fc.nat(), (list, at) => {
        const cut = list.length === 0 ? 0 : at % list.length;
        const whole = MoneyBag.from(list);
        const parts = MoneyBag.from(list.slice(0, cut)).merge(MoneyBag.from(list.slice(cut)));
        expect(parts.equals(whole)).toBe(true);
        expect(MoneyBag.fromJSON(whole.toJSON()).equals(whole)).toBe(true);
      }),
    );
  });
});

describe("MoneyBag conversion", () => {
  const rates = RateTable.of([
    { from: "USD", to: "VND", rate: "24000", date: "2024-01-02", source: "SBV central rate" },
    { from: "USD", to: "VND", rate: "25000", date: "2024-06-28", source: "SBV central rate" },
    { from: "EUR", to: "USD", rate: "1.08", date: "2024-06-27", source: "ECB" },
  ]);

  it("converts to one currency with an explicit rate table and valuation date, recording each rate", () => {
    const bag = MoneyBag.of(CAO_BANG_ODA, NGO_AID, Money.of("1000", "EUR"));
    const result = bag.convert("VND", rates, "2024-06-30");
    expect(result.total.toString()).toBe("2876593000000 VND");
    expect(result.valueDate).toBe("2024-06-30");
    expect(result.parts.map((p) => [p.from.currency, p.rate.derivation, p.rate.rate, p.rate.date])).toEqual([
      ["EUR", "cross", "27000", "2024-06-27"],
      ["USD", "direct", "25000", "2024-06-28"],
      ["VND", "identity", "1", "2024-06-30"],
    ]);
    const earlier = bag.convert("USD", rates, "2024-06-30");
    expect(earlier.total.toString()).toBe("115063720.00 USD");
  });

  it("rounds the total once, from the exact sum of the parts", () => {
    const thirds = RateTable.of([{ from: "USD", to: "VND", rate: "3", date: "2024-01-01", source: "test" }]);
    const bag = MoneyBag.of(Money.of("1", "VND"), Money.of("0.01", "USD"));
    const result = bag.convert("USD", thirds, "2024-02-01");
    // 1/3 + 0.01 = 0.34333… → 0.34
    expect(result.total.toString()).toBe("0.34 USD");
    expect(result.parts.map((p) => p.to.toString())).toEqual(["0.01 USD", "0.33 USD"]);
    expect(bag.convert("USD", thirds, "2024-02-01", { rounding: "up" }).total.toString()).toBe("0.35 USD");
  });

  it("says NO_RATE where none applies", () => {
    expect(caught(() => MoneyBag.of(NGO_AID).convert("VND", rates, "2023-12-31")).code).toBe("NO_RATE");
    expect(caught(() => MoneyBag.of(NGO_AID).convert("VND", rates, "2024-13-01")).code).toBe("INVALID_DATE");
    expect(MoneyBag.empty().convert("VND", rates, "2024-06-30").total.toString()).toBe("0 VND");
  });
});

describe("MoneyBag.from", () => {
  it("a value that is not a Money is INVALID_TYPE at its index, saying what it is", () => {
    // @ts-expect-error a string is not a Money
    expect(caught(() => MoneyBag.from([usd("1"), vnd("2"), "3 VND"]))).toEqual({
      code: "INVALID_TYPE",
      path: [2],
      params: { expected: "Money", received: { en: "string", vi: "chuỗi ký tự" } },
    });
    // @ts-expect-error null is not a Money
    expect(caught(() => MoneyBag.from([null]))).toEqual({
      code: "INVALID_TYPE",
      path: [0],
      params: { expected: "Money", received: { en: "null", vi: "giá trị null" } },
    });
    // @ts-expect-error a plain object is not a Money
    expect(caught(() => MoneyBag.of(usd("1"), { amount: "1", currency: "USD" }))).toEqual({
      code: "INVALID_TYPE",
      path: [1],
      params: { expected: "Money", received: { en: "object", vi: "đối tượng" } },
    });
  });

  it("the index counts every value of an iterable, not only arrays", () => {
    function* amounts(): Generator<Money> {
      yield usd("1");
      yield usd("2");
      yield usd("3");
      // @ts-expect-error an array is not a Money
      yield [usd("4")];
    }
    expect(caught(() => MoneyBag.from(amounts()))).toEqual({
      code: "INVALID_TYPE",
      path: [3],
      params: { expected: "Money", received: { en: "array", vi: "danh sách" } },
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
      params: {
        expected: { en: "an array of { amount, currency }", vi: "danh sách { amount, currency }" },
        received: { en: "object", vi: "đối tượng" },
      },
    });
    expect(caught(() => MoneyBag.fromJSON(null, ["report", "aid"]))).toEqual({
      code: "INVALID_TYPE",
      path: ["report", "aid"],
      params: {
        expected: { en: "an array of { amount, currency }", vi: "danh sách { amount, currency }" },
        received: { en: "null", vi: "giá trị null" },
      },
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
      params: { expected: { en: "a decimal string", vi: "chuỗi thập phân" }, received: { en: "number", vi: "số" } },
    });
  });
});

describe("MoneyBag.merge", () => {
  it("refuses a value that is not a bag, saying what it is", () => {
    // @ts-expect-error a Money is not a MoneyBag
    expect(caught(() => MoneyBag.empty().merge(usd("1")))).toEqual({
      code: "INVALID_TYPE",
      path: [],
      params: { expected: "MoneyBag", received: { en: "object", vi: "đối tượng" } },
    });
    // @ts-expect-error an array is not a MoneyBag
    expect(caught(() => MoneyBag.empty().merge([])).params).toEqual({
      expected: "MoneyBag",
      received: { en: "array", vi: "danh sách" },
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
    // @ts-expect-error null is not a MoneyBag
    expect(bag.equals(null)).toBe(false);
    // @ts-expect-error undefined is not a MoneyBag
    expect(bag.equals(undefined)).toBe(false);
    // @ts-expect-error a plain object is not a MoneyBag
    expect(bag.equals({ size: 1 })).toBe(false);
    // @ts-expect-error a plain object is not a MoneyBag
    expect(MoneyBag.empty().equals({})).toBe(false);
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

describe("MoneyBag conversion: the target currency, and the rounding of every part", () => {
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
