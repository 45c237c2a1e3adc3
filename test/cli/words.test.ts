/** The command's words (src/cli/_words.ts, run in-process): both languages say every phrase, picked by `--lang`. */
import { describe, expect, it } from "vitest";
import { cliWords, en, vi } from "../../src/cli/_words.js";

function shape(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return typeof value;
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => [k, shape(v)]),
  );
}

describe("the command's words", () => {
  it("vi and en have the same phrases", () => {
    expect(shape(en)).toEqual(shape(vi));
  });

  it("are picked by language", () => {
    expect(cliWords("vi")).toBe(vi);
    expect(cliWords("en")).toBe(en);
    expect(cliWords("vi").code).toBe("vi");
    expect(cliWords("en").code).toBe("en");
  });

  it("say the summary lines, the places and the plurals", () => {
    expect(vi.fileSummary("a.json", "1.000", "2", "delegation", "JSON")).toBe(
      "a.json: 1.000 hợp lệ, 2 không hợp lệ (delegation, JSON)",
    );
    expect(en.filesSummary(2, 5, 1)).toBe("2 files: 5 valid, 1 invalid");
    expect(vi.problemAt(3, undefined)).toBe("dòng 3: ");
    expect(en.problemAt(3, 2)).toBe("line 3 (record 2): ");
    expect((1234).toLocaleString(vi.numberLocale)).toBe("1.234");
    expect((1234).toLocaleString(en.numberLocale)).toBe("1,234");
    const caoBang = { nameVi: "Cao Bằng", nameEn: "Cao Bang", kind: "province" } as const;
    const haNoi = { nameVi: "Hà Nội", nameEn: "Hanoi", kind: "city" } as const;
    expect(vi.superior(caoBang)).toBe("UBND tỉnh Cao Bằng");
    expect(vi.superior(haNoi)).toBe("UBND thành phố Hà Nội");
    expect(en.superior(caoBang)).toBe("Cao Bang Provincial People's Committee");
    expect(en.superior(haNoi)).toBe("Hanoi People's Committee");
    expect(vi.place(caoBang)).toBe("Cao Bằng");
    expect(en.place(haNoi)).toBe("Hanoi");
    expect(en.unknownMember("X", 1)).toBe("X (1 record)");
    expect(en.unknownMember("X", 2)).toBe("X (2 records)");
    expect(en.invalidRecords("a.csv", 1, 4, "")).toBe(
      "a.csv: 1 invalid record, the first on line 4 (run ngoaivu validate a.csv)",
    );
  });
});
