/**
 * Foreign NGO projects (src/entities/ngo-project.ts): where a negative
 * disbursement is reported, the days on which a rule just holds (disbursed on
 * the approval day, one-day project), the exact params and messages, and
 * field issues that come alone.
 */
import { describe, expect, it } from "vitest";
import { type Lang, type NgoProjectInput, NgoProjectSchema, safeParse } from "../../src/index.js";

const project: NgoProjectInput = {
  member: "vp-ubnd-ninh-binh",
  title: "Nước sạch cho trường học",
  donor: { name: "Plan International", country: "GB" },
  aidForm: "project",
  committed: { amount: "85000.00", currency: "USD" },
  disbursements: [
    { value: { amount: "40000.00", currency: "USD" }, date: "2024-04-01" },
    { value: { amount: "250000000", currency: "VND" }, date: "2024-09-15" },
  ],
  approval: { number: "512/QĐ-UBND", date: "2024-03-11", authority: "Ninh Binh Provincial People's Committee" },
  statuses: [{ status: "implementation", from: "2024-03-11" }],
  start: "2024-03-11",
  end: "2025-03-10",
};

function issues(input: NgoProjectInput, lang: Lang = "en") {
  const r = safeParse(NgoProjectSchema, input, { lang });
  return r.success
    ? "valid"
    : r.issues.map((i) => ({ code: i.code, path: i.path, params: i.params, message: i.message }));
}

const disbursed = (amount: string, date: string) => ({
  ...project,
  disbursements: [project.disbursements![0]!, { value: { amount, currency: "VND" }, date }],
});

describe("NgoProjectSchema: disbursements", () => {
  it("points at the amount of the negative disbursement", () => {
    expect(issues(disbursed("-250000000", "2024-09-15"))).toEqual([
      {
        code: "OUT_OF_RANGE",
        path: ["disbursements", 1, "value", "amount"],
        params: { value: "-250000000", range: "≥ 0" },
        message: "Value -250000000 is out of range (≥ 0)",
      },
    ]);
  });

  it("accepts a disbursement on the approval day, and names both days of one before it", () => {
    expect(issues(disbursed("250000000", "2024-03-11"))).toBe("valid");
    expect(issues(disbursed("250000000", "2024-03-10"), "vi")).toEqual([
      {
        code: "DATES_OUT_OF_ORDER",
        path: ["disbursements", 1, "date"],
        params: { date: "2024-03-10", previous: "2024-03-11" },
        message: "Ngày 2024-03-10 sớm hơn ngày trước đó 2024-03-11",
      },
    ]);
  });
});

describe("NgoProjectSchema: start and end", () => {
  it("accepts a project of one day, and names both days of one that ends before it starts", () => {
    expect(issues({ ...project, start: "2024-05-01", end: "2024-05-01" })).toBe("valid");
    expect(issues({ ...project, start: "2024-05-01", end: "2024-04-30" })).toEqual([
      {
        code: "END_BEFORE_START",
        path: ["end"],
        params: { start: "2024-05-01", end: "2024-04-30" },
        message: "The end date 2024-04-30 is before the start date 2024-05-01",
      },
    ]);
  });

  it("reports a field issue alone: the rules between fields wait until every field is valid", () => {
    expect(issues({ ...project, title: "", start: "2024-05-01", end: "2024-04-30" })).toEqual([
      { code: "REQUIRED", path: ["title"], params: {}, message: "A value is required" },
    ]);
  });
});
