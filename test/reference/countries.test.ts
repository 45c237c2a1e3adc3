import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  countries,
  country,
  findCountry,
  isCountryCode,
  isMemberKind,
  MEMBER_KIND_LABELS,
  MEMBER_KINDS,
  memberKindLabel,
  PROVINCE_KIND_LABELS,
  PROVINCE_KINDS,
} from "../../src/index.js";
import { caught } from "../_caught.js";

const require = createRequire(import.meta.url);
/** The source of the generated table: the dev dependency's own data. */
const EN: Record<string, string | string[]> = require("i18n-iso-countries/langs/en.json").countries;
const VI: Record<string, string | string[]> = require("i18n-iso-countries/langs/vi.json").countries;

describe("countries", () => {
  it("has every ISO 3166-1 alpha-2 code of the source, each with both names", () => {
    expect(countries().map((c) => c.code)).toEqual(Object.keys(EN).sort());
    for (const c of countries()) {
      expect(c.code).toMatch(/^[A-Z]{2}$/);
      expect(c.nameEn.length, c.code).toBeGreaterThan(1);
      expect(c.nameVi.length, c.code).toBeGreaterThan(0); // Italy is "Ý"
    }
  });

  it("uses the source's names, or a short name that the source lists or that reports use", () => {
    let overridden = 0;
    for (const c of countries()) {
      const en = [EN[c.code] ?? []].flat();
      const vi = [VI[c.code] ?? []].flat();
      if (c.nameEn !== en[0] || c.nameVi !== vi[0]) overridden++;
      // every name of the source finds a country that has that name, and a country's own names find it
      for (const name of [...en, ...vi]) {
        const found = findCountry(name);
        expect([
          found.nameEn,
          found.nameVi,
          ...[EN[found.code] ?? []].flat(),
          ...[VI[found.code] ?? []].flat(),
        ]).toContain(name);
      }
      expect(findCountry(c.nameEn)).toBe(c);
      expect(findCountry(c.nameVi)).toBe(c);
    }
    expect(overridden).toBeLessThan(40);
  });

  it.each([
    ["CN", "China", "Trung Quốc"],
    ["LA", "Laos", "Lào"],
    ["KH", "Cambodia", "Campuchia"],
    ["JP", "Japan", "Nhật Bản"],
    ["KR", "South Korea", "Hàn Quốc"],
    ["KP", "North Korea", "Triều Tiên"],
    ["US", "United States", "Hoa Kỳ"],
    ["RU", "Russia", "Nga"],
    ["TH", "Thailand", "Thái Lan"],
    ["SG", "Singapore", "Singapore"],
    ["MY", "Malaysia", "Malaysia"],
    ["AU", "Australia", "Úc"],
    ["IN", "India", "Ấn Độ"],
    ["FR", "France", "Pháp"],
    ["DE", "Germany", "Đức"],
    ["AT", "Austria", "Áo"],
    ["TW", "Taiwan", "Đài Loan"],
    ["VN", "Vietnam", "Việt Nam"],
  ])("%s is %s / %s", (code, en, vi) => {
    expect(country(code)).toEqual({ code, nameEn: en, nameVi: vi });
  });

  it("checks codes strictly and finds countries leniently", () => {
    expect(isCountryCode("KR")).toBe(true);
    expect(isCountryCode("kr")).toBe(false);
    expect(isCountryCode("XX")).toBe(false);
    expect(isCountryCode("toString")).toBe(false);
    expect(isCountryCode(1)).toBe(false);
    expect(caught(() => country("XX")).code).toBe("UNKNOWN_COUNTRY");
    expect(caught(() => country("cn")).code).toBe("UNKNOWN_COUNTRY");
    expect(findCountry("cn").code).toBe("CN");
    expect(findCountry("Han Quoc").code).toBe("KR");
    expect(findCountry(" Mỹ ").code).toBe("US");
    expect(findCountry("Lào").code).toBe("LA");
    expect(findCountry("Congo").code).toBe("CG");
    expect(findCountry("DR Congo").code).toBe("CD");
    expect(caught(() => findCountry("Atlantis")).code).toBe("UNKNOWN_COUNTRY");
    // @ts-expect-error a number is not a name
    expect(caught(() => findCountry(7)).code).toBe("UNKNOWN_COUNTRY");
    expect(country("JP")).toBe(country("JP"));
  });
});

describe("member kinds", () => {
  it("are a department of foreign affairs or a unit of the People's Committee office", () => {
    expect(MEMBER_KINDS).toEqual(["department", "office-unit"]);
    expect(isMemberKind("department")).toBe(true);
    expect(isMemberKind("office-unit")).toBe(true);
    expect(isMemberKind("embassy")).toBe(false);
    expect(memberKindLabel("department")).toBe("Department of Foreign Affairs");
    expect(memberKindLabel("department", "vi")).toBe("Sở Ngoại vụ");
    expect(MEMBER_KIND_LABELS["office-unit"].vi).toContain("Văn phòng Ủy ban nhân dân");
    expect(PROVINCE_KINDS).toEqual(["city", "province"]);
    expect(PROVINCE_KIND_LABELS.city.vi).toBe("thành phố trực thuộc trung ương");
  });
});

describe("generated tables", () => {
  it("are up to date with their sources (scripts/gen-reference.mjs --check)", () => {
    const root = join(import.meta.dirname, "../..");
    expect(() =>
      execFileSync(process.execPath, [join(root, "scripts/gen-reference.mjs"), "--check"], { stdio: "pipe" }),
    ).not.toThrow();
    // A child process: allow for a loaded machine (it timed out at 5 s once, with both cores busy).
  }, 60_000);
});
