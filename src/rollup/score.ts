import type { Decimal } from "decimal.js";
import { clusterMembers, type EmulationCluster } from "../entities/index.js";
import { NgoaivuError } from "../errors/index.js";
import { type DecimalInput, toDecimal } from "../money/index.js";
import { Period } from "../period/index.js";
import { flatten } from "./_figures.js";
import { mergeByMember } from "./merge.js";
import type { MemberReport, ScoringCriterion, ScoringRules } from "./schema.js";

/** What {@link score} scores from. */
export interface ScoreInputs {
  /** The cluster's criteria (see `ScoringRulesSchema`; {@link EXAMPLE_SCORING_RULES} is an example). */
  readonly rules: ScoringRules;
  /** The members' reports for the year (period `YYYY`), for figure-derived criteria. */
  readonly reports?: readonly MemberReport[];
  /** Points given by hand: member id → criterion id → points (an integer or a decimal string). */
  readonly manual?: Readonly<Record<string, Readonly<Record<string, DecimalInput>>>>;
}

/** A member's points on one criterion. */
export interface CriterionScore {
  /** The criterion id. */
  readonly criterion: string;
  /** Points before weighting, a decimal string. */
  readonly points: string;
  /** Points times the criterion's weight, a decimal string. */
  readonly weighted: string;
  /** Why the points are what they are, when it needs saying (missing score or figure, approximate figure). */
  readonly note?: string;
}

/** A member's scores and place. */
export interface MemberScore {
  /** The member id. */
  readonly member: string;
  /** Its rank: 1 is first; tied members share a rank, and the next rank skips (1, 1, 3). */
  readonly rank: number;
  /** The total of the weighted points, a decimal string. */
  readonly total: string;
  /** Points on each criterion, in the rules' order. */
  readonly criteria: readonly CriterionScore[];
  /** How a tie with other members was handled, when there was one. */
  readonly tie?: string;
}

/** The result of {@link score}. */
export interface ScoreResult {
  /** The cluster id. */
  readonly cluster: string;
  /** The year scored. */
  readonly year: number;
  /** The name of the rules used. */
  readonly rules: string;
  /** The highest total possible (every criterion at its maximum, weighted), a decimal string. */
  readonly maxTotal: string;
  /** The members of the cluster that year, best first. */
  readonly ranking: readonly MemberScore[];
}

/**
 * An **example** of scoring rules, to show the shape: *not* an official
 * scale. No national point scale exists; each cluster agrees its own
 * criteria, and should supply them as data (`ScoringRulesSchema`).
 *
 * @example
 * ```ts
 * import { EXAMPLE_SCORING_RULES } from "ngoaivu";
 * EXAMPLE_SCORING_RULES.name; //=> "Example only: not an official scale"
 * EXAMPLE_SCORING_RULES.criteria.map((c) => c.id);
 * //=> ["outgoing-delegations", "new-agreements", "citizen-protection", "reports-on-time", "review-hosting"]
 * ```
 */
export const EXAMPLE_SCORING_RULES: ScoringRules = Object.freeze({
  name: "Example only: not an official scale",
  note: "A worked example of how a cluster could write its criteria. The thresholds and points are made up.",
  criteria: [
    {
      id: "outgoing-delegations",
      name: "Outgoing delegations organised",
      maxPoints: 20,
      scoring: {
        method: "figure",
        figure: "delegations.outgoing",
        thresholds: [
          { atLeast: "5", points: 5 },
          { atLeast: "15", points: 10 },
          { atLeast: "30", points: 20 },
        ],
      },
    },
    {
      id: "new-agreements",
      name: "New international agreements",
      maxPoints: 15,
      scoring: {
        method: "figure",
        figure: "agreements.new",
        thresholds: [
          { atLeast: "1", points: 5 },
          { atLeast: "3", points: 15 },
        ],
      },
    },
    {
      id: "citizen-protection",
      name: "Citizen protection cases handled",
      maxPoints: 10,
      scoring: {
        method: "figure",
        figure: "consular.citizenProtection",
        thresholds: [
          { atLeast: "1", points: 5 },
          { atLeast: "5", points: 10 },
        ],
      },
    },
    { id: "reports-on-time", name: "Reports sent on time", maxPoints: 10, scoring: { method: "manual" } },
    { id: "review-hosting", name: "Hosted a review meeting", maxPoints: 5, weight: 2, scoring: { method: "manual" } },
  ],
  tieBreak: ["reports-on-time", "outgoing-delegations"],
}) as ScoringRules;

interface Scored {
  member: string;
  total: Decimal;
  criteria: CriterionScore[];
  weighted: Map<string, Decimal>;
}

function scoreCriterion(
  c: ScoringCriterion,
  member: string,
  figures: Map<string, ReturnType<typeof flatten>[number]["figure"]> | undefined,
  manual: ScoreInputs["manual"],
  max: Decimal,
): { points: Decimal; note?: string } {
  if (c.scoring.method === "manual") {
    const given = manual?.[member]?.[c.id];
    if (given === undefined) return { points: toDecimal(0), note: "no score given" };
    const points = toDecimal(given, ["manual", member, c.id]);
    if (points.isNegative() || points.greaterThan(max)) {
      throw new NgoaivuError(
        "OUT_OF_RANGE",
        { value: points.toString(), range: { en: `0 to ${max.toString()}`, vi: `từ 0 đến ${max.toString()}` } },
        { path: ["manual", member, c.id] },
      );
    }
    return { points };
  }
  const figure = figures?.get(c.scoring.figure);
  if (figure === undefined) {
    return { points: toDecimal(0), note: figures === undefined ? "no report" : `${c.scoring.figure} not reported` };
  }
  let points = toDecimal(0);
  let reached: Decimal | undefined;
  for (const t of c.scoring.thresholds) {
    const at = toDecimal(t.atLeast);
    if (figure.value.greaterThanOrEqualTo(at) && (reached === undefined || at.greaterThan(reached))) {
      reached = at;
      points = toDecimal(t.points);
    }
  }
  if (figure.qualifier !== "exact") {
    return { points, note: `scored on the stated value of an approximate figure (${figure.toString()})` };
  }
  return { points };
}

function compareTieBreak(a: Scored, b: Scored, tieBreak: readonly string[]): number {
  for (const id of tieBreak) {
    const d = (b.weighted.get(id) as Decimal).comparedTo(a.weighted.get(id) as Decimal);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Scores a cluster's members for a year by the cluster's own criteria, and
 * ranks them. Each criterion gives points up to its maximum, by hand
 * (`manual`) or from a figure of the member's report (thresholds); points
 * are multiplied by the criterion's weight and added, exactly. Members with
 * equal totals are separated by the rules' tie-break criteria, in order
 * (more weighted points on the first criterion that differs wins); members
 * still equal share a rank (1, 1, 3) and are listed by id. Every tie is
 * explained in `tie`. A missing manual score or figure gives 0 points, with
 * a note; a figure stated approximately is scored on its stated value, with
 * a note.
 *
 * @param cluster - the emulation cluster (its members that year are scored)
 * @param year - the year
 * @param inputs - `rules`, `reports` of the year, `manual` points
 * @returns the ranking, best first, with every member's points
 * @throws `INVALID_ARGUMENT` when the cluster has no member list for the year, a criterion id repeats, or a tie-break names no criterion; `OUT_OF_RANGE` for manual points or threshold points outside 0…maximum; `PERIOD_MISMATCH` for a report of another period than the year
 *
 * @example
 * ```ts
 * import { EXAMPLE_SCORING_RULES, Figure, Period, score } from "ngoaivu";
 * const cluster = { id: "IX", name: { vi: "Cụm IX", en: "Cluster IX" }, years: [{ year: 2024, members: ["a", "b", "c", "d"] }] };
 * const report = (member: string, outgoing: number) => ({ member, period: Period.year(2024), basis: "records",
 *   figures: { delegations: { outgoing: Figure.count(outgoing) } } }) as const;
 * const result = score(cluster, 2024, {
 *   rules: EXAMPLE_SCORING_RULES,
 *   reports: [report("a", 31), report("b", 16), report("c", 40), report("d", 40)],
 *   manual: {
 *     a: { "reports-on-time": 10 }, b: { "reports-on-time": 10, "review-hosting": 5 },
 *     c: { "reports-on-time": 8 }, d: { "reports-on-time": 8 },
 *   },
 * });
 * result.ranking.map((m) => [m.member, m.rank, m.total]);
 * //=> [["a", 1, "30"], ["b", 2, "30"], ["c", 3, "28"], ["d", 3, "28"]]
 * result.ranking[0]?.tie; //=> "Level with b on 30 points; ranked ahead by the tie-break on outgoing-delegations (20 against 10)"
 * result.ranking[2]?.tie;
 * //=> "Level with d on 28 points and on every tie-break criterion (reports-on-time, outgoing-delegations): same rank"
 * ```
 */
export function score(cluster: EmulationCluster, year: number, inputs: ScoreInputs): ScoreResult {
  const ids = clusterMembers(cluster, year);
  if (ids === undefined) {
    throw new NgoaivuError("INVALID_ARGUMENT", {
      name: "cluster",
      detail: {
        en: `cluster ${cluster.id} has no member list for ${year}`,
        vi: `cụm ${cluster.id} không có danh sách thành viên năm ${year}`,
      },
    });
  }
  const { rules } = inputs;
  const seen = new Set<string>();
  let maxTotal = toDecimal(0);
  const maxima = new Map<string, Decimal>();
  for (const [i, c] of rules.criteria.entries()) {
    if (seen.has(c.id))
      throw new NgoaivuError("INVALID_ARGUMENT", {
        name: `criteria.${i}.id`,
        detail: { en: `${c.id} repeats`, vi: `${c.id} bị trùng` },
      });
    seen.add(c.id);
    const max = toDecimal(c.maxPoints, ["criteria", i, "maxPoints"]);
    maxima.set(c.id, max);
    maxTotal = maxTotal.plus(max.times(toDecimal(c.weight ?? 1)));
    if (c.scoring.method === "figure") {
      for (const [j, t] of c.scoring.thresholds.entries()) {
        const p = toDecimal(t.points);
        if (p.greaterThan(max)) {
          throw new NgoaivuError(
            "OUT_OF_RANGE",
            { value: p.toString(), range: { en: `0 to ${max.toString()}`, vi: `từ 0 đến ${max.toString()}` } },
            { path: ["criteria", i, "scoring", "thresholds", j, "points"] },
          );
        }
      }
    }
  }
  const tieBreak = rules.tieBreak ?? [];
  for (const id of tieBreak) {
    if (!seen.has(id))
      throw new NgoaivuError("INVALID_ARGUMENT", {
        name: "tieBreak",
        detail: { en: `${id} is no criterion`, vi: `${id} không phải là tiêu chí` },
      });
  }
  const period = Period.year(year);
  for (const r of inputs.reports ?? []) {
    if (!r.period.equals(period)) {
      throw new NgoaivuError("PERIOD_MISMATCH", { left: period.toString(), right: r.period.toString() });
    }
  }
  const reports = new Map(
    mergeByMember(inputs.reports ?? []).map(
      (r) => [r.member, new Map(flatten(r.figures).map((e) => [e.path, e.figure] as const))] as const,
    ),
  );

  const scored: Scored[] = ids.map((member) => {
    let total = toDecimal(0);
    const weighted = new Map<string, Decimal>();
    const criteria = rules.criteria.map((c): CriterionScore => {
      const { points, note } = scoreCriterion(
        c,
        member,
        reports.get(member),
        inputs.manual,
        maxima.get(c.id) as Decimal,
      );
      const w = points.times(toDecimal(c.weight ?? 1));
      weighted.set(c.id, w);
      total = total.plus(w);
      const out = { criterion: c.id, points: points.toString(), weighted: w.toString() };
      return note === undefined ? out : { ...out, note };
    });
    return { member, total, criteria, weighted };
  });

  scored.sort(
    (a, b) => b.total.comparedTo(a.total) || compareTieBreak(a, b, tieBreak) || (a.member < b.member ? -1 : 1),
  );
  const breakers =
    tieBreak.length === 0 ? "no tie-break criteria" : `every tie-break criterion (${tieBreak.join(", ")})`;
  const ranking: MemberScore[] = scored.map((s, i) => {
    let rank = i + 1;
    for (let j = i - 1; j >= 0; j--) {
      const other = scored[j] as Scored;
      if (other.total.equals(s.total) && compareTieBreak(other, s, tieBreak) === 0) rank = j + 1;
      else break;
    }
    const level = scored.filter((o) => o !== s && o.total.equals(s.total));
    const base = { member: s.member, rank, total: s.total.toString(), criteria: s.criteria };
    if (level.length === 0) return base;
    const same = level.filter((o) => compareTieBreak(o, s, tieBreak) === 0).map((o) => o.member);
    const separated = level.filter((o) => compareTieBreak(o, s, tieBreak) !== 0);
    const parts: string[] = [];
    if (same.length > 0) {
      parts.push(`Level with ${same.join(", ")} on ${s.total.toString()} points and on ${breakers}: same rank`);
    }
    for (const o of separated) {
      const id = tieBreak.find((t) => !(o.weighted.get(t) as Decimal).equals(s.weighted.get(t) as Decimal)) as string;
      const ahead = compareTieBreak(s, o, tieBreak) < 0;
      parts.push(
        `Level with ${o.member} on ${s.total.toString()} points; ranked ${ahead ? "ahead" : "behind"} by the tie-break on ${id} (${(s.weighted.get(id) as Decimal).toString()} against ${(o.weighted.get(id) as Decimal).toString()})`,
      );
    }
    return { ...base, tie: parts.join("; ") };
  });
  return { cluster: cluster.id, year, rules: rules.name, maxTotal: maxTotal.toString(), ranking };
}
