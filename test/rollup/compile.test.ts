/**
 * compile: Cluster II's first half of 2024 from its members' own reports, one
 * row per reporting member, the keys of a compiled report (no convention key
 * when no report has one, totals under `unknown` without member records), and
 * the params of each refusal.
 */
import { describe, expect, it } from "vitest";
import {
  ClusterReportSchema,
  compile,
  Figure,
  type Member,
  type MemberReport,
  Money,
  MoneyBag,
  parsePeriod,
  summarize,
} from "../../src/index.js";
import { clusterII } from "../../src/samples/index.js";
import { caughtParams } from "../_caught.js";
import { agreement, delegation } from "./_records.js";

const { cluster, members } = clusterII();
const H1 = parsePeriod("2024-H1");
const ids = cluster.years.find((y) => y.year === 2024)?.members ?? [];
const HANOI = "so-ngoai-vu-ha-noi";

/** Each member's own report of 2024-H1; Hà Nội writes rounded figures, the others exact ones. */
function submitted(member: string, i: number): MemberReport {
  const hanoi = member === HANOI;
  const n = (exact: number, q?: [number, "about" | "nearly" | "over"]) =>
    hanoi && q !== undefined ? Figure.count(q[0], q[1]) : Figure.count(hanoi ? (q?.[0] ?? exact) : exact);
  const usd = (amount: string) => MoneyBag.of(Money.of(amount, "USD"));
  return {
    member,
    period: H1,
    basis: "submitted",
    figures: {
      delegations: { outgoing: n(16, [144, "about"]), incoming: n(15, [120, "nearly"]) },
      agreements: { new: Figure.count(i < 14 ? 1 : 0) },
      consular: {
        consularCases: Figure.count(hanoi ? 20 : 2),
        citizenProtection: Figure.count(hanoi ? 6 : 2),
        abtcApplications: Figure.count(i < 12 ? 1 : 0),
      },
      ngo: {
        projects: n(4, [36, "nearly"]),
        committed: hanoi
          ? { qualifier: "over", amounts: usd("600000") }
          : { qualifier: "exact", amounts: usd("25000") },
      },
    },
  };
}

const report = (member: string, n: number, extra: Partial<MemberReport> = {}): MemberReport => ({
  member,
  period: H1,
  basis: "submitted",
  figures: { agreements: { new: Figure.count(n) } },
  ...extra,
});

describe("compile: Cluster II, first half of 2024", () => {
  const reports = ids.map(submitted);
  // Compiled inside each test, not here: a mutation run activates its mutant only once the tests start.
  const compiled = () => compile(reports, cluster, H1, { members });

  it("reproduces the published totals, qualifiers and all", () => {
    const report = compiled();
    const t = report.totals;
    expect(t.delegations?.outgoing?.toString()).toBe("about 400");
    expect(t.delegations?.incoming?.toString()).toBe("nearly 360");
    expect(t.agreements?.new?.toString()).toBe("14");
    expect(t.ngo?.projects?.toString()).toBe("nearly 100");
    expect(t.ngo?.committed?.qualifier).toBe("over");
    expect(t.ngo?.committed?.amounts.toString()).toBe("1000000.00 USD");
    expect(t.consular?.consularCases?.toString()).toBe("52");
    expect(t.consular?.citizenProtection?.toString()).toBe("38");
    expect(t.consular?.abtcApplications?.toString()).toBe("12");
  });

  it("keeps one row per member in the cluster's order, and totals by member kind", () => {
    const report = compiled();
    expect(report.members).toEqual(ids);
    expect(report.rows.map((r) => r.member)).toEqual(ids);
    expect(report.notReported).toEqual([]);
    expect(report.byKind.department?.delegations?.outgoing?.toString()).toBe("about 240");
    expect(report.byKind["office-unit"]?.delegations?.outgoing?.toString()).toBe("160");
    expect(report.byKind.unknown).toBeUndefined();
  });

  it("is plain JSON on the wire, and decodes back", () => {
    const wire = JSON.parse(JSON.stringify(ClusterReportSchema.encode(compiled())));
    expect(wire.totals.delegations.outgoing).toEqual({ qualifier: "about", count: "400" });
    expect(ClusterReportSchema.encode(ClusterReportSchema.decode(wire))).toEqual(wire);
  });

  it("lists members that have not reported instead of reading them as zero", () => {
    const partial = compile(
      reports.filter((r) => r.member !== "vp-ubnd-thai-binh" && r.member !== HANOI),
      cluster,
      "2024-H1",
    );
    expect(partial.notReported).toEqual([HANOI, "vp-ubnd-thai-binh"].sort((a, b) => ids.indexOf(a) - ids.indexOf(b)));
    expect(partial.totals.delegations?.outgoing?.toString()).toBe("240");
    expect(partial.byKind.unknown?.delegations?.outgoing?.toString()).toBe("240");
  });

  it("flags reports from non-members and leaves them out of the totals", () => {
    const outsider = { ...submitted("so-ngoai-vu-lang-son", 20), member: "so-ngoai-vu-lang-son" };
    const withOutsider = compile([...reports, outsider], cluster, H1);
    expect(withOutsider.nonMemberReports.map((r) => r.member)).toEqual(["so-ngoai-vu-lang-son"]);
    expect(withOutsider.totals.delegations?.outgoing?.toString()).toBe("about 400");
  });

  it("merges two reports of one member, and mixes record-based and submitted reports", () => {
    const fromRecords = summarize({ delegations: [delegation({ member: "vp-ubnd-ha-nam" })] }, { period: H1 }).reports;
    const mixed = compile([...reports, ...fromRecords], cluster, H1);
    const haNam = mixed.rows.find((r) => r.member === "vp-ubnd-ha-nam");
    expect(haNam?.basis).toBe("mixed");
    expect(haNam?.figures.delegations?.outgoing?.toString()).toBe("17");
    expect(mixed.totals.delegations?.outgoing?.toString()).toBe("about 401");
    expect(mixed.convention).toBe("statistical");
  });

  it("refuses reports of another period, and a year the cluster has no list for", () => {
    expect(() => compile([{ ...reports[0], period: parsePeriod("2024-H2") } as MemberReport], cluster, H1)).toThrow(
      expect.objectContaining({ code: "PERIOD_MISMATCH" }),
    );
    expect(() => compile(reports, cluster, "2020-H1")).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT" }));
    // @ts-expect-error a number is not a period
    expect(() => compile(reports, cluster, 2024)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT" }));
  });

  it("uses the membership of the year asked for", () => {
    const y2017 = compile([], cluster, H1, { year: 2017 });
    expect(y2017.members).toHaveLength(3);
    expect(y2017.year).toBe(2017);
    expect(y2017.totals).toEqual({});
  });
});

describe("compile: refusals, rows and the keys of a compiled report", () => {
  const { cluster, members } = clusterII();
  const ids = cluster.years.find((y) => y.year === 2024)?.members ?? [];

  it("refuses a period that is neither a Period nor its text", () => {
    // @ts-expect-error a number is not a period
    expect(caughtParams(() => compile([], cluster, 2024))).toEqual({
      code: "INVALID_ARGUMENT",
      params: {
        name: "period",
        detail: {
          en: "expected a Period or its text, e.g. 2024-H1",
          vi: "cần kỳ báo cáo hoặc chuỗi ghi kỳ, như 2024-H1",
        },
      },
    });
  });

  it("refuses a year the cluster has no member list for", () => {
    expect(caughtParams(() => compile([], cluster, "2019-H1"))).toEqual({
      code: "INVALID_ARGUMENT",
      params: {
        name: "cluster",
        detail: {
          en: `cluster ${cluster.id} has no member list for 2019`,
          vi: `cụm ${cluster.id} không có danh sách thành viên năm 2019`,
        },
      },
    });
  });

  it("refuses a report of another period, naming both", () => {
    const h2 = { ...report(ids[0] as string, 1), period: parsePeriod("2024-H2") };
    expect(caughtParams(() => compile([h2], cluster, H1))).toEqual({
      code: "PERIOD_MISMATCH",
      params: { left: "2024-H1", right: "2024-H2" },
    });
  });

  it("has one row per reporting member and no convention key when no report has one", () => {
    const two = [report(ids[1] as string, 2), report(ids[0] as string, 1)];
    const c = compile(two, cluster, H1, { members });
    expect(c.rows.map((r) => r.member)).toEqual([ids[0], ids[1]]);
    expect(c.notReported).toHaveLength(ids.length - 2);
    expect("convention" in c).toBe(false);
    const withConvention = compile([report(ids[0] as string, 1, { convention: "administrative" })], cluster, H1);
    expect(withConvention.convention).toBe("administrative");
  });

  it("totals every row under `unknown` without the member records", () => {
    const c = compile([report(ids[0] as string, 1), report(ids[1] as string, 2)], cluster, H1);
    expect(Object.keys(c.byKind)).toEqual(["unknown"]);
    expect(c.byKind.unknown?.agreements?.new?.toString()).toBe("3");
  });
});

describe("compile: unknown members, known non-members and Summaries", () => {
  const { cluster, members } = clusterII();
  const ids = cluster.years.find((y) => y.year === 2024)?.members ?? [];
  const haiPhong = members.find((m) => m.id === "so-ngoai-vu-hai-phong") as Member;
  // A member that operates in 2024 but sits in another cluster.
  const langSon: Member = { ...haiPhong, id: "so-ngoai-vu-lang-son" };
  const all = [...members, langSon];
  const fromRecords = (member: string, counted: number, outsidePeriod: number): MemberReport =>
    report(member, counted, { basis: "records", records: { counted, outsidePeriod } });

  it("flags a report of a known member outside the cluster as a non-member's, not as unknown", () => {
    const c = compile([report("so-ngoai-vu-lang-son", 4), report(ids[0] as string, 1)], cluster, H1, { members: all });
    expect(c.nonMemberReports.map((r) => r.member)).toEqual(["so-ngoai-vu-lang-son"]);
    expect(c.unknownMembers).toEqual([]);
    expect(c.totals.agreements?.new?.toString()).toBe("1");
  });

  it("lists ids that are no member, or no member during the period, with their records, and sums none of them", () => {
    const c = compile(
      [
        report("vp-ubnd-ha-nam-typo", 5),
        fromRecords("ngoai-vu-bac-ninh", 2, 1),
        fromRecords("ngoai-vu-bac-ninh", 4, 0),
        report(ids[0] as string, 1),
      ],
      cluster,
      H1,
      { members: all },
    );
    expect(c.unknownMembers).toEqual([
      { member: "ngoai-vu-bac-ninh", records: 7 },
      { member: "vp-ubnd-ha-nam-typo", records: 0 },
    ]);
    expect(c.nonMemberReports).toEqual([]);
    expect(c.rows.map((r) => r.member)).toEqual([ids[0]]);
    expect(c.totals.agreements?.new?.toString()).toBe("1");
  });

  it("has no list of unknown members without the member records or a Summary", () => {
    const c = compile([report("vp-ubnd-ha-nam-typo", 5), report(ids[0] as string, 1)], cluster, H1);
    expect("unknownMembers" in c).toBe(false);
    expect(c.nonMemberReports.map((r) => r.member)).toEqual(["vp-ubnd-ha-nam-typo"]);
  });

  it("carries a Summary's unknown members over, with their record counts, sorted with its own", () => {
    const s = summarize(
      { agreements: [agreement({ member: "zz-unknown" }), agreement({ member: "zz-unknown" })] },
      { period: H1, members: ids },
    );
    expect(s.unknownMembers).toEqual(["zz-unknown"]);
    expect(compile(s, cluster, H1).unknownMembers).toEqual([{ member: "zz-unknown", records: 2 }]);
    const withTypo = { ...s, reports: [...s.reports, fromRecords("aa-typo", 1, 0)] };
    expect(compile(withTypo, cluster, H1, { members: all }).unknownMembers).toEqual([
      { member: "aa-typo", records: 1 },
      { member: "zz-unknown", records: 2 },
    ]);
  });

  it("lists a Summary's unknown member that has no record count with none", () => {
    const s = summarize({ agreements: [] }, { period: H1, members: ids });
    const named = { ...s, unknownMembers: ["yy-unknown"] };
    expect(compile(named, cluster, H1).unknownMembers).toEqual([{ member: "yy-unknown", records: 0 }]);
  });

  it("reads a list of reports as reports, whatever other properties the list carries", () => {
    const list = Object.assign([report(ids[0] as string, 3)], { byKind: {}, unknownMembers: [] });
    const c = compile(list, cluster, H1);
    expect(c.rows.map((r) => r.member)).toEqual([ids[0]]);
    expect(c.totals.agreements?.new?.toString()).toBe("3");
    expect("unknownMembers" in c).toBe(false);
  });
});
