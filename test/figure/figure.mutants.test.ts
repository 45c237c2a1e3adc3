/**
 * Tests written against the mutants Stryker left alive in src/figure: exact
 * error params and paths, boundaries (100-character counts, 200-character
 * texts, 60-character messages), white space in figure texts, qualifier
 * arithmetic, equality across kinds, the schema's issue shape.
 */
import { describe, expect, it } from "vitest";
import {
  combineQualifiers,
  Figure,
  FigureSchema,
  formatFigure,
  Money,
  parseFigure,
  safeParse,
  sumFigures,
} from "../../src/index.js";
import { caught } from "../_caught.js";

const usd = (a: string) => Money.of(a, "USD");

describe("Figure.count boundaries and errors", () => {
  it("a count string of exactly 100 characters is read; 101 is TOO_LONG with max, length and path", () => {
    const hundred = "1".repeat(100);
    expect(Figure.count(hundred).toString()).toBe(hundred);
    expect(caught(() => Figure.count("1".repeat(101), "exact", ["rows", 2]))).toEqual({
      code: "TOO_LONG",
      path: ["rows", 2, "count"],
      params: { max: 100, length: 101 },
    });
  });

  it("a bigint of 101 digits is TOO_LONG by precision; 100 digits pass", () => {
    expect(Figure.count(10n ** 99n).toString()).toBe(`1${"0".repeat(99)}`);
    expect(caught(() => Figure.count(10n ** 100n, "about", ["x"]))).toEqual({
      code: "TOO_LONG",
      path: ["x", "count"],
      params: { max: 100, length: 101 },
    });
  });

  it("a bad count value names the count in its path; a bad qualifier names the qualifier", () => {
    expect(caught(() => Figure.count("abc", "exact", ["a"])).path).toEqual(["a", "count"]);
    expect(caught(() => Figure.count(1, "roughly" as never, ["a"]))).toEqual({
      code: "INVALID_QUALIFIER",
      path: ["a", "qualifier"],
      params: { value: "roughly" },
    });
    expect(caught(() => Figure.count(1, "roughly" as never)).path).toEqual(["qualifier"]);
    // A count string of 101 characters is refused before it is read, even when it is not a number.
    expect(caught(() => Figure.count("x".repeat(101))).code).toBe("TOO_LONG");
    expect(caught(() => Figure.count("x".repeat(100))).code).not.toBe("TOO_LONG");
  });

  it("Figure.money refuses a non-Money with what it got", () => {
    expect(caught(() => Figure.money(null as never))).toEqual({
      code: "INVALID_TYPE",
      path: ["value"],
      params: { expected: "Money", received: "null" },
    });
    expect(caught(() => Figure.money([] as never)).params.received).toBe("array");
    expect(caught(() => Figure.money("1 USD" as never)).params.received).toBe("string");
    expect(caught(() => Figure.money({} as never)).params.received).toBe("object");
    expect(caught(() => Figure.money(usd("1"), "many" as never))).toEqual({
      code: "INVALID_QUALIFIER",
      path: ["qualifier"],
      params: { value: "many" },
    });
  });
});

describe("Figure.fromJSON errors", () => {
  it("refuses non-objects with the received kind and the path", () => {
    expect(caught(() => Figure.fromJSON(null, ["f"]))).toEqual({
      code: "INVALID_TYPE",
      path: ["f"],
      params: { expected: "a figure object", received: "null" },
    });
    expect(caught(() => Figure.fromJSON([], ["f"])).params.received).toBe("array");
    expect(caught(() => Figure.fromJSON("400")).params.received).toBe("string");
    expect(caught(() => Figure.fromJSON(5)).path).toEqual([]);
  });

  it("a count that is not a string: INVALID_TYPE at path.count, with the kind", () => {
    expect(caught(() => Figure.fromJSON({ qualifier: "about", count: 400 }, ["t", 1]))).toEqual({
      code: "INVALID_TYPE",
      path: ["t", 1, "count"],
      params: { expected: "a decimal string", received: "number" },
    });
    expect(caught(() => Figure.fromJSON({ qualifier: "about", count: null })).params.received).toBe("null");
    expect(caught(() => Figure.fromJSON({ qualifier: "about", count: ["4"] })).params.received).toBe("array");
  });

  it("a bad qualifier: INVALID_QUALIFIER at path.qualifier; a long count: TOO_LONG at path.count", () => {
    expect(caught(() => Figure.fromJSON({ qualifier: "lots", count: "4" }, ["t"]))).toEqual({
      code: "INVALID_QUALIFIER",
      path: ["t", "qualifier"],
      params: { value: "lots" },
    });
    expect(caught(() => Figure.fromJSON({ qualifier: "exact", count: "9".repeat(101) }, ["t"])).path).toEqual([
      "t",
      "count",
    ]);
    expect(Figure.fromJSON({ qualifier: "over", amount: "5", currency: "USD" }).toString()).toBe("over 5.00 USD");
  });
});

describe("add, equals, sumFigures", () => {
  it("add refuses a non-figure with the kind it got", () => {
    expect(caught(() => Figure.count(1).add(null as never))).toEqual({
      code: "INVALID_TYPE",
      path: [],
      params: { expected: "Figure", received: "null" },
    });
    expect(caught(() => Figure.count(1).add([] as never)).params.received).toBe("array");
  });

  it("adding a count and an amount names both sides", () => {
    expect(caught(() => Figure.count(3, "about").add(Figure.money(usd("2"))))).toEqual({
      code: "FIGURE_KIND_MISMATCH",
      path: [],
      params: { left: "about 3", right: "2.00 USD" },
    });
    expect(caught(() => Figure.money(usd("2")).add(Figure.count(3))).params).toEqual({
      left: "2.00 USD",
      right: "3",
    });
  });

  it("equals compares kind, value, currency and qualifier", () => {
    const c = Figure.count(5, "about");
    const m = Figure.money(usd("5"), "about");
    expect(c.equals(Figure.count("5.0", "about"))).toBe(true);
    expect(c.equals(Figure.count(6, "about"))).toBe(false);
    expect(c.equals(Figure.count(5, "over"))).toBe(false);
    expect(c.equals(m)).toBe(false);
    expect(m.equals(c)).toBe(false);
    expect(m.equals(Figure.money(usd("5.00"), "about"))).toBe(true);
    expect(m.equals(Figure.money(usd("6"), "about"))).toBe(false);
    expect(m.equals(Figure.money(Money.of("5", "EUR"), "about"))).toBe(false);
    expect(c.equals({ qualifier: "about" } as never)).toBe(false);
    expect(c.equals(null as never)).toBe(false);
  });

  it("sumFigures names the index of a non-figure, counting from 0", () => {
    expect(caught(() => sumFigures([Figure.count(1), Figure.count(2), 3 as never]))).toEqual({
      code: "INVALID_TYPE",
      path: [2],
      params: { expected: "Figure", received: "number" },
    });
    expect(caught(() => sumFigures([null as never])).path).toEqual([0]);
    expect(caught(() => sumFigures([Figure.count(1), "2" as never])).params.received).toBe("string");
    expect(sumFigures([Figure.count(2)]).toString()).toBe("2");
    expect(sumFigures([]).equals(Figure.count(0))).toBe(true);
  });
});

describe("combineQualifiers, every pair", () => {
  const Q = ["exact", "about", "nearly", "under", "over", "at-least"] as const;
  // Below ("nearly", "under") and above ("over", "at-least") the true value; the looser bound wins
  // on one side, "about" across sides.
  const expected: Record<string, string> = {
    "nearly,under": "under",
    "under,nearly": "under",
    "over,at-least": "over",
    "at-least,over": "over",
  };
  for (const a of Q)
    for (const b of Q) {
      it(`${a} + ${b}`, () => {
        const want = a === b ? a : a === "exact" ? b : b === "exact" ? a : (expected[`${a},${b}`] ?? "about");
        expect(combineQualifiers(a, b)).toBe(want);
      });
    }

  it("the whole join table in one test", () => {
    const table: [string, string, string][] = [
      ["over", "nearly", "about"],
      ["nearly", "over", "about"],
      ["at-least", "under", "about"],
      ["under", "at-least", "about"],
      ["over", "under", "about"],
      ["at-least", "nearly", "about"],
      ["about", "over", "about"],
      ["nearly", "about", "about"],
      ["over", "over", "over"],
      ["at-least", "at-least", "at-least"],
      ["nearly", "nearly", "nearly"],
      ["under", "under", "under"],
      ["at-least", "over", "over"],
      ["over", "at-least", "over"],
      ["nearly", "under", "under"],
      ["under", "nearly", "under"],
      ["exact", "nearly", "nearly"],
      ["under", "exact", "under"],
    ];
    for (const [a, b, want] of table) expect(combineQualifiers(a as never, b as never), `${a}+${b}`).toBe(want);
  });

  it("refuses a bad qualifier on either side, naming the side", () => {
    expect(caught(() => combineQualifiers("lots" as never, "exact"))).toEqual({
      code: "INVALID_QUALIFIER",
      path: [0],
      params: { value: "lots" },
    });
    expect(caught(() => combineQualifiers("exact", "lots" as never)).path).toEqual([1]);
    expect(caught(() => combineQualifiers("lots" as never, "lots" as never)).path).toEqual([0]);
  });
});

describe("parseFigure details", () => {
  it("refuses a non-string with its type, and 201 characters with max and length", () => {
    expect(caught(() => parseFigure(400 as never))).toEqual({
      code: "INVALID_TYPE",
      path: [],
      params: { expected: "a string", received: "number" },
    });
    expect(caught(() => parseFigure(`${" ".repeat(199)}12`))).toEqual({
      code: "TOO_LONG",
      path: [],
      params: { max: 200, length: 201 },
    });
    expect(parseFigure(`${" ".repeat(198)}12`).toString()).toBe("12");
  });

  it("every kind of white space separates words and is trimmed", () => {
    for (const ws of [" ", "\u00a0", "\u202f", "\u2009", "\t", "\n"]) {
      expect(parseFigure(`${ws}khoảng${ws}${ws}400${ws}`).toString(), JSON.stringify(ws)).toBe("about 400");
      expect(parseFigure(`gần${ws}360`).toString()).toBe("nearly 360");
      expect(parseFigure(`400${ws}đoàn`, { units: ["đoàn"] }).toString()).toBe("400");
    }
  });

  it("a word qualifier needs a space after it; a symbol does not", () => {
    expect(parseFigure("~400").toString()).toBe("about 400");
    expect(parseFigure("~ 400").toString()).toBe("about 400");
    expect(parseFigure(">5").toString()).toBe("over 5");
    expect(parseFigure("≥5").toString()).toBe("at least 5");
    expect(parseFigure("<5").toString()).toBe("under 5");
    expect(caught(() => parseFigure("over5")).code).toBe("UNPARSEABLE_FIGURE");
    expect(caught(() => parseFigure("khoảng400")).code).toBe("UNPARSEABLE_FIGURE");
  });

  it("a qualifier word's language decides an ambiguous number; an explicit locale wins", () => {
    expect(parseFigure("khoảng 1.576").toString()).toBe("about 1576");
    expect(parseFigure("about 1.576").toString()).toBe("about 1.576");
    expect(parseFigure("about 1.576", { locale: "vi" }).toString()).toBe("about 1576");
    expect(parseFigure("khoảng 1.576", { locale: "en" }).toString()).toBe("about 1.576");
    expect(caught(() => parseFigure("~1.576")).code).toBe("AMBIGUOUS_AMOUNT");
    expect(parseFigure("~1.576", { locale: "vi" }).toString()).toBe("about 1576");
    expect(parseFigure("1,5 triệu USD", { locale: "vi" }).toString()).toBe("1500000.00 USD");
    // An amount with no language word: only the locale option can read it.
    expect(parseFigure("1.576 USD", { locale: "vi" }).toString()).toBe("1576.00 USD");
    expect(caught(() => parseFigure("1.576 USD")).code).toBe("AMBIGUOUS_AMOUNT");
  });

  it("units: the longest allowed unit is stripped, only after a space, only once; an empty unit is ignored", () => {
    expect(parseFigure("khoảng 400 lượt người", { units: ["người", "lượt người"] }).toString()).toBe("about 400");
    expect(parseFigure("400 Đoàn", { units: ["đoàn"] }).toString()).toBe("400");
    expect(caught(() => parseFigure("400đoàn", { units: ["đoàn"] })).code).toBe("UNPARSEABLE_FIGURE");
    expect(caught(() => parseFigure("400 đoàn đoàn", { units: ["đoàn"] })).code).toBe("UNPARSEABLE_FIGURE");
    expect(parseFigure("400", { units: [""] }).toString()).toBe("400");
    expect(caught(() => parseFigure("400 đoàn")).code).toBe("UNPARSEABLE_FIGURE");
    // Without units, no trailing words are stripped at all.
    expect(caught(() => parseFigure("400 stryker was here")).code).toBe("UNPARSEABLE_FIGURE");
  });

  it("a currency option reads a bare number as an amount in that currency", () => {
    expect(parseFigure("khoảng 400", { currency: "USD" }).toString()).toBe("about 400.00 USD");
    expect(parseFigure("1,5 tỷ", { currency: "VND" }).toString()).toBe("1500000000 VND");
    expect(parseFigure("400").toString()).toBe("400");
  });

  it("UNPARSEABLE_FIGURE quotes the text, cut at 57 characters and an ellipsis past 60", () => {
    const sixty = `khoảng ${"x".repeat(53)}`;
    expect(sixty.length).toBe(60);
    expect(caught(() => parseFigure(sixty)).params).toEqual({ value: sixty });
    const long = `khoảng ${"x".repeat(60)}`;
    expect(caught(() => parseFigure(long)).params).toEqual({ value: `${long.slice(0, 57)}...` });
    expect(caught(() => parseFigure("hello")).params).toEqual({ value: "hello" });
  });

  it("other errors of the number reader pass through unchanged", () => {
    expect(caught(() => parseFigure("1.576")).code).toBe("AMBIGUOUS_AMOUNT");
    expect(caught(() => parseFigure("1.576 USD")).code).toBe("AMBIGUOUS_AMOUNT");
    expect(caught(() => parseFigure("1 USD", { currency: "XXY" })).code).toBe("UNKNOWN_CURRENCY");
  });
});

describe("formatFigure refusals", () => {
  it("names what it got", () => {
    expect(caught(() => formatFigure(400 as never))).toEqual({
      code: "INVALID_TYPE",
      path: ["figure"],
      params: { expected: "Figure", received: "number" },
    });
    expect(caught(() => formatFigure(Figure.count(1), { locale: "fr" as never }))).toEqual({
      code: "INVALID_ENUM",
      path: ["locale"],
      params: { options: "vi, en", received: "fr" },
    });
    expect(formatFigure(Figure.count(1), { locale: "en" })).toBe("1");
    expect(formatFigure(Figure.count(1576), { locale: "en" })).toBe("1,576");
    expect(formatFigure(Figure.count(1576))).toBe("1.576");
  });
});

describe("FigureSchema issues", () => {
  it("a bad figure becomes one issue with the library's code, path and params", () => {
    const r = safeParse(FigureSchema, { qualifier: "exact", count: "9".repeat(101) });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.issues).toHaveLength(1);
      expect(r.issues[0]).toMatchObject({ code: "TOO_LONG", path: ["count"], params: { max: 100, length: 101 } });
    }
    const bad = FigureSchema.safeParse({ qualifier: "about", amount: "1", currency: "XXY" });
    expect(bad.success).toBe(false);
    if (!bad.success) {
      expect(bad.error.issues[0]?.code).toBe("custom");
      expect(bad.error.issues[0]?.path).toEqual(["currency"]);
      expect((bad.error.issues[0] as { params?: { ngoaivu?: string } }).params?.ngoaivu).toBe("UNKNOWN_CURRENCY");
    }
  });
});
