/**
 * The two builds of the package in one program, as an app gets them when one
 * of its dependencies calls `require("ngoaivu")` and another imports it: the
 * CommonJS build (`dist/index.cjs`, loaded with `require`) and the ES module
 * build (`dist/index.js`, loaded with `import`) each hold their own classes,
 * so `instanceof` says no across them. Every value type crosses all the same,
 * by its brand: periods, figures, amounts, bags and errors made by one build
 * are taken by the other's functions, schemas and reports.
 *
 * It builds the package first when `dist/` is missing or older than `src/`
 * (as the CLI tests do). `NGOAIVU_DIST=<folder>` runs it against another build.
 */
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, root } from "../cli/_cli.js";

type Lib = typeof import("../../src/index.js");
type Samples = typeof import("../../src/samples/index.js");

const dist = process.env.NGOAIVU_DIST ?? join(root, "dist");
let cjs: Lib;
let esm: Lib;
let samples: Samples;

beforeAll(async () => {
  if (process.env.NGOAIVU_DIST === undefined) ensureBuilt();
  const require = createRequire(import.meta.url);
  cjs = require(join(dist, "index.cjs")) as Lib;
  samples = require(join(dist, "samples", "index.cjs")) as Samples;
  esm = (await import(pathToFileURL(join(dist, "index.js")).href)) as Lib;
}, 300_000);

function code(fn: () => unknown): string {
  try {
    fn();
    return "no error";
  } catch (error) {
    return esm.isNgoaivuError(error) ? error.code : String(error);
  }
}

describe("the CommonJS and ES module builds together", () => {
  it("are two copies: their classes differ, and instanceof says no", () => {
    expect(cjs.Period).not.toBe(esm.Period);
    expect(cjs.Period.halfYear(2024, 1) instanceof esm.Period).toBe(false);
  });

  it("recognise each other's values by their brand, both ways", () => {
    for (const [a, b] of [
      [cjs, esm],
      [esm, cjs],
    ] as const) {
      expect(b.Period.isPeriod(a.Period.halfYear(2024, 1))).toBe(true);
      expect(b.Period.isPeriod(a.Period.range("2024-01-15", "2024-03-31"))).toBe(true);
      expect(b.Figure.isFigure(a.Figure.count(400, "about"))).toBe(true);
      expect(b.Money.isMoney(a.Money.of("1", "VND"))).toBe(true);
      expect(b.MoneyBag.isMoneyBag(a.MoneyBag.empty())).toBe(true);
      expect(b.isNgoaivuError(new a.NgoaivuError("REQUIRED"))).toBe(true);
      // A look-alike without the brand is not one.
      expect(b.Period.isPeriod({ kind: "year", start: "2024-01-01", end: "2024-12-31" })).toBe(false);
      expect(b.Figure.isFigure(a.Figure.count(1).toJSON())).toBe(false);
      expect(b.MoneyBag.isMoneyBag(a.MoneyBag.empty().toJSON())).toBe(false);
    }
  });

  it("compare, order and contain each other's periods", () => {
    const h1 = esm.Period.halfYear(2024, 1);
    const theirs = cjs.Period.halfYear(2024, 1);
    expect(h1.equals(theirs)).toBe(true);
    expect(theirs.equals(h1)).toBe(true);
    expect(h1.equals(cjs.Period.halfYear(2024, 2))).toBe(false);
    expect(h1.compare(theirs)).toBe(0);
    expect(esm.Period.year(2024).contains(theirs)).toBe(true);
    expect(theirs.contains(esm.Period.year(2024))).toBe(false);
    expect(h1.overlaps(cjs.Period.range("2024-06-30", "2024-07-02"))).toBe(true);
    expect(h1.overlaps(cjs.Period.halfYear(2024, 2))).toBe(false);
    const mixed = [cjs.Period.halfYear(2024, 2), esm.Period.year(2024), cjs.Period.halfYear(2023, 2), h1];
    expect(mixed.sort(esm.comparePeriods).map(String)).toEqual(["2023-H2", "2024", "2024-H1", "2024-H2"]);
    // @ts-expect-error a plain object is not a Period
    expect(code(() => h1.equals({}))).toBe("INVALID_TYPE");
    // @ts-expect-error a plain object is not a Period
    expect(code(() => h1.compare({ start: "2024-01-01" }))).toBe("INVALID_TYPE");
  });

  it("add and compare each other's figures, and the sum is the caller's own", () => {
    const sum = esm.Figure.count(400, "about").add(cjs.Figure.count(14));
    expect(sum.toJSON()).toEqual({ qualifier: "about", count: "414" });
    expect(sum instanceof esm.Figure).toBe(true);
    const usd = (lib: Lib, amount: string) => lib.Figure.money(lib.Money.of(amount, "USD"), "over");
    expect(cjs.Figure.count(1).add(esm.Figure.count("0.5")).toString()).toBe("1.5");
    expect(usd(esm, "1000000").add(usd(cjs, "0.01")).toString()).toBe("over 1000000.01 USD");
    expect(esm.Figure.count(400, "about").equals(cjs.Figure.count("400.0", "about"))).toBe(true);
    expect(cjs.Figure.count(400).equals(esm.Figure.count(400, "about"))).toBe(false);
    expect(esm.sumFigures([cjs.Figure.count(120), esm.Figure.count(190, "about")]).toString()).toBe("about 310");
    expect(code(() => esm.Figure.count(1).add(usd(cjs, "1")))).toBe("FIGURE_KIND_MISMATCH");
    expect(esm.formatFigure(cjs.Figure.count(400, "about"), { unit: "đoàn" })).toBe(
      esm.formatFigure(esm.Figure.count(400, "about"), { unit: "đoàn" }),
    );
  });

  it("merge and compare each other's bags of money", () => {
    const ours = esm.MoneyBag.of(esm.Money.of("1576566000000", "VND"));
    const theirs = cjs.MoneyBag.of(cjs.Money.of("52000000", "USD"), cjs.Money.of("1451355000000", "VND"));
    const merged = ours.merge(theirs);
    expect(merged.toJSON()).toEqual([
      { amount: "52000000.00", currency: "USD" },
      { amount: "3027921000000", currency: "VND" },
    ]);
    expect(merged instanceof esm.MoneyBag).toBe(true);
    expect(merged.equals(theirs.merge(ours))).toBe(true);
    expect(theirs.merge(ours).equals(merged)).toBe(true);
    expect(
      esm.MoneyBag.from([cjs.Money.of("0.1", "USD"), esm.Money.of("0.2", "USD")])
        .get("USD")
        .toString(),
    ).toBe("0.30 USD");
    const rates = cjs.RateTable.of([{ from: "USD", to: "VND", rate: "25000", date: "2024-06-28", source: "SBV" }]);
    expect(merged.convert("VND", rates, "2024-06-30").total.toString()).toBe("4327921000000 VND");
  });

  it("encode each other's values with their schemas, and decode the same records", () => {
    expect(esm.encode(esm.PeriodSchema, cjs.Period.halfYear(2024, 1))).toBe("2024-H1");
    expect(cjs.encode(cjs.PeriodSchema, esm.Period.term(2021, 2025))).toBe("2021-2025");
    expect(esm.encode(esm.AmountSchema, cjs.Money.of("350000000", "VND"))).toEqual({
      amount: "350000000",
      currency: "VND",
    });
    expect(esm.encode(esm.FigureSchema, cjs.Figure.count(400, "about"))).toEqual({ qualifier: "about", count: "400" });
    expect(esm.encode(esm.MoneyBagSchema, cjs.MoneyBag.of(cjs.Money.of("1", "VND")))).toEqual([
      { amount: "1", currency: "VND" },
    ]);
    const wire = samples.clusterIIRecords2024H1().delegations;
    const a = esm.parseBatch(esm.DelegationSchema, wire);
    const b = cjs.parseBatch(cjs.DelegationSchema, wire);
    expect(a.valid.length).toBe(b.valid.length);
    expect(a.invalid.map((r) => r.index)).toEqual(b.invalid.map((r) => r.index));
    const costs = (lib: Lib, records: readonly { value: { cost?: unknown } }[]) =>
      lib.MoneyBag.from(records.flatMap((r) => (lib.Money.isMoney(r.value.cost) ? [r.value.cost] : []))).toString();
    expect(costs(esm, b.valid)).toBe(costs(esm, a.valid));
  });

  it("summarize, compile and render with a period of the other build: the same report as one build gives", () => {
    const wire = samples.clusterIIRecords2024H1();
    const submittedWire = samples.clusterIISubmitted2024H1();
    const report = (lib: Lib, period: ReturnType<Lib["Period"]["year"]>) => {
      const members = samples.CLUSTER_II_MEMBERS_JSON.map((m) => lib.parse(lib.MemberSchema, m));
      const cluster = lib.parse(lib.EmulationClusterSchema, samples.CLUSTER_II_JSON);
      const summary = lib.summarize(
        {
          delegations: lib.parseBatch(lib.DelegationSchema, wire.delegations).valid.map((r) => r.value),
          agreements: lib.parseBatch(lib.InternationalAgreementSchema, wire.agreements).valid.map((r) => r.value),
          consularCases: lib.parseBatch(lib.ConsularCaseSchema, wire.consularCases).valid.map((r) => r.value),
          ngoProjects: lib.parseBatch(lib.NgoProjectSchema, wire.ngoProjects).valid.map((r) => r.value),
        },
        { period },
      );
      const submitted = submittedWire.map((r) => lib.parse(lib.MemberReportSchema, r));
      const compiled = lib.compile([...summary.reports, ...submitted], cluster, period, { members });
      return { summary, compiled, text: lib.render(compiled, { members }) };
    };
    const alone = report(esm, esm.Period.halfYear(2024, 1));
    const mixed = report(esm, cjs.Period.halfYear(2024, 1));
    const reverse = report(cjs, esm.Period.halfYear(2024, 1));
    expect(mixed.summary.records).toEqual({ input: 585, counted: 582, outsidePeriod: 3, unknownMember: 0 });
    expect(mixed.compiled.totals.delegations?.outgoing?.toString()).toBe("about 400");
    expect(mixed.text).toBe(alone.text);
    expect(reverse.text).toBe(alone.text);
    expect(JSON.stringify(mixed.compiled)).toBe(JSON.stringify(alone.compiled));
    expect(esm.render(reverse.compiled, { format: "markdown" })).toBe(
      esm.render(alone.compiled, { format: "markdown" }),
    );
  });
});
