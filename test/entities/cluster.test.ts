/**
 * Emulation clusters (src/entities/cluster.ts): the exact params and messages
 * of each cluster rule, a list exactly as long as the member count, a review
 * without hosts, field issues that come alone, and `checkCluster` for members
 * that start on the last day or end on the first day of the year.
 */
import { describe, expect, it } from "vitest";
import {
  checkCluster,
  type EmulationClusterInput,
  EmulationClusterSchema,
  type Lang,
  MemberSchema,
  parse,
  safeParse,
} from "../../src/index.js";

const cluster: EmulationClusterInput = {
  id: "II",
  name: { vi: "Cụm thi đua II", en: "Emulation Cluster II" },
  years: [
    {
      year: 2017,
      members: ["so-ngoai-vu-hai-phong", "so-ngoai-vu-thai-nguyen", "so-ngoai-vu-phu-tho"],
      memberCount: 10,
      head: "so-ngoai-vu-hai-phong",
    },
  ],
};

const year2017 = cluster.years[0]!;

function issues(input: EmulationClusterInput, lang: Lang = "en") {
  const r = safeParse(EmulationClusterSchema, input, { lang });
  return r.success
    ? "valid"
    : r.issues.map((i) => ({ code: i.code, path: i.path, params: i.params, message: i.message }));
}

describe("EmulationClusterSchema", () => {
  it("names a year given twice", () => {
    expect(issues({ ...cluster, years: [year2017, year2017] })).toEqual([
      { code: "DUPLICATE_ID", path: ["years", 1, "year"], params: { id: "2017" }, message: "Duplicate id 2017" },
    ]);
  });

  it("names a member listed twice in a year", () => {
    const twice = { ...year2017, members: ["so-ngoai-vu-hai-phong", "so-ngoai-vu-hai-phong"] };
    expect(issues({ ...cluster, years: [twice] }, "vi")).toEqual([
      {
        code: "DUPLICATE_ID",
        path: ["years", 0, "members", 1],
        params: { id: "so-ngoai-vu-hai-phong" },
        message: "Trùng mã so-ngoai-vu-hai-phong",
      },
    ]);
  });

  it("accepts a list exactly as long as the member count, and gives both numbers of a longer one", () => {
    expect(issues({ ...cluster, years: [{ ...year2017, memberCount: 3 }] })).toBe("valid");
    expect(issues({ ...cluster, years: [{ ...year2017, memberCount: 2 }] })).toEqual([
      {
        code: "MEMBER_COUNT_MISMATCH",
        path: ["years", 0, "memberCount"],
        params: { count: 3, expected: 2 },
        message: "The list has 3 members, but the member count says 2",
      },
    ]);
  });

  it("names the member, the cluster and the year of a head that is not a member", () => {
    expect(issues({ ...cluster, years: [{ ...year2017, head: "so-ngoai-vu-ha-noi" }] })).toEqual([
      {
        code: "NOT_A_CLUSTER_MEMBER",
        path: ["years", 0, "head"],
        params: { member: "so-ngoai-vu-ha-noi", cluster: "II", year: 2017 },
        message: "so-ngoai-vu-ha-noi is not a member of cluster II in 2017",
      },
    ]);
  });

  it("accepts a review meeting whose hosts are not given", () => {
    const reviews = [{ kind: "mid-year", date: "2017-07-14" }, { kind: "year-end" }] as const;
    expect(issues({ ...cluster, years: [{ ...year2017, reviews: [...reviews] }] })).toBe("valid");
  });

  it("reports a field issue alone: the rules between fields wait until every field is valid", () => {
    const broken = { ...year2017, members: ["so-ngoai-vu-hai-phong", "so-ngoai-vu-hai-phong"], memberCount: 0 };
    expect(issues({ ...cluster, years: [broken] })).toEqual([
      expect.objectContaining({ code: "OUT_OF_RANGE", path: ["years", 0, "memberCount"] }),
    ]);
  });
});

describe("checkCluster", () => {
  const member = (id: string, days: { validFrom?: string; validTo?: string }) =>
    parse(MemberSchema, { id, province: "01", names: { vi: id, en: id }, ...days });
  const in2024 = parse(EmulationClusterSchema, { ...cluster, years: [{ year: 2024, members: ["a", "b", "c", "d"] }] });

  it("counts a member that operates on any day of the year, the first and the last included", () => {
    const members = [
      member("a", { validFrom: "2024-12-31" }),
      member("b", { validTo: "2024-01-01" }),
      member("c", { validFrom: "2025-01-01" }),
      member("d", { validTo: "2023-12-31" }),
    ];
    expect(checkCluster(in2024, members)).toEqual([
      {
        code: "MEMBER_NOT_ACTIVE",
        path: ["years", 0, "members", 2],
        message: "Member c was not operating on 2024",
        params: { member: "c", date: "2024" },
      },
      {
        code: "MEMBER_NOT_ACTIVE",
        path: ["years", 0, "members", 3],
        message: "Member d was not operating on 2024",
        params: { member: "d", date: "2024" },
      },
    ]);
  });
});
