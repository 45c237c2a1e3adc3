import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { formatNumber, Money, NgoaivuError, parseNumber, toDecimal } from "../../src/index.js";

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof NgoaivuError) return error.code;
    throw error;
  }
  return undefined;
}

describe("numbers", () => {
  it("reads decimals exactly, refusing floats", () => {
    expect(toDecimal("12345678901234567890.12").plus("0.01").toString()).toBe("12345678901234567890.13");
    expect(toDecimal(7n).toString()).toBe("7");
    expect(codeOf(() => toDecimal(0.1))).toBe("UNSAFE_NUMBER");
    expect(codeOf(() => toDecimal(new Decimal("1e1500")))).toBe("TOO_LONG");
  });

  it("writes numbers with Vietnamese and English separators", () => {
    expect(formatNumber(1576566n)).toBe("1.576.566");
    expect(formatNumber("1576.5", { locale: "en" })).toBe("1,576.5");
    expect(formatNumber("-0.5", { locale: "vi" })).toBe("-0,5");
    expect(formatNumber("2.345", { digits: 2 })).toBe("2,34");
    expect(formatNumber("2.345", { digits: 2, rounding: "up" })).toBe("2,35");
    expect(codeOf(() => formatNumber(1, { locale: "de" as "vi" }))).toBe("INVALID_ENUM");
  });

  it("reads numbers with scale words, refusing currencies and ambiguity", () => {
    expect(parseNumber("1,2 triệu").toString()).toBe("1200000");
    expect(parseNumber("1.5 million").toString()).toBe("1500000");
    expect(parseNumber("52k").toString()).toBe("52000");
    expect(parseNumber("1.576", { locale: "vi" }).toString()).toBe("1576");
    expect(codeOf(() => parseNumber("1.576"))).toBe("AMBIGUOUS_AMOUNT");
    expect(codeOf(() => parseNumber("5 USD"))).toBe("UNPARSEABLE_AMOUNT");
  });

  it("keeps amounts with very many decimals exact", () => {
    const tiny = Money.of(`0.${"0".repeat(70)}1`, "USD");
    expect(Money.of("1", "USD").add(tiny).toDecimalString()).toBe(`1.${"0".repeat(70)}1`);
    expect(tiny.compare(Money.zero("USD"))).toBe(1);
  });
});
