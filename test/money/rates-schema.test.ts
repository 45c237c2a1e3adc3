import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  AmountStringSchema,
  convertMoney,
  Money,
  MoneyBag,
  MoneyBagSchema,
  MoneyJSONSchema,
  MoneySchema,
  moneyIssueCode,
  NgoaivuError,
  RateTable,
} from "../../src/index.js";

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof NgoaivuError) return error.code;
    throw error;
  }
  return undefined;
}

const SBV = "SBV central rate";
const rates = RateTable.of([
  { from: "USD", to: "VND", rate: "24000", date: "2024-01-02", source: SBV },
  { from: "USD", to: "VND", rate: "25450", date: "2024-06-28", source: SBV },
  { from: "EUR", to: "USD", rate: "1.08", date: "2024-06-27", source: "ECB" },
  { from: "JPY", to: "VND", rate: "160", date: "2024-06-01", source: "Vietcombank" },
]);

describe("RateTable", () => {
  it("looks up the latest rate on or before the valuation date", () => {
    expect(rates.lookup("USD", "VND", "2024-06-28").rate).toBe("25450");
    expect(rates.lookup("USD", "VND", "2024-06-27").rate).toBe("24000");
    expect(rates.lookup("USD", "VND", "2025-01-01")).toMatchObject({ date: "2024-06-28", source: SBV });
    expect(codeOf(() => rates.lookup("USD", "VND", "2024-01-01"))).toBe("NO_RATE");
  });

  it("derives inverse rates exactly, recording whether the decimal is exact", () => {
    const inverse = rates.lookup("VND", "USD", "2024-06-30");
    expect(inverse).toMatchObject({
      derivation: "inverse",
      numerator: "1",
      denominator: "25450",
      exact: false,
      rate: "0.000039292730844794",
    });
    expect(rates.lookup("USD", "EUR", "2024-06-30")).toMatchObject({ numerator: "25", denominator: "27" });
    const table = RateTable.of([{ from: "USD", to: "VND", rate: "25000", date: "2024-01-01", source: SBV }]);
    expect(table.lookup("VND", "USD", "2024-01-01")).toMatchObject({ rate: "0.00004", exact: true });
  });

  it("derives cross rates through a third currency, with both legs recorded", () => {
    const cross = rates.lookup("EUR", "VND", "2024-06-30");
    expect(cross).toMatchObject({ rate: "27486", derivation: "cross", date: "2024-06-27", source: `ECB / ${SBV}` });
    expect(cross.legs?.map((l) => l.derivation)).toEqual(["direct", "direct"]);
    const jpyUsd = rates.lookup("JPY", "USD", "2024-06-30");
    expect(jpyUsd).toMatchObject({ derivation: "cross", numerator: "16", denominator: "2545", date: "2024-06-01" });
    expect(codeOf(() => rates.lookup("JPY", "USD", "2024-05-31"))).toBe("NO_RATE");
    // Only one third currency: EUR → USD → VND → JPY would need two, so it is not guessed.
    expect(codeOf(() => rates.lookup("EUR", "JPY", "2024-06-30"))).toBe("NO_RATE");
    const withUsdJpy = rates.with([{ from: "USD", to: "JPY", rate: "160.5", date: "2024-06-28", source: "BoJ" }]);
    expect(withUsdJpy.lookup("EUR", "JPY", "2024-06-30")).toMatchObject({ rate: "173.34", date: "2024-06-27" });
  });

  it("prefers the most recent of a direct and an inverse rate", () => {
    const table = RateTable.of([
      { from: "USD", to: "VND", rate: "25000", date: "2024-01-01", source: "a" },
      { from: "VND", to: "USD", rate: "0.00004", date: "2024-02-01", source: "b" },
    ]);
    expect(table.lookup("USD", "VND", "2024-03-01")).toMatchObject({ derivation: "inverse", source: "b" });
    expect(table.lookup("USD", "VND", "2024-01-15")).toMatchObject({ derivation: "direct", source: "a" });
    expect(table.lookup("USD", "USD", "2024-01-15")).toMatchObject({ derivation: "identity", rate: "1" });
  });

  it("keeps its entries, and can be extended", () => {
    expect(rates.entries()).toHaveLength(4);
    const more = rates.with([{ from: "GBP", to: "USD", rate: new Decimal("1.27"), date: "2024-06-28", source: "BoE" }]);
    expect(more.lookup("GBP", "USD", "2024-06-28").rate).toBe("1.27");
    expect(codeOf(() => rates.lookup("GBP", "USD", "2024-06-28"))).toBe("NO_RATE");
  });

  it("refuses bad entries with the index in the path", () => {
    const base = { from: "USD", to: "VND", rate: "25000", date: "2024-01-01", source: SBV };
    const bad = (entry: object) => () => RateTable.of([base, { ...base, date: "2024-01-02", ...entry }]);
    expect(codeOf(bad({ rate: "0" }))).toBe("INVALID_RATE");
    expect(codeOf(bad({ rate: "-1" }))).toBe("INVALID_RATE");
    expect(codeOf(bad({ rate: 0.5 }))).toBe("UNSAFE_NUMBER");
    expect(codeOf(bad({ to: "USD" }))).toBe("INVALID_RATE");
    expect(codeOf(bad({ date: "2024-02-30" }))).toBe("INVALID_DATE");
    expect(codeOf(bad({ date: "2024-1-1" }))).toBe("INVALID_DATE");
    expect(codeOf(bad({ date: "2024-01-01" }))).toBe("INVALID_RATE");
    expect(codeOf(bad({ source: "" }))).toBe("INVALID_TYPE");
    expect(codeOf(bad({ from: "XYZ" }))).toBe("UNKNOWN_CURRENCY");
    expect(codeOf(() => RateTable.of([null as unknown as typeof base]))).toBe("INVALID_TYPE");
    try {
      bad({ rate: "0" })();
    } catch (error) {
      expect((error as NgoaivuError).path).toEqual([1, "rate"]);
    }
    expect(RateTable.of([{ ...base, date: "2024-02-29" }]).entries()[0]?.date).toBe("2024-02-29");
    expect(codeOf(() => RateTable.of([{ ...base, date: "2023-02-29" }]))).toBe("INVALID_DATE");
    expect(codeOf(() => RateTable.of([{ ...base, date: "2100-02-29" }]))).toBe("INVALID_DATE");
    expect(RateTable.of([{ ...base, date: "2000-02-29" }]).entries()).toHaveLength(1);
  });
});

describe("convertMoney", () => {
  it("converts USD 52 million at the SBV rate of 28 June 2024 and records rate, date and source", () => {
    const c = convertMoney(Money.of("52000000", "USD"), "VND", rates, "2024-06-30");
    expect(c.to.toString()).toBe("1323400000000 VND");
    expect(c.from.toString()).toBe("52000000.00 USD");
    expect(c.valueDate).toBe("2024-06-30");
    expect(c.rate).toMatchObject({ rate: "25450", date: "2024-06-28", source: SBV, derivation: "direct" });
  });

  it("rounds once to the target minor unit with an explicit mode", () => {
    const m = Money.of("1000000", "VND");
    expect(convertMoney(m, "USD", rates, "2024-06-30").to.toString()).toBe("39.29 USD");
    expect(convertMoney(m, "USD", rates, "2024-06-30", { rounding: "up" }).to.toString()).toBe("39.30 USD");
    expect(codeOf(() => convertMoney({} as Money, "USD", rates, "2024-06-30"))).toBe("INVALID_TYPE");
    expect(codeOf(() => convertMoney(m, "USD", rates, "2024-06-30", { rounding: "x" as "up" }))).toBe("INVALID_ENUM");
  });
});

describe("MoneySchema (wire codec)", () => {
  it("decodes the wire form to Money and encodes it back", () => {
    const json = { amount: "1576566000000", currency: "VND" };
    const m = MoneySchema.decode(json);
    expect(Money.isMoney(m)).toBe(true);
    expect(MoneySchema.encode(m)).toEqual(json);
    expect(MoneySchema.parse({ amount: "52000000.00", currency: "USD" }).toString()).toBe("52000000.00 USD");
  });

  it("reports library errors with the library code and path", () => {
    const unknown = MoneySchema.safeParse({ amount: "1", currency: "XYZ" });
    expect(unknown.error?.issues[0]).toMatchObject({
      code: "custom",
      path: ["currency"],
      params: { code: "XYZ", ngoaivu: "UNKNOWN_CURRENCY" },
    });
    expect(moneyIssueCode(unknown.error?.issues[0])).toBe("UNKNOWN_CURRENCY");
    const nested = z.object({ capital: MoneySchema }).safeParse({ capital: { amount: "1", currency: "XYZ" } });
    expect(nested.error?.issues[0]?.path).toEqual(["capital", "currency"]);
    const shape = MoneySchema.safeParse({ amount: "1e5", currency: "VND" });
    expect(shape.error?.issues[0]).toMatchObject({ code: "invalid_format", path: ["amount"] });
    expect(moneyIssueCode(shape.error?.issues[0])).toBeUndefined();
    expect(moneyIssueCode(null)).toBeUndefined();
    expect(moneyIssueCode({ params: null })).toBeUndefined();
    expect(moneyIssueCode({ params: { ngoaivu: "NOT_A_CODE" } })).toBeUndefined();
    expect(AmountStringSchema.safeParse(" 1").success).toBe(false);
    expect(MoneyJSONSchema.safeParse({ amount: "1", currency: "usd" }).success).toBe(false);
  });

  it("generates a JSON Schema of the wire form, amount a string with its pattern", () => {
    const schema = z.toJSONSchema(MoneySchema, { io: "input" }) as unknown as {
      properties: { amount: { type: string; pattern: string } };
      required: string[];
    };
    expect(schema.properties.amount.type).toBe("string");
    expect(schema.properties.amount.pattern).toBe("^-?\\d+(\\.\\d+)?$");
    expect(schema.required).toEqual(["amount", "currency"]);
  });

  it("round-trips a bag", () => {
    const bag = MoneyBag.of(Money.of("1576566000000", "VND"), Money.of("52000000", "USD"));
    const json = MoneyBagSchema.encode(bag);
    expect(json).toEqual([
      { amount: "52000000.00", currency: "USD" },
      { amount: "1576566000000", currency: "VND" },
    ]);
    expect(MoneyBagSchema.decode(json).equals(bag)).toBe(true);
    const bad = MoneyBagSchema.safeParse([{ amount: "1", currency: "XYZ" }]);
    expect(bad.error?.issues[0]).toMatchObject({ path: [0, "currency"], params: { ngoaivu: "UNKNOWN_CURRENCY" } });
  });
});
