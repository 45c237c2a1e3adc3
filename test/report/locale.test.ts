/**
 * The locales and the one declaration of a report's figures: both languages
 * say every phrase, the table columns come in the report's order with their
 * keys, and every column's label is what the tables and the workbook print.
 */
import { describe, expect, it } from "vitest";
import { FIGURE_WORDS, figureWords, isLocaleLang, localeOf, REPORT_COLUMNS } from "../../src/index.js";

function shape(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return typeof value;
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => [k, shape(v)]),
  );
}

describe("locales", () => {
  it("vi and en have the same phrases", () => {
    expect(shape(localeOf("en"))).toEqual(shape(localeOf("vi")));
  });

  it("words in sentences: plurals in English, none in Vietnamese", () => {
    const en = localeOf("en").report;
    const vi = localeOf("vi").report;
    expect(en.samePeriodOf("2023")).toBe("the same period of 2023");
    expect(vi.samePeriodOf("2023")).toBe("cùng kỳ năm 2023");
    expect(en.joinList(["a", "b", "c"])).toBe("a, b and c");
    expect(vi.joinActions(["a", "b", "c"])).toBe("a, b, c");
    expect(en.periodInSentence("first half of 2024", "half-year")).toBe("the first half of 2024");
    expect(en.periodInSentence("2024", "year")).toBe("2024");
  });

  it("document words: the administrative layout in Vietnamese, plain in English", () => {
    expect(localeOf("vi").document.layout).toBe("administrative");
    expect(localeOf("en").document.layout).toBe("plain");
    expect(localeOf("vi").document.summary("năm 2024", "year", undefined)).toBe("Tổng kết công tác đối ngoại năm 2024");
    expect(localeOf("vi").document.summary("quý I năm 2024", "quarter", "Cụm thi đua số II")).toBe(
      "Kết quả công tác đối ngoại quý I năm 2024 của Cụm thi đua số II",
    );
    expect(localeOf("en").document.dateLine("", undefined, 2025)).toBe("…… 2025");
  });

  it("knows its languages", () => {
    expect(isLocaleLang("vi")).toBe(true);
    expect(isLocaleLang("en")).toBe(true);
    expect(isLocaleLang("fr")).toBe(false);
    expect(isLocaleLang("toString")).toBe(false);
    expect(isLocaleLang(1)).toBe(false);
  });
});

describe("the figures, declared once", () => {
  it("the table columns in the report's order, with their keys and paths", () => {
    expect(REPORT_COLUMNS.map((c) => [c.key, c.path])).toEqual([
      ["outgoing", "delegations.outgoing"],
      ["incoming", "delegations.incoming"],
      ["agreements", "agreements.new"],
      ["consular", "consular.consularCases"],
      ["protection", "consular.citizenProtection"],
      ["abtc", "consular.abtcApplications"],
      ["ngoProjects", "ngo.projects"],
      ["ngoCommitted", "ngo.committed"],
      ["ngoDonors", "ngo.donors"],
      ["odaProjects", "oda.projects"],
      ["odaCapital", "oda.capital"],
      ["odaCompleted", "oda.completed"],
      ["odaCompletedCapital", "oda.completedCapital"],
      ["delegationCost", "delegations.cost"],
      ["odaCommitments", "oda.commitments"],
      ["odaDisbursements", "oda.disbursements"],
      ["ngoDisbursements", "ngo.disbursements"],
      ["conferences", "conferences.held"],
      ["twinnings", "twinning.inForce"],
      ["proposals", "proposals.sent"],
      ["proposalsAnswered", "proposals.answered"],
    ]);
  });

  it("every figure is in its kind's group, once, labelled in both languages", () => {
    const all = Object.entries(FIGURE_WORDS).flatMap(([group, list]) => list.map((f) => ({ group, f })));
    expect(new Set(all.map((x) => x.f.path)).size).toBe(all.length);
    for (const { group, f } of all) {
      expect(f.path.startsWith(`${group}.`)).toBe(true);
      expect(f.label.vi).not.toBe("");
      expect(f.label.en).not.toBe("");
      expect(figureWords(f.path)).toBe(f);
    }
    expect(figureWords("delegations.cancelled")?.column).toBeUndefined();
    expect(figureWords("agreements.inForce")?.label).toEqual({
      vi: "Thỏa thuận còn hiệu lực",
      en: "Agreements in force",
    });
  });
});
