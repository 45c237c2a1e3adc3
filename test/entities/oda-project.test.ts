/**
 * ODA projects (src/entities/oda-project.ts): the exact path, params and
 * messages of each capital, date and status rule, and the range bounds of
 * `transactionTotals`.
 */
import { describe, expect, it } from "vitest";
import {
  type Lang,
  Money,
  type OdaProjectInput,
  OdaProjectSchema,
  safeParse,
  transactionTotals,
} from "../../src/index.js";

const project: OdaProjectInput = {
  member: "so-ngoai-vu-cao-bang",
  title: "Dự án phát triển cơ sở hạ tầng nông thôn",
  donors: [{ name: "Asian Development Bank", kind: "multilateral" }],
  capitalType: "oda-loan",
  modality: "project",
  capital: {
    total: { amount: "1576566000000", currency: "VND" },
    foreign: { amount: "1400000000000", currency: "VND" },
    domestic: { amount: "176566000000", currency: "VND" },
  },
  statuses: [
    { status: "pipeline", from: "2019-06-01" },
    { status: "implementation", from: "2020-03-01" },
  ],
  start: "2020-03-01",
  end: "2024-05-20",
};

const vnd = (amount: string) => ({ amount, currency: "VND" });

function issues(input: OdaProjectInput, lang: Lang = "en") {
  const r = safeParse(OdaProjectSchema, input, { lang });
  return r.success
    ? "valid"
    : r.issues.map((i) => ({ code: i.code, path: i.path, params: i.params, message: i.message }));
}

describe("OdaProjectSchema: amounts", () => {
  it("refuses a negative total with its value and the range", () => {
    const record = { ...project, capital: { total: vnd("-1") } };
    expect(issues(record)).toEqual([
      {
        code: "OUT_OF_RANGE",
        path: ["capital", "total", "amount"],
        params: { value: "-1", range: "≥ 0" },
        message: "Value -1 is out of range (≥ 0)",
      },
    ]);
    expect(issues(record, "vi")).toEqual([
      expect.objectContaining({ message: "Giá trị -1 nằm ngoài khoảng cho phép (≥ 0)" }),
    ]);
  });

  it("points at the negative part: foreign or domestic", () => {
    expect(issues({ ...project, capital: { total: vnd("100"), foreign: vnd("-5") } })).toEqual([
      expect.objectContaining({
        code: "OUT_OF_RANGE",
        path: ["capital", "foreign", "amount"],
        params: { value: "-5", range: "≥ 0" },
      }),
    ]);
    expect(issues({ ...project, capital: { total: vnd("100"), domestic: vnd("-5") } })).toEqual([
      expect.objectContaining({
        code: "OUT_OF_RANGE",
        path: ["capital", "domestic", "amount"],
        params: { value: "-5", range: "≥ 0" },
      }),
    ]);
  });

  it("names both currencies when a part is in another one", () => {
    const record = {
      ...project,
      capital: { total: vnd("1576566000000"), foreign: { amount: "60000000", currency: "USD" } },
    };
    expect(issues(record)).toEqual([
      {
        code: "CURRENCY_MISMATCH",
        path: ["capital", "foreign", "currency"],
        params: { left: "VND", right: "USD" },
        message:
          "Cannot combine VND and USD in one operation: convert one of them first, or keep them apart in a MoneyBag",
      },
    ]);
  });

  it("gives the sum of the parts and the total when the parts exceed it by one đồng", () => {
    const record = { ...project, capital: { ...project.capital, domestic: vnd("176566000001") } };
    expect(issues(record)).toEqual([
      {
        code: "PARTS_EXCEED_TOTAL",
        path: ["capital"],
        params: { parts: "1576566000001 VND", total: "1576566000000 VND" },
        message: "The parts (1576566000001 VND) exceed the total (1576566000000 VND)",
      },
    ]);
    expect(issues(record, "vi")).toEqual([
      expect.objectContaining({ message: "Tổng các phần (1576566000001 VND) vượt quá tổng số (1576566000000 VND)" }),
    ]);
  });
});

describe("OdaProjectSchema: dates and statuses", () => {
  it("accepts a project that starts and ends on the same day", () => {
    expect(issues({ ...project, start: "2021-01-01", end: "2021-01-01" })).toBe("valid");
  });

  it("names both days when the project ends before it starts", () => {
    expect(issues({ ...project, start: "2021-01-01", end: "2020-12-31" })).toEqual([
      {
        code: "END_BEFORE_START",
        path: ["end"],
        params: { start: "2021-01-01", end: "2020-12-31" },
        message: "The end date 2020-12-31 is before the start date 2021-01-01",
      },
    ]);
  });

  it("accepts two status changes on the same day, and names both days of one out of order", () => {
    const sameDay = [
      { status: "pipeline", from: "2020-03-01" },
      { status: "implementation", from: "2020-03-01" },
    ] as const;
    expect(issues({ ...project, statuses: [...sameDay] })).toBe("valid");
    const backwards = [
      { status: "pipeline", from: "2020-03-01" },
      { status: "implementation", from: "2020-02-29" },
    ] as const;
    expect(issues({ ...project, statuses: [...backwards] }, "vi")).toEqual([
      {
        code: "DATES_OUT_OF_ORDER",
        path: ["statuses", 1, "from"],
        params: { date: "2020-02-29", previous: "2020-03-01" },
        message: "Ngày 2020-02-29 sớm hơn ngày trước đó 2020-03-01",
      },
    ]);
  });
});

describe("transactionTotals over a range", () => {
  const usd = (amount: string) => Money.of(amount, "USD");
  const transactions = [
    { type: "disbursement", value: usd("1"), date: "2023-12-31" },
    { type: "disbursement", value: usd("10"), date: "2024-01-01" },
    { type: "commitment", value: usd("100"), date: "2024-03-15" },
    { type: "disbursement", value: usd("1000"), date: "2024-06-30" },
    { type: "commitment", value: usd("10000"), date: "2024-07-01" },
  ] as const;

  it("counts the transactions of the first and the last day of the range, and none outside it", () => {
    const totals = transactionTotals({ transactions }, { start: "2024-01-01", end: "2024-06-30" });
    expect(totals.disbursements.toString()).toBe("1010.00 USD");
    expect(totals.commitments.toString()).toBe("100.00 USD");
  });
});
