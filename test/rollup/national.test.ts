/**
 * compileNational: the Ministry's national report from cluster reports,
 * from member reports and the clusters, or from member reports and the list
 * of members expected; who has not reported (clusters and members), units
 * not expected, qualifiers that propagate, the refusals, and the report
 * rendered like a cluster's in every format and both languages.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type * as z from "zod";
import {
  compile,
  compileNational,
  EmulationClusterSchema,
  Figure,
  type MemberReport,
  NationalReportSchema,
  parse,
  parsePeriod,
  RECORD_KIND_DECLARATIONS,
  render,
  reportSchemas,
} from "../../src/index.js";
import { toDocx, toXlsx } from "../../src/office/index.js";
import { clusterII } from "../../src/samples/index.js";
import { caughtError } from "../_caught.js";
import { unzipText } from "../office/_tools.js";

const { cluster: II, members } = clusterII();
const H1 = parsePeriod("2024-H1");
const idsII = II.years.find((y) => y.year === 2024)?.members ?? [];

/** A second cluster of 2024, of three members that are in no real cluster's list. */
const IX = parse(EmulationClusterSchema, {
  id: "IX",
  name: { vi: "Cụm thi đua IX", en: "Emulation Cluster IX" },
  years: [{ year: 2024, members: ["so-ngoai-vu-mot", "so-ngoai-vu-hai", "so-ngoai-vu-ba"] }],
});

function submitted(member: string, outgoing: number, qualifier: "exact" | "about" = "exact"): MemberReport {
  return {
    member,
    period: H1,
    basis: "submitted",
    figures: { delegations: { outgoing: Figure.count(outgoing, qualifier) } },
  };
}

describe("compileNational by cluster", () => {
  it("adds the clusters' totals and lists the clusters and members that have not reported", () => {
    const reportII = compile([submitted("so-ngoai-vu-ha-noi", 150, "about"), submitted("vp-ubnd-ha-nam", 12)], II, H1, {
      members,
    });
    const national = compileNational([reportII], H1, { clusters: [II, IX] });
    expect(national.by).toBe("cluster");
    expect(national.units).toEqual(["II", "IX"]);
    expect(national.rows.map((r) => [r.unit, r.reported, r.members, r.name?.en])).toEqual([
      ["II", 2, 17, "Emulation Cluster II"],
    ]);
    expect(national.totals.delegations?.outgoing?.toString()).toBe("about 162");
    expect(national.byKind["office-unit"]?.delegations?.outgoing?.toString()).toBe("12");
    expect(national.notReported).toEqual(["IX"]);
    expect(national.membersNotReported).toEqual([
      ...idsII.filter((id) => id !== "so-ngoai-vu-ha-noi" && id !== "vp-ubnd-ha-nam"),
      "so-ngoai-vu-mot",
      "so-ngoai-vu-hai",
      "so-ngoai-vu-ba",
    ]);
    expect(national.unexpected).toEqual([]);
  });

  it("compiles each cluster from member reports first, and gives the same report as from the cluster reports", () => {
    const reports = [
      submitted("so-ngoai-vu-ha-noi", 150),
      submitted("so-ngoai-vu-hai", 3),
      submitted("so-ngoai-vu-la", 9),
    ];
    const fromMembers = compileNational(reports, H1, { clusters: [II, IX], members });
    const fromClusters = compileNational(
      [compile(reports, II, H1, { members }), compile(reports, IX, H1, { members })],
      H1,
      { clusters: [II, IX] },
    );
    expect(NationalReportSchema.encode(fromMembers)).toEqual({
      ...NationalReportSchema.encode(fromClusters),
      unexpected: ["so-ngoai-vu-la"],
    });
    expect(fromMembers.totals.delegations?.outgoing?.toString()).toBe("153");
    expect(fromMembers.rows.map((r) => r.unit)).toEqual(["II", "IX"]);
  });

  it("counts a cluster as reported only when something came from one of its members", () => {
    const empty = compile([], IX, H1);
    const national = compileNational([empty], H1, { clusters: [IX] });
    expect(national.rows).toEqual([]);
    expect(national.notReported).toEqual(["IX"]);
    expect(national.totals).toEqual({});
  });

  it("takes the known clusters of the year by default, and flags a cluster report of no cluster of the year", () => {
    const national = compileNational([compile([submitted("so-ngoai-vu-mot", 4)], IX, H1)], H1);
    expect(national.units).toEqual(["II"]);
    expect(national.notReported).toEqual(["II"]);
    expect(national.unexpected).toEqual(["IX"]);
    expect(national.totals).toEqual({});
  });

  it("refuses a mix of cluster and member reports, two reports of one cluster, and a report of another period", () => {
    const reportIX = compile([submitted("so-ngoai-vu-mot", 4)], IX, H1);
    const mixed = caughtError(() =>
      compileNational([reportIX, submitted("so-ngoai-vu-ha-noi", 1)] as unknown as MemberReport[], H1),
    );
    expect([mixed.code, mixed.params.name]).toEqual(["INVALID_ARGUMENT", "reports"]);
    expect(mixed.message).toContain("not both");
    const twice = caughtError(() => compileNational([reportIX, reportIX], H1, { clusters: [IX] }));
    expect(twice.message).toBe("Invalid argument reports: two reports of cluster IX");
    const other = caughtError(() => compileNational([reportIX], "2024-H2", { clusters: [IX] }));
    expect(other.code).toBe("PERIOD_MISMATCH");
    const none = caughtError(() => compileNational([submitted("so-ngoai-vu-mot", 4)], H1));
    expect([none.code, none.params.name]).toEqual(["INVALID_ARGUMENT", "options"]);
    expect(none.messageIn("vi")).not.toMatch(/\b(?:need|member reports|expected)\b/);
  });
});

describe("compileNational by member", () => {
  it("gives one row per member expected that reported, lists the others, and flags members not listed", () => {
    const reports = [
      submitted("so-ngoai-vu-ha-noi", 2),
      submitted("so-ngoai-vu-ha-noi", 3),
      submitted("so-ngoai-vu-la", 9),
    ];
    const national = compileNational(reports, H1, { members: ["so-ngoai-vu-ha-noi", "so-ngoai-vu-hai-phong"] });
    expect(national.by).toBe("member");
    expect(national.units).toEqual(["so-ngoai-vu-ha-noi", "so-ngoai-vu-hai-phong"]);
    expect(national.rows.map((r) => [r.unit, r.figures.delegations?.outgoing?.toString()])).toEqual([
      ["so-ngoai-vu-ha-noi", "5"],
    ]);
    expect(national.notReported).toEqual(["so-ngoai-vu-hai-phong"]);
    expect(national.membersNotReported).toEqual(["so-ngoai-vu-hai-phong"]);
    expect(national.unexpected).toEqual(["so-ngoai-vu-la"]);
    expect(national.byKind.unknown?.delegations?.outgoing?.toString()).toBe("5");
  });

  it("takes member records for kinds, and expects only the members operating during the period", () => {
    const national = compileNational([submitted("vp-ubnd-ha-nam", 2)], H1, { members });
    expect(national.byKind["office-unit"]?.delegations?.outgoing?.toString()).toBe("2");
    // Bắc Ninh's office unit of before the merger operates in 2024-H1; its successor does not yet.
    expect(national.units).toContain("vp-ubnd-bac-ninh");
    expect(national.units).not.toContain("ngoai-vu-bac-ninh");
  });

  it("adds every member's figures: the national total is the sum of what reported (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 10_000 }), { minLength: 1, maxLength: 20 }), (counts) => {
        const ids = counts.map((_, i) => `so-ngoai-vu-t${i}`);
        const reports = counts.map((n, i) => submitted(ids[i] as string, n));
        const national = compileNational(reports, H1, { members: [...ids, "so-ngoai-vu-khac"] });
        const sum = counts.reduce((a, b) => a + b, 0);
        expect(national.totals.delegations?.outgoing?.toString()).toBe(String(sum));
        expect(national.rows.length + national.notReported.length).toBe(ids.length + 1);
      }),
    );
  });
});

describe("rendering the national report", () => {
  const reportII = compile([submitted("so-ngoai-vu-ha-noi", 150, "about")], II, H1, { members });
  const national = compileNational([reportII], H1, { clusters: [II, IX] });

  it("reads like a cluster report, by cluster, in both languages", () => {
    const vi = render(national, { members });
    expect(vi).toContain("các địa phương trên cả nước");
    expect(vi).toContain("1/2 cụm đã báo cáo (1/20 thành viên)");
    expect(vi).toContain("Cụm chưa báo cáo");
    expect(vi).toContain("Cụm chưa báo cáo: Cụm thi đua số IX");
    expect(vi).toContain("Cụm thi đua II  khoảng 150");
    expect(vi).toContain("Kết quả theo cụm thi đua");
    expect(vi).toMatch(/đã tổ chức khoảng 150 đoàn ra/);
    const en = render(national, { members, lang: "en" });
    expect(en).toContain("1 of 2 clusters reported (1 of 20 members)");
    expect(en).toContain("Clusters that have not reported");
    expect(en).toContain("localities nationwide organised about 150 outgoing delegations");
    for (const word of ["cluster", "member", "report", "nationwide"]) expect(vi.toLowerCase()).not.toContain(word);
  });

  it("writes JSON that decodes back to the same report, and HTML and Markdown", () => {
    const out = JSON.parse(render(national, { format: "json" })) as {
      kind: string;
      report: z.input<typeof NationalReportSchema>;
    };
    expect(out.kind).toBe("national-report");
    expect(NationalReportSchema.encode(NationalReportSchema.decode(out.report))).toEqual(out.report);
    const withKinds = JSON.parse(render(national, { format: "json", kinds: RECORD_KIND_DECLARATIONS })) as {
      report: z.input<typeof NationalReportSchema>;
    };
    expect(reportSchemas(RECORD_KIND_DECLARATIONS).nationalReport.decode(withKinds.report).units).toEqual(["II", "IX"]);
    expect(render(national, { format: "html", lang: "en" })).toContain("Figures by emulation cluster");
    expect(render(national, { format: "markdown" })).toContain("| Cụm thi đua II | khoảng 150 |");
  });

  it("goes to Word and Excel", async () => {
    const docx = unzipText(await toDocx(national, { members }))["word/document.xml"] ?? "";
    expect(docx).toContain("Bộ Ngoại giao".toUpperCase());
    expect(docx).toContain("các địa phương trên cả nước");
    const xlsx = Object.values(unzipText(toXlsx(national, { members, lang: "en" }))).join("\n");
    expect(xlsx).toContain("Emulation Cluster II");
    expect(xlsx).toContain("Emulation Cluster IX");
  });

  it("renders a national report by member with the members' names", () => {
    const byMember = compileNational([submitted("so-ngoai-vu-ha-noi", 4)], H1, { members });
    const text = render(byMember, { members, lang: "en" });
    expect(text).toContain("Hanoi");
    expect(text).toContain(`1 of ${byMember.units.length} members reported`);
  });
});
