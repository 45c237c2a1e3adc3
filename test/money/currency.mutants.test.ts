/**
 * Tests written against the mutants Stryker left alive in src/money/currency.ts:
 * what counts as a currency code, the exact params and paths of lookup and
 * registration refusals, the bounds of minor digits, the shape of a
 * registered currency, and the order of listCurrencies.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getCurrency, isCurrencyCode, listCurrencies, registerCurrency } from "../../src/index.js";
import { caught } from "../_caught.js";

describe("getCurrency", () => {
  it("refuses a code that is not exactly three capital letters, at the root by default", () => {
    expect(caught(() => getCurrency("usd"))).toEqual({
      code: "INVALID_CURRENCY_CODE",
      path: [],
      params: { code: '"usd"' },
    });
    for (const code of ["XUSD", "USDX", "xUSD", "USDx", "US", "U-SD", " USD", "USD "]) {
      expect(
        caught(() => getCurrency(code)),
        code,
      ).toEqual({
        code: "INVALID_CURRENCY_CODE",
        path: [],
        params: { code: `"${code}"` },
      });
    }
  });

  it("reports a refused code at the path given", () => {
    expect(caught(() => getCurrency("đồng", ["rows", 4, "currency"]))).toEqual({
      code: "INVALID_CURRENCY_CODE",
      path: ["rows", 4, "currency"],
      params: { code: '"đồng"' },
    });
    expect(caught(() => getCurrency(840 as never, ["currency"]))).toEqual({
      code: "INVALID_CURRENCY_CODE",
      path: ["currency"],
      params: { code: "840" },
    });
  });

  it("tells a well-formed but unregistered code apart from a malformed one", () => {
    expect(caught(() => getCurrency("XYZ", ["currency"]))).toEqual({
      code: "UNKNOWN_CURRENCY",
      path: ["currency"],
      params: { code: "XYZ" },
    });
    expect(getCurrency("KWD").minorDigits).toBe(3);
  });
});

describe("isCurrencyCode", () => {
  it("is true only for registered codes", () => {
    expect(isCurrencyCode("VND")).toBe(true);
    expect(isCurrencyCode("THB")).toBe(true);
    for (const value of ["ABC", "XYZ", "vnd", "", "VNDX", 704, null, undefined, { code: "VND" }]) {
      expect(isCurrencyCode(value), String(value)).toBe(false);
    }
  });

  it("agrees with getCurrency on any string", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 4 }), fc.stringMatching(/^[A-Z]{3}$/)), (code) => {
        let found = true;
        try {
          getCurrency(code);
        } catch {
          found = false;
        }
        expect(isCurrencyCode(code)).toBe(found);
      }),
      { seed: 20261123, numRuns: 200 },
    );
  });
});

describe("registerCurrency", () => {
  it("refuses a malformed code under the path 'code'", () => {
    for (const code of ["qza", "QZAA", "QZ", "xQZA", "QZAx"]) {
      expect(
        caught(() => registerCurrency({ code, minorDigits: 2 })),
        code,
      ).toEqual({
        code: "INVALID_CURRENCY_CODE",
        path: ["code"],
        params: { code: `"${code}"` },
      });
      expect(isCurrencyCode(code)).toBe(false);
    }
  });

  it("accepts minor digits 0 to 6 and refuses anything else under 'minorDigits'", () => {
    expect(registerCurrency({ code: "QZB", minorDigits: 0 }).minorDigits).toBe(0);
    expect(registerCurrency({ code: "QZC", minorDigits: 6 }).minorDigits).toBe(6);
    expect(getCurrency("QZC").minorDigits).toBe(6);
    for (const minorDigits of [-1, 7, 1.5, Number.NaN]) {
      expect(
        caught(() => registerCurrency({ code: "QZD", minorDigits })),
        String(minorDigits),
      ).toEqual({
        code: "OUT_OF_RANGE",
        path: ["minorDigits"],
        params: { value: String(minorDigits), range: "an integer 0..6" },
      });
    }
    expect(caught(() => registerCurrency({ code: "QZD", minorDigits: "2" as never })).params).toEqual({
      value: '"2"',
      range: "an integer 0..6",
    });
    expect(isCurrencyCode("QZD")).toBe(false);
  });

  it("refuses to change the minor digits of a registered code, saying what they are", () => {
    expect(caught(() => registerCurrency({ code: "VND", minorDigits: 2 }))).toEqual({
      code: "INVALID_ARGUMENT",
      path: ["minorDigits"],
      params: { name: "minorDigits", detail: "VND is already registered with 0 minor digits" },
    });
    expect(caught(() => registerCurrency({ code: "KWD", minorDigits: 2 })).params).toEqual({
      name: "minorDigits",
      detail: "KWD is already registered with 3 minor digits",
    });
    expect(getCurrency("VND").minorDigits).toBe(0);
  });

  it("keeps only the names it was given, in a frozen object", () => {
    const bare = registerCurrency({ code: "QZE", minorDigits: 2 });
    expect(Object.keys(bare)).toEqual(["code", "minorDigits"]);
    expect("nameEn" in bare).toBe(false);
    expect("nameVi" in bare).toBe(false);
    const english = registerCurrency({ code: "QZF", minorDigits: 1, nameEn: "test unit" });
    expect(Object.keys(english)).toEqual(["code", "minorDigits", "nameEn"]);
    const vietnamese = registerCurrency({ code: "QZG", minorDigits: 1, nameVi: "đơn vị thử" });
    expect(Object.keys(vietnamese)).toEqual(["code", "minorDigits", "nameVi"]);
    expect(vietnamese).toStrictEqual({ code: "QZG", minorDigits: 1, nameVi: "đơn vị thử" });
    expect(Object.isFrozen(bare)).toBe(true);
    expect(getCurrency("QZE")).toBe(bare);
  });
});

describe("listCurrencies", () => {
  it("lists every currency once, sorted by code", () => {
    registerCurrency({ code: "AAZ", minorDigits: 2 });
    registerCurrency({ code: "ZZY", minorDigits: 2 });
    const codes = listCurrencies().map((c) => c.code);
    for (let i = 1; i < codes.length; i++)
      expect(codes[i - 1]! < codes[i]!, `${codes[i - 1]} < ${codes[i]}`).toBe(true);
    expect(codes.indexOf("AAZ")).toBe(0);
    expect(codes.at(-1)).toBe("ZZY");
    expect(codes.slice(1, 4)).toEqual(["AED", "ARS", "AUD"]);
    expect(codes.indexOf("USD")).toBeLessThan(codes.indexOf("VND"));
    expect(codes.indexOf("VND")).toBeLessThan(codes.indexOf("XAF"));
  });
});
