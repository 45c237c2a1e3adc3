import { describe, expect, it } from "vitest";
import {
  ConsularCaseSchema,
  checkCluster,
  checkMembers,
  clusterMembers,
  DelegationSchema,
  delegationCountedIn,
  EmulationClusterSchema,
  type EntityName,
  entityJsonSchema,
  IATI_ACTIVITY_STATUS,
  InternationalAgreementSchema,
  isAgreementInForce,
  isConsularCaseType,
  isMemberActive,
  isNewAgreement,
  type Member,
  MemberSchema,
  Money,
  memberOn,
  NgoProjectSchema,
  OdaProjectSchema,
  Period,
  parse,
  registerConsularCaseType,
  safeParse,
  statusOn,
  transactionTotals,
} from "../../src/index.js";
import { clusterII } from "../../src/samples/index.js";
import { caughtError, unchecked } from "../_caught.js";
import { loadFixtures } from "./_fixtures.js";

const H1_2024 = Period.halfYear(2024, 1);
const H2_2024 = Period.halfYear(2024, 2);

/** The code, params and English message of entityJsonSchema's refusal of `name`. */
function refusal(name: unknown) {
  const { code, params, message } = caughtError(() => entityJsonSchema(unchecked<EntityName>(name)));
  return { code, params: { ...params }, message };
}

describe("Member", () => {
  const { members } = clusterII();
  const member = (id: string) => members.find((m) => m.id === id) as Member;

  it("operates between its validity days, both included, open ends open", () => {
    expect(isMemberActive(member("so-ngoai-vu-bac-giang"), "2025-06-30")).toBe(true);
    expect(isMemberActive(member("so-ngoai-vu-bac-giang"), "2025-07-01")).toBe(false);
    expect(isMemberActive(member("ngoai-vu-bac-ninh"), "2025-06-30")).toBe(false);
    expect(isMemberActive(member("ngoai-vu-bac-ninh"), "2030-01-01")).toBe(true);
    expect(isMemberActive(member("so-ngoai-vu-ha-noi"), "1990-01-01")).toBe(true);
  });

  it("follows the Bắc Giang department and the Bắc Ninh unit to the one agency of the new Bắc Ninh", () => {
    for (const id of ["so-ngoai-vu-bac-giang", "vp-ubnd-bac-ninh"]) {
      expect(memberOn(members, id, "2025-06-30")?.id).toBe(id);
      expect(memberOn(members, id, "2025-07-01")?.id).toBe("ngoai-vu-bac-ninh");
    }
    expect(memberOn(members, "vp-ubnd-ha-nam", "2025-07-01")).toBeUndefined();
    expect(memberOn(members, "nobody", "2024-01-01")).toBeUndefined();
    expect(memberOn(members, "ngoai-vu-bac-ninh", "2024-01-01")).toBeUndefined();
  });

  it("stops on a cycle of successors", () => {
    const a = parse(MemberSchema, {
      id: "a",
      province: "01",
      names: { vi: "A", en: "A" },
      validTo: "2001-01-01",
      successor: "b",
    });
    const b = parse(MemberSchema, {
      id: "b",
      province: "01",
      names: { vi: "B", en: "B" },
      validTo: "2000-01-01",
      successor: "a",
    });
    expect(memberOn([a, b], "a", "2024-01-01")).toBeUndefined();
  });

  it("checks a set of members together: duplicates, unknown successors, successors starting too early", () => {
    const hanoi = member("so-ngoai-vu-ha-noi");
    const early = parse(MemberSchema, {
      id: "ngoai-vu-bac-ninh",
      province: "24",
      names: { vi: "x", en: "x" },
      validFrom: "2025-06-01",
    });
    const issues = checkMembers([member("so-ngoai-vu-bac-giang"), member("vp-ubnd-bac-ninh"), hanoi, hanoi, early], {
      lang: "vi",
    });
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ["DUPLICATE_ID", [3, "id"]],
      ["DATES_OUT_OF_ORDER", [0, "successor"]],
      ["DATES_OUT_OF_ORDER", [1, "successor"]],
    ]);
    expect(checkMembers([member("vp-ubnd-bac-ninh")]).map((i) => i.code)).toEqual(["UNKNOWN_MEMBER"]);
  });

  it("checks the province code at each end of the validity: code 24 was Bắc Giang, then Bắc Ninh", () => {
    const base = { id: "x", province: "24", names: { vi: "x", en: "x" } };
    expect(safeParse(MemberSchema, { ...base, validFrom: "2020-01-01", validTo: "2030-01-01" }).success).toBe(true);
    const hanam = safeParse(MemberSchema, { ...base, province: "35", validFrom: "2020-01-01", validTo: "2030-01-01" });
    expect(hanam.success ? [] : hanam.issues.map((i) => [i.code, i.params])).toEqual([
      ["PROVINCE_NOT_VALID_AT_DATE", { code: "35", date: "2030-01-01" }],
    ]);
    const never = safeParse(MemberSchema, { ...base, province: "03", validFrom: "2020-01-01", validTo: "2021-01-01" });
    expect(never.success ? [] : never.issues.map((i) => i.code)).toEqual(["UNKNOWN_PROVINCE"]);
  });
});

describe("EmulationCluster", () => {
  const { members, cluster } = clusterII();

  it("lists the members of a year", () => {
    expect(clusterMembers(cluster, 2024)).toHaveLength(17);
    expect(clusterMembers(cluster, 2017)).toEqual([
      "so-ngoai-vu-hai-phong",
      "so-ngoai-vu-thai-nguyen",
      "so-ngoai-vu-phu-tho",
    ]);
    expect(clusterMembers(cluster, 2019)).toBeUndefined();
  });

  it("checks each year's members against the members' validity", () => {
    const later = parse(EmulationClusterSchema, {
      id: "II",
      name: { vi: "Cụm thi đua II", en: "Emulation Cluster II" },
      years: [{ year: 2026, members: ["so-ngoai-vu-ha-noi", "vp-ubnd-bac-ninh", "ngoai-vu-bac-ninh", "nobody"] }],
    });
    expect(checkCluster(later, members, { lang: "vi" }).map((i) => [i.code, i.path, i.message])).toEqual([
      ["MEMBER_NOT_ACTIVE", ["years", 0, "members", 1], "Thành viên vp-ubnd-bac-ninh không hoạt động vào ngày 2026"],
      ["UNKNOWN_MEMBER", ["years", 0, "members", 3], "Không có thành viên nobody"],
    ]);
    const before = parse(EmulationClusterSchema, { ...later, years: [{ year: 2024, members: ["ngoai-vu-bac-ninh"] }] });
    expect(checkCluster(before, members).map((i) => i.code)).toEqual(["MEMBER_NOT_ACTIVE"]);
    const joining = parse(EmulationClusterSchema, {
      ...later,
      years: [{ year: 2025, members: ["ngoai-vu-bac-ninh", "vp-ubnd-bac-ninh"] }],
    });
    expect(checkCluster(joining, members)).toEqual([]);
  });
});

describe("Delegation", () => {
  it("counts in the period of its start day: 28 June – 3 July 2024 is a first-half delegation", () => {
    const trip = parse(DelegationSchema, loadFixtures("delegation").valid[0]?.record);
    expect(delegationCountedIn(trip, H1_2024)).toBe(true);
    expect(delegationCountedIn(trip, H2_2024)).toBe(false);
  });

  it("starts on the Vietnam day of an instant: 20:00 UTC on 30 June is 1 July, the second half", () => {
    const trip = parse(DelegationSchema, {
      ...(loadFixtures("delegation").valid[1]?.record as object),
      start: "2024-06-30T20:00:00Z",
      end: "2024-07-02",
    });
    expect(trip.start).toBe("2024-07-01");
    expect(delegationCountedIn(trip, H2_2024)).toBe(true);
  });

  it("lists each country once: a country repeated is DUPLICATE_ID at each repeat, in both languages", () => {
    const record = loadFixtures("delegation").valid[0]?.record as Record<string, unknown>;
    for (const lang of ["en", "vi"] as const) {
      const result = safeParse(DelegationSchema, { ...record, countries: ["KR", "JP", "KR", "KR"] }, { lang });
      expect(result.success ? [] : result.issues.map((i) => [i.code, i.path, i.params])).toEqual([
        ["DUPLICATE_ID", ["countries", 2], { id: "KR" }],
        ["DUPLICATE_ID", ["countries", 3], { id: "KR" }],
      ]);
      if (!result.success) expect(result.issues[0]?.message).toBe(lang === "en" ? "Duplicate id KR" : "Trùng mã KR");
    }
    expect(safeParse(DelegationSchema, { ...record, countries: ["KR", "JP"] }).success).toBe(true);
    expect(safeParse(DelegationSchema, { ...record, countries: ["KR", "kr"] }).success).toBe(false); // UNKNOWN_COUNTRY
  });

  it("has a cost that is not negative: OUT_OF_RANGE at cost.amount; zero and minus zero are costs", () => {
    const record = loadFixtures("delegation").valid[0]?.record as Record<string, unknown>;
    const result = safeParse(DelegationSchema, { ...record, cost: { amount: "-0.01", currency: "USD" } });
    expect(result.success ? [] : result.issues.map((i) => [i.code, i.path, i.params])).toEqual([
      ["OUT_OF_RANGE", ["cost", "amount"], { value: "-0.01", range: "≥ 0" }],
    ]);
    for (const amount of ["0", "-0", "0.00"]) {
      const ok = safeParse(DelegationSchema, { ...record, cost: { amount, currency: "USD" } });
      expect(ok.success && ok.data.cost?.toString()).toBe("0.00 USD");
    }
  });

  it("reports a repeated country and a negative cost together, after the end-before-start rule", () => {
    const record = loadFixtures("delegation").valid[0]?.record as Record<string, unknown>;
    const result = safeParse(DelegationSchema, {
      ...record,
      end: "2024-06-01",
      countries: ["KR", "KR"],
      cost: { amount: "-1", currency: "VND" },
    });
    expect(result.success ? [] : result.issues.map((i) => i.code)).toEqual([
      "END_BEFORE_START",
      "DUPLICATE_ID",
      "OUT_OF_RANGE",
    ]);
  });
});

describe("InternationalAgreement", () => {
  const [mou, , terminated] = loadFixtures("international-agreement").valid.map((f) =>
    parse(InternationalAgreementSchema, f.record),
  );

  it("is new in the period it was signed in", () => {
    expect(isNewAgreement(mou!, H1_2024)).toBe(true);
    expect(isNewAgreement(mou!, H2_2024)).toBe(false);
  });

  it("is in force from its effective day to its expiry, both included", () => {
    expect(isAgreementInForce(mou!, "2024-03-14")).toBe(false);
    expect(isAgreementInForce(mou!, "2024-03-15")).toBe(true);
    expect(isAgreementInForce(mou!, H1_2024.end)).toBe(true);
    expect(isAgreementInForce(mou!, "2029-03-14")).toBe(true);
    expect(isAgreementInForce(mou!, "2029-03-15")).toBe(false);
  });

  it("takes effect on signing when no effective day is given, and stops the day it is terminated", () => {
    expect(isAgreementInForce(terminated!, "2020-05-04")).toBe(true);
    expect(isAgreementInForce(terminated!, "2023-01-30")).toBe(true);
    expect(isAgreementInForce(terminated!, "2023-01-31")).toBe(false);
    const { terminated: _, ...undated } = terminated!;
    expect(isAgreementInForce(undated, "2021-01-01")).toBe(false);
  });

  it("lets a district People's Committee sign up to 30 June 2025", () => {
    const district = loadFixtures("international-agreement").valid[1]?.record as object;
    expect(safeParse(InternationalAgreementSchema, { ...district, signed: "2025-06-30" }).success).toBe(true);
  });
});

describe("ConsularCase", () => {
  it("accepts a type once it is registered", () => {
    const record = { ...(loadFixtures("consular-case").valid[0]?.record as object), type: "marriage-registration" };
    expect(isConsularCaseType("marriage-registration")).toBe(false);
    expect(safeParse(ConsularCaseSchema, record).success).toBe(false);
    expect(registerConsularCaseType("marriage-registration")).toBe("marriage-registration");
    expect(registerConsularCaseType("marriage-registration")).toBe("marriage-registration");
    expect(parse(ConsularCaseSchema, record).type).toBe("marriage-registration");
  });

  it("refuses malformed type names", () => {
    for (const bad of ["", "Visa", "visa support", "x".repeat(65), unchecked<string>(42)])
      expect(() => registerConsularCaseType(bad)).toThrow(/Invalid argument type/);
  });
});

describe("OdaProject and NgoProject", () => {
  const [caoBang] = loadFixtures("oda-project").valid.map((f) => parse(OdaProjectSchema, f.record));

  it("keeps the total and its parts exact: VND 1,576 billion 566 million", () => {
    expect(caoBang!.capital.total.toString()).toBe("1576566000000 VND");
    expect(caoBang!.capital.foreign!.add(caoBang!.capital.domestic!).equals(caoBang!.capital.total)).toBe(true);
  });

  it("gives the IATI status on a day: counted by its status at the end of the period", () => {
    expect(statusOn(caoBang!, "2019-05-31")).toBeUndefined();
    expect(statusOn(caoBang!, "2019-06-01")).toBe("pipeline");
    expect(statusOn(caoBang!, H2_2024.end)).toBe("closed");
    expect(statusOn(caoBang!, "2023-12-31")).toBe("implementation");
    expect(IATI_ACTIVITY_STATUS[statusOn(caoBang!, H2_2024.end)!]).toBe(4);
  });

  it("never adds commitments and disbursements together", () => {
    const all = transactionTotals(caoBang!);
    expect(all.commitments.toString()).toBe("60000000.00 USD");
    expect(all.disbursements.toString()).toBe("15000000.00 USD");
    const h1 = transactionTotals(caoBang!, Period.year(2021));
    expect(h1.commitments.isEmpty()).toBe(true);
    expect(h1.disbursements.get("USD").equals(Money.of("15000000", "USD"))).toBe(true);
    expect(transactionTotals({}).commitments.isEmpty()).toBe(true);
  });

  it("sums an NGO project's disbursements per currency, apart from the commitment", () => {
    const ngo = parse(NgoProjectSchema, loadFixtures("ngo-project").valid[0]?.record);
    expect(ngo.committed.toString()).toBe("85000.00 USD");
    expect(ngo.disbursements?.map((d) => d.value.toString())).toEqual(["40000.00 USD", "250000000 VND"]);
    expect(statusOn(ngo, "2024-06-30")).toBe("implementation");
  });
});

describe("JSON Schema", () => {
  it("describes the wire form: amounts as decimal strings, dates as strings", () => {
    const schema = entityJsonSchema("oda-project") as {
      properties: Record<string, { properties?: Record<string, unknown> }>;
    };
    const total = schema.properties.capital?.properties?.total as {
      properties: { amount: { type: string; pattern: string } };
    };
    expect(total.properties.amount.type).toBe("string");
    expect(new RegExp(total.properties.amount.pattern).test("1576566000000")).toBe(true);
    expect(new RegExp(total.properties.amount.pattern).test("1e5")).toBe(false);
  });

  it("refuses an unknown entity name", () => {
    // @ts-expect-error "treaty" is not an entity name
    expect(() => entityJsonSchema("treaty")).toThrow(/Invalid argument name/);
  });
});

describe("entityJsonSchema refuses", () => {
  it("an unknown name, listing every entity it knows", () => {
    const names =
      "member, emulation-cluster, delegation, international-agreement, consular-case, oda-project, ngo-project, international-conference, twinning-relation, proposal";
    const detail = { en: `expected one of ${names}`, vi: `cần một trong ${names}` };
    expect(refusal("treaty")).toEqual({
      code: "INVALID_ARGUMENT",
      params: { name: "name", detail },
      message: `Invalid argument name: ${detail.en}`,
    });
  });

  it("a name that is not a string, even one that reads as an entity name", () => {
    expect(refusal(["member"]).code).toBe("INVALID_ARGUMENT");
    expect(refusal({ toString: () => "delegation" }).code).toBe("INVALID_ARGUMENT");
  });
});
