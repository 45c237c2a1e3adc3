/**
 * Two copies of the library in one program (a bundle and a dependency, say):
 * amounts made by one are recognised by the other, by their brand.
 *
 * Left out of mutation runs (vitest.stryker.config.ts): it loads a second
 * copy of the whole library inside a test, which makes Stryker count every
 * module-level constant of every module as covered by this one test.
 */
import { describe, expect, it, vi } from "vitest";
import { Money } from "../../src/index.js";

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
    expect(mine.add(theirs as unknown as Money).toString()).toBe("3027921000000 VND");
    expect(other.MoneyBag.of(mine).get("VND").toString()).toBe("1576566000000 VND");
  });
});
