import { describe, expect, it } from "vitest";
import {
  compare,
  compile,
  type EmulationCluster,
  Figure,
  type Member,
  type MemberReport,
  parsePeriod,
  restate,
} from "../../src/index.js";
import { clusterII } from "../../src/samples/index.js";

const { cluster, members } = clusterII();
const ids = cluster.years.find((y) => y.year === 2024)?.members ?? [];
const report = (member: string, period: string, n: number, q: "exact" | "about" = "exact"): MemberReport => ({
  member,
  period: parsePeriod(period),
  basis: "submitted",
  figures: { delegations: { outgoing: Figure.count(n, q) } },
});

describe("restate: Cluster II 2024-H1 onto the units of 1 July 2025", () => {
  const before = ids.map((id) => report(id, "2024-H1", 10, id === "vp-ubnd-ha-nam" ? "about" : "exact"));
  // Restated inside each test, not here: a mutation run activates its mutant only once the tests start.
  const restated = () => restate(before, { to: "2025-07-01", members });
  const row = (id: string) => restated().reports.find((r) => r.member === id);

  it("follows member successors: Bắc Giang and Bắc Ninh become the new Bắc Ninh's agency", () => {
    expect(row("ngoai-vu-bac-ninh")?.mergedFrom).toEqual(["so-ngoai-vu-bac-giang", "vp-ubnd-bac-ninh"]);
    expect(row("ngoai-vu-bac-ninh")?.figures.delegations?.outgoing?.toString()).toBe("20");
  });

  it("follows provinces where no member successor is recorded: Hà Nam and Nam Định into Ninh Bình", () => {
    expect(row("vp-ubnd-ninh-binh")?.mergedFrom).toEqual(["vp-ubnd-ha-nam", "vp-ubnd-nam-dinh"]);
    expect(row("vp-ubnd-ninh-binh")?.figures.delegations?.outgoing?.toString()).toBe("about 30");
    expect(row("so-ngoai-vu-hai-phong")?.mergedFrom).toEqual(["vp-ubnd-hai-duong"]);
  });

  it("keeps unchanged members as they are, and lists the reports it cannot place", () => {
    const { reports, unmapped } = restated();
    expect(row("so-ngoai-vu-ha-noi")?.mergedFrom).toBeUndefined();
    expect(row("so-ngoai-vu-ha-noi")?.period.toString()).toBe("2024-H1");
    // Yên Bái joined Lào Cai, whose agency is not among the members given.
    expect(unmapped.map((r) => r.member)).toEqual(["vp-ubnd-yen-bai"]);
    expect(reports.length).toBe(8);
    const total = reports.reduce((n, r) => n + Number(r.figures.delegations?.outgoing?.value ?? 0), 0);
    expect(total + 10).toBe(170);
  });

  it("makes a 2024 half-year comparable with a 2026 one", () => {
    const { reports } = restated();
    const y2026: EmulationCluster = { ...cluster, years: [{ year: 2026, members: reports.map((r) => r.member) }] };
    const now = compile(
      reports.map((r) => report(r.member, "2026-H1", 25)),
      y2026,
      "2026-H1",
    );
    const then = compile(reports, y2026, "2024-H1", { year: 2026 });
    expect(then.notReported).toEqual([]);
    expect(compare(now, then).figures[0]?.growth).toEqual({ percent: "25", qualifier: "about" });
  });

  it("leaves a member it does not know unmapped, and refuses a bad day", () => {
    const stranger = report("so-ngoai-vu-atlantis", "2024-H1", 1);
    expect(restate([stranger], { to: "2025-07-01", members }).unmapped).toEqual([stranger]);
    expect(() => restate([], { to: "1 July 2025", members })).toThrow(
      expect.objectContaining({ code: "INVALID_DATE" }),
    );
  });

  it("leaves a report unmapped when the province has two candidate agencies, or an unknown code", () => {
    const twins: Member[] = [
      ...members,
      { id: "so-ngoai-vu-hai-phong-2", kind: "department", province: "31", names: { vi: "x", en: "x" } },
    ];
    const r = restate([report("vp-ubnd-hai-duong", "2024-H1", 1)], { to: "2025-07-01", members: twins });
    expect(r.unmapped.map((x) => x.member)).toEqual(["vp-ubnd-hai-duong"]);
    const odd: Member[] = [{ id: "so-ngoai-vu-x", province: "99", names: { vi: "x", en: "x" }, validTo: "2025-06-30" }];
    expect(restate([report("so-ngoai-vu-x", "2024-H1", 1)], { to: "2025-07-01", members: odd }).unmapped).toHaveLength(
      1,
    );
  });

  it("follows the province from the report's last day when the old member has no end day", () => {
    // Not yet operating on `to`, and never ended: its province is followed from the report's period.
    const future: Member = {
      id: "vp-ubnd-ha-nam-2",
      kind: "office-unit",
      province: "35",
      names: { vi: "x", en: "x" },
      validFrom: "2026-01-01",
    };
    const r = restate([report("vp-ubnd-ha-nam-2", "2024-H1", 3)], { to: "2025-07-01", members: [...members, future] });
    expect(r.unmapped).toEqual([]);
    expect(r.reports.map((x) => [x.member, x.mergedFrom])).toEqual([["vp-ubnd-ninh-binh", ["vp-ubnd-ha-nam-2"]]]);
  });

  it("counts only the new province's members that operate on the day", () => {
    const closed: Member = {
      id: "so-ngoai-vu-ninh-binh-cu",
      kind: "department",
      province: "37",
      names: { vi: "x", en: "x" },
      validTo: "2020-12-31",
    };
    const r = restate([report("vp-ubnd-ha-nam", "2024-H1", 3)], { to: "2025-07-01", members: [...members, closed] });
    expect(r.reports.map((x) => x.member)).toEqual(["vp-ubnd-ninh-binh"]);
  });

  it("names the bad day and its path", () => {
    for (const [to, shown] of [
      ["1 July 2025", "1 July 2025"],
      [20250701, "20250701"],
    ] as const) {
      try {
        restate([], { to: to as string, members });
        expect.unreachable();
      } catch (error) {
        expect(error).toMatchObject({ code: "INVALID_DATE", params: { value: shown }, path: ["to"] });
      }
    }
    // @ts-expect-error restate needs the date to restate to
    expect(() => restate([], undefined)).toThrow(expect.objectContaining({ code: "INVALID_DATE", path: ["to"] }));
  });
});

describe("restate: a member's own successor links come before its province", () => {
  it("keeps a member that still operates, even where its province has another member operating", () => {
    const haNoi = members.find((m) => m.id === "so-ngoai-vu-ha-noi") as Member;
    const second: Member = { ...haNoi, id: "vp-ubnd-ha-noi" };
    const { reports, unmapped } = restate([report("so-ngoai-vu-ha-noi", "2024-H1", 7)], {
      to: "2025-07-01",
      members: [...members, second],
    });
    expect(reports.map((r) => [r.member, r.mergedFrom])).toEqual([["so-ngoai-vu-ha-noi", undefined]]);
    expect(unmapped).toEqual([]);
  });
});
