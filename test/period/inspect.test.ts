/**
 * What `console.log` / `util.inspect` show for a Period: its canonical text,
 * not its fields; `toString` and `toJSON` stay as they are.
 */
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { Period, parsePeriod } from "../../src/index.js";

describe("inspect(Period)", () => {
  it("shows the canonical text of every kind of period", () => {
    expect(inspect(parsePeriod("2024-H1"))).toBe("Period <2024-H1>");
    expect(inspect(Period.quarter(2024, 3))).toBe("Period <2024-Q3>");
    expect(inspect(Period.year(2024))).toBe("Period <2024>");
    expect(inspect(Period.term(2021, 2025))).toBe("Period <2021-2025>");
    expect(inspect(Period.range("2024-01-15", "2024-03-31"))).toBe("Period <2024-01-15..2024-03-31>");
  });

  it("shows it inside objects, and leaves toString and toJSON alone", () => {
    const h1 = parsePeriod("2024-H1");
    expect(inspect({ period: h1 })).toBe("{ period: Period <2024-H1> }");
    expect(String(h1)).toBe("2024-H1");
    expect(JSON.stringify({ period: h1 })).toBe('{"period":"2024-H1"}');
  });
});
