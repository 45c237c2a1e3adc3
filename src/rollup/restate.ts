import { showValue } from "../_lib/show.js";
import { isMemberActive, type Member, memberOn } from "../entities/index.js";
import { NgoaivuError } from "../errors/index.js";
import { isCalendarDate } from "../period/index.js";
import { successor } from "../reference/index.js";
import { mergeByMember } from "./merge.js";
import type { MemberReport } from "./schema.js";

/** Options for {@link restate}. */
export interface RestateOptions {
  /** The day whose members the reports are restated onto, `YYYY-MM-DD` (e.g. `"2025-07-01"`). */
  readonly to: string;
  /** The member records: the old members with their successors, and the members operating on `to`. */
  readonly members: readonly Member[];
}

/** The result of {@link restate}. */
export interface RestateResult {
  /** One report per member operating on `to`, sorted by member id; `mergedFrom` names the old members. */
  readonly reports: MemberReport[];
  /** The reports that could not be mapped (unknown member, or no single successor), unchanged. */
  readonly unmapped: MemberReport[];
}

/** The member operating on `to` that a member became, by its successor chain or else by its province. */
function successorMember(
  byId: ReadonlyMap<string, Member>,
  members: readonly Member[],
  id: string,
  report: MemberReport,
  to: string,
): Member | undefined {
  const chained = memberOn(members, id, to);
  if (chained !== undefined) return chained;
  const old = byId.get(id);
  if (old === undefined) return undefined;
  // No recorded successor: follow the province through the reorganisation and
  // look for the one member of the new province that operates on `to`.
  let code: string;
  try {
    code = successor(old.province, old.validTo ?? report.period.end, { on: to }).code;
  } catch {
    return undefined;
  }
  const candidates = members.filter((m) => m.province === code && isMemberActive(m, to));
  return candidates.length === 1 ? candidates[0] : undefined;
}

/**
 * Restates reports onto the members operating on a day, so that periods
 * before and after the 2025 reorganisation compare: each report moves to
 * the member its member became (following `successor` links between member
 * records; when a member has none, following its province through the
 * reorganisation with the reference module, to the one member of the new
 * province operating that day), and reports that land on the same member
 * merge. A member still operating on `to` keeps its reports. The period of
 * the reports does not change: a 2024-H1 report restated to 2025-07-01 is
 * the 2024-H1 figure of the new unit.
 *
 * @param reports - member reports of one period
 * @param options - `to` (the day) and `members` (member records with successors)
 * @returns the restated reports, and the reports that could not be mapped
 * @throws `INVALID_DATE` for a bad `to`, `PERIOD_MISMATCH` for reports of different periods
 *
 * @example
 * ```ts
 * import { Figure, parsePeriod, restate } from "ngoaivu";
 * import { clusterII } from "ngoaivu/samples";
 * const { members } = clusterII();
 * const period = parsePeriod("2024-H1");
 * const report = (member: string, n: number) => ({ member, period, basis: "submitted",
 *   figures: { delegations: { outgoing: Figure.count(n, "about") } } }) as const;
 * const { reports, unmapped } = restate(
 *   [report("so-ngoai-vu-bac-giang", 30), report("vp-ubnd-bac-ninh", 25), report("so-ngoai-vu-ha-noi", 150)],
 *   { to: "2025-07-01", members },
 * );
 * reports.map((r) => [r.member, r.figures.delegations?.outgoing?.toString(), r.mergedFrom]);
 * //=> [["ngoai-vu-bac-ninh", "about 55", ["so-ngoai-vu-bac-giang", "vp-ubnd-bac-ninh"]], ["so-ngoai-vu-ha-noi", "about 150", undefined]]
 * unmapped; //=> []
 * ```
 */
export function restate(reports: Iterable<MemberReport>, options: RestateOptions): RestateResult {
  const to = options?.to;
  if (typeof to !== "string" || !isCalendarDate(to)) {
    throw new NgoaivuError("INVALID_DATE", { value: showValue(to) }, { path: ["to"] });
  }
  const members = options.members;
  const byId = new Map(members.map((m) => [m.id, m] as const));
  const moved: MemberReport[] = [];
  const unmapped: MemberReport[] = [];
  for (const report of reports) {
    const target = successorMember(byId, members, report.member, report, to);
    if (target === undefined) unmapped.push(report);
    else if (target.id === report.member) moved.push(report);
    else moved.push({ ...report, member: target.id, mergedFrom: [...(report.mergedFrom ?? [report.member])] });
  }
  return { reports: mergeByMember(moved), unmapped };
}
