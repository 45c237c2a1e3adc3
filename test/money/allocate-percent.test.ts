/**
 * allocate, allocateEvenly, growth and share: parts that add up exactly to the
 * whole, where the left-over minor units go (largest remainder first, ties to
 * the earlier part), ratios with decimals, the bounds of allocateEvenly,
 * growth/share with their default and explicit options, and the exact code,
 * params and path of each refusal.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocate, allocateEvenly, growth, Money, share, sum } from "../../src/index.js";
import { caught } from "../_caught.js";

const usd = (a: string) => Money.of(a, "USD");

const str = (ms: Money[]) => ms.map(String);

describe("allocate", () => {
  it("splits USD 100 three ways to the cent, the extra cent to the first part", () => {
    expect(allocate(Money.of("100", "USD"), [1, 1, 1]).map(String)).toEqual(["33.34 USD", "33.33 USD", "33.33 USD"]);
  });

  it("splits ODA capital 70/30 between the central budget and the province exactly", () => {
    const parts = allocate(Money.of("1576566000000", "VND"), ["0.7", "0.3"]);
    expect(parts.map(String)).toEqual(["1103596200000 VND", "472969800000 VND"]);
  });

  it("gives leftover units to the largest remainders, zero ratios get nothing", () => {
    expect(allocate(Money.of("10", "VND"), [0, 1, 2]).map(String)).toEqual(["0 VND", "3 VND", "7 VND"]);
    expect(allocate(Money.of("-100", "USD"), [1, 1, 1]).map(String)).toEqual([
      "-33.34 USD",
      "-33.33 USD",
      "-33.33 USD",
    ]);
    expect(allocate(Money.of("0.005", "USD"), [1, 1]).map(String)).toEqual(["0.003 USD", "0.002 USD"]);
    expect(allocateEvenly(Money.of("0.05", "USD"), 3).map(String)).toEqual(["0.02 USD", "0.02 USD", "0.01 USD"]);
  });

  it("refuses bad ratios", () => {
    expect(caught(() => allocate(Money.of("10", "VND"), [])).code).toBe("INVALID_RATIOS");
    expect(caught(() => allocate(Money.of("10", "VND"), [0, 0])).code).toBe("INVALID_RATIOS");
    expect(caught(() => allocate(Money.of("10", "VND"), [1, -1])).code).toBe("INVALID_RATIOS");
    expect(caught(() => allocate(Money.of("10", "VND"), [0.5])).code).toBe("UNSAFE_NUMBER");
    expect(caught(() => allocate({} as Money, [1])).code).toBe("INVALID_TYPE");
    expect(caught(() => allocateEvenly(Money.of("10", "VND"), 0)).code).toBe("INVALID_RATIOS");
    expect(caught(() => allocateEvenly(Money.of("10", "VND"), 1.5)).code).toBe("INVALID_RATIOS");
  });

  it("parts always add up exactly to the whole, and follow the ratios to within one unit", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
        fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 12 }).filter((r) => r.some((x) => x > 0)),
        (cents, ratios) => {
          const whole = Money.fromMinorUnits(cents, "USD");
          const parts = allocate(whole, ratios);
          expect(parts).toHaveLength(ratios.length);
          expect(sum(parts, "USD").equals(whole)).toBe(true);
          const total = BigInt(ratios.reduce((a, b) => a + b, 0));
          parts.forEach((p, i) => {
            const ideal = cents * BigInt(ratios[i] as number);
            const diff = p.toMinorUnits() * total - ideal;
            expect(diff < 0n ? -diff : diff).toBeLessThan(total);
          });
        },
      ),
    );
  });

  it("refusals name what and where", () => {
    // @ts-expect-error a string is not an amount
    expect(caught(() => allocate("10", [1]))).toEqual({
      code: "INVALID_TYPE",
      path: ["amount"],
      params: { expected: "Money", received: { en: "string", vi: "chuỗi ký tự" } },
    });
    expect(caught(() => allocate(usd("1"), []))).toEqual({
      code: "INVALID_RATIOS",
      path: ["ratios"],
      params: { detail: { en: "give at least one ratio", vi: "cần ít nhất một tỷ lệ" } },
    });
    // @ts-expect-error a string is not a list of ratios
    expect(caught(() => allocate(usd("1"), "11")).params).toEqual({
      detail: { en: "give at least one ratio", vi: "cần ít nhất một tỷ lệ" },
    });
    expect(caught(() => allocate(usd("1"), [0, "0.00"]))).toEqual({
      code: "INVALID_RATIOS",
      path: ["ratios"],
      params: { detail: { en: "the ratios are all zero", vi: "mọi tỷ lệ đều bằng 0" } },
    });
    // A negative ratio is refused even when the total is positive.
    expect(caught(() => allocate(usd("1"), [2, "-1.5"]))).toEqual({
      code: "INVALID_RATIOS",
      path: ["ratios", 1],
      params: { detail: { en: "ratio -1.5 is negative", vi: "tỷ lệ -1.5 là số âm" } },
    });
    expect(caught(() => allocate(usd("1"), [1, "x"])).path).toEqual(["ratios", 1]);
  });

  it("left-over units go to the largest remainders, ties to the earlier part", () => {
    // 5 cents by 2:1 → 3.33 and 1.66: the second has the larger remainder.
    expect(str(allocate(usd("0.05"), [2, 1]))).toEqual(["0.03 USD", "0.02 USD"]);
    expect(str(allocate(usd("0.05"), [1, 2]))).toEqual(["0.02 USD", "0.03 USD"]);
    expect(str(allocate(usd("0.07"), [1, 1, 1]))).toEqual(["0.03 USD", "0.02 USD", "0.02 USD"]);
    expect(str(allocate(usd("0.08"), [1, 1, 1]))).toEqual(["0.03 USD", "0.03 USD", "0.02 USD"]);
    expect(str(allocate(usd("-0.07"), [1, 1, 1]))).toEqual(["-0.03 USD", "-0.02 USD", "-0.02 USD"]);
    expect(str(allocate(usd("0"), [1, 2]))).toEqual(["0.00 USD", "0.00 USD"]);
  });

  it("agrees with a plain largest-remainder oracle on up to 150 ratios (past the sort's insertion threshold)", () => {
    // Oracle: floor shares, then one cent each to the largest remainders, ties to the lower index.
    const oracle = (cents: bigint, ratios: bigint[]): bigint[] => {
      const total = ratios.reduce((a, b) => a + b, 0n);
      const parts = ratios.map((r) => (cents * r) / total);
      let left = cents - parts.reduce((a, b) => a + b, 0n);
      const order = ratios
        .map((r, i) => ({ i, rem: (cents * r) % total }))
        .sort((x, y) => (x.rem === y.rem ? x.i - y.i : x.rem > y.rem ? -1 : 1));
      for (const { i } of order) {
        if (left === 0n) break;
        parts[i] = (parts[i] as bigint) + 1n;
        left--;
      }
      return parts;
    };
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 8n }),
        fc
          .array(fc.bigInt({ min: 0n, max: 1000n }), { minLength: 1, maxLength: 150 })
          .filter((r) => r.some((x) => x > 0n)),
        (cents, ratios) => {
          const got = allocate(Money.fromMinorUnits(cents, "USD"), ratios.map(String)).map((m) => m.toMinorUnits());
          expect(got).toEqual(oracle(cents, ratios));
        },
      ),
      { seed: 8, numRuns: 200 },
    );
  });

  it("ratios with decimals are weighed at their finest scale", () => {
    expect(str(allocate(Money.of("100", "VND"), ["1.5", "1"]))).toEqual(["60 VND", "40 VND"]);
    expect(str(allocate(Money.of("100", "VND"), ["0.25", "0.75"]))).toEqual(["25 VND", "75 VND"]);
  });
});

describe("growth and share", () => {
  it("computes growth as (current − previous) / previous with a stated precision", () => {
    expect(growth(349, 100, { as: "percent", digits: 1 })?.toString()).toBe("249");
    expect(growth("6900", "1980.8", { as: "percent", digits: 0 })?.toString()).toBe("248");
    expect(growth(120, 190)?.toString()).toBe("-0.3684");
    expect(growth(Money.of("1576566000000", "VND"), Money.of("1451355000000", "VND"))?.toString()).toBe("0.0863");
    expect(growth(1, 3, { digits: 2, rounding: "up" })?.toString()).toBe("-0.67");
  });

  it("computes a share as part / whole", () => {
    expect(share(46, 100)?.toString()).toBe("0.46");
    expect(
      share(Money.of("1451355000000", "VND"), Money.of("1576566000000", "VND"), { as: "percent", digits: 2 })?.toFixed(
        2,
      ),
    ).toBe("92.06");
    expect(share(7, 9)?.toString()).toBe("0.7778");
    expect(share(2, 3, { digits: 0 })?.toString()).toBe("1");
  });

  it("never gives Infinity: a zero denominator is null, or an error when asked", () => {
    expect(growth(120, 0)).toBeNull();
    expect(share(0, 0)).toBeNull();
    expect(share(Money.of("1", "USD"), Money.zero("USD"))).toBeNull();
    expect(caught(() => growth(120, 0, { onZero: "throw" })).code).toBe("DIVISION_BY_ZERO");
    expect(caught(() => share(1, 0, { onZero: "throw" })).code).toBe("DIVISION_BY_ZERO");
  });

  it("refuses mixed currencies and mixed kinds", () => {
    expect(caught(() => share(Money.of("1", "USD"), Money.of("1", "VND"))).code).toBe("CURRENCY_MISMATCH");
    expect(caught(() => share(Money.of("1", "USD"), 1)).code).toBe("INVALID_ARGUMENT");
    expect(caught(() => share(1, Money.of("1", "USD"))).code).toBe("INVALID_ARGUMENT");
    expect(caught(() => share(0.5, 1)).code).toBe("UNSAFE_NUMBER");
    expect(caught(() => share(1, 2, { digits: -1 })).code).toBe("OUT_OF_RANGE");
    expect(caught(() => share(1, 2, { as: "percentage" as "percent" })).code).toBe("INVALID_ENUM");
    expect(caught(() => share(1, 0, { onZero: "zero" as "null" })).code).toBe("INVALID_ENUM");
  });

  it("defaults: a ratio, 4 decimals, half-even", () => {
    expect(growth(3, 2)?.toString()).toBe("0.5");
    expect(share(1, 3)?.toString()).toBe("0.3333");
    // 1/8 = 0.125 → 0.12 (half-even), not 0.13
    expect(share(1, 8, { digits: 2 })?.toString()).toBe("0.12");
    expect(share(3, 8, { digits: 2 })?.toString()).toBe("0.38");
  });

  it("as: ratio or percent; rounding as given", () => {
    expect(share(1, 3, { as: "ratio" })?.toString()).toBe("0.3333");
    expect(share(1, 3, { as: "percent", digits: 1 })?.toString()).toBe("33.3");
    expect(share(1, 8, { digits: 2, rounding: "up" })?.toString()).toBe("0.13");
    expect(share(1, 8, { digits: 2, rounding: "half-up" })?.toString()).toBe("0.13");
    expect(growth(1, 3, { digits: 0, rounding: "ceil" })?.toString()).toBe("0");
    expect(growth(4, 3, { digits: 0, rounding: "ceil" })?.toString()).toBe("1");
  });

  it("zero: null by default and with onZero null; DIVISION_BY_ZERO with what", () => {
    expect(growth(5, 0)).toBeNull();
    expect(share(5, 0, { onZero: "null" })).toBeNull();
    expect(caught(() => growth(5, 0, { onZero: "throw" }))).toEqual({
      code: "DIVISION_BY_ZERO",
      path: [],
      params: { detail: { en: "growth from a previous value of zero", vi: "mức tăng so với giá trị trước bằng 0" } },
    });
    expect(caught(() => share(5, 0, { onZero: "throw" })).params).toEqual({
      detail: { en: "share of a whole of zero", vi: "tỷ trọng trong tổng bằng 0" },
    });
  });

  it("bad options name the option and what was given", () => {
    // @ts-expect-error "fraction" is not one of ratio, percent
    expect(caught(() => share(1, 2, { as: "fraction" }))).toEqual({
      code: "INVALID_ENUM",
      path: ["as"],
      params: { options: "ratio, percent", received: "fraction" },
    });
    // @ts-expect-error "zero" is not one of null, throw
    expect(caught(() => share(1, 2, { onZero: "zero" }))).toEqual({
      code: "INVALID_ENUM",
      path: ["onZero"],
      params: { options: "null, throw", received: "zero" },
    });
  });

  it("amounts and numbers: same currency, not mixed, paths name the argument", () => {
    expect(growth(usd("3"), usd("2"))?.toString()).toBe("0.5");
    expect(caught(() => growth(usd("3"), Money.of("2", "EUR")))).toEqual({
      code: "CURRENCY_MISMATCH",
      path: [],
      params: { left: "USD", right: "EUR" },
    });
    expect(caught(() => growth(usd("3"), 2))).toEqual({
      code: "INVALID_ARGUMENT",
      path: [],
      params: {
        name: "previous",
        detail: {
          en: "both values must be amounts, or both plain numbers",
          vi: "hai giá trị phải cùng là số tiền, hoặc cùng là số thường",
        },
      },
    });
    expect(caught(() => share(3, usd("2"))).params.name).toBe("part");
    expect(caught(() => growth("x", 2)).path).toEqual(["current"]);
    expect(caught(() => growth(2, "x")).path).toEqual(["previous"]);
    expect(caught(() => share("x", 2)).path).toEqual(["part"]);
    expect(caught(() => share(2, "x")).path).toEqual(["whole"]);
  });
});

describe("allocateEvenly", () => {
  // Regression: 1,000,000 parts (the documented maximum) threw "RangeError: Maximum call
  // stack size exceeded" (Math.max over a spread of a million ratios).
  it("1 part and 1,000,000 parts are allowed; 0 and 1,000,001 are not", () => {
    expect(str(allocateEvenly(usd("0.05"), 1))).toEqual(["0.05 USD"]);
    const million = allocateEvenly(Money.of("1000001", "VND"), 1_000_000);
    expect(million).toHaveLength(1_000_000);
    expect(String(million[0])).toBe("2 VND");
    expect(String(million[1])).toBe("1 VND");
    for (const bad of [0, -1, 1.5, 1_000_001]) {
      expect(caught(() => allocateEvenly(usd("1"), bad))).toEqual({
        code: "INVALID_RATIOS",
        path: ["count"],
        params: { detail: { en: `cannot split into ${bad} parts`, vi: `không chia được thành ${bad} phần` } },
      });
    }
  }, 30_000);
});
