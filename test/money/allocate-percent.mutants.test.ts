/**
 * Tests written against the mutants Stryker left alive in src/money/allocate
 * and src/money/percent: the exact params and paths of each refusal, where the
 * left-over minor units go (largest remainder first, ties to the earlier
 * part), ratios with decimals, the bounds of allocateEvenly, and growth/share
 * with their default and explicit options.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocate, allocateEvenly, growth, Money, share } from "../../src/index.js";
import { caught } from "../_caught.js";

const usd = (a: string) => Money.of(a, "USD");
const str = (ms: Money[]) => ms.map(String);

describe("allocate", () => {
  it("refusals name what and where", () => {
    expect(caught(() => allocate("10" as never, [1]))).toEqual({
      code: "INVALID_TYPE",
      path: ["amount"],
      params: { expected: "Money", received: "string" },
    });
    expect(caught(() => allocate(usd("1"), []))).toEqual({
      code: "INVALID_RATIOS",
      path: ["ratios"],
      params: { detail: "give at least one ratio" },
    });
    expect(caught(() => allocate(usd("1"), "11" as never)).params).toEqual({ detail: "give at least one ratio" });
    expect(caught(() => allocate(usd("1"), [0, "0.00"]))).toEqual({
      code: "INVALID_RATIOS",
      path: ["ratios"],
      params: { detail: "the ratios are all zero" },
    });
    // A negative ratio is refused even when the total is positive.
    expect(caught(() => allocate(usd("1"), [2, "-1.5"]))).toEqual({
      code: "INVALID_RATIOS",
      path: ["ratios", 1],
      params: { detail: "ratio -1.5 is negative" },
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
        params: { detail: `cannot split into ${bad} parts` },
      });
    }
  }, 30_000);
});

describe("growth and share", () => {
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
      params: { detail: "growth from a previous value of zero" },
    });
    expect(caught(() => share(5, 0, { onZero: "throw" })).params).toEqual({ detail: "share of a whole of zero" });
  });

  it("bad options name the option and what was given", () => {
    expect(caught(() => share(1, 2, { as: "fraction" as never }))).toEqual({
      code: "INVALID_ENUM",
      path: ["as"],
      params: { options: "ratio, percent", received: "fraction" },
    });
    expect(caught(() => share(1, 2, { onZero: "zero" as never }))).toEqual({
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
      params: { name: "previous", detail: "both values must be amounts, or both plain numbers" },
    });
    expect(caught(() => share(3, usd("2"))).params.name).toBe("part");
    expect(caught(() => growth("x", 2)).path).toEqual(["current"]);
    expect(caught(() => growth(2, "x")).path).toEqual(["previous"]);
    expect(caught(() => share("x", 2)).path).toEqual(["part"]);
    expect(caught(() => share(2, "x")).path).toEqual(["whole"]);
  });
});
