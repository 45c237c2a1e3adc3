/**
 * The count figure of a report's sections: decoded from its wire form to a
 * count `Figure`, and encoded back only from a count `Figure`.
 */
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { CountFigureSchema, Figure, Money } from "../../src/index.js";

describe("CountFigureSchema", () => {
  it("decodes the wire form to a count figure and encodes it back", () => {
    const figure = CountFigureSchema.decode({ qualifier: "about", count: "400" });
    expect(figure.kind).toBe("count");
    expect(figure.toString()).toBe("about 400");
    expect(z.encode(CountFigureSchema, figure)).toEqual({ qualifier: "about", count: "400" });
  });

  it("encodes only a count figure", () => {
    expect(z.safeEncode(CountFigureSchema, Figure.count(3)).success).toBe(true);
    expect(z.safeEncode(CountFigureSchema, Figure.money(Money.of("1", "USD"))).success).toBe(false);
    const lookalike = {
      kind: "count",
      qualifier: "exact",
      count: "3",
      toJSON: () => ({ qualifier: "exact", count: "3" }),
    };
    expect(z.safeEncode(CountFigureSchema, lookalike as unknown as Figure).success).toBe(false);
    expect(z.safeEncode(CountFigureSchema, null as unknown as Figure).success).toBe(false);
  });

  it("refuses a money figure as not a count figure, at the figure itself", () => {
    const result = z.safeEncode(CountFigureSchema, Figure.money(Money.of("1", "USD")));
    expect(result.error?.issues.map(({ code, path, message }) => ({ code, path, message }))).toEqual([
      { code: "custom", path: [], message: "Expected a count Figure, received object" },
    ]);
  });
});
