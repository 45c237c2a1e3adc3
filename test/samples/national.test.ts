/**
 * The national sample: 267 proposals from the foreign-affairs agencies of
 * the 63 provinces of 2023, every one a valid record, compiled through the
 * public API into the national report that says 267, in both languages.
 */
import { describe, expect, it } from "vitest";
import { compileNational, ProposalSchema, parseBatch, provinces, render, summarize } from "../../src/index.js";
import { toXlsx } from "../../src/office/index.js";
import { NATIONAL_PROPOSALS, nationalSample } from "../../src/samples/index.js";
import { unzipText } from "../office/_tools.js";

const sample = nationalSample();
const batch = parseBatch(ProposalSchema, sample.proposals);
const summary = summarize({ proposals: batch.values }, { period: sample.period });
const national = compileNational(summary, sample.period, { members: sample.members.map((m) => m.id) });

describe("the national sample", () => {
  it("is 267 valid proposals from one agency of each of the 63 provinces of 2023", () => {
    expect(NATIONAL_PROPOSALS).toBe(267);
    expect(batch.invalid).toEqual([]);
    expect(batch.values).toHaveLength(267);
    expect(sample.members).toHaveLength(63);
    expect(new Set(sample.members.map((m) => m.id)).size).toBe(63);
    expect(provinces("2023-12-31")).toHaveLength(63);
    const per = new Map<string, number>();
    for (const p of batch.values) per.set(p.member, (per.get(p.member) ?? 0) + 1);
    expect([...per.keys()].sort()).toEqual(sample.members.map((m) => m.id).sort());
    expect(new Set(per.values())).toEqual(new Set([4, 5]));
    for (const p of batch.values) expect(p.sent >= "2023-09-01" && p.sent <= "2023-11-30").toBe(true);
  });

  it("keeps the Cluster II agencies' ids, and names the others after their province", () => {
    const ids = sample.members.map((m) => m.id);
    expect(ids).toContain("so-ngoai-vu-ha-noi");
    expect(ids).toContain("vp-ubnd-ha-nam");
    expect(ids).toContain("co-quan-ngoai-vu-cao-bang");
    expect(ids).toContain("co-quan-ngoai-vu-thua-thien-hue");
    expect(ids).not.toContain("ngoai-vu-bac-ninh");
    expect(sample.members.find((m) => m.id === "co-quan-ngoai-vu-da-nang")?.names).toEqual({
      vi: "Cơ quan ngoại vụ thành phố Đà Nẵng",
      en: "Da Nang City foreign-affairs agency",
    });
  });

  it("compiles into a national report of 267 proposals sent, every agency reported", () => {
    expect(national.by).toBe("member");
    expect(national.rows).toHaveLength(63);
    expect(national.notReported).toEqual([]);
    expect(national.unexpected).toEqual([]);
    expect(national.totals.proposals?.sent?.toString()).toBe("267");
    const answered = batch.values.filter((p) => p.status === "answered").length;
    expect(national.totals.proposals?.answered?.toString()).toBe(String(answered));
    expect(national.totals.proposals?.open?.toString()).toBe(String(267 - answered));
  });

  it("says 267 in the national report, in both languages and in the workbook", () => {
    const members = sample.members;
    expect(render(national, { members })).toContain("gửi 267 kiến nghị, đề xuất tới Bộ Ngoại giao");
    expect(render(national, { members, lang: "en" })).toContain(
      "localities nationwide sent 267 proposals and recommendations to the Ministry",
    );
    expect(render(national, { members, lang: "en" })).toContain("63 of 63 members reported");
    const sheets = Object.values(unzipText(toXlsx(national, { members }))).join("\n");
    expect(sheets).toContain("Cơ quan ngoại vụ tỉnh Cao Bằng");
  });

  it("is a fresh copy on every call", () => {
    const a = nationalSample();
    (a.proposals[0] as { text: string }).text = "changed";
    expect(nationalSample().proposals[0]?.text).not.toBe("changed");
  });
});
