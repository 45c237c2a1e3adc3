import { describe, expect, it } from "vitest";
import {
  checkCluster,
  checkMembers,
  EmulationClusterSchema,
  encode,
  KNOWN_CLUSTERS_JSON,
  knownCluster,
  knownClusters,
  MemberSchema,
  province,
  safeParse,
} from "../../src/index.js";

const fold = (name: string) =>
  name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");

describe("the known clusters as reference data", () => {
  it("are Cluster II (2024, 2017) and Cluster 3 (2025), each id once", () => {
    expect(knownClusters().map((k) => [k.cluster.id, k.cluster.years.map((y) => y.year)])).toEqual([
      ["II", [2024, 2017]],
      ["3", [2025]],
    ]);
  });

  it("decode with the entity schemas, with no issue", () => {
    for (const data of KNOWN_CLUSTERS_JSON) {
      const cluster = safeParse(EmulationClusterSchema, data.cluster);
      expect(cluster.success ? [] : cluster.issues, data.cluster.id).toEqual([]);
      for (const m of data.members) {
        const member = safeParse(MemberSchema, m);
        expect(member.success ? [] : member.issues, m.id).toEqual([]);
      }
    }
  });

  it("encode back to their wire JSON", () => {
    for (const [i, known] of knownClusters().entries()) {
      const data = KNOWN_CLUSTERS_JSON[i]!;
      expect(encode(EmulationClusterSchema, known.cluster)).toEqual(data.cluster);
      expect(known.members.map((m) => encode(MemberSchema, m))).toEqual(data.members);
    }
  });

  it("pass the cross-record checks: every member named is known and operates that year", () => {
    for (const { cluster, members } of knownClusters()) {
      expect(checkMembers(members), cluster.id).toEqual([]);
      expect(checkCluster(cluster, members), cluster.id).toEqual([]);
    }
  });

  it("name only members they hold, and hold only members a year names or a member became", () => {
    for (const { cluster, members } of knownClusters()) {
      const named = new Set(cluster.years.flatMap((y) => y.members));
      const successors = new Set(members.flatMap((m) => (m.successor === undefined ? [] : [m.successor])));
      expect(
        members.map((m) => m.id).filter((id) => !named.has(id) && !successors.has(id)),
        cluster.id,
      ).toEqual([]);
    }
  });

  it("have at least one source for every cluster year, and what is not known for each year", () => {
    for (const known of knownClusters()) {
      for (const y of known.cluster.years) {
        expect(
          known.sources.filter((s) => s.years.includes(y.year)),
          `${known.cluster.id} ${y.year}`,
        ).not.toEqual([]);
        expect(
          known.unknown.filter((g) => g.years.includes(y.year)),
          `${known.cluster.id} ${y.year}`,
        ).not.toEqual([]);
      }
      const years = new Set(known.cluster.years.map((y) => y.year));
      for (const entry of [...known.sources, ...known.unknown])
        for (const year of entry.years) expect(years.has(year), `${known.cluster.id} ${year}`).toBe(true);
    }
  });

  it("give a source's address as https, and its day as a date, when they are recorded", () => {
    for (const s of KNOWN_CLUSTERS_JSON.flatMap((k) => k.sources)) {
      if (s.url !== undefined) expect(s.url).toMatch(/^https:\/\/[^\s]+$/);
      if (s.date !== undefined) expect(s.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(s.says.length).toBeGreaterThan(0);
    }
  });

  it("use the id scheme: so-ngoai-vu-, vp-ubnd-, ngoai-vu- and the province without diacritics", () => {
    for (const { cluster, members } of knownClusters()) {
      const lastYear = Math.max(...cluster.years.map((y) => y.year));
      for (const m of members) {
        const prefix = m.kind === "department" ? "so-ngoai-vu-" : m.kind === "office-unit" ? "vp-ubnd-" : "ngoai-vu-";
        const day = m.validTo ?? m.validFrom ?? `${lastYear}-06-30`;
        const slug = fold(province(m.province, day).nameVi).toLowerCase().replace(/\s+/g, "-");
        expect(m.id).toBe(prefix + slug);
      }
    }
  });
});

describe("Cluster II, reference data", () => {
  const { cluster, members, sources } = knownCluster("II")!;
  const byId = new Map(members.map((m) => [m.id, m]));
  const year = (y: number) => cluster.years.find((entry) => entry.year === y);

  it("has 17 members in 2024: 7 departments and 10 office units, with no head or deputies (not known)", () => {
    const ids = year(2024)?.members ?? [];
    expect(ids).toHaveLength(17);
    expect(ids.filter((id) => byId.get(id)?.kind === "department")).toHaveLength(7);
    expect(ids.filter((id) => byId.get(id)?.kind === "office-unit")).toHaveLength(10);
    expect(year(2024)?.head).toBeUndefined();
    expect(year(2024)?.deputies).toBeUndefined();
  });

  it("had 10 members in 2017, of which the head and two deputies are named", () => {
    expect(year(2017)?.members).toEqual(["so-ngoai-vu-hai-phong", "so-ngoai-vu-thai-nguyen", "so-ngoai-vu-phu-tho"]);
    expect(year(2017)?.memberCount).toBe(10);
    expect(year(2017)?.head).toBe("so-ngoai-vu-hai-phong");
  });

  it("says its sources' citations are not recorded rather than inventing them", () => {
    expect(sources.every((s) => s.url === undefined && s.title === undefined)).toBe(true);
    expect(knownCluster("II")?.unknown.some((g) => g.what.includes("not recorded"))).toBe(true);
  });
});

describe("Cluster 3, reference data", () => {
  const { cluster, members, sources } = knownCluster("3")!;
  const y2025 = cluster.years.find((y) => y.year === 2025);

  it("has 7 members in 2025, all Departments of Foreign Affairs, in the provinces the source names", () => {
    expect(y2025?.members).toHaveLength(7);
    expect(members.every((m) => m.kind === "department")).toBe(true);
    const names = (y2025?.members ?? []).map((id) => {
      const m = members.find((x) => x.id === id)!;
      return fold(province(m.province, "2025-12-26").nameVi);
    });
    expect(names).toEqual(["Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Trị", "Huế", "Đà Nẵng", "Quảng Ngãi"].map(fold));
  });

  it("is headed by Thanh Hóa, names no deputies, and held its year-end review on 26 December 2025", () => {
    expect(y2025?.head).toBe("so-ngoai-vu-thanh-hoa");
    expect(y2025?.deputies).toBeUndefined();
    expect(y2025?.reviews?.map((r) => [r.kind, r.date, r.hosts])).toEqual([["year-end", "2025-12-26", undefined]]);
  });

  it("uses the 34 post-merger province codes, the new Quảng Trị (code 44) from 1 July 2025", () => {
    for (const m of members) expect(province(m.province, "2025-07-01").code, m.id).toBe(m.province);
    const quangTri = members.find((m) => m.id === "so-ngoai-vu-quang-tri");
    expect(quangTri?.validFrom).toBe("2025-07-01");
    expect(province("44", "2025-06-30").nameVi).toBe("Quảng Bình");
  });

  it("cites the Báo Thanh Hóa article (273192) with its title", () => {
    expect(sources).toHaveLength(1);
    expect(sources[0]?.issuer).toBe("Báo Thanh Hóa");
    expect(sources[0]?.url).toMatch(/^https:\/\/baothanhhoa\.vn\/.*-273192\.htm$/);
    expect(sources[0]?.title).toBe("Nâng cao hiệu quả công tác đối ngoại, đẩy mạnh các phong trào thi yêu nước");
  });
});

describe("lookup by id", () => {
  it("gives undefined for a cluster the library does not know", () => {
    expect(knownCluster("IX")).toBeUndefined();
    expect(knownCluster("ii")).toBeUndefined();
  });

  it("decodes afresh on each call: changing one result does not change the next", () => {
    const first = knownCluster("II")!;
    (first.cluster.years[0]!.members as string[]).push("so-ngoai-vu-khac");
    expect(knownCluster("II")?.cluster.years[0]?.members).toHaveLength(17);
  });
});
