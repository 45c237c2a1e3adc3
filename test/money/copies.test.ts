/**
 * Two copies of the library in one program (a bundle and a dependency, say):
 * amounts, bags, figures and periods made by one are recognised by the
 * other, by their brand, and its methods take them (test/runtime/builds.test.ts
 * does the same with the two built files).
 *
 * Left out of mutation runs (vitest.stryker.config.ts): it loads a second
 * copy of the whole library inside a test, which makes Stryker count every
 * module-level constant of every module as covered by this one test.
 */
import { describe, expect, it, vi } from "vitest";
import { Figure, Money, MoneyBag, Period } from "../../src/index.js";
import { caught } from "../_caught.js";

// The other copy's classes are declared by the same source, so its values
// type-check as this copy's: only their identity at run time differs.
type Lib = typeof import("../../src/index.js");

async function otherCopy(): Promise<Lib> {
  vi.resetModules();
  const other = await import("../../src/index.js");
  expect(other.Period).not.toBe(Period);
  return other;
}

const vnd = (amount: string) => Money.of(amount, "VND");

describe("Money across two copies of the library", () => {
  it("amounts made by another copy of the library are recognised, both ways", async () => {
    vi.resetModules();
    const other = await import("../../src/index.js");
    expect(other.Money).not.toBe(Money);
    const mine = vnd("1576566000000");
    const theirs = other.Money.of("1451355000000", "VND");
    expect(mine instanceof other.Money).toBe(false);
    expect(other.Money.isMoney(mine)).toBe(true);
    expect(Money.isMoney(theirs)).toBe(true);
    expect(other.sum([theirs, mine]).toString()).toBe("3027921000000 VND");
    expect(mine.add(theirs).toString()).toBe("3027921000000 VND");
    expect(other.MoneyBag.of(mine).get("VND").toString()).toBe("1576566000000 VND");
  });
});

describe("MoneyBag across two copies of the library", () => {
  it("is recognised by its brand, merged and compared both ways", async () => {
    const other = await otherCopy();
    const mine = MoneyBag.of(vnd("1576566000000"));
    const theirs = other.MoneyBag.of(other.Money.of("52000000", "USD"), other.Money.of("1451355000000", "VND"));
    expect(theirs instanceof MoneyBag).toBe(false);
    expect(MoneyBag.isMoneyBag(theirs)).toBe(true);
    expect(other.MoneyBag.isMoneyBag(mine)).toBe(true);
    expect(MoneyBag.isMoneyBag({ _ngoaivu: "MoneyBag", list: () => [] })).toBe(false); // no size
    expect(MoneyBag.isMoneyBag({ _ngoaivu: "MoneyBag", size: 0 })).toBe(false); // no list
    expect(MoneyBag.isMoneyBag({ _ngoaivu: "Money", list: () => [], size: 0 })).toBe(false);
    expect(MoneyBag.isMoneyBag(null)).toBe(false);
    const merged = mine.merge(theirs);
    expect(merged instanceof MoneyBag).toBe(true);
    expect(merged.toString()).toBe("52000000.00 USD + 3027921000000 VND");
    expect(merged.equals(theirs.merge(mine))).toBe(true);
    expect(mine.equals(theirs)).toBe(false);
    // Sub-minor digits kept in a bag's total survive the crossing exactly.
    const fine = other.MoneyBag.of(other.Money.of("0.125", "USD"));
    expect(MoneyBag.of(Money.of("0.005", "USD")).merge(fine).get("USD").toDecimalString()).toBe("0.13");
  });
});

describe("Figure across two copies of the library", () => {
  it("is recognised by its brand, added and compared both ways", async () => {
    const other = await otherCopy();
    const theirs = other.Figure.count(14);
    expect(theirs instanceof Figure).toBe(false);
    expect(Figure.isFigure(theirs)).toBe(true);
    expect(other.Figure.isFigure(Figure.count(1))).toBe(true);
    expect(Figure.isFigure({ _ngoaivu: "Figure", qualifier: "exact" })).toBe(false); // no toJSON
    expect(Figure.isFigure({ _ngoaivu: "Figure", toJSON: () => ({}) })).toBe(false); // no qualifier
    expect(Figure.isFigure({ _ngoaivu: "Period", qualifier: "exact", toJSON: () => ({}) })).toBe(false);
    expect(Figure.isFigure(undefined)).toBe(false);
    const sum = Figure.count(400, "about").add(theirs);
    expect(sum instanceof Figure).toBe(true);
    expect(sum.toJSON()).toEqual({ qualifier: "about", count: "414" });
    const usd = other.Figure.money(other.Money.of("0.01", "USD"), "over");
    expect(Figure.money(Money.of("1000000", "USD")).add(usd).toString()).toBe("over 1000000.01 USD");
    expect(Figure.count("14.0").equals(theirs)).toBe(true);
    expect(Figure.money(Money.of("0.01", "USD"), "over").equals(usd)).toBe(true);
    expect(Figure.count(14, "about").equals(theirs)).toBe(false);
    // @ts-expect-error a plain object is not a Figure
    expect(Figure.count(1).equals({ qualifier: "exact", count: "1" })).toBe(false);
    expect(caught(() => Figure.count(1).add(usd))).toMatchObject({ code: "FIGURE_KIND_MISMATCH" });
    // @ts-expect-error a plain object is not a Figure
    expect(caught(() => Figure.count(1).add({ qualifier: "exact" }))).toMatchObject({
      code: "INVALID_TYPE",
      params: { expected: "Figure", received: { en: "object", vi: "đối tượng" } },
    });
  });
});

describe("Period across two copies of the library", () => {
  it("is recognised by its brand and taken by every method that reads another period", async () => {
    const other = await otherCopy();
    const theirs = other.Period.halfYear(2024, 1);
    const h1 = Period.halfYear(2024, 1);
    expect(theirs instanceof Period).toBe(false);
    expect(theirs).not.toBe(h1);
    expect(Period.isPeriod(theirs)).toBe(true);
    expect(other.Period.isPeriod(h1)).toBe(true);
    const like = { _ngoaivu: "Period", kind: "year", start: "2024-01-01", end: "2024-12-31", toString: () => "2024" };
    expect(Period.isPeriod(like)).toBe(true);
    for (const [key, value] of [
      ["_ngoaivu", "Money"],
      ["kind", "decade"],
      ["kind", "toString"],
      ["kind", 1],
      ["start", 20240101],
      ["end", undefined],
      ["toString", "2024"],
    ] as const)
      expect(Period.isPeriod({ ...like, [key]: value }), `${key}: ${String(value)}`).toBe(false);
    expect(Period.isPeriod("2024-H1")).toBe(false);
    expect(Period.isPeriod(null)).toBe(false);

    expect(h1.equals(theirs)).toBe(true);
    expect(Period.halfYear(2024, 2).equals(theirs)).toBe(false);
    expect(h1.compare(theirs)).toBe(0);
    expect(Period.year(2024).compare(theirs)).toBeLessThan(0);
    expect(Period.halfYear(2024, 2).compare(theirs)).toBeGreaterThan(0);
    expect(Period.range("2024-01-01", "2024-06-30").compare(theirs)).toBeGreaterThan(0); // same days: by kind
    expect(Period.year(2024).contains(theirs)).toBe(true);
    expect(Period.quarter(2024, 1).contains(theirs)).toBe(false);
    expect(Period.range("2024-01-02", "2024-12-31").contains(theirs)).toBe(false);
    expect(Period.range("2023-12-01", "2024-06-29").contains(theirs)).toBe(false);
    expect(Period.quarter(2024, 2).overlaps(theirs)).toBe(true);
    expect(Period.halfYear(2024, 2).overlaps(theirs)).toBe(false);
    expect(Period.halfYear(2023, 2).overlaps(theirs)).toBe(false);
    expect(Period.range("2024-06-30", "2024-07-01").overlaps(theirs)).toBe(true);
    expect(Period.range("2023-12-31", "2024-01-01").overlaps(theirs)).toBe(true);

    const kinds = [
      { en: "object", vi: "đối tượng" },
      { en: "object", vi: "đối tượng" },
      { en: "null", vi: "giá trị null" },
      { en: "string", vi: "chuỗi ký tự" },
    ];
    for (const [i, bad] of [{}, { start: "2024-01-01", end: "2024-06-30" }, null, "2024-H1"].entries()) {
      // @ts-expect-error none of these is a Period
      expect(caught(() => h1.equals(bad))).toMatchObject({
        code: "INVALID_TYPE",
        params: { expected: "Period", received: kinds[i] },
      });
      // @ts-expect-error none of these is a Period
      expect(caught(() => h1.compare(bad))).toMatchObject({ code: "INVALID_TYPE" });
      // @ts-expect-error none of these is a Period
      expect(caught(() => h1.overlaps(bad))).toMatchObject({ code: "INVALID_TYPE" });
    }
  });
});
