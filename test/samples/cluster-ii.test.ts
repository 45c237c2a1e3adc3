import { describe, expect, it } from "vitest";
import {
  checkCluster,
  checkMembers,
  EmulationClusterSchema,
  encode,
  KNOWN_CLUSTERS_JSON,
  knownCluster,
  MemberSchema,
  province,
} from "../../src/index.js";
import { CLUSTER_II_JSON, CLUSTER_II_MEMBERS_JSON, clusterII } from "../../src/samples/index.js";

describe("Cluster II sample", () => {
  const { members, cluster } = clusterII();
  const year = (y: number) => cluster.years.find((entry) => entry.year === y);
  const byId = new Map(members.map((m) => [m.id, m]));

  it("has 17 members in 2024: 7 departments and 10 office units", () => {
    const ids = year(2024)?.members ?? [];
    expect(ids).toHaveLength(17);
    expect(ids.filter((id) => byId.get(id)?.kind === "department")).toHaveLength(7);
    expect(ids.filter((id) => byId.get(id)?.kind === "office-unit")).toHaveLength(10);
  });

  it("names the provinces of the public list, each checked against the reference data for 2024", () => {
    const fold = (name: string) => name.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    const names = (kind: string) =>
      (year(2024)?.members ?? [])
        .map((id) => byId.get(id))
        .filter((m) => m?.kind === kind)
        .map((m) => fold(province(m?.province ?? "", "2024-06-30").nameVi))
        .sort();
    const expected = (list: string[]) => list.map(fold).sort();
    expect(names("department")).toEqual(
      expected(["Hải Phòng", "Hà Nội", "Bắc Giang", "Phú Thọ", "Thái Nguyên", "Tuyên Quang", "Vĩnh Phúc"]),
    );
    expect(names("office-unit")).toEqual(
      expected([
        "Bắc Ninh",
        "Bắc Kạn",
        "Hải Dương",
        "Hà Nam",
        "Hòa Bình",
        "Hưng Yên",
        "Nam Định",
        "Ninh Bình",
        "Yên Bái",
        "Thái Bình",
      ]),
    );
  });

  it("held its 2024 mid-year review with the Hanoi department, and names no 2024 head (not known)", () => {
    expect(year(2024)?.reviews).toEqual([
      { kind: "mid-year", hosts: ["so-ngoai-vu-ha-noi"], note: "Hosted with the Hanoi Department of Foreign Affairs" },
    ]);
    expect(year(2024)?.head).toBeUndefined();
    expect(year(2024)?.deputies).toBeUndefined();
  });

  it("had 10 members in 2017, headed by Hải Phòng with deputies Thái Nguyên and Phú Thọ", () => {
    expect(year(2017)?.memberCount).toBe(10);
    expect(year(2017)?.head).toBe("so-ngoai-vu-hai-phong");
    expect(year(2017)?.deputies).toEqual(["so-ngoai-vu-thai-nguyen", "so-ngoai-vu-phu-tho"]);
  });

  it("ends the members of the provinces that ceased on 30 June 2025, and only those", () => {
    const unitAfter = (code: string) => {
      try {
        return province(code, "2025-07-01").nameVi;
      } catch {
        return undefined;
      }
    };
    for (const m of members.filter((m) => m.validFrom === undefined)) {
      const before = province(m.province, "2025-06-30").nameVi;
      if (m.validTo === undefined) expect(unitAfter(m.province), m.id).toBeDefined();
      else {
        expect(m.validTo).toBe("2025-06-30");
        expect(unitAfter(m.province), m.id).not.toBe(before);
      }
    }
    expect(members.filter((m) => m.validTo !== undefined)).toHaveLength(10);
  });

  it("merges the Bắc Giang department and the Bắc Ninh unit into one agency of the new Bắc Ninh", () => {
    expect(byId.get("so-ngoai-vu-bac-giang")?.successor).toBe("ngoai-vu-bac-ninh");
    expect(byId.get("vp-ubnd-bac-ninh")?.successor).toBe("ngoai-vu-bac-ninh");
    const agency = byId.get("ngoai-vu-bac-ninh");
    expect(agency?.validFrom).toBe("2025-07-01");
    expect(agency?.kind).toBeUndefined();
    expect(province(agency?.province ?? "", "2025-07-01").nameVi).toBe("Bắc Ninh");
  });

  it("passes the cross-record checks", () => {
    expect(checkMembers(members)).toEqual([]);
    expect(checkCluster(cluster, members)).toEqual([]);
  });

  it("encodes back to its wire JSON", () => {
    expect(encode(EmulationClusterSchema, cluster)).toEqual(CLUSTER_II_JSON);
    expect(members.map((m) => encode(MemberSchema, m))).toEqual(CLUSTER_II_MEMBERS_JSON);
  });

  it("uses the documented id scheme: so-ngoai-vu-, vp-ubnd-, ngoai-vu- and the province without diacritics", () => {
    for (const m of members) {
      const prefix = m.kind === "department" ? "so-ngoai-vu-" : m.kind === "office-unit" ? "vp-ubnd-" : "ngoai-vu-";
      const slug = province(m.province, m.validTo ?? m.validFrom ?? "2024-06-30")
        .nameVi.normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/đ/g, "d")
        .replace(/Đ/g, "D")
        .toLowerCase()
        .replace(/\s+/g, "-");
      expect(m.id).toBe(prefix + slug);
    }
  });
});

describe("Cluster II sample and the reference data", () => {
  it("keeps CLUSTER_II_JSON and CLUSTER_II_MEMBERS_JSON as the reference data itself, not a copy", () => {
    const data = KNOWN_CLUSTERS_JSON.find((k) => k.cluster.id === "II")!;
    expect(CLUSTER_II_JSON).toBe(data.cluster);
    expect(CLUSTER_II_MEMBERS_JSON).toBe(data.members);
  });

  it("decodes clusterII() equal to knownCluster('II') without its sources", () => {
    const { cluster, members } = knownCluster("II")!;
    expect(clusterII()).toEqual({ cluster, members });
  });
});
