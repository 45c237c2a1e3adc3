import { showValue } from "../_lib/show.js";
import { NgoaivuError } from "../errors/index.js";
import { combineQualifiers, type Figure, type Qualifier } from "../figure/index.js";
import { growth as growthOf, type RatioInput, share as shareOf } from "../money/index.js";
import { Period } from "../period/index.js";
import { type FigureEntry, flatten } from "./_figures.js";
import { periodArg } from "./_period.js";
import type { ClusterReport, Figures, MemberReport } from "./schema.js";

/**
 * A percentage computed from two figures: its value, rounded, as a plain
 * decimal string (`"248.4"` for +248.4%), and its qualifier. The qualifier
 * says how the figures it came from were stated: `"exact"` when both were
 * exact; otherwise the qualifier the true percentage has, given the
 * figures' qualifiers (a percentage grows with its numerator and shrinks with
 * its denominator: growth from "nearly 6,900" against an exact previous value
 * is "nearly"; against a previous value "over" some amount, it is "under").
 */
export interface Percentage {
  /** The percentage, rounded to the digits asked for, e.g. `"248.4"`. */
  readonly percent: string;
  /** How exact it is. */
  readonly qualifier: Qualifier;
}

/** One figure compared with the previous period's. */
export interface FigureComparison {
  /** Dotted path of the figure, e.g. `delegations.outgoing`, `oda.capital.VND`, `extra.borderGateRevenue`. */
  readonly path: string;
  /** This period's figure. */
  readonly current: Figure;
  /** The previous period's figure, or `null` when it was not reported. */
  readonly previous: Figure | null;
  /** Growth `(current − previous) / previous` in percent; `null` when there is no previous figure or it is zero. */
  readonly growth: Percentage | null;
  /** For a cluster report: each row's share of the total, by member (`null` for a total of zero). */
  readonly shares?: Readonly<Record<string, Percentage | null>>;
}

/** The result of {@link compare}. */
export interface Comparison {
  /** This period. */
  readonly period: Period;
  /** The previous period. */
  readonly previousPeriod: Period;
  /**
   * Whether the previous period is the same period one year before (cùng kỳ
   * năm trước: 2024-H1 against 2023-H1), so reports word it "so với cùng kỳ
   * năm 2023". Always `false` for years and terms.
   */
  readonly samePeriodLastYear: boolean;
  /** Every figure of the current report, in its order. */
  readonly figures: readonly FigureComparison[];
}

/** The rules {@link comparisonPeriod} knows. */
export const COMPARISON_RULES = ["previous", "same-period-last-year"] as const;

/** How the period to compare with is chosen: `"previous"` or `"same-period-last-year"`. */
export type ComparisonRule = (typeof COMPARISON_RULES)[number];

function shiftYear(day: string): string {
  const year = Number(day.slice(0, 4)) - 1;
  const rest = day.slice(4) === "-02-29" ? "-02-28" : day.slice(4);
  return `${String(year).padStart(4, "0")}${rest}`;
}

/**
 * The period a report is compared with, chosen by rule:
 * - `"previous"`: the period just before (2024-H1 → 2023-H2, 2024 → 2023,
 *   2021–2025 → 2016–2020);
 * - `"same-period-last-year"` (cùng kỳ năm trước): the same half-year,
 *   quarter, month or range one year before (2024-H1 → 2023-H1; a range
 *   ending 29 February ends on 28 February). For a year it is the previous
 *   year; a term has none.
 *
 * @param period - the report's period (a `Period` or its text)
 * @param rule - `"previous"` or `"same-period-last-year"`
 * @returns the period to compare with
 * @throws `INVALID_ENUM` for another rule, `INVALID_ARGUMENT` for a term's same period last year, `UNPARSEABLE_PERIOD`
 *
 * @example
 * ```ts
 * import { comparisonPeriod } from "ngoaivu";
 * comparisonPeriod("2024-H1", "same-period-last-year").toString(); //=> "2023-H1"
 * comparisonPeriod("2024-H1", "previous").toString(); //=> "2023-H2"
 * comparisonPeriod("2024-Q3", "same-period-last-year").toString(); //=> "2023-Q3"
 * comparisonPeriod("2021-2025", "same-period-last-year"); //=> throws INVALID_ARGUMENT
 * ```
 */
export function comparisonPeriod(period: Period | string, rule: ComparisonRule): Period {
  const p = periodArg(period);
  if (rule === "previous") return p.previous();
  if (rule !== "same-period-last-year") {
    throw new NgoaivuError(
      "INVALID_ENUM",
      { options: COMPARISON_RULES.join(", "), received: showValue(rule) },
      { path: ["rule"] },
    );
  }
  switch (p.kind) {
    case "half-year":
      return Period.halfYear(p.year - 1, p.half ?? 1);
    case "quarter":
      return Period.quarter(p.year - 1, p.quarter ?? 1);
    case "month":
      return Period.month(p.year - 1, p.month ?? 1);
    case "year":
      return Period.year(p.year - 1);
    case "range":
      return Period.range(shiftYear(p.start), shiftYear(p.end));
    default:
      throw new NgoaivuError("INVALID_ARGUMENT", {
        name: "period",
        detail: {
          en: `a term (${p.toString()}) has no same period last year: compare with the previous term`,
          vi: `giai đoạn (${p.toString()}) không có cùng kỳ năm trước: hãy so sánh với giai đoạn trước`,
        },
      });
  }
}

function isSamePeriodLastYear(current: Period, previous: Period): boolean {
  if (current.kind === "year" || current.kind === "term" || current.kind !== previous.kind) return false;
  return comparisonPeriod(current, "same-period-last-year").equals(previous);
}

/** Options for {@link compare} and {@link percentOf}. */
export interface CompareOptions {
  /** Decimals of the percentages (1 by default); rounding is half-even. */
  readonly digits?: number;
}

// How the qualifier of a denominator turns around: if the true denominator is
// below the stated one, the true ratio is above the computed one.
const INVERTED: Readonly<Record<Qualifier, Qualifier>> = {
  exact: "exact",
  about: "about",
  nearly: "over",
  under: "over",
  over: "under",
  // "at least" turns into "at most", which no qualifier says: about.
  "at-least": "about",
};

function ratioInput(f: Figure): RatioInput {
  return f.money ?? f.value;
}

function ratio(
  fn: typeof growthOf,
  numerator: Figure,
  denominator: Figure,
  options: CompareOptions,
): Percentage | null {
  if (numerator.kind !== denominator.kind || numerator.currency !== denominator.currency) {
    throw new NgoaivuError("FIGURE_KIND_MISMATCH", { left: numerator.toString(), right: denominator.toString() });
  }
  const value = fn(ratioInput(numerator), ratioInput(denominator), { as: "percent", digits: options.digits ?? 1 });
  if (value === null) return null;
  return {
    percent: value.toString(),
    qualifier: combineQualifiers(numerator.qualifier, INVERTED[denominator.qualifier]),
  };
}

/**
 * Growth from a previous figure to the current one, in percent, exact then
 * rounded; qualifiers carried through (see {@link Percentage}).
 *
 * @param current - this period's figure
 * @param previous - the previous period's figure, of the same kind (and currency)
 * @param options - `digits` (1)
 * @returns the growth, or `null` when `previous` is zero (never `Infinity`)
 * @throws `FIGURE_KIND_MISMATCH` for a count against an amount or two currencies
 *
 * @example
 * ```ts
 * import { Figure, growthOfFigures, Money } from "ngoaivu";
 * const now = Figure.money(Money.of("6900000000000", "VND"), "nearly");
 * const before = Figure.money(Money.of("1976000000000", "VND"));
 * growthOfFigures(now, before, { digits: 0 }); //=> { percent: "249", qualifier: "nearly" }
 * growthOfFigures(Figure.count(5), Figure.count(0)); //=> null
 * ```
 */
export function growthOfFigures(current: Figure, previous: Figure, options: CompareOptions = {}): Percentage | null {
  return ratio(growthOf, current, previous, options);
}

/**
 * The share of a part in a whole, in percent, exact then rounded;
 * qualifiers carried through (see {@link Percentage}).
 *
 * @param part - the part
 * @param whole - the whole, of the same kind (and currency)
 * @param options - `digits` (1)
 * @returns the share, or `null` when `whole` is zero
 * @throws `FIGURE_KIND_MISMATCH` for a count against an amount or two currencies
 *
 * @example
 * ```ts
 * import { Figure, Money, percentOf } from "ngoaivu";
 * const borderGate = Figure.money(Money.of("6900000000000", "VND"), "nearly");
 * const budget = Figure.money(Money.of("15000000000000", "VND"), "about");
 * percentOf(borderGate, budget, { digits: 0 }); //=> { percent: "46", qualifier: "about" }
 * ```
 */
export function percentOf(part: Figure, whole: Figure, options: CompareOptions = {}): Percentage | null {
  return ratio(shareOf, part, whole, options);
}

/**
 * Every figure of a report's figures, with its dotted path, in the report's
 * order; a money total is listed as one amount figure per currency
 * (`oda.capital.VND`). The paths are what {@link compare} and figure-derived
 * scoring criteria name.
 *
 * @param figures - the figures of a member report, or the totals of a cluster report
 * @returns `{ path, figure }` for each figure
 *
 * @example
 * ```ts
 * import { Figure, listFigures, Money, MoneyBag } from "ngoaivu";
 * listFigures({
 *   delegations: { outgoing: Figure.count(400, "about") },
 *   oda: { capital: { qualifier: "exact", amounts: MoneyBag.of(Money.of("1576566000000", "VND")) } },
 * }).map((e) => `${e.path}: ${e.figure}`);
 * //=> ["delegations.outgoing: about 400", "oda.capital.VND: 1576566000000 VND"]
 * ```
 */
export function listFigures(figures: Figures): FigureEntry[] {
  return flatten(figures);
}

function isClusterReport(value: MemberReport | ClusterReport): value is ClusterReport {
  return "totals" in value && "rows" in value;
}

function figuresOf(report: MemberReport | ClusterReport): Figures {
  return isClusterReport(report) ? report.totals : report.figures;
}

/**
 * Compares a report with the previous one: for every figure of the current
 * report, its growth on the previous period's figure at the same place
 * (`null` when the previous figure is missing or zero, never `Infinity`),
 * and, for a cluster report, each member's share of the total. Exact decimal
 * arithmetic throughout (`growth` and `share` of the money module);
 * qualifiers are carried through (see {@link Percentage}).
 *
 * @param current - a member or cluster report
 * @param previous - the report of the previous period (same member or cluster)
 * @param options - `digits` of the percentages (1)
 * @returns the periods and one comparison per figure
 *
 * @example
 * ```ts
 * import { compare, Figure, Money, parsePeriod } from "ngoaivu";
 * const report = (period: string, revenue: Figure, incoming: Figure) => ({
 *   member: "so-ngoai-vu-cao-bang", period: parsePeriod(period), basis: "submitted",
 *   figures: { delegations: { incoming }, extra: { borderGateRevenue: revenue } },
 * }) as const;
 * const now = report("2021-2025", Figure.money(Money.of("6900000000000", "VND"), "nearly"), Figure.count(190, "about"));
 * const before = report("2016-2020", Figure.money(Money.of("1976000000000", "VND")), Figure.count(0));
 * const c = compare(now, before, { digits: 0 });
 * c.figures.map((f) => [f.path, f.growth]);
 * //=> [["delegations.incoming", null], ["extra.borderGateRevenue", { percent: "249", qualifier: "nearly" }]]
 * ```
 */
export function compare(
  current: MemberReport | ClusterReport,
  previous: MemberReport | ClusterReport,
  options: CompareOptions = {},
): Comparison {
  const before = new Map(flatten(figuresOf(previous)).map((e) => [e.path, e.figure] as const));
  const rows: (readonly [string, Map<string, Figure>])[] = isClusterReport(current)
    ? current.rows.map((r) => [r.member, new Map(flatten(r.figures).map((e) => [e.path, e.figure] as const))] as const)
    : [];
  const figures = flatten(figuresOf(current)).map((entry: FigureEntry): FigureComparison => {
    const prev = before.get(entry.path);
    const comparison: FigureComparison = {
      path: entry.path,
      current: entry.figure,
      previous: prev ?? null,
      growth: prev === undefined ? null : growthOfFigures(entry.figure, prev, options),
    };
    if (rows.length === 0) return comparison;
    const shares: Record<string, Percentage | null> = {};
    for (const [member, figs] of rows) {
      const part = figs.get(entry.path);
      if (part !== undefined) shares[member] = percentOf(part, entry.figure, options);
    }
    return { ...comparison, shares };
  });
  return {
    period: current.period,
    previousPeriod: previous.period,
    samePeriodLastYear: isSamePeriodLastYear(current.period, previous.period),
    figures,
  };
}
