/**
 * findProvince and findCountry read a name of at most 100 characters and
 * refuse a longer one with TOO_LONG, instead of echoing it in full.
 */
import { describe, expect, it } from "vitest";
import { countries, findCountry, findProvince, MAX_NAME_QUERY_LENGTH } from "../../src/index.js";
import { caughtMessages } from "../_caught.js";

describe("name lookups", () => {
  it("refuse a query past 100 characters with TOO_LONG, saying so", () => {
    expect(MAX_NAME_QUERY_LENGTH).toBe(100);
    const megabyte = "a".repeat(1_000_000);
    for (const find of [(q: string) => findProvince(q), (q: string) => findCountry(q)]) {
      expect(caughtMessages(() => find(megabyte))).toEqual({
        code: "TOO_LONG",
        params: { max: 100, length: 1_000_000 },
        en: "Too long: at most 100 characters, received 1000000",
        vi: "Quá dài: tối đa 100 ký tự, nhận được 1000000",
      });
      expect(caughtMessages(() => find("x".repeat(101))).code).toBe("TOO_LONG");
    }
    // Up to 100 characters, padded names are still found.
    expect(findProvince(`Cao Bằng${" ".repeat(92)}`).code).toBe("04");
    expect(findCountry(`${" ".repeat(95)}Lào`).code).toBe("LA");
    expect(caughtMessages(() => findProvince("x".repeat(100))).code).toBe("UNKNOWN_PROVINCE");
    expect(caughtMessages(() => findCountry("x".repeat(100))).code).toBe("UNKNOWN_COUNTRY");
  });

  it("the cap is far above every name the lookups know, even decomposed (NFD)", () => {
    for (const c of countries()) {
      expect(c.nameVi.normalize("NFD").length, c.code).toBeLessThan(MAX_NAME_QUERY_LENGTH);
      expect(findCountry(c.nameVi.normalize("NFD")).code).toBe(c.code);
    }
  });

  it("an unknown name is quoted briefly and escaped", () => {
    const { en, vi } = caughtMessages(() => findProvince(`\u202eAtlantis${"s".repeat(90)}`));
    expect(en).toBe(`Unknown province code or name \\u202eAtlantis${"s".repeat(71)}… (99 characters)`);
    expect(vi).toBe(`Không có tỉnh, thành phố có mã hoặc tên \\u202eAtlantis${"s".repeat(71)}… (99 ký tự)`);
    expect(caughtMessages(() => findCountry("Atlantis\u0007")).en).toBe(
      "Unknown country code Atlantis\\u0007 (ISO 3166-1 alpha-2)",
    );
  });
});
