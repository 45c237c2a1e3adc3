/**
 * The samples reproduce the published figures through the public API:
 * summarize → (merge) → compile → compare → render.
 */
import { describe, expect, it } from "vitest";
import { formatMoney, listFigures, render } from "../../src/index.js";
import { caoBangReport, clusterIIReport } from "../report/_sample.js";

describe("Cluster II, first half of 2024: the published totals", () => {
  const { report, summary } = clusterIIReport();
  const t = report.totals;

  it("accounts for every record: counted (the cancelled delegation apart), or outside the half-year", () => {
    expect(summary.records).toEqual({ input: 455 + 8 + 62 + 60, counted: 582, outsidePeriod: 3, unknownMember: 0 });
    expect(summary.byKind.delegations).toEqual({ input: 455, counted: 453, outsidePeriod: 2, unknownMember: 0 });
    expect(summary.byKind.consularCases).toEqual({ input: 62, counted: 61, outsidePeriod: 1, unknownMember: 0 });
    expect(t.delegations?.cancelled?.toString()).toBe("1");
  });

  it("about 400 outgoing, nearly 360 incoming delegations, 14 new agreements", () => {
    expect(t.delegations?.outgoing?.toJSON()).toEqual({ qualifier: "about", count: "400" });
    expect(t.delegations?.incoming?.toJSON()).toEqual({ qualifier: "nearly", count: "360" });
    expect(t.agreements?.new?.toJSON()).toEqual({ qualifier: "exact", count: "14" });
  });

  it("nearly 100 foreign NGO projects with a committed value of over USD 1 million", () => {
    expect(t.ngo?.projects?.toJSON()).toEqual({ qualifier: "nearly", count: "100" });
    expect(t.ngo?.committed?.qualifier).toBe("over");
    expect(t.ngo?.committed?.amounts.toJSON()).toEqual([{ amount: "1000000.00", currency: "USD" }]);
  });

  it("52 consular cases, 38 citizen-protection cases, 12 ABTC applications", () => {
    expect(t.consular?.consularCases?.toJSON()).toEqual({ qualifier: "exact", count: "52" });
    expect(t.consular?.citizenProtection?.toJSON()).toEqual({ qualifier: "exact", count: "38" });
    expect(t.consular?.abtcApplications?.toJSON()).toEqual({ qualifier: "exact", count: "12" });
  });

  it("17 members, all reported: 15 from records (exact), 2 with their own figures", () => {
    expect(report.members).toHaveLength(17);
    expect(report.notReported).toEqual([]);
    expect(report.rows.filter((r) => r.basis === "records")).toHaveLength(15);
    expect(report.rows.filter((r) => r.basis === "submitted").map((r) => r.member)).toEqual([
      "so-ngoai-vu-hai-phong",
      "so-ngoai-vu-ha-noi",
    ]);
    const recordRows = report.rows.filter((r) => r.basis === "records");
    for (const row of recordRows) {
      for (const { figure } of listFigures(row.figures)) expect(figure.qualifier).toBe("exact");
    }
  });

  it("by member kind: the seven departments and the ten office units", () => {
    expect(report.byKind.department?.delegations?.outgoing?.toString()).toBe("about 243");
    expect(report.byKind["office-unit"]?.delegations?.outgoing?.toString()).toBe("157");
  });
});

describe("Cao Bằng, 2020–2025 term: the published figures", () => {
  const { report, comparison } = caoBangReport();
  const f = report.figures;

  it("9 ODA projects, VND 1,576,566,000,000; 7 completed, VND 1,451,355,000,000 — to the đồng", () => {
    expect(f.oda?.projects?.toJSON()).toEqual({ qualifier: "exact", count: "9" });
    expect(f.oda?.capital?.amounts.toJSON()).toEqual([{ amount: "1576566000000", currency: "VND" }]);
    expect(f.oda?.completed?.toJSON()).toEqual({ qualifier: "exact", count: "7" });
    expect(f.oda?.completedCapital?.amounts.toJSON()).toEqual([{ amount: "1451355000000", currency: "VND" }]);
    const capital = f.oda?.capital?.amounts.get("VND");
    expect(capital === undefined ? "" : formatMoney(capital, { style: "scaled" })).toBe("1.576 tỷ 566 triệu đồng");
  });

  it("120 outgoing, about 190 incoming, 69 agreements, over 40 NGOs and donors, USD 52 million", () => {
    expect(f.delegations?.outgoing?.toString()).toBe("120");
    expect(f.delegations?.incoming?.toString()).toBe("about 190");
    expect(f.agreements?.new?.toString()).toBe("69");
    expect(f.ngo?.donors?.toString()).toBe("over 40");
    expect(f.ngo?.committed?.amounts.toJSON()).toEqual([{ amount: "52000000.00", currency: "USD" }]);
    expect(report.basis).toBe("mixed");
  });

  it("border-gate revenue nearly VND 6,900 billion, up 249% on 2016–2020", () => {
    const line = comparison.figures.find((c) => c.path.startsWith("extra.borderGateRevenue"));
    expect(line?.previous?.toString()).toBe("1977000000000 VND");
    expect(line?.growth).toEqual({ percent: "249", qualifier: "nearly" });
  });

  it("rendered, it reads like the department's summary, with about 46% of the state budget revenue", () => {
    const text = render(report, { comparison, lang: "en" });
    expect(text).toContain(
      "Border-gate budget revenue reached nearly VND 6,900 billion, up nearly 249% on the 2016–2020 term, about 46% of the province's state budget revenue.",
    );
  });
});
