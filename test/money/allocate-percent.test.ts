import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocate, allocateEvenly, growth, Money, NgoaivuError, share, sum } from "../../src/index.js";

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof NgoaivuError) return error.code;
    throw error;
  }
  return undefined;
}

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
    expect(codeOf(() => allocate(Money.of("10", "VND"), []))).toBe("INVALID_RATIOS");
    expect(codeOf(() => allocate(Money.of("10", "VND"), [0, 0]))).toBe("INVALID_RATIOS");
    expect(codeOf(() => allocate(Money.of("10", "VND"), [1, -1]))).toBe("INVALID_RATIOS");
    expect(codeOf(() => allocate(Money.of("10", "VND"), [0.5]))).toBe("UNSAFE_NUMBER");
    expect(codeOf(() => allocate({} as Money, [1]))).toBe("INVALID_TYPE");
    expect(codeOf(() => allocateEvenly(Money.of("10", "VND"), 0))).toBe("INVALID_RATIOS");
    expect(codeOf(() => allocateEvenly(Money.of("10", "VND"), 1.5))).toBe("INVALID_RATIOS");
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
    expect(codeOf(() => growth(120, 0, { onZero: "throw" }))).toBe("DIVISION_BY_ZERO");
    expect(codeOf(() => share(1, 0, { onZero: "throw" }))).toBe("DIVISION_BY_ZERO");
  });

  it("refuses mixed currencies and mixed kinds", () => {
    expect(codeOf(() => share(Money.of("1", "USD"), Money.of("1", "VND")))).toBe("CURRENCY_MISMATCH");
    expect(codeOf(() => share(Money.of("1", "USD"), 1))).toBe("INVALID_ARGUMENT");
    expect(codeOf(() => share(1, Money.of("1", "USD")))).toBe("INVALID_ARGUMENT");
    expect(codeOf(() => share(0.5, 1))).toBe("UNSAFE_NUMBER");
    expect(codeOf(() => share(1, 2, { digits: -1 }))).toBe("OUT_OF_RANGE");
    expect(codeOf(() => share(1, 2, { as: "percentage" as "percent" }))).toBe("INVALID_ENUM");
    expect(codeOf(() => share(1, 0, { onZero: "zero" as "null" }))).toBe("INVALID_ENUM");
  });
});
