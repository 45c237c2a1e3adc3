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
  NgoaivuError,
  parseFigure,
  QUALIFIERS,
  type Qualifier,
  QualifierSchema,
  sumFigures,
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
    expect(codeOf(() => combineQualifiers("roughly" as Qualifier, "exact"))).toBe("INVALID_QUALIFIER");
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
    expect(codeOf(() => a.add(Figure.count(1)))).toBe("FIGURE_KIND_MISMATCH");
    expect(codeOf(() => Figure.count(1).add(a))).toBe("FIGURE_KIND_MISMATCH");
    expect(codeOf(() => a.add(Figure.money(Money.of("1", "VND"))))).toBe("CURRENCY_MISMATCH");
    expect(codeOf(() => a.add({} as Figure))).toBe("INVALID_TYPE");
    expect(codeOf(() => sumFigures([a, {} as Figure]))).toBe("INVALID_TYPE");
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
    expect(codeOf(() => Figure.count(1.5))).toBe("UNSAFE_NUMBER");
    expect(codeOf(() => Figure.count("1e3"))).toBe("INVALID_AMOUNT");
    expect(codeOf(() => Figure.count("1".repeat(101)))).toBe("TOO_LONG");
    expect(codeOf(() => Figure.count(10n ** 101n))).toBe("TOO_LONG");
    expect(codeOf(() => Figure.count(1, "roughly" as Qualifier))).toBe("INVALID_QUALIFIER");
    expect(codeOf(() => Figure.money("1" as unknown as Money))).toBe("INVALID_TYPE");
    expect(codeOf(() => Figure.fromJSON(null))).toBe("INVALID_TYPE");
    expect(codeOf(() => Figure.fromJSON({ qualifier: "about", count: 4 }))).toBe("INVALID_TYPE");
    expect(codeOf(() => Figure.fromJSON({ qualifier: "about", amount: "4", currency: "XYZ" }))).toBe(
      "UNKNOWN_CURRENCY",
    );
    expect(codeOf(() => Figure.fromJSON({ qualifier: "hmm", count: "4" }))).toBe("INVALID_QUALIFIER");
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
    expect(codeOf(() => formatFigure(Figure.count(1), { locale: "fr" as "vi" }))).toBe("INVALID_ENUM");
    expect(codeOf(() => formatFigure({} as Figure))).toBe("INVALID_TYPE");
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
    expect(codeOf(() => parseFigure("khoảng 400 đoàn"))).toBe("UNPARSEABLE_FIGURE");
    expect(codeOf(() => parseFigure("about"))).toBe("UNPARSEABLE_FIGURE");
    expect(codeOf(() => parseFigure("aboutness 5"))).toBe("UNPARSEABLE_FIGURE");
    expect(codeOf(() => parseFigure("~1.576"))).toBe("AMBIGUOUS_AMOUNT");
    expect(codeOf(() => parseFigure("x".repeat(201)))).toBe("TOO_LONG");
    expect(codeOf(() => parseFigure(4 as unknown as string))).toBe("INVALID_TYPE");
    expect(codeOf(() => parseFigure("5 USD", { currency: "VND" }))).toBe("CURRENCY_MISMATCH");
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
