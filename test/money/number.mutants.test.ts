/**
 * Tests written against the mutants Stryker left alive in src/money/number.ts:
 * the paths and params of toDecimal, formatNumber and parseNumber refusals.
 */
import { describe, expect, it } from "vitest";
import { formatNumber, parseNumber, toDecimal } from "../../src/index.js";
import { caught } from "../_caught.js";

describe("toDecimal", () => {
  it("reports a refused value at the root when no path is given", () => {
    expect(caught(() => toDecimal("1e5"))).toEqual({
      code: "INVALID_AMOUNT",
      path: [],
      params: { value: '"1e5"', detail: "expected a plain decimal string such as 1576566000000 or -12.50" },
    });
    expect(caught(() => toDecimal(1.5)).path).toEqual([]);
  });

  it("reports a refused value at the path given", () => {
    expect(caught(() => toDecimal("1e5", ["rates", 0, "rate"])).path).toEqual(["rates", 0, "rate"]);
  });
});

describe("formatNumber", () => {
  it("refuses an unknown locale, naming the two it knows", () => {
    expect(caught(() => formatNumber("1", { locale: "fr" as "vi" }))).toEqual({
      code: "INVALID_ENUM",
      path: ["locale"],
      params: { options: "vi, en", received: "fr" },
    });
    expect(caught(() => formatNumber("1", { locale: 5 as never })).params).toEqual({
      options: "vi, en",
      received: "5",
    });
  });

  it("reports a refused value under the path 'value'", () => {
    expect(caught(() => formatNumber("1.576,5"))).toEqual({
      code: "INVALID_AMOUNT",
      path: ["value"],
      params: { value: '"1.576,5"', detail: "expected a plain decimal string such as 1576566000000 or -12.50" },
    });
    expect(caught(() => formatNumber(0.5, { locale: "en" }))).toEqual({
      code: "UNSAFE_NUMBER",
      path: ["value"],
      params: { value: "0.5" },
    });
  });

  it("rounds half to even when digits are given without a rounding mode", () => {
    expect(formatNumber("2.345", { digits: 2 })).toBe("2,34");
    expect(formatNumber("2.355", { digits: 2 })).toBe("2,36");
    expect(formatNumber("-2.345", { digits: 2, locale: "en" })).toBe("-2.34");
    expect(formatNumber("1576566.5", { digits: 0, locale: "en" })).toBe("1,576,566");
  });
});

describe("parseNumber", () => {
  it("refuses an amount with a currency, naming the text", () => {
    for (const text of ["5 USD", "$5", "1,2 triệu đồng"]) {
      const refusal = caught(() => parseNumber(text));
      expect(refusal.code, text).toBe("UNPARSEABLE_AMOUNT");
      expect(refusal.path, text).toEqual([]);
      // Quoted, as every other refusal of a text under this code is.
      expect(refusal.params.value, text).toBe(JSON.stringify(text));
    }
    expect(caught(() => parseNumber("abc")).params.value).toBe('"abc"');
  });

  it("reads the same number with and without an explicit locale when scale words decide", () => {
    expect(parseNumber("1,2 triệu").toString()).toBe("1200000");
    expect(parseNumber("1,2 triệu", { locale: "vi" }).toString()).toBe("1200000");
    expect(parseNumber("1.5 million", { locale: "en" }).toString()).toBe("1500000");
  });
});
