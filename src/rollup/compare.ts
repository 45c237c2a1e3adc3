import { NgoaivuError } from "../errors/index.js";
import { combineQualifiers, type Figure, type Qualifier } from "../figure/index.js";
import { growth as growthOf, type RatioInput, share as shareOf } from "../money/index.js";
import type { Period } from "../period/index.js";
import { type FigureEntry, flatten } from "./_figures.js";
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
  /** Every figure of the current report, in its order. */
  readonly figures: readonly FigureComparison[];
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
  return { period: current.period, previousPeriod: previous.period, figures };
}
