import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  findProvince,
  foldVietnamese,
  type NgoaivuError,
  PROVINCE_CHANGES,
  predecessors,
  province,
  provinceHistory,
  provinces,
  successor,
  UNITS_BEFORE_2025,
} from "../../src/index.js";
import { buildTimeline } from "../../src/reference/province.js";
import { caught } from "../_caught.js";

/** The source data (a committed copy of the workplace's reference-data/), never the implementation's tables. */
const fixtures = join(import.meta.dirname, "../fixtures/reference-data");
interface OldUnit {
  code: string;
  nameVi: string;
  nameEn: string;
  kind: "municipality" | "province";
  successorCode2025: string;
  successorName2025: string;
}
const OLD: OldUnit[] = JSON.parse(readFileSync(join(fixtures, "provinces-2025-succession.json"), "utf8"));
const NEW = readFileSync(join(fixtures, "provinces-2025-codes.csv"), "utf8")
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => {
    const [, code, written] = line.split(",") as [string, string, string];
    return { code, city: written.startsWith("Thành phố "), nameVi: written.replace(/^Thành phố /, "") };
  });
const ISO: { iso: string; isoName: string; gsoCode: string }[] = JSON.parse(
  readFileSync(join(fixtures, "iso3166-2-vn.json"), "utf8"),
);

const LAST_OLD_DAY = "2025-06-30";
const FIRST_NEW_DAY = "2025-07-01";
const SOURCE_DAY = "2025-03-01";

const nfc = (s: string) => s.normalize("NFC");

describe("the 63 units until 30 June 2025 (from the GSO list of 01/03/2025)", () => {
  it("are all there, with their names and kinds as of the list's date", () => {
    expect(OLD).toHaveLength(63);
    const atSource = provinces(SOURCE_DAY);
    expect(atSource.map((p) => p.code)).toEqual(OLD.map((u) => u.code).sort());
    for (const u of OLD) {
      const p = province(u.code, SOURCE_DAY);
      expect(nfc(p.nameVi), u.code).toBe(nfc(u.nameVi));
      expect(p.kind, u.code).toBe(u.kind === "municipality" ? "city" : "province");
      expect(
        foldVietnamese(p.nameEn)
          .replace(/ city$/, "")
          .replace(/\s|-/g, ""),
        u.code,
      ).toBe(foldVietnamese(u.nameEn).replace(/\s|-/g, ""));
    }
    expect(provinces(LAST_OLD_DAY)).toHaveLength(63);
  });

  it("each map to the unit named in the succession list, from 1 July 2025", () => {
    for (const u of OLD) {
      const next = successor(u.code, LAST_OLD_DAY);
      expect(next.code, u.code).toBe(u.successorCode2025);
      expect(nfc(next.nameVi), u.code).toBe(nfc(u.successorName2025));
      expect(province(next.code, FIRST_NEW_DAY)).toBe(next);
      expect(successor(u.code, LAST_OLD_DAY, { on: FIRST_NEW_DAY })).toBe(next);
      expect(
        predecessors(next.code)
          .map((p) => p.code)
          .concat(next.code),
      ).toContain(u.code);
    }
  });

  it("carry their ISO 3166-2 codes (which ISO has not updated for 2025)", () => {
    expect(ISO).toHaveLength(63);
    for (const { iso, gsoCode } of ISO) {
      expect(findProvince(iso, SOURCE_DAY).code, iso).toBe(gsoCode);
      expect(province(gsoCode, SOURCE_DAY).iso3166, iso).toBe(iso);
    }
    expect(findProvince("vn-04").nameVi).toBe("Cao Bằng");
    expect(findProvince("VN-HN", FIRST_NEW_DAY).nameEn).toBe("Hanoi");
    expect(caught(() => findProvince("VN-54", FIRST_NEW_DAY)).code).toBe("PROVINCE_NOT_VALID_AT_DATE");
    expect(caught(() => findProvince("VN-99")).code).toBe("UNKNOWN_PROVINCE");
  });
});

describe("the 34 units from 1 July 2025 (GSO letter 915/CTK-CSCL)", () => {
  it("are all there, with their codes, names and kinds", () => {
    expect(NEW).toHaveLength(34);
    const now = provinces(FIRST_NEW_DAY);
    expect(now.map((p) => [p.code, nfc(p.nameVi), p.kind])).toEqual(
      NEW.map((n) => [n.code, nfc(n.nameVi), n.city ? "city" : "province"]),
    );
    expect(now.filter((p) => p.kind === "city")).toHaveLength(6);
    expect(provinces("2030-01-01")).toEqual(now);
  });

  it("have as predecessors exactly the old units the succession list maps to them", () => {
    for (const n of NEW) {
      const expected = OLD.filter((u) => u.successorCode2025 === n.code).map((u) => u.code);
      const unchanged = expected.length === 1 && expected[0] === n.code;
      const got = predecessors(n.code).map((p) => p.code);
      if (unchanged) {
        // The 11 unchanged units continue (Huế's own predecessor is the province of Thừa Thiên Huế).
        expect(got, n.code).toEqual(n.code === "46" ? ["46"] : []);
        expect(province(n.code, LAST_OLD_DAY).code).toBe(n.code);
      } else {
        expect(got, n.code).toEqual(expected);
        expect(predecessors(n.code, FIRST_NEW_DAY)).toEqual(predecessors(n.code));
      }
    }
    const unchanged = NEW.filter((n) => {
      const from = OLD.filter((u) => u.successorCode2025 === n.code);
      return from.length === 1 && from[0]?.code === n.code;
    });
    expect(unchanged.map((n) => n.nameVi)).toEqual([
      "Hà Nội",
      "Cao Bằng",
      "Điện Biên",
      "Lai Châu",
      "Sơn La",
      "Lạng Sơn",
      "Quảng Ninh",
      "Thanh Hóa",
      "Nghệ An",
      "Hà Tĩnh",
      "Huế",
    ]);
  });

  it("retire 29 old codes: they name nothing after 30 June 2025", () => {
    const newCodes = new Set(NEW.map((n) => n.code));
    const retired = OLD.filter((u) => !newCodes.has(u.code));
    expect(retired).toHaveLength(29);
    for (const u of retired) {
      expect(caught(() => province(u.code, FIRST_NEW_DAY)).code, u.code).toBe("PROVINCE_NOT_VALID_AT_DATE");
      expect(province(u.code, LAST_OLD_DAY).validTo).toBe(LAST_OLD_DAY);
    }
  });
});

describe("codes that name a different unit after 1 July 2025", () => {
  const reused = OLD.filter((u) => {
    const n = NEW.find((x) => x.code === u.code);
    return n !== undefined && foldVietnamese(n.nameVi) !== foldVietnamese(u.nameVi);
  }).map((u) => u.code);

  it("are the seven codes 15, 24, 44, 52, 80, 82, 91", () => {
    expect(reused).toEqual(["15", "24", "44", "52", "80", "82", "91"]);
  });

  it("resolve by date", () => {
    for (const code of reused) {
      const before = province(code, LAST_OLD_DAY);
      const after = province(code, FIRST_NEW_DAY);
      expect(before.nameVi).not.toBe(after.nameVi);
      expect(before.validTo).toBe(LAST_OLD_DAY);
      expect(after.validFrom).toBe(FIRST_NEW_DAY);
    }
    expect(province("24", LAST_OLD_DAY).nameVi).toBe("Bắc Giang");
    expect(province("24", FIRST_NEW_DAY).nameVi).toBe("Bắc Ninh");
    expect(province("24", "2025-06-30T16:59:59Z").nameVi).toBe("Bắc Giang");
    expect(province("24", "2025-06-30T17:00:00Z").nameVi).toBe("Bắc Ninh");
    expect(province("24", new Date("2025-07-15T00:00:00Z")).nameVi).toBe("Bắc Ninh");
  });

  it("successor follows the unit, not the code", () => {
    expect(successor("24", "2024-01-01").nameVi).toBe("Bắc Ninh");
    expect(successor("27", "2024-01-01").code).toBe("24");
    expect(successor("35", "2024-01-01").code).toBe("37");
    expect(successor("35", "2024-01-01").nameVi).toBe("Ninh Bình");
    expect(successor("24", FIRST_NEW_DAY).code).toBe("24");
  });
});

describe("Huế", () => {
  it("was the province of Thừa Thiên Huế until 31 December 2024, a city from 1 January 2025", () => {
    const before = province("46", "2024-12-31");
    const after = province("46", "2025-01-01");
    expect([before.nameVi, before.kind, before.validTo]).toEqual(["Thừa Thiên Huế", "province", "2024-12-31"]);
    expect([after.nameVi, after.nameEn, after.kind, after.validFrom]).toEqual(["Huế", "Hue", "city", "2025-01-01"]);
    expect(province("46", FIRST_NEW_DAY)).toBe(after);
    expect(successor("46", "2024-06-01")).toBe(after);
    expect(successor("46", "2024-06-01", { on: "2024-12-31" })).toBe(before);
    expect(predecessors("46")).toEqual([before]);
    expect(provinceHistory("46")).toEqual([before, after]);
    expect(findProvince("Huế", "2024-06-01")).toBe(before);
    expect(findProvince("Thua Thien Hue")).toBe(after);
    expect(provinces("2024-12-31").filter((p) => p.kind === "city")).toHaveLength(5);
    expect(provinces("2025-01-01").filter((p) => p.kind === "city")).toHaveLength(6);
  });
});

describe("lookups refuse what they cannot answer", () => {
  it("unknown codes and names", () => {
    expect(caught(() => province("03", "2024-01-01")).code).toBe("UNKNOWN_PROVINCE");
    expect(caught(() => province("4", "2024-01-01")).code).toBe("UNKNOWN_PROVINCE");
    expect(caught(() => provinceHistory("99")).code).toBe("UNKNOWN_PROVINCE");
    expect(caught(() => predecessors("99")).code).toBe("UNKNOWN_PROVINCE");
    expect(caught(() => findProvince("Atlantis")).code).toBe("UNKNOWN_PROVINCE");
    expect(caught(() => findProvince("99")).code).toBe("UNKNOWN_PROVINCE");
    // @ts-expect-error a number is not a name
    expect(caught(() => findProvince(24)).code).toBe("UNKNOWN_PROVINCE");
  });

  it("codes and names not in force on the day", () => {
    expect(caught(() => province("35", FIRST_NEW_DAY)).code).toBe("PROVINCE_NOT_VALID_AT_DATE");
    expect(caught(() => successor("35", FIRST_NEW_DAY)).code).toBe("PROVINCE_NOT_VALID_AT_DATE");
    expect(caught(() => predecessors("35", FIRST_NEW_DAY)).code).toBe("PROVINCE_NOT_VALID_AT_DATE");
    expect(caught(() => findProvince("Hà Nam", FIRST_NEW_DAY)).code).toBe("PROVINCE_NOT_VALID_AT_DATE");
    try {
      province("35", FIRST_NEW_DAY);
    } catch (error) {
      expect((error as NgoaivuError).messageIn("vi")).toBe(
        "Mã 35 không ứng với đơn vị hành chính cấp tỉnh nào vào ngày 2025-07-01",
      );
    }
  });

  it("bad days and a target day before the start", () => {
    expect(caught(() => province("24", "2025-02-30")).code).toBe("INVALID_DATE");
    expect(caught(() => provinces("2025-07-01T00:00:00")).code).toBe("INVALID_INSTANT");
    expect(caught(() => successor("24", "2025-01-01", { on: "2024-01-01" })).code).toBe("INVALID_ARGUMENT");
  });
});

describe("name search", () => {
  it("folds diacritics, tone-mark placement, đ and the words tỉnh / thành phố / city / province", () => {
    for (const q of [
      "Hoa Binh",
      "Hòa Bình",
      "Hoà Bình",
      "HÒA BÌNH",
      "tỉnh Hòa Bình",
      "Hoa Binh Province",
      "Hòa Bình".normalize("NFD"),
    ]) {
      expect(findProvince(q, "2024-01-01").code, q).toBe("17");
    }
    for (const q of ["Đà Nẵng", "đà nẵng", "Da Nang", "Thành phố Đà Nẵng", "Danang", "Da Nang City"]) {
      expect(findProvince(q).code, q).toBe("48");
    }
    for (const q of ["Thanh Hóa", "Thanh Hoá", "Thanh Hoa"]) expect(findProvince(q).code, q).toBe("38");
    for (const q of ["Khánh Hòa", "Khánh Hoà"]) expect(findProvince(q).code, q).toBe("56");
    for (const q of ["Hà Nội", "Hanoi", "Ha Noi", "TP Hà Nội", "Thành phố Hà Nội"])
      expect(findProvince(q).code, q).toBe("01");
    for (const q of ["Hồ Chí Minh", "TP. Hồ Chí Minh", "TP.HCM", "Ho Chi Minh City", "HCMC", "Thành phố Hồ Chí Minh"]) {
      expect(findProvince(q).code, q).toBe("79");
    }
    for (const q of ["Bà Rịa - Vũng Tàu", "Bà Rịa–Vũng Tàu", "Ba Ria Vung Tau"]) {
      expect(findProvince(q, "2024-01-01").code, q).toBe("77");
    }
    expect(findProvince("24", "2024-01-01").nameVi).toBe("Bắc Giang");
    expect(findProvince("24").nameVi).toBe("Bắc Ninh");
  });

  it("finds every unit by each of its names, with or without diacritics", () => {
    for (const day of ["2024-06-01", SOURCE_DAY, FIRST_NEW_DAY]) {
      for (const p of provinces(day)) {
        for (const q of [p.nameVi, p.nameEn, foldVietnamese(p.nameVi), p.nameVi.toUpperCase(), p.code]) {
          expect(findProvince(q, day), `${q} on ${day}`).toBe(p);
        }
      }
    }
  });

  it("never matches two units in force on the same day", () => {
    for (const day of ["2024-06-01", SOURCE_DAY, FIRST_NEW_DAY]) {
      const keys = provinces(day).map((p) => foldVietnamese(p.nameVi).replace(/[^a-z]/g, ""));
      expect(new Set(keys).size, day).toBe(keys.length);
    }
  });

  it("without a day, returns the latest unit that matches", () => {
    expect(findProvince("Bắc Ninh").validFrom).toBe(FIRST_NEW_DAY);
    expect(findProvince("Bắc Ninh", "2024-01-01").code).toBe("27");
    expect(findProvince("Hà Nam").validTo).toBe(LAST_OLD_DAY);
  });

  it("foldVietnamese removes every mark and keeps the letters", () => {
    expect(foldVietnamese("Đắk Lắk, Bà Rịa – Vũng Tàu")).toBe("dak lak, ba ria – vung tau");
    expect(foldVietnamese("ẤẦẨẪẬ ưỨ ơỜ")).toBe("aaaaa uu oo");
  });
});

describe("the data is a list of dated changes", () => {
  it("starts from the 63 units and applies each change in date order", () => {
    expect(UNITS_BEFORE_2025).toHaveLength(63);
    expect(PROVINCE_CHANGES).toHaveLength(24);
    expect(PROVINCE_CHANGES[0]).toEqual({ on: "2025-01-01", code: "46", nameVi: "Huế", nameEn: "Hue", kind: "city" });
  });

  it("takes a later change as one added line", () => {
    const t = buildTimeline(UNITS_BEFORE_2025, [...PROVINCE_CHANGES, { on: "2026-01-01", code: "75", kind: "city" }]);
    const dongNai = t.byCode.get("75") ?? [];
    expect(dongNai.map((n) => [n.province.nameVi, n.province.kind, n.province.validFrom, n.province.validTo])).toEqual([
      ["Đồng Nai", "province", null, "2025-06-30"],
      ["Đồng Nai", "province", "2025-07-01", "2025-12-31"],
      ["Đồng Nai", "city", "2026-01-01", null],
    ]);
  });

  it("takes a later merger as one added line, in any order", () => {
    const t = buildTimeline(UNITS_BEFORE_2025, [
      {
        on: "2030-01-01",
        merge: ["04", "20"],
        into: { code: "20", nameVi: "Lạng Sơn", nameEn: "Lang Son", kind: "province" },
      },
      ...PROVINCE_CHANGES,
    ]);
    const langSon = t.byCode.get("20") ?? [];
    expect(langSon.at(-1)?.predecessors.map((n) => n.province.code)).toEqual(["04", "20"]);
    expect(t.byCode.get("04")?.at(-1)?.successor?.province.code).toBe("20");
  });

  it("refuses inconsistent changes", () => {
    expect(caught(() => buildTimeline(UNITS_BEFORE_2025, [{ on: "2025-01-01", code: "03", kind: "city" }])).code).toBe(
      "INVALID_INPUT",
    );
    expect(caught(() => buildTimeline(UNITS_BEFORE_2025, [{ on: "2025-13-01", code: "04", kind: "city" }])).code).toBe(
      "INVALID_DATE",
    );
    const into = { code: "04", nameVi: "X", nameEn: "X", kind: "province" } as const;
    expect(caught(() => buildTimeline(UNITS_BEFORE_2025, [{ on: "2026-01-01", merge: ["03"], into }])).code).toBe(
      "INVALID_INPUT",
    );
    expect(caught(() => buildTimeline(UNITS_BEFORE_2025, [{ on: "2026-01-01", merge: [], into }])).code).toBe(
      "INVALID_INPUT",
    );
    expect(caught(() => buildTimeline(UNITS_BEFORE_2025, [{ on: "2026-01-01", merge: ["06"], into }])).code).toBe(
      "INVALID_INPUT",
    );
    expect(caught(() => buildTimeline([...UNITS_BEFORE_2025, ...UNITS_BEFORE_2025.slice(0, 1)], [])).code).toBe(
      "INVALID_INPUT",
    );
  });

  it("hands out frozen values", () => {
    const p = province("01", "2024-01-01");
    expect(Object.isFrozen(p)).toBe(true);
  });
});
