/**
 * Figures (counts and amounts with a qualifier): qualifier arithmetic and
 * combineQualifiers on every pair, Figure.count and Figure.money with their
 * boundaries (100-character counts, 200-character texts, 60-character
 * messages), fromJSON, add, equals across kinds and sumFigures, formatting and
 * parsing (white space in figure texts), FigureSchema and the shape of its
 * issues, and the exact params and paths of every refusal.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  combineQualifiers,
  Figure,
  FigureJSONSchema,
  FigureSchema,
  formatFigure,
  isQualifier,
  Money,
  moneyIssueCode,
  parseFigure,
  QUALIFIERS,
  type Qualifier,
  QualifierSchema,
  safeParse,
  sumFigures,
} from "../../src/index.js";
import { caught } from "../_caught.js";

const usd = (a: string) => Money.of(a, "USD");

describe("qualifier arithmetic", () => {
  // The full table, row + column = cell. Written out by hand, not derived from the code.
  const TABLE: Record<Qualifier, Record<Qualifier, Qualifier>> = {
    exact: { exact: "exact", about: "about", nearly: "nearly", under: "under", over: "over", "at-least": "at-least" },
    about: { exact: "about", about: "about", nearly: "about", under: "about", over: "about", "at-least": "about" },
    nearly: { exact: "nearly", about: "about", nearly: "nearly", under: "under", over: "about", "at-least": "about" },
    under: { exact: "under", about: "about", nearly: "under", under: "under", over: "about", "at-least": "about" },
    over: { exact: "over", about: "about", nearly: "about", under: "about", over: "over", "at-least": "over" },
    "at-least": {
      exact: "at-least",
      about: "about",
      nearly: "about",
      under: "about",
      over: "over",
      "at-least": "at-least",
    },
  };

  it("follows the documented table for every pair", () => {
    for (const a of QUALIFIERS)
      for (const b of QUALIFIERS) expect(combineQualifiers(a, b), `${a} + ${b}`).toBe(TABLE[a][b]);
  });

  it("is commutative and associative, with exact as identity", () => {
    const q = fc.constantFrom(...QUALIFIERS);
    fc.assert(
      fc.property(q, q, q, (a, b, c) => {
        expect(combineQualifiers(a, b)).toBe(combineQualifiers(b, a));
        expect(combineQualifiers(combineQualifiers(a, b), c)).toBe(combineQualifiers(a, combineQualifiers(b, c)));
        expect(combineQualifiers(a, "exact")).toBe(a);
        expect(combineQualifiers(a, a)).toBe(a);
      }),
    );
  });

  it("refuses unknown qualifiers", () => {
    expect(caught(() => combineQualifiers("roughly" as Qualifier, "exact")).code).toBe("INVALID_QUALIFIER");
    expect(isQualifier("over")).toBe(true);
    expect(isQualifier(3)).toBe(false);
    expect(QualifierSchema.options).toEqual([...QUALIFIERS]);
  });
});

describe("Figure", () => {
  it("adds Cluster II counts honestly: about 400 outgoing plus nearly 360 incoming is about 760", () => {
    const total = Figure.count(400, "about").add(Figure.count(360, "nearly"));
    expect(total.toJSON()).toEqual({ qualifier: "about", count: "760" });
  });

  it("adds exact counts exactly and keeps over when adding exact figures", () => {
    expect(sumFigures([Figure.count(52), Figure.count(38), Figure.count(12)]).toString()).toBe("102");
    expect(Figure.count(40, "over").add(Figure.count(2)).toString()).toBe("over 42");
    expect(Figure.count("0.5").add(Figure.count("0.25")).toString()).toBe("0.75");
  });

  it("adds amounts in one currency, and refuses mixing kinds or currencies", () => {
    const a = Figure.money(Money.of("1000000", "USD"), "over");
    expect(a.add(Figure.money(Money.of("52000000", "USD"))).toString()).toBe("over 53000000.00 USD");
    expect(caught(() => a.add(Figure.count(1))).code).toBe("FIGURE_KIND_MISMATCH");
    expect(caught(() => Figure.count(1).add(a)).code).toBe("FIGURE_KIND_MISMATCH");
    expect(caught(() => a.add(Figure.money(Money.of("1", "VND")))).code).toBe("CURRENCY_MISMATCH");
    expect(caught(() => a.add({} as Figure)).code).toBe("INVALID_TYPE");
    expect(caught(() => sumFigures([a, {} as Figure])).code).toBe("INVALID_TYPE");
    expect(sumFigures([a]).equals(a)).toBe(true);
  });

  it("has accessors and a plain-JSON form", () => {
    const c = Figure.count(400n, "about");
    expect([c.kind, c.currency, c.money, c.value.toString()]).toEqual(["count", undefined, undefined, "400"]);
    const m = Figure.money(Money.of("52000000", "USD"));
    expect([m.kind, m.currency, m.money?.toString(), m.value.toString()]).toEqual([
      "money",
      "USD",
      "52000000.00 USD",
      "52000000",
    ]);
    expect(m.toJSON()).toEqual({ qualifier: "exact", amount: "52000000.00", currency: "USD" });
    expect(Figure.fromJSON(m.toJSON()).equals(m)).toBe(true);
    expect(Figure.fromJSON(c.toJSON()).equals(c)).toBe(true);
    expect(c.withQualifier("nearly").toString()).toBe("nearly 400");
    expect(c.equals(m)).toBe(false);
    expect(m.equals(c)).toBe(false);
    expect(c.equals({} as Figure)).toBe(false);
  });

  it("refuses bad values", () => {
    expect(caught(() => Figure.count(1.5)).code).toBe("UNSAFE_NUMBER");
    expect(caught(() => Figure.count("1e3")).code).toBe("INVALID_AMOUNT");
    expect(caught(() => Figure.count("1".repeat(101))).code).toBe("TOO_LONG");
    expect(caught(() => Figure.count(10n ** 101n)).code).toBe("TOO_LONG");
    expect(caught(() => Figure.count(1, "roughly" as Qualifier)).code).toBe("INVALID_QUALIFIER");
    // @ts-expect-error a string is not a Money
    expect(caught(() => Figure.money("1")).code).toBe("INVALID_TYPE");
    expect(caught(() => Figure.fromJSON(null)).code).toBe("INVALID_TYPE");
    expect(caught(() => Figure.fromJSON({ qualifier: "about", count: 4 })).code).toBe("INVALID_TYPE");
    expect(caught(() => Figure.fromJSON({ qualifier: "about", amount: "4", currency: "XYZ" })).code).toBe(
      "UNKNOWN_CURRENCY",
    );
    expect(caught(() => Figure.fromJSON({ qualifier: "hmm", count: "4" })).code).toBe("INVALID_QUALIFIER");
  });

  const figures = fc
    .tuple(fc.constantFrom(...QUALIFIERS), fc.bigInt({ min: 0n, max: 10n ** 15n }))
    .map(([q, n]) => Figure.count(n, q));

  it("figure sums are commutative and associative (values and qualifiers)", () => {
    fc.assert(
      fc.property(figures, figures, figures, (a, b, c) => {
        expect(a.add(b).equals(b.add(a))).toBe(true);
        expect(
          a
            .add(b)
            .add(c)
            .equals(a.add(b.add(c))),
        ).toBe(true);
      }),
    );
  });
});

describe("formatting and parsing figures", () => {
  it("writes figures as Vietnamese and English reports do", () => {
    expect(formatFigure(Figure.count(400, "about"), { unit: "đoàn" })).toBe("khoảng 400 đoàn");
    expect(formatFigure(Figure.count(360, "nearly"))).toBe("gần 360");
    expect(formatFigure(Figure.money(Money.of("1000000", "USD"), "over"))).toBe("hơn 1 triệu USD");
    expect(formatFigure(Figure.count(400, "about"), { locale: "en" })).toBe("about 400");
    expect(formatFigure(Figure.money(Money.of("1000000", "USD"), "over"), { locale: "en" })).toBe("over USD 1 million");
    expect(formatFigure(Figure.count(14), { locale: "en", unit: "agreements" })).toBe("14 agreements");
    expect(formatFigure(Figure.count(12, "at-least"), { unit: "" })).toBe("ít nhất 12");
    expect(formatFigure(Figure.count(5, "under"), { locale: "en" })).toBe("under 5");
    expect(formatFigure(Figure.money(Money.of("52000000", "USD")), { style: "standard" })).toBe(
      "52.000.000,00\u00a0US$",
    );
    expect(caught(() => formatFigure(Figure.count(1), { locale: "fr" as "vi" })).code).toBe("INVALID_ENUM");
    expect(caught(() => formatFigure({} as Figure)).code).toBe("INVALID_TYPE");
  });

  it.each([
    ["khoảng 400 đoàn", "about 400"],
    ["gần 360", "nearly 360"],
    ["hơn 1 triệu USD", "over 1000000.00 USD"],
    ["over USD 1 million", "over 1000000.00 USD"],
    ["about 400", "about 400"],
    ["trên 40 tổ chức", "over 40"],
    ["Nearly 100 foreign NGO projects", "nearly 100"],
    ["ít nhất 12", "at least 12"],
    ["less than 5", "under 5"],
    ["~ 7", "about 7"],
    ["≥7", "at least 7"],
    ["14", "14"],
    ["gần 6.900 tỷ đồng", "nearly 6900000000000 VND"],
    ["khoảng 1.576", "about 1576"],
    ["about 1.576", "about 1.576"],
  ])("reads %j as %s", (text, expected) => {
    expect(parseFigure(text, { units: ["đoàn", "tổ chức", "foreign NGO projects"] }).toString()).toBe(expected);
  });

  it("reads an amount in a default currency only when asked", () => {
    expect(parseFigure("khoảng 1.576 tỷ", { currency: "VND" }).toString()).toBe("about 1576000000000 VND");
    expect(parseFigure("khoảng 1.576 tỷ").toString()).toBe("about 1576000000000");
  });

  it("refuses what it cannot read, never a wrong number", () => {
    expect(caught(() => parseFigure("khoảng 400 đoàn")).code).toBe("UNPARSEABLE_FIGURE");
    expect(caught(() => parseFigure("about")).code).toBe("UNPARSEABLE_FIGURE");
    expect(caught(() => parseFigure("aboutness 5")).code).toBe("UNPARSEABLE_FIGURE");
    expect(caught(() => parseFigure("~1.576")).code).toBe("AMBIGUOUS_AMOUNT");
    expect(caught(() => parseFigure("x".repeat(201))).code).toBe("TOO_LONG");
    // @ts-expect-error a number is not text
    expect(caught(() => parseFigure(4)).code).toBe("INVALID_TYPE");
    expect(caught(() => parseFigure("5 USD", { currency: "VND" })).code).toBe("CURRENCY_MISMATCH");
  });

  const anyFigure = fc.oneof(
    fc
      .tuple(fc.constantFrom(...QUALIFIERS), fc.bigInt({ min: 0n, max: 10n ** 18n }))
      .map(([q, n]) => Figure.count(n, q)),
    fc
      .tuple(fc.constantFrom(...QUALIFIERS), fc.constantFrom("VND", "USD"), fc.bigInt({ min: 0n, max: 10n ** 18n }))
      .map(([q, c, n]) => Figure.money(Money.fromMinorUnits(n, c), q)),
  );

  for (const locale of ["vi", "en"] as const) {
    it(`format → parse gives the same figure back (${locale})`, () => {
      fc.assert(
        fc.property(anyFigure, (f) => {
          const unit = locale === "vi" ? "đoàn" : "delegations";
          const text = formatFigure(f, { locale, ...(f.kind === "count" ? { unit } : {}) });
          expect(parseFigure(text, { locale, units: [unit] }).equals(f)).toBe(true);
        }),
        { numRuns: 300 },
      );
    });
  }
});

describe("FigureSchema", () => {
  it("decodes and encodes the plain-JSON form", () => {
    expect(FigureSchema.decode({ qualifier: "nearly", count: "360" }).toString()).toBe("nearly 360");
    expect(FigureSchema.encode(Figure.count(400, "about"))).toEqual({ qualifier: "about", count: "400" });
    const over = FigureSchema.decode({ qualifier: "over", amount: "1000000", currency: "USD" });
    expect(FigureSchema.encode(over)).toEqual({ qualifier: "over", amount: "1000000.00", currency: "USD" });
  });

  it("reports library errors with their code", () => {
    const result = FigureSchema.safeParse({ qualifier: "over", amount: "1", currency: "XYZ" });
    expect(result.success).toBe(false);
    expect(moneyIssueCode(result.error?.issues[0])).toBe("UNKNOWN_CURRENCY");
    expect(FigureJSONSchema.safeParse({ qualifier: "about", count: 400 }).success).toBe(false);
  });

  it("describes the wire form in JSON Schema", () => {
    const schema = z.toJSONSchema(FigureSchema, { io: "input" }) as { anyOf: unknown[] };
    expect(schema.anyOf).toHaveLength(2);
  });
});

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
    // @ts-expect-error "roughly" is not a qualifier
    expect(caught(() => Figure.count(1, "roughly", ["a"]))).toEqual({
      code: "INVALID_QUALIFIER",
      path: ["a", "qualifier"],
      params: { value: "roughly" },
    });
    // @ts-expect-error "roughly" is not a qualifier
    expect(caught(() => Figure.count(1, "roughly")).path).toEqual(["qualifier"]);
    // A count string of 101 characters is refused before it is read, even when it is not a number.
    expect(caught(() => Figure.count("x".repeat(101))).code).toBe("TOO_LONG");
    expect(caught(() => Figure.count("x".repeat(100))).code).not.toBe("TOO_LONG");
  });

  it("Figure.money refuses a non-Money with what it got", () => {
    // @ts-expect-error null is not a Money
    expect(caught(() => Figure.money(null))).toEqual({
      code: "INVALID_TYPE",
      path: ["value"],
      params: { expected: "Money", received: { en: "null", vi: "giá trị null" } },
    });
    // @ts-expect-error an array is not a Money
    expect(caught(() => Figure.money([])).params.received).toEqual({ en: "array", vi: "danh sách" });
    // @ts-expect-error a string is not a Money
    expect(caught(() => Figure.money("1 USD")).params.received).toEqual({ en: "string", vi: "chuỗi ký tự" });
    // @ts-expect-error a plain object is not a Money
    expect(caught(() => Figure.money({})).params.received).toEqual({ en: "object", vi: "đối tượng" });
    // @ts-expect-error "many" is not a qualifier
    expect(caught(() => Figure.money(usd("1"), "many"))).toEqual({
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
      params: {
        expected: { en: "a figure object", vi: "đối tượng số liệu" },
        received: { en: "null", vi: "giá trị null" },
      },
    });
    expect(caught(() => Figure.fromJSON([], ["f"])).params.received).toEqual({ en: "array", vi: "danh sách" });
    expect(caught(() => Figure.fromJSON("400")).params.received).toEqual({ en: "string", vi: "chuỗi ký tự" });
    expect(caught(() => Figure.fromJSON(5)).path).toEqual([]);
  });

  it("a count that is not a string: INVALID_TYPE at path.count, with the kind", () => {
    expect(caught(() => Figure.fromJSON({ qualifier: "about", count: 400 }, ["t", 1]))).toEqual({
      code: "INVALID_TYPE",
      path: ["t", 1, "count"],
      params: { expected: { en: "a decimal string", vi: "chuỗi thập phân" }, received: { en: "number", vi: "số" } },
    });
    expect(caught(() => Figure.fromJSON({ qualifier: "about", count: null })).params.received).toEqual({
      en: "null",
      vi: "giá trị null",
    });
    expect(caught(() => Figure.fromJSON({ qualifier: "about", count: ["4"] })).params.received).toEqual({
      en: "array",
      vi: "danh sách",
    });
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
    // @ts-expect-error null is not a Figure
    expect(caught(() => Figure.count(1).add(null))).toEqual({
      code: "INVALID_TYPE",
      path: [],
      params: { expected: "Figure", received: { en: "null", vi: "giá trị null" } },
    });
    // @ts-expect-error an array is not a Figure
    expect(caught(() => Figure.count(1).add([])).params.received).toEqual({ en: "array", vi: "danh sách" });
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
    // @ts-expect-error a plain object is not a Figure
    expect(c.equals({ qualifier: "about" })).toBe(false);
    // @ts-expect-error null is not a Figure
    expect(c.equals(null)).toBe(false);
  });

  it("sumFigures names the index of a non-figure, counting from 0", () => {
    // @ts-expect-error a number is not a Figure
    expect(caught(() => sumFigures([Figure.count(1), Figure.count(2), 3]))).toEqual({
      code: "INVALID_TYPE",
      path: [2],
      params: { expected: "Figure", received: { en: "number", vi: "số" } },
    });
    // @ts-expect-error null is not a Figure
    expect(caught(() => sumFigures([null])).path).toEqual([0]);
    // @ts-expect-error a string is not a Figure
    expect(caught(() => sumFigures([Figure.count(1), "2"])).params.received).toEqual({
      en: "string",
      vi: "chuỗi ký tự",
    });
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
    const table: [Qualifier, Qualifier, Qualifier][] = [
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
    for (const [a, b, want] of table) expect(combineQualifiers(a, b), `${a}+${b}`).toBe(want);
  });

  it("refuses a bad qualifier on either side, naming the side", () => {
    // @ts-expect-error "lots" is not a qualifier
    expect(caught(() => combineQualifiers("lots", "exact"))).toEqual({
      code: "INVALID_QUALIFIER",
      path: [0],
      params: { value: "lots" },
    });
    // @ts-expect-error "lots" is not a qualifier
    expect(caught(() => combineQualifiers("exact", "lots")).path).toEqual([1]);
    // @ts-expect-error "lots" is not a qualifier
    expect(caught(() => combineQualifiers("lots", "lots")).path).toEqual([0]);
  });
});

describe("parseFigure details", () => {
  it("refuses a non-string with its type, and 201 characters with max and length", () => {
    // @ts-expect-error a number is not text
    expect(caught(() => parseFigure(400))).toEqual({
      code: "INVALID_TYPE",
      path: [],
      params: { expected: { en: "a string", vi: "chuỗi ký tự" }, received: { en: "number", vi: "số" } },
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
    // @ts-expect-error a number is not a Figure
    expect(caught(() => formatFigure(400))).toEqual({
      code: "INVALID_TYPE",
      path: ["figure"],
      params: { expected: "Figure", received: { en: "number", vi: "số" } },
    });
    // @ts-expect-error "fr" is not one of vi, en
    expect(caught(() => formatFigure(Figure.count(1), { locale: "fr" }))).toEqual({
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
