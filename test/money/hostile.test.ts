import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Money, MoneySchema, parseFigure, parseMoney, parseNumber } from "../../src/index.js";
import { outcome } from "../_caught.js";

const ALPHABET = [..."0123456789.,  -+$₫đ€tỷriệu million bn m k USD VND khoảng gần hơn about over\u00a0\u2212e"];
const texts = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 60 }).map((chars) => chars.join(""));

describe("hostile input", () => {
  it("parsers only ever return a value or throw a coded NgoaivuError", () => {
    fc.assert(
      fc.property(texts, (text) => {
        outcome(() => parseMoney(text));
        outcome(() => parseMoney(text, { locale: "vi", currency: "VND" }));
        outcome(() => parseNumber(text, { locale: "en" }));
        outcome(() => parseFigure(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("a parsed amount formats back to text that parses to the same amount", () => {
    fc.assert(
      fc.property(texts, (text) => {
        let m: Money;
        try {
          m = parseMoney(text, { locale: "en", currency: "USD" });
        } catch {
          return;
        }
        expect(parseMoney(m.toDecimalString(), { locale: "en", currency: m.currency }).equals(m)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("refuses 100,000-character inputs at once", () => {
    const start = performance.now();
    const long = `${"1.".repeat(50_000)}`;
    expect(outcome(() => parseMoney(long))).toBe("TOO_LONG");
    expect(outcome(() => parseFigure(long))).toBe("TOO_LONG");
    expect(outcome(() => parseNumber(long))).toBe("TOO_LONG");
    expect(outcome(() => Money.of("9".repeat(100_000), "VND"))).toBe("TOO_LONG");
    expect(MoneySchema.safeParse({ amount: "9".repeat(100_000), currency: "VND" }).success).toBe(false);
    expect(MoneySchema.safeParse({ amount: `${"9".repeat(99_999)}x`, currency: "VND" }).success).toBe(false);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
