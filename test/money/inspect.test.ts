/**
 * What `console.log` / `util.inspect` show for Money and MoneyBag: the value,
 * through the registered `nodejs.util.inspect.custom` key (the core imports
 * no Node module), while `toString` and `toJSON` stay as they are.
 */
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { Money, MoneyBag } from "../../src/index.js";

describe("inspect(Money)", () => {
  it("shows the amount and the currency", () => {
    expect(inspect(Money.of("1576566000000", "VND"))).toBe("Money <1576566000000 VND>");
    expect(inspect(Money.of("-5", "USD"))).toBe("Money <-5.00 USD>");
    expect(inspect(Money.of("5.025", "USD"))).toBe("Money <5.025 USD>");
  });

  it("shows it inside objects and arrays, as console.log prints them", () => {
    expect(inspect({ cost: Money.of("52000000", "USD") })).toBe("{ cost: Money <52000000.00 USD> }");
    expect(inspect([Money.of("1", "VND")])).toBe("[ Money <1 VND> ]");
  });

  it("uses the key Node, Deno and Bun read, and leaves toString, toJSON and the own fields alone", () => {
    const money = Money.of("12.5", "USD");
    expect(Symbol.for("nodejs.util.inspect.custom")).toBe(inspect.custom);
    expect(typeof (money as unknown as Record<symbol, unknown>)[inspect.custom]).toBe("function");
    expect(String(money)).toBe("12.50 USD");
    expect(JSON.stringify(money)).toBe('{"amount":"12.50","currency":"USD"}');
    expect(Object.getOwnPropertySymbols(money)).toEqual([]);
  });
});

describe("inspect(MoneyBag)", () => {
  it("shows its totals, not `MoneyBag {}`", () => {
    expect(inspect(MoneyBag.of(Money.of("1", "VND"), Money.of("2", "USD")))).toBe("MoneyBag <2.00 USD + 1 VND>");
    expect(inspect(MoneyBag.empty())).toBe("MoneyBag <0>");
    expect(inspect({ amounts: MoneyBag.of(Money.of("1", "VND")) })).toBe("{ amounts: MoneyBag <1 VND> }");
  });

  it("leaves toString and toJSON alone", () => {
    const bag = MoneyBag.of(Money.of("1", "VND"), Money.of("2", "USD"));
    expect(String(bag)).toBe("2.00 USD + 1 VND");
    expect(JSON.stringify(bag)).toBe('[{"amount":"2.00","currency":"USD"},{"amount":"1","currency":"VND"}]');
  });
});
