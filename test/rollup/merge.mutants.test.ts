/**
 * Behaviours of merge / mergeReports / mergeByMember and compile that the
 * first mutation run showed untested: sort order, error params, which keys a
 * merged or compiled report has, and how record counts and conventions join.
 */
import { describe, expect, it } from "vitest";
import {
  compile,
  Figure,
  type MemberReport,
  merge,
  mergeByMember,
  mergeReports,
  parsePeriod,
  summarize,
} from "../../src/index.js";
import { clusterII } from "../../src/samples/index.js";
import { caughtParams as thrown } from "../_caught.js";

const H1 = parsePeriod("2024-H1");
const report = (member: string, n: number, extra: Partial<MemberReport> = {}): MemberReport => ({
  member,
  period: H1,
  basis: "submitted",
  figures: { agreements: { new: Figure.count(n) } },
  ...extra,
});

describe("mergeByMember", () => {
  it("sorts members by id whatever the input order", () => {
    const ids = ["vp-ubnd-ninh-binh", "so-ngoai-vu-ha-noi", "vp-ubnd-ha-nam", "so-ngoai-vu-hai-phong", "ngoai-vu-a"];
    for (const order of [ids, [...ids].reverse(), [ids[2], ids[0], ids[4], ids[1], ids[3]] as string[]]) {
      const merged = mergeByMember(order.map((id, i) => report(id, i)));
      expect(merged.map((m) => m.member)).toEqual([...ids].sort());
    }
  });

  it("refuses reports of different periods, naming both", () => {
    const other = { ...report("a", 1), period: parsePeriod("2024-H2") };
    expect(thrown(() => mergeByMember([report("a", 1), other]))).toEqual({
      code: "PERIOD_MISMATCH",
      params: { left: "2024-H1", right: "2024-H2" },
    });
  });
});

describe("mergeReports", () => {
  it("refuses reports of two members, saying what to do", () => {
    expect(thrown(() => mergeReports(report("a", 1), report("b", 1)))).toEqual({
      code: "INVALID_ARGUMENT",
      params: {
        name: "b",
        detail: "a report of b cannot merge into one of a; restate them onto one member first",
      },
    });
  });

  it("names the conventions when they clash, and lets a report without one join either", () => {
    const stat = report("a", 1, { convention: "statistical" });
    const admin = report("a", 2, { convention: "administrative" });
    expect(thrown(() => mergeReports(stat, admin))).toEqual({
      code: "PERIOD_MISMATCH",
      params: { left: "2024-H1 (statistical)", right: "2024-H1 (administrative)" },
    });
    expect(mergeReports(report("a", 1), admin).convention).toBe("administrative");
    expect(mergeReports(stat, report("a", 1)).convention).toBe("statistical");
    expect(mergeReports(stat, report("a", 1, { convention: "statistical" })).figures.agreements?.new?.toString()).toBe(
      "2",
    );
  });

  it("adds only the keys its inputs have: no convention, records, mergedFrom or note out of nothing", () => {
    const m = mergeReports(report("a", 1), report("a", 2));
    expect(Object.keys(m).sort()).toEqual(["basis", "figures", "member", "period"]);
    expect(m.figures.agreements?.new?.toString()).toBe("3");
  });

  it("adds record counts, counting a side without them as zero", () => {
    const counted = report("a", 1, { records: { counted: 3, outsidePeriod: 2 } });
    expect(mergeReports(counted, report("a", 1)).records).toEqual({ counted: 3, outsidePeriod: 2 });
    expect(mergeReports(report("a", 1), counted).records).toEqual({ counted: 3, outsidePeriod: 2 });
    expect(mergeReports(counted, counted).records).toEqual({ counted: 6, outsidePeriod: 4 });
  });

  it("keeps mergedFrom and notes when a side has them", () => {
    const a = report("a", 1, { mergedFrom: ["x", "y"], note: "from the 2024 report" });
    const m = mergeReports(a, report("a", 1));
    expect(m.mergedFrom).toEqual(["x", "y"]);
    expect(m.note).toBe("from the 2024 report");
  });
});

describe("merge of summaries", () => {
  it("keeps an empty list of unknown members as an empty list", () => {
    const s = summarize({ delegations: [] }, { period: "2024-H1" });
    const m = merge(s, s);
    expect(m.unknownMembers).toEqual([]);
    expect(m.records).toEqual({ input: 0, counted: 0, outsidePeriod: 0, unknownMember: 0 });
  });
});

describe("compile", () => {
  const { cluster, members } = clusterII();
  const ids = cluster.years.find((y) => y.year === 2024)?.members ?? [];

  it("refuses a period that is neither a Period nor its text", () => {
    expect(thrown(() => compile([], cluster, 2024 as unknown as string))).toEqual({
      code: "INVALID_ARGUMENT",
      params: { name: "period", detail: "expected a Period or its text, e.g. 2024-H1" },
    });
  });

  it("refuses a year the cluster has no member list for", () => {
    expect(thrown(() => compile([], cluster, "2019-H1"))).toEqual({
      code: "INVALID_ARGUMENT",
      params: { name: "cluster", detail: `cluster ${cluster.id} has no member list for 2019` },
    });
  });

  it("refuses a report of another period, naming both", () => {
    const h2 = { ...report(ids[0] as string, 1), period: parsePeriod("2024-H2") };
    expect(thrown(() => compile([h2], cluster, H1))).toEqual({
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
