/**
 * Tests written against the mutants Stryker left alive in src/money/schema.ts:
 * moneyIssueCode on anything that is not a codec issue, and an unexpected
 * failure inside a codec surfacing as itself rather than as a zod issue.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { Money, MoneyBag, MoneyBagSchema, MoneySchema, moneyIssueCode } from "../../src/index.js";

describe("moneyIssueCode", () => {
  it("gives the library code of an issue a money codec produced", () => {
    const unknown = MoneySchema.safeParse({ amount: "1", currency: "XYZ" }).error?.issues[0];
    expect(moneyIssueCode(unknown)).toBe("UNKNOWN_CURRENCY");
    const inBag = MoneyBagSchema.safeParse([{ amount: "1", currency: "QQQ" }]).error?.issues[0];
    expect(moneyIssueCode(inBag)).toBe("UNKNOWN_CURRENCY");
  });

  it("gives undefined for zod's own issues", () => {
    const shape = MoneySchema.safeParse({ amount: 1, currency: "USD" }).error?.issues[0];
    expect(shape).toBeDefined();
    expect(moneyIssueCode(shape)).toBeUndefined();
  });

  it("gives undefined, without throwing, for values that are not issues", () => {
    for (const value of [null, undefined, "UNKNOWN_CURRENCY", 42, true]) {
      expect(moneyIssueCode(value), String(value)).toBeUndefined();
    }
    expect(moneyIssueCode({ params: null })).toBeUndefined();
    expect(moneyIssueCode({ params: "UNKNOWN_CURRENCY" })).toBeUndefined();
  });

  it("gives undefined when the params name no library error code", () => {
    expect(moneyIssueCode({ params: { ngoaivu: "NOT_A_CODE" } })).toBeUndefined();
    expect(moneyIssueCode({ params: { ngoaivu: "toString" } })).toBeUndefined();
    expect(moneyIssueCode({ params: { ngoaivu: 7 } })).toBeUndefined();
    expect(moneyIssueCode({ params: {} })).toBeUndefined();
    expect(moneyIssueCode({ params: { ngoaivu: "INVALID_AMOUNT" } })).toBe("INVALID_AMOUNT");
  });
});

describe("an unexpected failure while decoding", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("is thrown as itself by the Money codec, not turned into an issue", () => {
    const failure = new RangeError("out of memory while reading the amount");
    vi.spyOn(Money, "of").mockImplementation(() => {
      throw failure;
    });
    expect(() => MoneySchema.safeParse({ amount: "1", currency: "USD" })).toThrow(failure);
    expect(() => MoneySchema.decode({ amount: "1", currency: "USD" })).toThrow(failure);
  });

  it("is thrown as itself by the MoneyBag codec, not turned into an issue", () => {
    const failure = new TypeError("a bug");
    vi.spyOn(MoneyBag, "fromJSON").mockImplementation(() => {
      throw failure;
    });
    expect(() => MoneyBagSchema.safeParse([{ amount: "1", currency: "USD" }])).toThrow(failure);
  });
});
