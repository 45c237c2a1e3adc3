/**
 * International agreements (src/entities/agreement.ts): the exact params and
 * messages of each rule, the days on which a rule just holds (expiry on the
 * effective day, termination on the signing day), who may sign after
 * districts ended, field issues that come alone, and `isAgreementInForce`
 * before a later effective day.
 */
import { describe, expect, it } from "vitest";
import {
  AgreementFormSchema,
  type InternationalAgreementInput,
  InternationalAgreementSchema,
  isAgreementInForce,
  isNewAgreement,
  type Lang,
  parse,
  safeParse,
} from "../../src/index.js";

const agreement: InternationalAgreementInput = {
  member: "so-ngoai-vu-tuyen-quang",
  title: "Thỏa thuận hợp tác phát triển du lịch",
  form: "agreement",
  signatory: "provincial-people-committee",
  foreignParties: [{ kind: "foreign-locality", name: "Malipo County", country: "CN" }],
  signed: "2024-01-10",
  status: "signed",
};

function issues(input: unknown, lang: Lang = "en") {
  const r = safeParse(InternationalAgreementSchema, input, { lang });
  return r.success
    ? "valid"
    : r.issues.map((i) => ({ code: i.code, path: i.path, params: i.params, message: i.message }));
}

describe("InternationalAgreementSchema: signatory", () => {
  it("refuses a district People's Committee after districts ended, naming the level and the day", () => {
    const record = { ...agreement, signatory: "district-people-committee", signed: "2025-08-15" };
    expect(issues(record)).toEqual([
      {
        code: "SIGNATORY_NOT_VALID_AT_DATE",
        path: ["signatory"],
        params: { level: "district People's Committee", date: "2025-08-15" },
        message: "A district People's Committee cannot sign on 2025-08-15: that level of government did not exist then",
      },
    ]);
    expect(issues(record, "vi")).toEqual([
      {
        code: "SIGNATORY_NOT_VALID_AT_DATE",
        path: ["signatory"],
        params: { level: "Ủy ban nhân dân cấp huyện", date: "2025-08-15" },
        message:
          "Cấp ký Ủy ban nhân dân cấp huyện không thể ký ngày 2025-08-15: cấp chính quyền này không tồn tại vào thời điểm đó",
      },
    ]);
  });

  it("lets the other levels sign after districts ended", () => {
    for (const signatory of ["provincial-people-committee", "department", "border-commune-people-committee"] as const)
      expect(issues({ ...agreement, signatory, signed: "2025-08-15" })).toBe("valid");
  });
});

describe("InternationalAgreementSchema: days", () => {
  it("names both days when it takes effect before it is signed", () => {
    expect(issues({ ...agreement, effective: "2024-01-09" })).toEqual([
      {
        code: "DATES_OUT_OF_ORDER",
        path: ["effective"],
        params: { date: "2024-01-09", previous: "2024-01-10" },
        message: "The date 2024-01-09 is before the previous date 2024-01-10",
      },
    ]);
  });

  it("measures the expiry from the effective day when there is one", () => {
    const later = { ...agreement, effective: "2024-03-01" };
    expect(issues({ ...later, expiry: "2024-02-01" })).toEqual([
      {
        code: "END_BEFORE_START",
        path: ["expiry"],
        params: { start: "2024-03-01", end: "2024-02-01" },
        message: "The end date 2024-02-01 is before the start date 2024-03-01",
      },
    ]);
    expect(issues({ ...later, expiry: "2024-03-01" })).toBe("valid");
    expect(issues({ ...agreement, expiry: "2024-01-10" })).toBe("valid");
  });

  it("refuses a termination day on an agreement that is not terminated, saying why", () => {
    const record = { ...agreement, status: "in-force", terminated: "2024-05-01" };
    expect(issues(record)).toEqual([
      {
        code: "NOT_APPLICABLE",
        path: ["terminated"],
        params: { field: "terminated", reason: "only a terminated agreement has a termination day" },
        message: "terminated does not apply here: only a terminated agreement has a termination day",
      },
    ]);
    expect(issues(record, "vi")).toEqual([
      {
        code: "NOT_APPLICABLE",
        path: ["terminated"],
        params: { field: "terminated", reason: "chỉ thỏa thuận đã chấm dứt mới có ngày chấm dứt" },
        message: "Trường terminated không áp dụng ở đây: chỉ thỏa thuận đã chấm dứt mới có ngày chấm dứt",
      },
    ]);
  });

  it("accepts a termination on the signing day, and names both days of one before it", () => {
    const terminated = { ...agreement, status: "terminated" };
    expect(issues({ ...terminated, terminated: "2024-01-10" })).toBe("valid");
    expect(issues({ ...terminated, terminated: "2024-01-09" })).toEqual([
      {
        code: "DATES_OUT_OF_ORDER",
        path: ["terminated"],
        params: { date: "2024-01-09", previous: "2024-01-10" },
        message: "The date 2024-01-09 is before the previous date 2024-01-10",
      },
    ]);
  });

  it("reports a field issue alone: the rules between fields wait until every field is valid", () => {
    expect(issues({ ...agreement, title: "", expiry: "2020-01-01" })).toEqual([
      { code: "REQUIRED", path: ["title"], params: {}, message: "A value is required" },
    ]);
  });
});

describe("AgreementFormSchema", () => {
  it("takes only a string for a treaty: a list holding the word is just not a form", () => {
    const r = safeParse(AgreementFormSchema, ["treaty"]);
    expect(r.success ? [] : r.issues.map((i) => [i.code, i.params.received])).toEqual([["INVALID_ENUM", "array"]]);
  });
});

describe("isAgreementInForce and isNewAgreement", () => {
  const later = parse(InternationalAgreementSchema, { ...agreement, effective: "2024-03-01", expiry: "2026-02-28" });

  it("is not in force between signing and a later effective day", () => {
    expect(isAgreementInForce(later, "2024-01-10")).toBe(false);
    expect(isAgreementInForce(later, "2024-02-29")).toBe(false);
    expect(isAgreementInForce(later, "2024-03-01")).toBe(true);
    expect(isAgreementInForce(later, "2026-02-28")).toBe(true);
    expect(isAgreementInForce(later, "2026-03-01")).toBe(false);
  });

  it("is new in a period that holds its signing day, both ends of the period included", () => {
    expect(isNewAgreement(later, { start: "2024-01-10", end: "2024-01-10" })).toBe(true);
    expect(isNewAgreement(later, { start: "2023-07-01", end: "2023-12-31" })).toBe(false);
    expect(isNewAgreement(later, { start: "2024-07-01", end: "2024-12-31" })).toBe(false);
  });
});
