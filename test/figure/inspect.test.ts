/**
 * What `console.log` / `util.inspect` show for a Figure: its qualifier and
 * value, not its private fields; `toString` and `toJSON` stay as they are.
 */
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { Figure, Money } from "../../src/index.js";

describe("inspect(Figure)", () => {
  it("shows a count or an amount with its qualifier", () => {
    expect(inspect(Figure.count(400, "about"))).toBe("Figure <about 400>");
    expect(inspect(Figure.count(12))).toBe("Figure <12>");
    expect(inspect(Figure.count(12, "at-least"))).toBe("Figure <at least 12>");
    expect(inspect(Figure.money(Money.of("1000000", "USD"), "over"))).toBe("Figure <over 1000000.00 USD>");
  });

  it("shows it inside objects, and leaves toString and toJSON alone", () => {
    const figure = Figure.count(360, "nearly");
    expect(inspect({ outgoing: figure })).toBe("{ outgoing: Figure <nearly 360> }");
    expect(String(figure)).toBe("nearly 360");
    expect(figure.toJSON()).toEqual({ qualifier: "nearly", count: "360" });
  });
});
