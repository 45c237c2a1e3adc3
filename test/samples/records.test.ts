import { describe, expect, it } from "vitest";
import {
  ConsularCaseSchema,
  DelegationSchema,
  DISTRICTS_ENDED,
  InternationalAgreementSchema,
  MemberReportSchema,
  MemberSchema,
  NgoProjectSchema,
  OdaProjectSchema,
  parse,
  parseBatch,
  summarize,
  TwinningRelationSchema,
} from "../../src/index.js";
import {
  CAO_BANG_MEMBER_JSON,
  caoBangPrevious,
  caoBangRecords,
  caoBangSubmitted,
  clusterIIRecords2024H1,
  clusterIISubmitted2024H1,
} from "../../src/samples/index.js";

function allValid(schema: Parameters<typeof parseBatch>[0], records: readonly unknown[]): number {
  const { valid, invalid } = parseBatch(schema, records, { strict: true });
  expect(invalid, JSON.stringify(invalid.slice(0, 3))).toEqual([]);
  return valid.length;
}

describe("Cluster II 2024-H1 records", () => {
  const records = clusterIIRecords2024H1();

  it("are valid wire records of their entities (strict: no unknown field)", () => {
    expect(allValid(DelegationSchema, records.delegations)).toBe(248 + 204 + 3);
    expect(allValid(InternationalAgreementSchema, records.agreements)).toBe(8);
    expect(allValid(ConsularCaseSchema, records.consularCases)).toBe(32 + 24 + 5 + 1);
    expect(allValid(NgoProjectSchema, records.ngoProjects)).toBe(60);
  });

  it("are the same on every call (seeded), and a fresh copy", () => {
    const again = clusterIIRecords2024H1();
    expect(again).toEqual(records);
    again.delegations.pop();
    expect(clusterIIRecords2024H1().delegations).toHaveLength(records.delegations.length);
  });

  it("have unique ids", () => {
    for (const list of [records.delegations, records.agreements, records.consularCases, records.ngoProjects]) {
      const ids = list.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it("commit USD 450,000.00 of NGO aid across the 15 members that keep records, to the cent", () => {
    const cents = records.ngoProjects.reduce((sum, p) => sum + BigInt(p.committed.amount.replace(".", "")), 0n);
    expect(cents).toBe(45_000_000n);
  });

  it("the two submitted reports are valid member reports", () => {
    for (const r of clusterIISubmitted2024H1()) expect(parse(MemberReportSchema, r).basis).toBe("submitted");
  });
});

describe("Cao Bằng 2020–2025 records", () => {
  const { delegations, agreements, odaProjects, twinnings } = caoBangRecords();

  it("are valid wire records", () => {
    expect(parse(MemberSchema, CAO_BANG_MEMBER_JSON).province).toBe("04");
    expect(allValid(DelegationSchema, delegations)).toBe(120);
    expect(allValid(InternationalAgreementSchema, agreements)).toBe(69);
    expect(allValid(OdaProjectSchema, odaProjects)).toBe(9);
    expect(allValid(TwinningRelationSchema, twinnings)).toBe(10);
    expect(parse(MemberReportSchema, caoBangSubmitted()).period.toString()).toBe("2020-2025");
    expect(parse(MemberReportSchema, caoBangPrevious()).period.toString()).toBe("2016-2020");
  });

  it("fall within the term", () => {
    for (const d of delegations) expect(d.start >= "2020-01-01" && d.start <= "2025-12-31").toBe(true);
    for (const a of agreements) expect(a.signed >= "2020-01-01" && a.signed <= "2025-12-31").toBe(true);
    for (const t of twinnings) expect(t.established >= "2020-01-01" && t.established <= "2025-12-31").toBe(true);
  });

  it("twin 10 hamlets, communes and border districts with localities in Guangxi, the districts before they ended", () => {
    expect(twinnings.map((t) => t.foreignLocality.country)).toEqual(Array(10).fill("CN"));
    expect(new Set(twinnings.map((t) => t.localParty.level))).toEqual(new Set(["hamlet", "commune", "district"]));
    for (const t of twinnings.filter((x) => x.localParty.level === "district"))
      expect(t.established < DISTRICTS_ENDED).toBe(true);
    const summary = summarize(
      { twinnings: parseBatch(TwinningRelationSchema, twinnings).values },
      { period: "2020-2025" },
    );
    const twinning = summary.reports[0]?.figures.twinning;
    expect([twinning?.inForce?.toString(), twinning?.active?.toString(), twinning?.byCountry?.CN?.toString()]).toEqual([
      "10",
      "10",
      "10",
    ]);
  });

  it("split the capital into foreign and domestic parts that add up", () => {
    for (const p of odaProjects) {
      const { total, foreign, domestic } = p.capital;
      expect(BigInt(foreign?.amount ?? "0") + BigInt(domestic?.amount ?? "0")).toBe(BigInt(total.amount));
    }
  });
});
